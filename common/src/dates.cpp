// The date grammar: month names in several languages, numeric forms, ranges with every dash
// and "to/until/bis/à/по", open ranges ("2016--", "since 2019"). Works on a token list so that
// punctuation and spacing variants do not multiply the rules.
#include "cvdex/dates.hpp"

#include <array>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <fmt/format.h>

#include "cvdex/text_util.hpp"
#include "date_tokens.hpp"

namespace cvdex {
namespace {

using date_tokens::Token;
using date_tokens::TokenKind;

constexpr int min_year = 1950;
constexpr int max_year = 2100;

bool plausible_year(long value) { return value >= min_year && value <= max_year; }

// Two-digit years ('22) are read as 19xx above 40: CVs rarely reach back before 1941.
int expand_two_digit_year(long value) { return static_cast<int>(value <= 40 ? 2000 + value : 1900 + value); }

class DateParser {
public:
    explicit DateParser(std::string_view line) : line_(line), tokens_(date_tokens::tokenize(line)) {}

    std::vector<DateRangeMatch> find_all(bool allow_single) {
        std::vector<DateRangeMatch> found;
        std::size_t i = 0;
        while (i < tokens_.size()) {
            if (auto match = range_at(i, allow_single)) {
                found.push_back(match->first);
                i = match->second;
            } else {
                ++i;
            }
        }
        return found;
    }

    // The whole text as one range (or single date); nothing when anything else is left over.
    std::optional<DateRange> whole() {
        std::size_t first = skip_spaces(0);
        if (first >= tokens_.size()) return std::nullopt;
        auto match = range_at(first, true);
        if (!match) return std::nullopt;
        std::size_t rest = match->second;
        while (rest < tokens_.size() && (tokens_[rest].kind == TokenKind::space ||
                                         is_closing_punct(tokens_[rest])))
            ++rest;
        if (rest != tokens_.size()) return std::nullopt;
        return match->first.range;
    }

private:
    struct DateAt {
        YearMonth date;
        std::size_t next;  // token after the date
    };

    std::string_view line_;
    std::vector<Token> tokens_;

    const Token* at(std::size_t i) const { return i < tokens_.size() ? &tokens_[i] : nullptr; }

    std::size_t skip_spaces(std::size_t i) const {
        while (i < tokens_.size() && tokens_[i].kind == TokenKind::space) ++i;
        return i;
    }

    bool is_punct(std::size_t i, std::string_view text) const {
        const Token* t = at(i);
        return t && t->kind == TokenKind::punct && t->text == text;
    }

    static bool is_closing_punct(const Token& t) {
        return t.kind == TokenKind::punct &&
               (t.text == ")" || t.text == "]" || t.text == "}" || t.text == "," || t.text == ";" ||
                t.text == "." || t.text == "|" || t.text == ":" || t.text == "*" || t.text == "_");
    }

    // A month written as a word, optionally followed by '.', then "of"/"de"/"del".
    std::optional<std::pair<int, std::size_t>> month_word_at(std::size_t i) const {
        const Token* t = at(i);
        if (!t || t->kind != TokenKind::word) return std::nullopt;
        int month = date_tokens::month_from_word(t->folded);
        if (month == 0) return std::nullopt;
        std::size_t next = i + 1;
        if (is_punct(next, ".")) ++next;
        return std::pair{month, next};
    }

    std::optional<std::pair<int, std::size_t>> year_at(std::size_t i) const {
        const Token* t = at(i);
        if (!t) return std::nullopt;
        if (t->kind == TokenKind::number && t->digits == 4 && plausible_year(t->value))
            return std::pair{static_cast<int>(t->value), i + 1};
        // '22 or ’22
        if (t->kind == TokenKind::punct && (t->text == "'" || t->text == "\u2019" || t->text == "\u2018")) {
            const Token* n = at(i + 1);
            if (n && n->kind == TokenKind::number && n->digits == 2)
                return std::pair{expand_two_digit_year(n->value), i + 2};
        }
        return std::nullopt;
    }

    // "Nov 2020", "Sep. 2023", "February 2021", "Jan '22", "März 2015", "enero de 2018", "25 Aug 1992".
    std::optional<DateAt> month_year_at(std::size_t i) const {
        std::size_t start = i;
        const Token* t = at(i);
        if (t && t->kind == TokenKind::number && t->digits <= 2 && t->value >= 1 && t->value <= 31) {
            std::size_t j = i + 1;
            if (is_punct(j, ".")) ++j;
            j = skip_spaces(j);
            if (month_word_at(j)) start = j;  // a day before the month: ignored
        }
        auto month = month_word_at(start);
        if (!month) return std::nullopt;
        std::size_t j = skip_spaces(month->second);
        if (const Token* w = at(j); w && w->kind == TokenKind::word &&
                                    (w->folded == "of" || w->folded == "de" || w->folded == "del"))
            j = skip_spaces(j + 1);
        if (is_punct(j, ",")) j = skip_spaces(j + 1);
        auto year = year_at(j);
        if (!year) return std::nullopt;
        return DateAt{{year->first, month->first}, year->second};
    }

