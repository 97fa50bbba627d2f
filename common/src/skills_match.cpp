// Finding skills in text: one pass over the tokens, longest pattern first at each position, and
// context rules for names that are also ordinary words.
#include "skills_impl.hpp"

namespace cvdex::skills_detail {
namespace {

enum class Verdict { reject, accept, needs_cue };

struct Candidate {
    std::size_t first = 0, end = 0;  // tokens [first, end)
    std::size_t skill = 0;
    bool needs_cue = false;  // kept only if its sentence has another skill or a programming word
};

/// The word before or after a match: folded text ("let's" with its apostrophe) and its tokens.
struct Neighbour {
    std::string_view word;
    std::size_t first = 0, last = 0;
    bool via_hyphen = false;  // "No-Go", "C-level"
    explicit operator bool() const noexcept { return !word.empty(); }
};

bool is_number(std::string_view w) {
    if (w.empty()) return false;
    for (char c : w)
        if (c < '0' || c > '9') return false;
    return true;
}

/// "8", "1", "21", "v2", "x" (as in "3.x"): a version written after a name in a list.
bool is_version(std::string_view w) {
    if (w == "x") return true;
    if (!w.empty() && w.front() == 'v') w.remove_prefix(1);
    return is_number(w);
}

bool is_letter(std::string_view w) { return w.size() == 1 && w[0] >= 'a' && w[0] <= 'z'; }

constexpr std::string_view list_separators = ", ; / | • · ( ) [ ] { } : * ▪ ◦ ● ■ ‣ – — > » →";
constexpr std::string_view sentence_openers = ". ! ? : ; • · * ▪ ◦ ● ■ ‣ – — > » →";
// "written in C", "geschrieben in C", "en C", "на R": prepositions that introduce a language.
constexpr std::string_view letter_cue_prev = "in using with mit en avec con на языке";

class Scanner {
public:
    Scanner(const MatchIndex& index, const Tokens& tokens, SkillContext context)
        : index_(index), t_(tokens), n_(tokens.size()), context_(context) {}

    std::vector<SkillHit> run() const {
        std::vector<Candidate> found;
        for (std::size_t i = 0; i < n_;) {
            std::size_t next = i + 1;
            auto bucket = t_[i].skip ? index_.by_first.end() : index_.by_first.find(t_.fold(i));
            if (bucket != index_.by_first.end()) {
                for (std::uint32_t id : bucket->second) {
                    const Pattern& p = index_.patterns[id];
                    const std::size_t end = match(p, i);
                    if (end == 0 || glued(p, i, end)) continue;
                    const Verdict verdict = judge(p, i, end);
                    if (verdict == Verdict::reject) continue;  // a shorter pattern may still fit
                    found.push_back({i, end, p.skill, verdict == Verdict::needs_cue});
                    next = end;
                    break;
                }
            }
            i = next;
        }
        std::vector<SkillHit> hits;
        hits.reserve(found.size());
        for (const Candidate& c : found) {
            if (c.needs_cue && !has_cue(c, found)) continue;
            hits.push_back({c.skill, t_[c.first].begin, t_[c.end - 1].end - t_[c.first].begin});
        }
        return hits;
    }

private:
    const MatchIndex& index_;
    const Tokens& t_;
    std::size_t n_;
    SkillContext context_;

    /// One past the last token matched by `p` at token i, or 0.
    std::size_t match(const Pattern& p, std::size_t i) const {
        // Prose wraps lines inside a phrase; in a list a line break ends the item.
        const int max_newlines = context_ == SkillContext::prose ? 1 : 0;
        std::size_t j = i;
        for (std::size_t k = 0; k < p.tokens.size(); ++k) {
            const PatternToken& pt = p.tokens[k];
            if (j >= n_) return 0;
            if (k > 0) {
                switch (pt.gap) {
                    case Gap::tight:
                        if (t_[j].space_before) return 0;
                        break;
                    case Gap::soft:
                        if (t_.is_punct(j, "-") && t_[j].newlines_before == 0) {
                            if (++j >= n_ || t_[j].newlines_before > 0) return 0;
                        } else if (!t_[j].space_before || t_[j].newlines_before > max_newlines) {
                            return 0;
                        }
                        break;
                    case Gap::optional:
                        if (t_[j].newlines_before > 0) return 0;
                        break;
                }
            }
            if (t_[j].skip || t_.fold(j) != pt.folded) return 0;
            ++j;
        }
        return j;
    }

