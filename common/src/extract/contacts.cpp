// Name, e-mail addresses, phone numbers, location and links.
#include <algorithm>
#include <cctype>

#include "cvdex/dates.hpp"
#include "cvdex/text_util.hpp"
#include "entry_text.hpp"
#include "extractors.hpp"
#include "heading_text.hpp"

namespace cvdex {
namespace {

bool email_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%';
}

void add_unique(std::vector<std::string>& list, std::string value) {
    if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

void find_emails(std::string_view text, std::vector<std::string>& out) {
    for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
        std::size_t begin = at, end = at + 1;
        while (begin > 0 && email_char(text[begin - 1])) --begin;
        while (end < text.size() && email_char(text[end])) ++end;
        std::string_view local = text.substr(begin, at - begin);
        std::string_view domain = text.substr(at + 1, end - at - 1);
        while (!domain.empty() && domain.back() == '.') domain.remove_suffix(1);
        if (local.empty() || domain.find('.') == std::string_view::npos || domain.front() == '.') continue;
        add_unique(out, std::string(local) + "@" + std::string(domain));
    }
}

// A phone label as a whole word ("Tel.:", "Handy", "☎"), not inside a word ("Excellent").
bool has_phone_label(std::string_view line) {
    std::string folded = fold_case(line);
    for (std::string_view symbol : {"☎", "📞", "電話", "전화", "手机", "电话"})
        if (folded.find(symbol) != std::string::npos) return true;
    std::string word;
    auto is_label = [](const std::string& w) {
        for (std::string_view label : {"phone", "tel", "telephone", "mobile", "cell", "cellphone", "telefon",
                                       "téléphone", "teléfono", "móvil", "handy", "mobil", "телефон", "тел", "моб"})
            if (w == label) return true;
        return false;
    };
    for (char c : folded + " ") {
        if (std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) {
            word += c;
            continue;
        }
        if (is_label(word)) return true;
        word.clear();
    }
    return false;
}

// "12.03.1990", "1990-05-17", "2017 2018 2019", "1.200.000": dates, runs of years and figures
// written with thousands separators have the shape of a phone number but are not one.
bool looks_like_date_or_figure(std::string_view candidate) {
    if (parse_date_range(candidate)) return true;
    std::vector<std::string> groups;
    std::string group;
    std::string separators;
    for (char c : std::string(candidate) + " ") {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            group += c;
        } else {
            if (!group.empty()) groups.push_back(group);
            group.clear();
            if (c != ' ') separators += c;
        }
    }
    bool all_years = !groups.empty() && std::all_of(groups.begin(), groups.end(), [](const std::string& g) {
        return g.size() == 4 && (g.starts_with("19") || g.starts_with("20"));
    });
    bool thousands = groups.size() >= 2 && !separators.empty() &&
                     std::all_of(separators.begin(), separators.end(), [](char c) { return c == '.'; }) &&
                     std::all_of(groups.begin() + 1, groups.end(), [](const std::string& g) { return g.size() == 3; });
    return all_years || thousands;
}

// Phone numbers: a run of digits with spaces, dashes, dots and brackets, 7 to 15 digits, that
// either starts with '+', stands after a phone label, or has a national shape ((555) 123-4567).
void find_phones(std::string_view line, std::vector<std::string>& out) {
    bool labelled = has_phone_label(line);
    std::size_t i = 0;
    while (i < line.size()) {
        char c = line[i];
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '(')) {
            ++i;
            continue;
        }
        std::size_t begin = i, digits = 0, end = i;
        while (i < line.size()) {
            char d = line[i];
            if (std::isdigit(static_cast<unsigned char>(d))) {
                ++digits;
                end = i + 1;
            } else if (!(d == ' ' || d == '-' || d == '.' || d == '(' || d == ')' || d == '/' ||
                         (d == '+' && i == begin) || d == '~')) {
                break;
            }
            ++i;
        }
        std::string candidate(trim(line.substr(begin, end - begin)));
        if (digits < 7 || digits > 15 || candidate.empty()) continue;
        if (!find_date_ranges(candidate).empty() || looks_like_date_or_figure(candidate)) continue;
        bool plus = candidate.front() == '+';
        bool shaped = candidate.find('(') != std::string::npos ||
                      std::count(candidate.begin(), candidate.end(), '-') >= 2 ||
                      std::count(candidate.begin(), candidate.end(), '.') >= 2;
        if (plus || labelled || shaped) add_unique(out, std::string(candidate));
    }
}

void find_links(std::string_view text, std::vector<std::string>& out) {
    for (std::string_view scheme : {"https://", "http://", "www.", "github.com/", "linkedin.com/", "gitlab.com/"}) {
        for (std::size_t at = text.find(scheme); at != std::string_view::npos; at = text.find(scheme, at + 1)) {
            // Inside a longer URL already taken ("https://github.com/x" contains "github.com/").
            if (at > 0 && (text[at - 1] == '/' || text[at - 1] == '.' || std::isalnum(static_cast<unsigned char>(text[at - 1]))))
                continue;
            std::size_t end = at;
            while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && text[end] != ')' &&
                   text[end] != '>' && text[end] != '"' && text[end] != '|' && text[end] != ',')
                ++end;
            std::string url(text.substr(at, end - at));
            while (!url.empty() && (url.back() == '.' || url.back() == ';')) url.pop_back();
            if (url.size() > scheme.size() + 2) add_unique(out, url);
        }
    }
}


