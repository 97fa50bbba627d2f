#pragma once
#include <cstddef>
#include <string_view>

namespace cvdex::detail {

/// Byte length of a list bullet typed at the start of a line ("• Go", "▪ Go", "- Go"), 0 when the
/// line does not start with one. Dashes and asterisks count only before a space or alone ("-5%"
/// is no list item); symbol-font bullets (private use area, e.g. Word's U+F0B7) always count.
/// Shared by the readers of formats whose lists are often typed rather than marked up (PDF, and
/// DOCX/ODT paragraphs that start with a typed "•").
[[nodiscard]] std::size_t leading_bullet_length(std::string_view text);

}  // namespace cvdex::detail