    /// A match that is part of a longer token: ".NET" in "foo.NET", "js" in "app.js",
    /// "github" in "github.com", "Embedded C" in "Embedded C++".
    bool glued(const Pattern& p, std::size_t i, std::size_t end) const {
        if (!p.tokens.front().word) return t_.tight(i) && t_.is_word(i - 1);
        if (i >= 2 && t_.tight(i) && t_.is_punct(i - 1, ".") && t_.tight(i - 1) && t_.is_word(i - 2)) return true;
        if (!p.tokens.back().word || end >= n_ || !t_.tight(end)) return false;
        if (t_.is_punct(end, "+") || t_.is_punct(end, "#")) return true;
        return end + 1 < n_ && t_.is_punct(end, ".") && t_.tight(end + 1) && t_.is_word(end + 1);
    }

    Verdict judge(const Pattern& p, std::size_t i, std::size_t end) const {
        if (!p.ambiguous) return Verdict::accept;
        const unsigned flags = p.rule ? p.rule->flags : 0U;
        const Neighbour prev = prev_word(i);
        const Neighbour next = next_word(end);
        if (blocked(p, i, end, prev, next)) return Verdict::reject;
        const bool exact = written_exactly(p, i, end);

        if (context_ == SkillContext::skills_list) {
            const bool whole = whole_list_item(i, end);
            if (whole) return exact || !(flags & exact_case) ? Verdict::accept : Verdict::reject;
            // Inside a longer item only the written capitalisation counts: "Golang, Go modules".
            if ((flags & list_only) || !exact) return Verdict::reject;
            return (flags & name_like) && next_to_a_name(prev, next) ? Verdict::reject : Verdict::accept;
        }
        if ((flags & list_only) || !exact) return Verdict::reject;
        if ((flags & name_like) && next_to_a_name(prev, next)) return Verdict::reject;
        if (p.single_letter) {
            if (looks_like_initial(i, end, prev)) return Verdict::reject;
            const bool cue = prev && !prev.via_hyphen && in_word_list(letter_cue_prev, prev.word);
            return cue ? Verdict::accept : Verdict::needs_cue;
        }
        // At the start of a sentence capitals say nothing: "Go to production", "React to alerts".
        return sentence_initial(i) ? Verdict::needs_cue : Verdict::accept;
    }

    bool blocked(const Pattern& p, std::size_t i, std::size_t end, const Neighbour& prev, const Neighbour& next) const {
        if (!p.single_letter && next && next.word == "of") return true;  // "Unity of purpose", "Backbone of"
        if (prev.via_hyphen) return true;  // the tail of a compound: "No-Go", "event-Backbone"
        if (const FormRule* rule = p.rule) {
            if (prev) {
                if (in_word_list(rule->block_prev, prev.word)) return true;
                const Neighbour before = prev_word(prev.first);
                if (before && in_phrase_list(rule->block_prev, before.word, prev.word)) return true;
            }
            if (next) {
                if (in_word_list(rule->block_next, next.word)) return true;
                const Neighbour after = next_word(next.last + 1);
                if (after && in_phrase_list(rule->block_next, next.word, after.word)) return true;
            }
            if ((rule->flags & number_after) && number_follows(end)) return true;
            if ((rule->flags & number_before) && prev && is_number(prev.word)) return true;
        }
        return p.single_letter && letter_blocked(i, end, prev);
    }

    /// Single letters are grades, initials, labels and abbreviations far more often than languages.
    bool letter_blocked(std::size_t i, std::size_t end, const Neighbour& prev) const {
        if (t_.tight(i) && !t_.is_word(i - 1)) {
            const std::string_view before = t_.fold(i - 1);
            // Ph.D, I'd, R&D's D, USB-C, $C, #C, +C
            if (in_word_list(". ' & - $ # @ +", before)) return true;
        }
        if (end < n_ && t_.tight(end)) {
            const std::string_view after = t_.fold(end);
            const bool word_follows = end + 1 < n_ && t_.tight(end + 1) && t_.is_word(end + 1);
            if (after == "&" || after == "+") return true;  // R&D, a C+ grade
            if (after == "-" && !(word_follows && in_word_list(letter_hyphen_ok, t_.fold(end + 1))))
                return true;                                  // C-level, C-suite, a C- grade
            if (after == "." && word_follows) return true;  // D.C., U.S.
            if (after == ":" && end + 1 < n_ && t_.tight(end + 1) &&
                (t_.is_punct(end + 1, "\\") || t_.is_punct(end + 1, "/")))
                return true;  // C:\ drive
            if (after == ")" && i > 0 && t_.tight(i) && t_.is_punct(i - 1, "(")) {
                if (i >= 2 && t_.tight(i - 1) && t_.is_word(i - 2)) return true;                  // Intel(R)
                if (end + 1 < n_ && t_.is_word(end + 1) && is_number(t_.fold(end + 1))) return true;  // (C) 2020
            }
        }
        if (prev && !prev.via_hyphen && in_word_list(letter_labels, prev.word)) return true;
        // "R & D", "P & L"
        if (end + 1 < n_ && t_.is_punct(end, "&") && t_.is_word(end + 1) && is_letter(t_.fold(end + 1))) return true;
        if (i >= 2 && t_.is_punct(i - 1, "&") && t_.is_word(i - 2) && is_letter(t_.fold(i - 2))) return true;
        // A run of letters is a list of grades or options: "A, B, C", "A/B/C", "B or C".
        return lone_letter_beside(i, end);
    }

