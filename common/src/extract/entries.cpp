// Finding the entries of a section: a date line is the anchor of an entry; the naming text
// stands on the date line itself ("2014--2018 Spoqa", "**Title, Employer** , *dates*"), on the
// line(s) before it ("### Title | Company" then "**Jun 2021 – Present | Remote**"), or, when
// nothing precedes it, on the line(s) after it ("2019 – 2021" then "Acme Corp, Engineer").
#include <algorithm>

#include "cvdex/text_util.hpp"
#include "entry_text.hpp"
#include "extractors.hpp"

namespace cvdex {
namespace {

constexpr std::size_t max_header_length = 160;

struct DateHit {
    DateRange range;
    std::string rest;  // the line without the date text
};

// Table rows put the description in a cell beside the naming cells: keep only short cells.
std::string drop_long_cells(std::string_view row) {
    if (row.find(" | ") == std::string_view::npos) return std::string(row);
    std::string out;
    std::size_t start = 0;
    while (start <= row.size()) {
        std::size_t bar = row.find(" | ", start);
        std::string_view cell = row.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start);
        // Keep short cells and the dated one ("March 2018 – June 2021 (3 years 4 months)").
        std::size_t length = utf8_length(trim(cell));
        bool dated = length <= 100 && !find_date_ranges(cell).empty();
        if (length <= 60 || dated) {
            if (!out.empty()) out += " | ";
            out += trim(cell);
        }
        if (bar == std::string_view::npos) break;
        start = bar + 3;
    }
    return out;
}

bool has_letter(std::string_view text) {
    for (unsigned char c : text)
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80) return true;
    return false;
}

bool ends_sentence(std::string_view text) {
    text = trim(text);
    return text.ends_with('.') && !text.ends_with("..") && !ends_with_abbreviation(text);
}

// The date range that anchors an entry on this line, if the line is an entry anchor. A single
// year or month counts when it opens the line ("2013 The Beatpacking Company").
std::optional<DateHit> anchor_date(const TextLine& line, bool allow_bullet = false) {
    if (line.bullet && !allow_bullet) return std::nullopt;
    const std::string text = drop_long_cells(line.text);
    if (utf8_length(text) > max_header_length + 40) return std::nullopt;
    auto ranges = find_date_ranges(text);
    if (ranges.empty()) {
        auto singles = find_date_ranges(text, true);
        if (singles.empty() || trim(std::string_view(text).substr(0, singles.front().begin)).size() > 0)
            return std::nullopt;
        ranges = std::move(singles);
    }
    const DateRangeMatch& match = ranges.front();
    std::string rest = clean_entry_text(text.substr(0, match.begin) + " " + text.substr(match.end));
    // A long sentence with a date inside is prose, not an entry.
    bool at_edge = trim(std::string_view(text).substr(0, match.begin)).size() <= 3 ||
                   clean_entry_text(text.substr(match.end)).size() <= 3;
    bool header_like = line.heading_level > 0 || line.emphasized || at_edge;
    if (!header_like && utf8_length(rest) > 100) return std::nullopt;
    if (utf8_length(rest) > max_header_length) return std::nullopt;
    return DateHit{match.range, std::move(rest)};
}

// A line that can name an entry: short, not a bullet, not a sentence, not dated.
bool header_like(const TextLine& line, int max_indent) {
    if (line.bullet || line.indent > max_indent || utf8_length(line.text) > 100) return false;
    if (!has_letter(line.text)) return false;
    if (line.heading_level > 0 || line.emphasized) return true;
    return !ends_sentence(line.text) && word_count_of(line.text) <= 12;
}

bool strong(const TextLine& line) { return line.heading_level > 0 || line.emphasized; }

// Text with a word that names a role, an organisation, a school or a degree, or fields
// separated by bars ("Security Engineer | Giralda Bank").
bool names_something(std::string_view text) {
    return has_title_word(text) || has_org_marker(text) || has_school_word(text) || has_degree_word(text) ||
           text.find(" | ") != std::string_view::npos || is_self_employment(text);
}

// A short line right after an entry's header that can complete it: a title, an employer
// ("\textit{Atlas Fintech, Casablanca}"), or a degree. Descriptions are longer or end in a period.
// Returns the naming text, or nothing. Only the first sentence of a line counts ("BSc Computer
// Science. Final project on ...").
std::optional<std::string> complement_of(const std::vector<TextLine>& lines, int i, int end) {
    if (i >= end) return std::nullopt;
    const TextLine& line = lines[static_cast<std::size_t>(i)];
    if (line.bullet || line.entry || !has_letter(line.text) || anchor_date(line)) return std::nullopt;
    std::string_view text = line.text;
    if (std::size_t stop = text.find(". "); stop != std::string_view::npos && !ends_with_abbreviation(text.substr(0, stop + 1)))
        text = text.substr(0, stop);
    if (ends_sentence(text) || word_count_of(text) > 8) return std::nullopt;
    bool names = strong(line) || names_something(text);
    // A plain line counts when a list follows it: the naming line above the bullets.
    bool above_list = i + 1 < end && lines[static_cast<std::size_t>(i) + 1].bullet && word_count_of(text) <= 6;
    if (!names && !above_list) return std::nullopt;
    return clean_entry_text(text);
}

// Location-like leftovers of a date line ("Remote", "Kolkata, India") are short.
bool short_rest(std::string_view rest) { return word_count_of(rest) <= 4; }

}  // namespace

