// Layout choices. The weights favour the common forms; every form of the bundled corpus keeps a
// share. Month names follow each language's usual CV spelling.
#include "layout.hpp"

#include <array>

#include <fmt/format.h>

#include "winansi.hpp"

namespace cvdex::gen {
namespace {

using sv = std::string_view;

struct Weighted {
    sv text;
    int weight;
};

template <std::size_t N>
sv pick_weighted(Rng& rng, const Weighted (&items)[N]) {
    int total = 0;
    for (const Weighted& item : items) total += item.weight;
    int roll = static_cast<int>(rng.below(static_cast<std::size_t>(total)));
    for (const Weighted& item : items) {
        if (roll < item.weight) return item.text;
        roll -= item.weight;
    }
    return items[0].text;
}

constexpr Weighted en_separators[] = {{" – ", 35}, {" - ", 25}, {" — ", 15}, {" to ", 8}, {" until ", 3}, {" − ", 2},
                                      {" → ", 2}, {" till ", 1}, {" through ", 1}};
constexpr Weighted en_presents[] = {{"Present", 50}, {"present", 15}, {"today", 8}, {"now", 7}, {"Current", 8},
                                    {"to date", 4}, {"PRESENT", 3}, {"ongoing", 2}, {"till date", 1}};
constexpr Weighted de_separators[] = {{" – ", 50}, {" bis ", 30}, {" - ", 20}};
constexpr Weighted de_presents[] = {{"heute", 70}, {"aktuell", 15}, {"jetzt", 15}};
constexpr Weighted es_presents[] = {{"actualidad", 60}, {"presente", 25}, {"hoy", 15}};
constexpr Weighted ja_separators[] = {{" – ", 60}, {"〜", 25}, {" ~ ", 15}};
constexpr Weighted fr_separators[] = {{" – ", 50}, {" à ", 30}, {" - ", 20}};
constexpr Weighted es_separators[] = {{" - ", 60}, {" – ", 40}};
constexpr Weighted ru_separators[] = {{" — ", 40}, {" – ", 40}, {" - ", 20}};
constexpr Weighted ru_presents[] = {{"по настоящее время", 50}, {"настоящее время", 35}, {"н.в.", 15}};
constexpr Weighted fr_presents[] = {{"aujourd’hui", 60}, {"présent", 25}, {"en cours", 15}};

constexpr sv en_abbr[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr sv en_dot[] = {"Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."};
constexpr sv en_full[] = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"};
constexpr sv de_dot[] = {"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."};
constexpr sv de_full[] = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                          "Oktober", "November", "Dezember"};
constexpr sv fr_full[] = {"Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre",
                          "Octobre", "Novembre", "Décembre"};
constexpr sv es_full[] = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                          "octubre", "noviembre", "diciembre"};
constexpr sv ru_full[] = {"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                          "октябрь", "ноябрь", "декабрь"};
constexpr sv ru_full_capital[] = {"Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август",
                                  "Сентябрь", "Октябрь", "Ноябрь", "Декабрь"};

DateStyle pick_style(Rng& rng, Format format, Locale locale) {
    const int roll = static_cast<int>(rng.below(100));
    if (format == Format::json) return roll < 85 ? DateStyle::iso : DateStyle::year_only;
    switch (locale) {
        case Locale::de:
            return roll < 30 ? DateStyle::month_abbr_dot
                 : roll < 60 ? DateStyle::month_full
                 : roll < 80 ? DateStyle::numeric_dot
                             : DateStyle::year_only;
        case Locale::fr:
        case Locale::es: return roll < 60 ? DateStyle::month_full : roll < 80 ? DateStyle::numeric_slash : DateStyle::year_only;
        case Locale::ru: return roll < 50 ? DateStyle::month_full : roll < 80 ? DateStyle::numeric_dot : DateStyle::year_only;
        case Locale::ja: return roll < 85 ? DateStyle::month_full : DateStyle::year_only;
        case Locale::en: break;
    }
    if (format == Format::latex) return roll < 45 ? DateStyle::year_only : roll < 75 ? DateStyle::month_abbr : DateStyle::month_full;
    return roll < 30 ? DateStyle::month_abbr
         : roll < 45 ? DateStyle::month_full
         : roll < 53 ? DateStyle::month_abbr_dot
         : roll < 65 ? DateStyle::numeric_slash
         : roll < 70 ? DateStyle::apostrophe
                     : DateStyle::year_only;
}

// Job layouts per format, with the heading styles each is known to be read with.
struct VariantChoice {
    std::uint8_t variant;
    std::uint8_t headings_mask;  // bit i: heading style i allowed
    int weight;
    bool localisable;
};

constexpr VariantChoice markdown_variants[] = {
    {0, 0b011, 30, true},   // ### Title | Company + **dates | place**
    {1, 0b011, 20, false},  // **Title at Company** + dates · place
    {2, 0b011, 15, false},  // ### Title - Company + #### dates
    {3, 0b111, 15, true},   // Employer — Title (dates)
    {4, 0b011, 12, false},  // **Employer** — Title (dates)
    {5, 0b001, 8, true},    // table
};
constexpr VariantChoice text_variants[] = {
    {0, 0b0001, 25, false},  // dates, Employer, Title  (ALL-CAPS headings)
    {1, 0b0010, 25, true},   // Title, Employer (dates)  ("Experience:" headings)
    {2, 0b0100, 20, true},   // dates    Employer, City / title column
    {3, 0b1001, 15, true},   // dates / Employer, City / Title
    {4, 0b10000, 15, false}, // EMPLOYER, Title ---- City / dates
};
constexpr VariantChoice rst_variants[] = {{0, 0b11, 60, false}, {1, 0b11, 40, false}};
constexpr VariantChoice html_variants[] = {{0, 1, 40, false}, {1, 1, 35, false}, {2, 1, 25, false}};
constexpr VariantChoice json_variants[] = {{0, 1, 70, false}, {1, 1, 30, false}};
constexpr VariantChoice latex_variants[] = {{0, 1, 40, false}, {1, 1, 30, false}, {2, 1, 18, false}, {3, 1, 12, false}};
// DOCX and ODT (render_blocks.cpp): Heading 2 "Title | Employer"; "Title at Employer"; "Employer —
// Title (dates)"; a table. PDF: bold "Title | Employer"; dates flush right; "Employer — Title
// (dates)"; a date column.
constexpr VariantChoice office_variants[] = {{0, 0b11, 35, true}, {1, 0b11, 20, false}, {2, 0b11, 20, true}, {3, 0b11, 25, true}};
constexpr VariantChoice pdf_variants[] = {{0, 1, 35, true}, {1, 1, 25, false}, {2, 1, 20, true}, {3, 1, 20, true}};

std::span<const VariantChoice> variants_of(Format format) {
    switch (format) {
        case Format::markdown: return markdown_variants;
        case Format::text: return text_variants;
        case Format::rst: return rst_variants;
        case Format::html: return html_variants;
        case Format::json: return json_variants;
        case Format::latex: return latex_variants;
        case Format::docx:
        case Format::odt: return office_variants;
        case Format::pdf: return pdf_variants;
        case Format::count: break;
    }
    return markdown_variants;
}

VariantChoice pick_variant(Rng& rng, Format format, Locale locale) {
    const auto choices = variants_of(format);
    if (locale == Locale::ja) return markdown_variants[5];
    int total = 0;
    for (const VariantChoice& c : choices)
        if (locale == Locale::en || c.localisable) total += c.weight;
    int roll = static_cast<int>(rng.below(static_cast<std::size_t>(total)));
    for (const VariantChoice& c : choices) {
        if (locale != Locale::en && !c.localisable) continue;
        if (roll < c.weight) return c;
        roll -= c.weight;
    }
    return choices[0];
}

std::uint8_t pick_heading(Rng& rng, std::uint8_t mask) {
    std::array<std::uint8_t, 8> allowed{};
    std::size_t count = 0;
    for (std::uint8_t bit = 0; bit < 8; ++bit)
        if (mask & (1u << bit)) allowed[count++] = bit;
    return count == 0 ? 0 : allowed[rng.below(count)];
}

std::string_view month_name(int month, const Layout& layout) {
    const auto m = static_cast<std::size_t>(month - 1);
    switch (layout.locale) {
        case Locale::de: return layout.date_style == DateStyle::month_abbr_dot ? de_dot[m] : de_full[m];
        case Locale::fr: return fr_full[m];
        case Locale::es: return es_full[m];
        case Locale::ru: return layout.capital_months ? ru_full_capital[m] : ru_full[m];
        default: break;
    }
    switch (layout.date_style) {
        case DateStyle::month_abbr_dot: return en_dot[m];
        case DateStyle::month_full: return en_full[m];
        default: return en_abbr[m];
    }
}

sv since_word(Locale locale) {
    switch (locale) {
        case Locale::de: return "seit ";
        case Locale::fr: return "Depuis ";
        default: return "since ";
    }
}

}  // namespace

bool supports_locale(Format format, Locale locale) {
    if (locale == Locale::en) return true;
    if (locale == Locale::ja) return format == Format::markdown;
    // The standard PDF fonts have no Cyrillic.
    if (format == Format::pdf) return locale != Locale::ru;
    return format == Format::markdown || format == Format::text || format == Format::docx || format == Format::odt;
}

Layout choose_layout(Rng& rng, Format format, Locale locale) {
    Layout layout;
    layout.format = format;
    layout.locale = supports_locale(format, locale) ? locale : Locale::en;
    const VariantChoice variant = pick_variant(rng, format, layout.locale);
    layout.variant = variant.variant;
    layout.headings = pick_heading(rng, variant.headings_mask);
    layout.date_style = pick_style(rng, format, layout.locale);
    // "(2 years)" after short month names only: cvindex drops a "dates | place" cell longer than
    // 40 characters as a table cell ("March 2018 – June 2021 (3 years 4 months) | Oslo").
    layout.durations = format == Format::markdown && layout.variant == 0 && layout.date_style == DateStyle::month_abbr &&
                       layout.locale == Locale::en && rng.percent(25);
    switch (layout.locale) {
        case Locale::de:
            layout.separator = pick_weighted(rng, de_separators);
            layout.present = pick_weighted(rng, de_presents);
            break;
        case Locale::fr:
            layout.separator = pick_weighted(rng, fr_separators);
            layout.present = pick_weighted(rng, fr_presents);
            break;
        case Locale::es:
            layout.separator = pick_weighted(rng, es_separators);
            layout.present = pick_weighted(rng, es_presents);
            break;
        case Locale::ru:
            layout.separator = pick_weighted(rng, ru_separators);
            layout.present = pick_weighted(rng, ru_presents);
            layout.capital_months = rng.percent(50);
            break;
        case Locale::ja:
            layout.separator = pick_weighted(rng, ja_separators);
            layout.present = "現在";
            break;
        case Locale::en:
            layout.separator = pick_weighted(rng, en_separators);
            layout.present = pick_weighted(rng, en_presents);
            break;
    }
    if (format == Format::latex) layout.separator = rng.percent(60) ? " -- " : "--";
    if (layout.date_style == DateStyle::year_only && layout.separator == " - " && rng.percent(50))
        layout.separator = "-";  // "2014-2016"
    if (layout.date_style == DateStyle::year_only && layout.separator == " – " && rng.percent(30))
        layout.separator = "–";  // "2013–2014"
    const int open = static_cast<int>(rng.below(100));
    const bool since_ok = layout.locale == Locale::en || layout.locale == Locale::de || layout.locale == Locale::fr;
    if (format != Format::json && since_ok && open < 12) layout.open_style = OpenStyle::since;
    else if (layout.date_style == DateStyle::year_only && open < 40 &&
             (format == Format::latex || format == Format::rst || (format == Format::markdown && layout.variant == 4)))
        layout.open_style = OpenStyle::dash;  // "2016--", "(2024-)"
    if (format == Format::pdf && layout.variant == 3 && layout.date_style == DateStyle::month_full) {
        // A date column is narrow: "September 2021 – December 2023" would not fit beside the text.
        layout.date_style = layout.locale == Locale::en ? DateStyle::month_abbr
                          : layout.locale == Locale::de || layout.locale == Locale::ru ? DateStyle::numeric_dot
                                                                                       : DateStyle::numeric_slash;
    }
    if (format == Format::pdf && layout.date_style == DateStyle::year_only && rng.percent(35)) layout.drawn_dash = true;
    // WinAnsi has no U+2212 or arrow.
    if (format == Format::pdf && !fits_winansi(layout.separator)) layout.separator = " – ";
    if (format == Format::text || format == Format::markdown) {
        // Legacy encodings, as old editors save them (render_cv falls back to UTF-8 when a
        // character has no byte there).
        const int roll = static_cast<int>(rng.below(100));
        if (layout.locale == Locale::ru) layout.charset = roll < 25 ? "windows-1251" : roll < 45 ? "KOI8-R" : "";
        else if (layout.locale == Locale::de || layout.locale == Locale::fr || layout.locale == Locale::es)
            layout.charset = roll < 35 ? "windows-1252" : "";
        else if (layout.locale == Locale::en && roll < 8) layout.charset = "windows-1252";
    }
    if (format == Format::text) {
        constexpr sv markers[] = {"-", "*", "•"};
        layout.bullet = rng.pick(markers);
    } else if (format == Format::markdown) {
        layout.bullet = rng.percent(70) ? "-" : "*";
    }
    if (layout.charset == "KOI8-R") {
        // Typed in an old editor: ASCII dashes and bullets (KOI8-R has neither "–" nor "•").
        if (layout.separator != " - " && layout.separator != "-") layout.separator = " - ";
        if (layout.bullet == "•") layout.bullet = "*";
    }
    return layout;
}

std::string format_date(const YearMonth& date, const Layout& layout) {
    if (date.month == 0) return layout.locale == Locale::ja ? fmt::format("{}年", date.year) : fmt::format("{}", date.year);
    if (layout.locale == Locale::ja) return fmt::format("{}年{}月", date.year, date.month);
    switch (layout.date_style) {
        case DateStyle::numeric_slash: return fmt::format("{:02}/{}", date.month, date.year);
        case DateStyle::numeric_dot: return fmt::format("{:02}.{}", date.month, date.year);
        case DateStyle::iso: return fmt::format("{}-{:02}", date.year, date.month);
        case DateStyle::apostrophe: return fmt::format("{} '{:02}", month_name(date.month, layout), date.year % 100);
        default: return fmt::format("{} {}", month_name(date.month, layout), date.year);
    }
}

std::string format_period(const Period& period, const Layout& layout) {
    const std::string start = format_date(period.start, layout);
    if (period.end) {
        std::string text = start + std::string(layout.separator) + format_date(*period.end, layout);
        if (layout.durations && period.start.month && period.end->month) {
            // "Mar 2018 – Feb 2020 (2 years)", as LinkedIn exports write it.
            const int months = period.end->first_month_index() - period.start.first_month_index() + 1;
            const int years = months / 12, rest = months % 12;
            std::string length;
            if (years) length = fmt::format("{} year{}", years, years > 1 ? "s" : "");
            if (rest) length += fmt::format("{}{} month{}", years ? " " : "", rest, rest > 1 ? "s" : "");
            text += " (" + length + ")";
        }
        return text;
    }
    switch (layout.open_style) {
        case OpenStyle::since:
            if (period.start.month == 0) return std::string(since_word(layout.locale)) + start;
            break;
        case OpenStyle::dash:
            if (period.start.month == 0) return start + (layout.format == Format::latex || layout.format == Format::rst ? "--" : "-");
            break;
        case OpenStyle::word: break;
    }
    std::string_view separator = layout.separator;
    if (separator == "-" || separator == "--") separator = layout.format == Format::latex ? " -- " : " - ";
    if (separator == "–") separator = " – ";  // "2013–2014" but "2016 – Present"
    if (separator == " to " || separator == " until " || separator == " bis " || separator == " à " ||
        separator == " till " || separator == " through ")
        separator = " – ";
    return start + std::string(separator) + std::string(layout.present);
}

}  // namespace cvdex::gen
