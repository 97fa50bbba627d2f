#pragma once
// Tokens of the query language.
#include <cstddef>
#include <string>
#include <vector>

#include "query_text.hpp"

namespace cvdex::query {

struct Token {
    enum class Kind { word, phrase, field, open, close, op_and, op_or, op_not, plus, minus };
    Kind kind = Kind::word;
    std::string text;        ///< word or phrase text; field name (lower case) for `field`
    std::size_t begin = 0;   ///< byte offsets in the cleaned text
    std::size_t end = 0;
};

/// Splits cleaned text into tokens. `name:` is a field token only when `name` is a known field
/// (case-insensitive); other colons are part of the word. Throws QuerySyntaxError on an
/// unbalanced quote.
[[nodiscard]] std::vector<Token> tokenize(const CleanText& text);

/// The field names of the query language: schema fields, section names, years, skill_years.
[[nodiscard]] bool is_field_name(const std::string& lower_name);

}  // namespace cvdex::query