    // "03/2018", "3.2018", "2018-03", "2018/03", "2020-05-05", "05.05.2020", "2018".
    std::optional<DateAt> numeric_at(std::size_t i) const {
        const Token* t = at(i);
        if (!t || t->kind != TokenKind::number) return std::nullopt;
        auto sep_at = [&](std::size_t j) {
            return is_punct(j, "/") || is_punct(j, ".") || is_punct(j, "-");
        };
        auto number = [&](std::size_t j, int digits) -> const Token* {
            const Token* n = at(j);
            return n && n->kind == TokenKind::number && n->digits == digits ? n : nullptr;
        };
        auto small_number = [&](std::size_t j) -> const Token* {
            const Token* n = at(j);
            return n && n->kind == TokenKind::number && n->digits <= 2 ? n : nullptr;
        };
        if (t->digits == 4 && plausible_year(t->value)) {
            int year = static_cast<int>(t->value);
            // "2020年4月", "2020년 4월", "2020年": CJK year and month markers.
            if (const Token* marker = at(i + 1); marker && marker->kind == TokenKind::word &&
                                                 (marker->text.starts_with("\u5E74") || marker->text.starts_with("\uB144"))) {
                std::size_t j = i + 2;
                bool glued = marker->text.size() > 3;  // "年" followed by more letters in one word
                if (!glued) {
                    std::size_t k = skip_spaces(j);
                    const Token* m = at(k);
                    const Token* unit = at(k + 1);
                    if (m && m->kind == TokenKind::number && m->digits <= 2 && m->value >= 1 && m->value <= 12 &&
                        unit && unit->kind == TokenKind::word &&
                        (unit->text.starts_with("\u6708") || unit->text.starts_with("\uC6D4")))
                        return DateAt{{year, static_cast<int>(m->value)}, k + 2};
                }
                return DateAt{{year, 0}, j};
            }
            // yyyy-mm[-dd]; a two-digit second part above 12 is not a month.
            if (sep_at(i + 1)) {
                if (const Token* m = number(i + 2, 2); m && m->value >= 1 && m->value <= 12 &&
                                                       !(at(i + 3) && at(i + 3)->kind == TokenKind::number)) {
                    std::size_t next = i + 3;
                    if (sep_at(next) && small_number(next + 1)) next += 2;  // the day
                    return DateAt{{year, static_cast<int>(m->value)}, next};
                }
            }
            return DateAt{{year, 0}, i + 1};
        }
        if (t->digits <= 2 && sep_at(i + 1)) {
            // mm/yyyy
            if (const Token* y = number(i + 2, 4); y && plausible_year(y->value) && t->value >= 1 &&
                                                   t->value <= 12)
                return DateAt{{static_cast<int>(y->value), static_cast<int>(t->value)}, i + 3};
            // dd.mm.yyyy (dots: European) or mm/dd/yyyy (slashes: US unless the first part > 12)
            if (const Token* second = small_number(i + 2); second && sep_at(i + 3)) {
                if (const Token* y = number(i + 4, 4); y && plausible_year(y->value)) {
                    long month = t->value;
                    if (is_punct(i + 1, ".") || is_punct(i + 1, "-") || t->value > 12) month = second->value;
                    if (month >= 1 && month <= 12)
                        return DateAt{{static_cast<int>(y->value), static_cast<int>(month)}, i + 5};
                }
            }
        }
        return std::nullopt;
    }

    std::optional<DateAt> date_at(std::size_t i) const {
        if (auto d = month_year_at(i)) return d;
        return numeric_at(i);
    }

    // Words that close a range at the reference date: "present", "heute", "по настоящее время".
    std::optional<std::size_t> present_at(std::size_t i) const {
        std::vector<std::string_view> words;
        std::vector<std::size_t> ends;
        for (std::size_t j = i; j < tokens_.size() && words.size() < 4; ++j) {
            const Token& t = tokens_[j];
            if (t.kind == TokenKind::space || (t.kind == TokenKind::punct && t.text == ".")) continue;
            if (t.kind != TokenKind::word) break;
            words.push_back(t.folded);
            ends.push_back(j + 1);
        }
        for (std::size_t n = words.size(); n > 0; --n) {
            if (date_tokens::is_present_phrase({words.data(), n})) {
                std::size_t end = ends[n - 1];
                if (is_punct(end, ".")) ++end;  // "н.в."
                return end;
            }
        }
        return std::nullopt;
    }