// A name is 1 to 5 words of letters (dots and hyphens allowed), no digits, no '@'.
bool looks_like_name(std::string_view text) {
    if (text.empty() || utf8_length(text) > 60 || is_document_title(text)) return false;
    if (std::any_of(text.begin(), text.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '@' || c == ':' || c == '/'; }))
        return false;
    std::size_t words = word_count_of(text);
    return words >= 1 && words <= 5 && classify_heading(text) == SectionKind::none;
}

std::string name_from_labels(const RawText& text) {
    for (std::size_t i = 0; i < text.lines.size() && i < 40; ++i) {
        std::string_view line = text.lines[i].text;
        std::string folded = fold_case(line);
        for (std::string_view label : {"name", "full name", "имя", "фио", "이름", "姓名", "氏名", "nom", "nombre"}) {
            if (folded == label && i + 1 < text.lines.size() && looks_like_name(text.lines[i + 1].text))
                return text.lines[i + 1].text;
            std::string prefix = std::string(label) + ":";
            if (folded.starts_with(prefix)) {
                std::string value = trim_unicode(line.substr(prefix.size()));
                if (looks_like_name(value)) return value;
            }
        }
    }
    return {};
}

std::string find_name(const RawText& text, const std::vector<Section>& sections) {
    if (!text.name_hint.empty()) return text.name_hint;
    if (std::string labelled = name_from_labels(text); !labelled.empty()) return labelled;
    // The first heading or first line near the top, before any known section's body: the part
    // before a comma or dash ("Anna Taradai, Principal Software Engineer").
    int limit = sections.empty() ? 8 : std::max(8, sections.front().begin + 3);
    for (std::size_t i = 0; i < text.lines.size() && static_cast<int>(i) < limit; ++i) {
        const TextLine& line = text.lines[i];
        // "Anna Taradai, Principal Software Engineer", "CURRICULUM VITAE - Gareth Pryce-Jones":
        // the first piece that reads as a name.
        std::vector<std::string> pieces{line.text};
        for (std::string_view sep : {",", " | ", " - ", " \u2013 ", " \u2014 ", " \u00B7 "}) {
            std::vector<std::string> split;
            for (const std::string& piece : pieces) {
                std::size_t start = 0, at;
                while ((at = piece.find(sep, start)) != std::string::npos) {
                    split.push_back(piece.substr(start, at - start));
                    start = at + sep.size();
                }
                split.push_back(piece.substr(start));
            }
            pieces = std::move(split);
        }
        if (line.heading_level > 0 || i < 3) {
            for (const std::string& piece : pieces) {
                std::string candidate = trim_unicode(piece);
                if (is_document_title(candidate) || candidate.empty()) continue;
                if (looks_like_name(candidate) && !has_title_word(candidate) && word_count_of(candidate) >= 2)
                    return candidate;
                break;
            }
        }
        if (line.heading_level > 0 && classify_heading(line.text) != SectionKind::none && !is_document_title(line.text) &&
            line.section_hint == SectionKind::none)
            break;
    }
    return {};
}

std::string find_location(const RawText& text) {
    for (std::size_t i = 0; i < text.lines.size() && i < 60; ++i) {
        std::string_view line = text.lines[i].text;
        std::string folded = fold_case(line);
        for (std::string_view label : {"location:", "address:", "based in", "city:", "standort:", "wohnort:",
                                       "adresse:", "ville:", "ubicación:", "dirección:", "город:", "адрес:",
                                       "location :", "residence:"}) {
            if (!folded.starts_with(label)) continue;
            // Folding can change byte lengths; cut the label by its length in the original text
            // only when both agree, else after the first ':'.
            std::size_t colon = line.find(':');
            std::string value = trim_unicode(colon != std::string_view::npos ? line.substr(colon + 1)
                                                                             : line.substr(std::min(line.size(), label.size())));
            if (!value.empty() && value.size() < 100) return value;
        }
    }
    return {};
}

}  // namespace

Contacts extract_contacts(const RawText& text, const std::vector<Section>& sections) {
    Contacts contacts;
    contacts.name = find_name(text, sections);
    for (const std::string& link : text.links) {
        if (link.starts_with("mailto:")) find_emails(link.substr(7), contacts.emails);
        else if (link.find('@') != std::string::npos && link.find('/') == std::string::npos)
            find_emails(link, contacts.emails);
        else if (link.starts_with("tel:")) find_phones(link.substr(4), contacts.phones);
        else if (link.starts_with("http") || link.starts_with("www.")) add_unique(contacts.links, link);
    }
    for (const TextLine& line : text.lines) {
        find_emails(line.text, contacts.emails);
        find_links(line.text, contacts.links);
    }
    // Phones only in the CV's header (before the first section other than contacts) or in a
    // contacts section: digit runs elsewhere are figures.
    for (const Section& section : sections) {
        bool header = section.kind == SectionKind::none || section.kind == SectionKind::contacts ||
                      (section.kind == SectionKind::other && section.begin < 3);
        if (!header) continue;
        int from = std::max(0, section.heading_index);
        for (int i = from; i < section.end && i < from + 30; ++i)
            find_phones(text.lines[static_cast<std::size_t>(i)].text, contacts.phones);
    }
    contacts.location = find_location(text);
    // A link that is only an e-mail's domain or a mailto is noise.
    std::erase_if(contacts.links, [](const std::string& link) { return link.find('@') != std::string::npos; });
    return contacts;
}

}  // namespace cvdex