    bool lone_letter_beside(std::size_t i, std::size_t end) const {
        auto lone_letter = [&](std::size_t j, bool spaced) {
            if (!t_.is_word(j) || !is_letter(t_.fold(j))) return false;
            const std::string_view w = t_.fold(j);
            if (w == "i" || (w == "a" && spaced)) return false;  // a pronoun, an article
            return index_.by_key.find(w) == index_.by_key.end();  // "C, R" is two languages
        };
        auto step_over_separator = [&](std::size_t j) {
            const std::string_view f = t_.fold(j);
            return f == "," || f == "/" || f == ";" || f == "&" || f == "and" || f == "or";
        };
        if (i > 0 && t_[i].newlines_before == 0) {
            std::size_t j = i - 1;
            if (step_over_separator(j) && j > 0 && t_[j].newlines_before == 0) {
                const bool spaced = t_[i].space_before || t_[j].space_before;
                if (lone_letter(j - 1, spaced)) return true;
            } else if (lone_letter(j, true)) {
                return true;
            }
        }
        if (end < n_ && t_[end].newlines_before == 0) {
            std::size_t j = end;
            if (step_over_separator(j) && j + 1 < n_ && t_[j + 1].newlines_before == 0) {
                const bool spaced = t_[j].space_before || t_[j + 1].space_before;
                if (lone_letter(j + 1, spaced)) return true;
            } else if (lone_letter(j, true)) {
                return true;
            }
        }
        return false;
    }

    /// "John C. Smith", "C. Smith" — but not "written in C. Python too".
    bool looks_like_initial(std::size_t i, std::size_t end, const Neighbour& prev) const {
        if (end + 1 >= n_ || !t_.tight(end) || !t_.is_punct(end, ".")) return false;
        if (!t_.is_word(end + 1) || !starts_upper(t_.original(end + 1))) return false;
        return sentence_initial(i) || (prev && starts_upper(t_.original(prev.first)));
    }

    /// "Julia Roberts", "Taylor Swift", "Royal Dutch Shell": a capitalised word next to the name
    /// that is neither a skill nor a word of the trade. A job word after it wins: "Senior Swift
    /// Developer".
    bool next_to_a_name(const Neighbour& prev, const Neighbour& next) const {
        auto known = [&](std::string_view w) {
            return in_word_list(tech_neighbours, w) || in_word_list(cue_words, w) ||
                   index_.by_key.find(w) != index_.by_key.end();
        };
        if (next && !next.via_hyphen && in_word_list(tech_neighbours, next.word)) return false;
        if (next && !next.via_hyphen && starts_upper(t_.original(next.first)) && !known(next.word)) return true;
        // A verb that opens a sentence is capitalised too: "Maintained Delphi modules" (but
        // "Taylor Swift concert" is a name).
        bool opening_verb = prev && sentence_initial(prev.first) &&
                            (prev.word.ends_with("ed") || prev.word.ends_with("ing"));
        return prev && !prev.via_hyphen && starts_upper(t_.original(prev.first)) && !opening_verb &&
               !prev.word.ends_with("'s") && !known(prev.word);
    }

    bool written_exactly(const Pattern& p, std::size_t i, std::size_t end) const {
        std::size_t k = 0;
        for (std::size_t j = i; j < end; ++j) {
            if (!t_.is_word(j)) continue;
            while (k < p.tokens.size() && !p.tokens[k].word) ++k;
            if (k == p.tokens.size() || t_.original(j) != p.tokens[k].written) return false;
            ++k;
        }
        return true;
    }