    // A range separator: dashes, "to", "until", "bis", "à", "по"; returns the token after it.
    std::optional<std::size_t> separator_at(std::size_t i) const {
        std::size_t j = skip_spaces(i);
        const Token* t = at(j);
        if (!t) return std::nullopt;
        if (t->kind == TokenKind::punct && date_tokens::is_dash(t->text)) {
            std::size_t next = j + 1;
            while (const Token* more = at(next))  // "--", "---", "->"
                if (more->kind == TokenKind::punct && (date_tokens::is_dash(more->text) || more->text == ">"))
                    ++next;
                else
                    break;
            // "— по настоящее время", "- to date": a dash and a range word together.
            std::size_t word = skip_spaces(next);
            if (const Token* w = at(word); w && w->kind == TokenKind::word && date_tokens::is_range_word(w->folded))
                return word + 1;
            return next;
        }
        if (t->kind == TokenKind::word && date_tokens::is_range_word(t->folded)) return j + 1;
        return std::nullopt;
    }

    // True when the nearest non-space token before i is a number: digit groups of a phone
    // number or a table of figures, not a lost dash between two years.
    bool number_before(std::size_t i) const {
        while (i > 0) {
            --i;
            if (tokens_[i].kind == TokenKind::space) continue;
            return tokens_[i].kind == TokenKind::number;
        }
        return false;
    }

    bool number_at(std::size_t i) const {
        const Token* t = at(i);
        return t && t->kind == TokenKind::number;
    }

    DateRangeMatch make_match(std::size_t first, std::size_t last_exclusive, DateRange range) const {
        DateRangeMatch m;
        m.range = range;
        m.begin = tokens_[first].begin;
        std::size_t last = last_exclusive;
        while (last > first && tokens_[last - 1].kind == TokenKind::space) --last;
        m.end = tokens_[last - 1].end;
        return m;
    }

    // The range that starts at token i, if any, and the token after it.
    std::optional<std::pair<DateRangeMatch, std::size_t>> range_at(std::size_t i, bool allow_single) const {
        const Token& first = tokens_[i];
        if (first.kind == TokenKind::space) return std::nullopt;
        // Tokens glued to a preceding word or number are not dates ("v2018", "12345").
        if (i > 0 && (tokens_[i - 1].kind == TokenKind::word || tokens_[i - 1].kind == TokenKind::number) &&
            first.kind != TokenKind::punct)
            return std::nullopt;

        // "since 2019", "seit März 2015", "depuis 2021", "с 2012"; "from 2019 to 2021" is a full range.
        if (first.kind == TokenKind::word && date_tokens::is_since_word(first.folded)) {
            std::size_t j = skip_spaces(i + 1);
            if (auto start = date_at(j)) {
                if (auto closed = complete_range(i, *start, allow_single, /*after_since=*/true)) return closed;
            }
            return std::nullopt;
        }
        if (first.kind == TokenKind::word && date_tokens::is_from_word(first.folded)) {
            std::size_t j = skip_spaces(i + 1);
            if (auto start = date_at(j)) return complete_range(i, *start, allow_single, false);
            return std::nullopt;
        }

        // "Jan – Mar 2020": a month without a year, then a full date.
        if (auto month = month_word_at(i); month && !year_at(skip_spaces(month->second))) {
            if (auto sep = separator_at(month->second)) {
                std::size_t j = skip_spaces(*sep);
                if (auto end = date_at(j); end && end->date.month != 0) {
                    DateRange r{{end->date.year, month->first}, end->date, false};
                    if (r.start.first_month_index() <= r.end->first_month_index())
                        return std::pair{make_match(i, end->next, r), end->next};
                }
            }
            return std::nullopt;
        }

        auto start = date_at(i);
        if (!start) return std::nullopt;
        return complete_range(i, *start, allow_single, false);
    }

