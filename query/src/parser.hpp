#pragma once
// The query language (docs/query-language.md) parsed into a Node tree. Recursive descent, so a
// syntax error can name its position, which Xapian's QueryParser cannot.
#include <string_view>

#include "ast.hpp"
#include "cvdex/skills.hpp"
#include "query_text.hpp"

namespace cvdex::query {

/// Parses cleaned query text. Bare words (and runs of up to three) that the taxonomy knows become
/// soft skill nodes; skill: values go through the taxonomy. Throws QuerySyntaxError with the
/// position in the original text.
[[nodiscard]] Node parse_query(const CleanText& text, const Taxonomy& taxonomy);

}  // namespace cvdex::query
