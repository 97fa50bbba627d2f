#pragma once
// Private pieces of the skill taxonomy shared by common/src/skills*.cpp.
#include "cvdex/skills.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cvdex {

/// common/data/skills.tsv, embedded at build time (cmake/embed_text.cmake).
std::string_view embedded_skills();

namespace skills_detail {

/// Lets unordered maps keyed by std::string be searched with string_views, without allocating.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
template <class T>
using StringMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

/// The lookup key of a name: case-folded, without spaces and punctuation except a '+' or '#'
/// after the first letter ("Node.JS" -> "nodejs", "C++" -> "c++", ".NET" -> "net").
[[nodiscard]] std::string normalise_key(std::string_view name);

// ---- reading the TSV ---------------------------------------------------------------------------

/// Skills read from TSV text, before the matcher's index is built.
struct SkillTable {
    std::vector<Skill> skills;
    std::vector<std::vector<bool>> alias_ambiguous;  ///< parallel to skills[i].aliases ("~Rails")
    StringMap<std::size_t> forms;                    ///< normalise_key(name or alias) -> skill
};

/// Adds the rows of `tsv` to `table`. With `extend`, a row whose name is a known name or alias
/// adds its aliases to that skill (a user file); without, that is an error (the built-in file).
/// Throws InputError{source, line, message} on a malformed row.
void read_tsv(std::string_view tsv, const std::string& source, bool extend, SkillTable& table);

// ---- tokens ------------------------------------------------------------------------------------

enum class TokenKind : std::uint8_t { word, punct };

/// A word (a run of letters, digits, marks and '_') or a single punctuation character.
struct Token {
    std::size_t begin = 0, end = 0;            ///< bytes of the original text
    std::size_t fold_begin = 0, fold_end = 0;  ///< bytes of Tokens::folded
    TokenKind kind = TokenKind::word;
    std::uint8_t newlines_before = 0;  ///< saturates at 2
    bool space_before = false;         ///< any white space since the previous token
    bool wide_gap_before = false;      ///< a tab or 2+ spaces: a column break in a list
    bool skip = false;                 ///< part of a URL or an e-mail address
};

/// Text cut into tokens, with a case-folded copy of each (apostrophes and hyphens unified).
/// Folded tokens are stored back to back, so a run of adjacent tokens is one string_view.
struct Tokens {
    std::string_view text;
    std::string folded;
    std::vector<Token> list;

    [[nodiscard]] std::size_t size() const noexcept { return list.size(); }
    [[nodiscard]] const Token& operator[](std::size_t i) const noexcept { return list[i]; }
    [[nodiscard]] std::string_view original(std::size_t i) const noexcept {
        return text.substr(list[i].begin, list[i].end - list[i].begin);
    }
    [[nodiscard]] std::string_view fold(std::size_t i) const noexcept {
        return std::string_view(folded).substr(list[i].fold_begin, list[i].fold_end - list[i].fold_begin);
    }
    /// Folded text of tokens first..last (inclusive), which must be adjacent.
    [[nodiscard]] std::string_view fold_span(std::size_t first, std::size_t last) const noexcept {
        return std::string_view(folded).substr(list[first].fold_begin, list[last].fold_end - list[first].fold_begin);
    }
    [[nodiscard]] bool is_word(std::size_t i) const noexcept { return list[i].kind == TokenKind::word; }
    [[nodiscard]] bool is_punct(std::size_t i, std::string_view p) const noexcept {
        return list[i].kind == TokenKind::punct && fold(i) == p;
    }
    /// True when token i follows token i-1 with no space in between.
    [[nodiscard]] bool tight(std::size_t i) const noexcept { return i > 0 && !list[i].space_before; }
};

[[nodiscard]] Tokens tokenize(std::string_view text);
/// True when the first letter of `word` is upper case.
[[nodiscard]] bool starts_upper(std::string_view word);

// ---- context rules for ambiguous names ---------------------------------------------------------

enum RuleFlag : unsigned {
    name_like = 1U << 0,     ///< also a person's or a company's name: "Julia Roberts", "Royal Dutch Shell"
    list_only = 1U << 1,     ///< too common a word for prose; a skills list must have it as a whole item
    exact_case = 1U << 2,    ///< only as written, even in a skills list ("REST", "BASIC", "SAFe")
    number_after = 1U << 3,  ///< not before a number ("Spring 2019", "Apollo 11")
    number_before = 1U << 4, ///< not after a number (a unit: "500 ML")
};

/// What makes one ambiguous form (a name or alias, case-folded) an ordinary word. Word lists are
/// space-separated; "on_the" is a two-word phrase; "d'" matches any word starting with "d'".
struct FormRule {
    std::string_view form;
    unsigned flags = 0;
    std::string_view block_prev;  ///< words right before the form
    std::string_view block_next;  ///< words right after it (or after a hyphen: "Go-live")
};

[[nodiscard]] const FormRule* find_form_rule(std::string_view folded_form);
/// True when `word` is in the space-separated `list` (single words and "d'"-style prefixes).
[[nodiscard]] bool in_word_list(std::string_view list, std::string_view word);
/// True when "first second" is one of the two-word phrases ("on_the") of `list`.
[[nodiscard]] bool in_phrase_list(std::string_view list, std::string_view first, std::string_view second);

/// Words before a single letter that make it a label: "Grade C", "Vitamin D", "Series C".
extern const std::string_view letter_labels;
/// Words after "C-" that keep it the language: "C-based", "C-style".
extern const std::string_view letter_hyphen_ok;
/// Words in a sentence that make a letter or a sentence-initial name read as technology.
extern const std::string_view cue_words;
/// Capitalised words that may stand next to a name-like skill: "Julia Developer".
extern const std::string_view tech_neighbours;

// ---- the matcher's index -----------------------------------------------------------------------

/// How a pattern token is separated from the one before it.
enum class Gap : std::uint8_t {
    tight,     ///< no space: "Node" "." "js"
    soft,      ///< white space or a hyphen: "Spring Boot", "Spring-Boot"; "Objective-C", "Objective C"
    optional,  ///< around '/' and '&', with or without spaces: "CI/CD", "CI / CD"
};

struct PatternToken {
    std::string folded;
    std::string written;  ///< as the taxonomy spells it, for the capitalisation rule
    Gap gap = Gap::tight;
    bool word = true;
};

/// One spelling of a skill as a token sequence.
struct Pattern {
    std::vector<PatternToken> tokens;
    std::size_t skill = 0;
    bool ambiguous = false;
    bool single_letter = false;  ///< "C", "R", "D"
    const FormRule* rule = nullptr;
};

struct MatchIndex {
    std::vector<Pattern> patterns;
    StringMap<std::vector<std::uint32_t>> by_first;  ///< folded first token -> patterns, longest first
    StringMap<std::size_t> by_key;                   ///< normalise_key(name or alias) -> skill
};

void build_match_index(const std::vector<Skill>& skills, const std::vector<std::vector<bool>>& alias_ambiguous,
                       MatchIndex& index);
[[nodiscard]] std::vector<SkillHit> find_hits(const MatchIndex& index, std::string_view text, SkillContext context);

}  // namespace skills_detail

struct Taxonomy::Index : skills_detail::MatchIndex {
    std::vector<std::vector<bool>> alias_ambiguous;
    std::vector<bool> shares_value_slot;  ///< by skill index
};

}  // namespace cvdex