namespace {

std::vector<Entry> find_entries_pass(const RawText& text, int begin, int end, bool allow_bullets) {
    const auto& lines = text.lines;
    std::vector<Entry> entries;
    int last_claimed = begin - 1;  // no entry may reach back past this line

    for (int i = begin; i < end; ++i) {
        const TextLine& line = lines[static_cast<std::size_t>(i)];
        if (line.entry) {
            Entry entry;
            entry.hint = line.entry;
            entry.header = line.text;
            entry.header_parts = {line.text};
            entry.dates = parse_date_range(line.entry->dates);
            if (!entry.dates) {
                auto found = find_date_ranges(line.entry->dates, true);
                if (!found.empty()) entry.dates = found.front().range;
            }
            entry.first_line = i;
            entry.body_begin = i + 1;
            last_claimed = i;
            entries.push_back(std::move(entry));
            continue;
        }
        auto date = anchor_date(line, allow_bullets);
        if (!date) continue;

        Entry entry;
        entry.anchor_text = line.text;
        entry.dates = date->range;
        entry.first_line = i;
        entry.body_begin = i + 1;

        // Naming lines before the date line: up to two, not claimed, not dated themselves.
        std::vector<int> before;
        for (int j = i - 1; j > last_claimed && j >= begin && before.size() < 2; --j) {
            const TextLine& prev = lines[static_cast<std::size_t>(j)];
            if (!header_like(prev, line.indent) || anchor_date(prev)) break;
            // A second line back: both strong, or a short line that names a role or organisation
            // ("Lead Cloud Architect" / "Tulip Cloud B.V., Amsterdam" / dates).
            if (!before.empty()) {
                bool strong_pair = strong(prev) && strong(lines[static_cast<std::size_t>(before.back())]);
                bool naming = names_something(prev.text) && word_count_of(prev.text) <= 8;
                if (!strong_pair && !naming) break;
            }
            before.push_back(j);
        }
        // The line before names the entry when the date line has no text of its own, or only a
        // short leftover (a place) and the line before is a heading or names something.
        const TextLine* nearest = before.empty() ? nullptr : &lines[static_cast<std::size_t>(before.front())];
        bool use_before = nearest && (date->rest.empty() ||
                                      (short_rest(date->rest) && (strong(*nearest) || names_something(nearest->text))) ||
                                      (strong(*nearest) && names_something(nearest->text)));
        // A table row names itself: the row above is another row or the column titles.
        bool table_row = !strong(line) && line.text.find(" | ") != line.text.rfind(" | ");
        if (table_row && !date->rest.empty()) use_before = false;
        if (use_before) {
            std::reverse(before.begin(), before.end());
            for (int j : before) entry.header_parts.push_back(clean_entry_text(lines[static_cast<std::size_t>(j)].text));
            entry.first_line = before.front();
            entry.date_line_rest = date->rest;
        } else if (!date->rest.empty()) {
            entry.header_parts.push_back(date->rest);
        } else {
            // Dates first, then the naming line(s).
            for (int j = i + 1; j < end && j <= i + 2; ++j) {
                const TextLine& next = lines[static_cast<std::size_t>(j)];
                if (!header_like(next, std::max(line.indent, next.indent)) || anchor_date(next)) break;
                entry.header_parts.push_back(clean_entry_text(next.text));
                entry.body_begin = j + 1;
                if (!strong(next) && word_count_of(next.text) > 6) break;
            }
        }
        if (auto complement = complement_of(lines, entry.body_begin, end)) entry.complement = std::move(*complement);
        std::string header;
        for (const std::string& part : entry.header_parts) {
            if (part.empty()) continue;
            if (!header.empty()) header += " | ";
            header += part;
        }
        entry.header = std::move(header);
        last_claimed = std::max(i, entry.body_begin - 1);
        entries.push_back(std::move(entry));
    }
    for (std::size_t k = 0; k < entries.size(); ++k)
        entries[k].body_end = k + 1 < entries.size() ? entries[k + 1].first_line : end;
    for (Entry& e : entries) e.body_end = std::max(e.body_end, e.body_begin);
    return entries;
}

}  // namespace

std::vector<Entry> find_entries(const RawText& text, int begin, int end) {
    // A structured reader (JSON Resume, YAML) marks its entries: their descriptions may hold dates
    // ("2021 - 2022: led the migration") that are not entries of their own.
    bool structured = std::any_of(text.lines.begin() + begin, text.lines.begin() + end,
                                  [](const TextLine& line) { return line.entry.has_value(); });
    if (structured) {
        std::vector<Entry> entries;
        for (Entry& entry : find_entries_pass(text, begin, end, false))
            if (entry.hint) entries.push_back(std::move(entry));
        for (std::size_t k = 0; k < entries.size(); ++k)
            entries[k].body_end = k + 1 < entries.size() ? entries[k + 1].first_line : end;
        return entries;
    }
    std::vector<Entry> entries = find_entries_pass(text, begin, end, false);
    // Some CVs list their jobs as the items of a list ("\item \textbf{Title}, Company \hfill dates"):
    // bullets anchor entries only when nothing else in the section does, since dated bullets
    // under a job are its text.
    if (entries.empty()) entries = find_entries_pass(text, begin, end, true);
    return entries;
}

}  // namespace cvdex
