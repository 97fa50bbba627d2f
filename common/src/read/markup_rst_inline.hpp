#pragma once
// reStructuredText inline markup rendered to plain text. Private to the library.
#include <string>
#include <string_view>
#include <unordered_map>

#include "read/markup_common.hpp"

namespace cvdex::markup {

/// Substitution definitions of a document: `.. |name| replace:: text` maps name to text.
using Substitutions = std::unordered_map<std::string, std::string>;

/// Renders the inline markup of one paragraph (its lines joined with '\n'): strong, emphasis,
/// literals, interpreted text and roles, references (`text <url>`_, `text`_, name_, name__),
/// substitution references, footnote references and backslash escapes. Keeps every '\n', so the
/// caller can split the result back into its source lines. Hyperlink URLs go to `links`.
[[nodiscard]] std::string render_rst_inline(std::string_view text, const Substitutions& substitutions,
                                            LinkCollector& links);

/// Decodes the argument of a `unicode::` directive ("0xA0", "U+2014", "&#x2014;", plain text).
[[nodiscard]] std::string decode_rst_unicode(std::string_view argument);

}  // namespace cvdex::markup