    std::optional<std::pair<DateRangeMatch, std::size_t>> complete_range(std::size_t first, DateAt start,
                                                                         bool allow_single,
                                                                         bool after_since) const {
        if (auto sep = separator_at(start.next)) {
            std::size_t j = skip_spaces(*sep);
            if (auto end = present_at(j)) {
                DateRange r{start.date, std::nullopt, true};
                return std::pair{make_match(first, *end, r), *end};
            }
            if (auto end = date_at(j)) {
                YearMonth end_date = end->date;
                if (end_date.first_month_index() >= start.date.first_month_index() ||
                    (end_date.year == start.date.year)) {
                    DateRange r{start.date, end_date, false};
                    return std::pair{make_match(first, end->next, r), end->next};
                }
                return std::nullopt;  // an end before the start is not a range we trust
            }
            // "2014-16": an abbreviated end year.
            if (const Token* t = at(j); t && t->kind == TokenKind::number && t->digits == 2 &&
                                        start.date.month == 0 && !at(j + 1)) {
                int end_year = start.date.year / 100 * 100 + static_cast<int>(t->value);
                if (end_year > start.date.year)
                    return std::pair{make_match(first, j + 1, DateRange{start.date, YearMonth{end_year, 0}, false}),
                                     j + 1};
            }
            // An open range: "2016--", "2024-" (a dash glued to the date), or any separator at the
            // end of the text or before closing punctuation. "2019 - Acme" is not open: a spaced
            // dash before a word is how one-year jobs are written.
            bool glued = tokens_[start.next].kind == TokenKind::punct;
            const Token* after = at(j);
            bool at_end = after == nullptr || is_closing_punct(*after);
            bool glued_then_space = glued && (j == *sep ? after == nullptr : tokens_[*sep].kind == TokenKind::space);
            if (at_end || glued_then_space) {
                DateRange r{start.date, std::nullopt, true};
                return std::pair{make_match(first, *sep, r), *sep};
            }
        }
        if (after_since) {
            DateRange r{start.date, std::nullopt, true};
            return std::pair{make_match(first, start.next, r), start.next};
        }
        // "2019 2021": a dash lost in PDF extraction.
        {
            std::size_t j = skip_spaces(start.next);
            if (j > start.next && start.date.month == 0 && !number_before(first)) {
                if (const Token* t = at(j); t && t->kind == TokenKind::number && t->digits == 4 &&
                                            plausible_year(t->value) && t->value >= start.date.year &&
                                            t->value - start.date.year < 50 &&
                                            !number_at(skip_spaces(j + 1))) {
                    DateRange r{start.date, YearMonth{static_cast<int>(t->value), 0}, false};
                    return std::pair{make_match(first, j + 1, r), j + 1};
                }
            }
        }
        // "2018/2019": an academic year.
        if (is_punct(start.next, "/") && start.date.month == 0) {
            if (const Token* t = at(start.next + 1); t && t->kind == TokenKind::number && t->digits == 4 &&
                                                     t->value >= start.date.year && t->value - start.date.year <= 2) {
                DateRange r{start.date, YearMonth{static_cast<int>(t->value), 0}, false};
                return std::pair{make_match(first, start.next + 2, r), start.next + 2};
            }
        }
        if (allow_single) {
            // A lone number must look like a year in context, not like "2000 servers".
            DateRange r{start.date, start.date, false};
            return std::pair{make_match(first, start.next, r), start.next};
        }
        return std::nullopt;
    }
};

}  // namespace

std::string YearMonth::to_string() const {
    if (month == 0) return fmt::format("{:04}", year);
    return fmt::format("{:04}-{:02}", year, month);
}

std::optional<YearMonth> YearMonth::parse(std::string_view text) {
    auto digits = [](std::string_view s) {
        for (char c : s)
            if (c < '0' || c > '9') return false;
        return !s.empty();
    };
    auto to_int = [](std::string_view s) {
        int v = 0;
        for (char c : s) v = v * 10 + (c - '0');
        return v;
    };
    if (text.size() == 4 && digits(text)) return YearMonth{to_int(text), 0};
    if (text.size() == 7 && text[4] == '-' && digits(text.substr(0, 4)) && digits(text.substr(5))) {
        int month = to_int(text.substr(5));
        if (month >= 1 && month <= 12) return YearMonth{to_int(text.substr(0, 4)), month};
    }
    return std::nullopt;
}

std::vector<DateRangeMatch> find_date_ranges(std::string_view line, bool allow_single) {
    return DateParser(line).find_all(allow_single);
}

std::optional<DateRange> parse_date_range(std::string_view text) { return DateParser(text).whole(); }

std::optional<YearMonth> parse_date(std::string_view text) {
    auto range = parse_date_range(text);
    if (!range || range->current || !range->end || !(*range->end == range->start)) return std::nullopt;
    return range->start;
}

}  // namespace cvdex