    bool number_follows(std::size_t end) const {
        if (end >= n_ || t_[end].newlines_before > 0) return false;
        if (t_.is_word(end)) return is_number(t_.fold(end));
        return t_.is_punct(end, "'") && end + 1 < n_ && t_.tight(end + 1) && is_number(t_.fold(end + 1));  // '19
    }

    Neighbour prev_word(std::size_t i) const {
        if (i == 0) return {};
        std::size_t j = i - 1;
        bool hyphen = false;
        if (t_.is_punct(j, "-") && t_.tight(i) && j > 0 && t_.tight(j) && t_.is_word(j - 1)) {
            hyphen = true;
            --j;
        } else if (!t_.is_word(j) || t_[i].newlines_before > 0) {
            return {};
        }
        std::size_t first = j;
        while (first >= 2 && t_.tight(first) && t_.is_punct(first - 1, "'") && t_.tight(first - 1) &&
               t_.is_word(first - 2))
            first -= 2;
        return {t_.fold_span(first, j), first, j, hyphen};
    }

    Neighbour next_word(std::size_t end) const {
        if (end >= n_) return {};
        std::size_t j = end;
        bool hyphen = false;
        if (t_.is_punct(j, "-") && t_.tight(j) && j + 1 < n_ && t_.tight(j + 1) && t_.is_word(j + 1)) {
            hyphen = true;
            ++j;
        } else if (!t_.is_word(j) || t_[j].newlines_before > 0) {
            return {};
        }
        std::size_t last = j;
        while (last + 2 < n_ && t_.tight(last + 1) && t_.is_punct(last + 1, "'") && t_.tight(last + 2) &&
               t_.is_word(last + 2))
            last += 2;
        return {t_.fold_span(j, last), j, last, hyphen};
    }

    bool separator(std::size_t j) const {
        const std::string_view f = t_.fold(j);
        if (t_.is_word(j)) return f == "and" || f == "or";
        if (f == "-" || f == "&" || f == "+") return t_[j].space_before || j + 1 == n_ || t_[j + 1].space_before;
        if (f == ".") return j + 1 == n_ || t_[j + 1].space_before;
        return in_word_list(list_separators, f);
    }

    /// The match is all of one list item, give or take a version: "Go", "go 1.21", "R (advanced)".
    bool whole_list_item(std::size_t i, std::size_t end) const {
        const bool starts = i == 0 || t_[i].newlines_before > 0 || t_[i].wide_gap_before || separator(i - 1);
        if (!starts) return false;
        std::size_t k = end;
        while (k < n_ && t_[k].newlines_before == 0) {
            if (t_.is_word(k) && is_version(t_.fold(k))) {
                ++k;
            } else if (t_.tight(k) && (t_.is_punct(k, "+") || (t_.is_punct(k, ".") && k + 1 < n_ && t_.tight(k + 1) &&
                                                                t_.is_word(k + 1) && is_version(t_.fold(k + 1))))) {
                ++k;
            } else {
                break;
            }
        }
        return k == n_ || t_[k].newlines_before > 0 || t_[k].wide_gap_before || separator(k);
    }

    bool sentence_initial(std::size_t i) const {
        if (i == 0 || t_[i].newlines_before > 0) return true;
        if (t_.is_word(i - 1)) return false;
        const std::string_view before = t_.fold(i - 1);
        if (before == "-") return t_[i].space_before;  // a dash, not "No-Go"
        return in_word_list(sentence_openers, before);
    }

    bool sentence_break_before(std::size_t j) const {
        if (j == 0 || j >= n_ || t_[j].newlines_before > 0) return true;
        const std::string_view before = t_.fold(j - 1);
        return t_[j].space_before && !t_.is_word(j - 1) && (before == "." || before == "!" || before == "?" || before == ";");
    }

    /// Another skill or a programming word in the same sentence.
    bool has_cue(const Candidate& c, const std::vector<Candidate>& all) const {
        std::size_t first = c.first;
        while (!sentence_break_before(first)) --first;
        std::size_t last = c.end;
        while (last < n_ && !sentence_break_before(last)) ++last;
        for (const Candidate& other : all)
            if (&other != &c && !other.needs_cue && other.first >= first && other.end <= last) return true;
        for (std::size_t j = first; j < last; ++j)
            if ((j < c.first || j >= c.end) && t_.is_word(j) && in_word_list(cue_words, t_.fold(j))) return true;
        return false;
    }
};

}  // namespace

std::vector<SkillHit> find_hits(const MatchIndex& index, std::string_view text, SkillContext context) {
    const Tokens tokens = tokenize(text);
    return Scanner(index, tokens, context).run();
}

}  // namespace cvdex::skills_detail
