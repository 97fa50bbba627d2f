#pragma once
// Tokens and word tables for the date grammar (dates.cpp).
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace cvdex::date_tokens {

enum class TokenKind { word, number, punct, space };

struct Token {
    TokenKind kind;
    std::string_view text;  ///< the bytes as written
    std::string folded;     ///< case-folded text, for words
    long value = 0;         ///< for numbers
    int digits = 0;         ///< for numbers
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// Splits a line into words (letters, with inner apostrophes), numbers, single punctuation
/// characters (dashes included) and runs of spaces.
[[nodiscard]] std::vector<Token> tokenize(std::string_view line);

/// 1..12 for a month name or abbreviation in English, German, French, Spanish, Russian, Dutch,
/// Italian, Portuguese or a Scandinavian language; 0 otherwise. Expects a case-folded word.
[[nodiscard]] int month_from_word(std::string_view folded);

[[nodiscard]] bool is_dash(std::string_view punct);
/// "to", "until", "bis", "à", "hasta", "по", "до" ...
[[nodiscard]] bool is_range_word(std::string_view folded);
/// "since", "seit", "depuis", "desde", "с" ...
[[nodiscard]] bool is_since_word(std::string_view folded);
/// "from", "von", "du", "de", "desde" (a full range follows)
[[nodiscard]] bool is_from_word(std::string_view folded);
/// "present", "today", "to date" (after the separator), "heute", "aujourd'hui", "настоящее время" ...
[[nodiscard]] bool is_present_phrase(std::span<const std::string_view> folded_words);

}  // namespace cvdex::date_tokens
