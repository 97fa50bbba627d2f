#include "entry_text.hpp"

#include <algorithm>
#include <array>

#include "cvdex/text_util.hpp"

namespace cvdex {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "(2 years)", "(1 year 1 month)", "(7 months)", "(10 months)": a parenthesised duration.
bool is_duration(std::string_view inside) {
    std::string folded = fold_case(inside);
    bool digit = std::any_of(folded.begin(), folded.end(), is_digit);
    for (std::string_view unit : {"year", "yr", "month", "mo", "jahr", "monat", "an", "mois", "año", "mes",
                                  "год", "лет", "мес"})
        if (digit && folded.find(unit) != std::string::npos) return true;
    return false;
}

bool is_edge_junk(unsigned char c) {
    return c == ' ' || c == '|' || c == ',' || c == ';' || c == ':' || c == '*' || c == '_' || c == '-' ||
           c == '/' || c == '(' || c == ')' || c == '[' || c == ']' || c == '#' || c == '`' || c == '~' ||
           c == '\t' || c == '.' || c == '@' || c == '>';
}

std::string_view strip_edges(std::string_view text) {
    auto strip_dash = [](std::string_view& t, bool front) {
        for (std::string_view dash : {"\u2013", "\u2014", "\u2012", "\u2212", "\u2022", "\u00B7"}) {
            if (front && t.starts_with(dash)) { t.remove_prefix(dash.size()); return true; }
            if (!front && t.ends_with(dash)) { t.remove_suffix(dash.size()); return true; }
        }
        return false;
    };
    bool changed = true;
    while (changed && !text.empty()) {
        changed = false;
        if (is_edge_junk(static_cast<unsigned char>(text.front())) && text.front() != '(') {
            text.remove_prefix(1);
            changed = true;
        } else if (strip_dash(text, true)) {
            changed = true;
        }
        if (text.empty()) break;
        // Keep a closing dot of an abbreviation ("Inc.") and a bracket that closes an open one.
        char back = text.back();
        bool keep_dot = back == '.' && ends_with_abbreviation(text);
        bool keep_paren = back == ')' && text.find('(') != std::string_view::npos;
        if (is_edge_junk(static_cast<unsigned char>(back)) && !keep_dot && !keep_paren) {
            text.remove_suffix(1);
            changed = true;
        } else if (strip_dash(text, false)) {
            changed = true;
        }
    }
    return text;
}

}  // namespace

std::string clean_entry_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '(') {
            std::size_t close = text.find(')', i);
            if (close != std::string_view::npos) {
                std::string_view inside = text.substr(i + 1, close - i - 1);
                if (is_duration(inside) || trim(inside).empty()) {
                    i = close;
                    continue;
                }
            }
        }
        out += text[i];
    }
    std::string collapsed = collapse_spaces(out);
    // Empty "()" and separators left between words by a removed date: "Acme |  | Remote".
    std::string result(strip_edges(collapsed));
    for (std::string_view doubled : {"| |", ", ,", "|  |"}) {
        std::size_t at;
        while ((at = result.find(doubled)) != std::string::npos) result.erase(at, doubled.size() - 1);
    }
    return std::string(strip_edges(result));
}

std::size_t word_count_of(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        bool space = c == ' ' || c == '\t';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

bool ends_with_abbreviation(std::string_view text) {
    text = trim(text);
    if (!text.ends_with('.')) return false;
    std::size_t start = text.find_last_of(" (,") ;
    std::string word = fold_case(text.substr(start == std::string_view::npos ? 0 : start + 1));
    for (std::string_view abbreviation : {"inc.", "llc.", "ltd.", "co.", "corp.", "s.a.", "s.r.l.", "b.v.", "n.v.",
                                          "gmbh.", "jr.", "sr.", "st.", "dr.", "e.v.", "plc.", "l.p.", "u.s.",
                                          "s.l.", "a.g.", "pty.", "ltda.", "s.p.a.", "k.k.", "s.a.s.", "a.s.",
                                          "s.r.o.", "d.o.o.", "sp.", "z.o.o.", "kft.", "zrt.", "pvt.", "bhd."})
        if (word == abbreviation) return true;
    // Initials: "N.G." or a single letter "B."
    std::size_t letters = 0, dots = 0;
    for (char c : word) {
        if (c == '.') ++dots;
        else ++letters;
    }
    return dots >= 1 && letters <= dots + 1 && letters <= 4;
}

std::vector<std::string> split_header_parts(std::string_view header) {
    // Strong separators first; commas split too, but a legal form after a comma is joined back.
    static constexpr std::array<std::string_view, 12> separators = {
        " | ", "|", " \u2014 ", " \u2013 ", " - ", " \u2212 ", "\t", " \u00B7 ", " \u2022 ", " -- ", " --- ",
        "  "};
    std::vector<std::string> parts{std::string(header)};
    for (std::string_view sep : separators) {
        std::vector<std::string> next;
        for (const std::string& part : parts) {
            std::size_t start = 0, at;
            while ((at = part.find(sep, start)) != std::string::npos) {
                next.push_back(part.substr(start, at - start));
                start = at + sep.size();
            }
            next.push_back(part.substr(start));
        }
        parts = std::move(next);
    }
    // Dash runs used as rules ("EMPLOYER, Title ---- City").
    std::vector<std::string> split;
    for (const std::string& part : parts) {
        std::size_t rule = part.find("----");
        if (rule == std::string::npos) {
            split.push_back(part);
            continue;
        }
        split.push_back(part.substr(0, rule));
        std::size_t after = part.find_first_not_of('-', rule);
        if (after != std::string::npos) split.push_back(part.substr(after));
    }
    std::vector<std::string> result;
    for (const std::string& part : split) {
        std::size_t start = 0, at;
        std::vector<std::string> pieces;
        while ((at = part.find(',', start)) != std::string::npos) {
            pieces.push_back(part.substr(start, at - start));
            start = at + 1;
        }
        pieces.push_back(part.substr(start));
        for (std::string& piece : pieces) {
            std::string cleaned = clean_entry_text(piece);
            if (cleaned.empty()) continue;
            std::string folded = fold_case(cleaned);
            bool legal_form = folded == "inc" || folded == "inc." || folded == "llc" || folded == "llc." ||
                              folded == "ltd" || folded == "ltd." || folded == "gmbh" || folded == "ag" ||
                              folded == "s.a." || folded == "sa" || folded == "plc" || folded == "b.v." ||
                              folded == "corp." || folded == "co." || folded == "s.r.l" || folded == "s.r.l.";
            if (legal_form && !result.empty()) result.back() += ", " + cleaned;
            else result.push_back(std::move(cleaned));
        }
    }
    return result;
}

}  // namespace cvdex
