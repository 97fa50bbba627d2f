#pragma once
// Line-level recognisers of reStructuredText block markup, used by rst.cpp. Private to the library.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "read/markup_rst_inline.hpp"

namespace cvdex::markup {

/// A source line with its indentation measured.
struct RstLine {
    std::string_view text;     ///< the whole line
    std::string_view content;  ///< without indentation and trailing blanks
    int indent = 0;
    int number = 0;
    [[nodiscard]] bool blank() const { return content.empty(); }
};

[[nodiscard]] std::vector<RstLine> index_rst_lines(const std::vector<std::string>& lines);

/// Splits at every '\n', keeping empty pieces (split_lines drops a trailing one).
[[nodiscard]] std::vector<std::string> split_at_newlines(std::string_view text);

/// ".." or ".. something": a comment, directive, target, footnote or substitution definition.
[[nodiscard]] bool is_explicit_markup(std::string_view content);

/// The directive name of "name:: argument", empty when the text is not a directive.
[[nodiscard]] std::string_view directive_name(std::string_view rest);

/// Substitution definitions (".. |name| replace:: text"), gathered first because a CV often
/// uses one before it defines it.
[[nodiscard]] Substitutions collect_substitutions(const std::vector<RstLine>& lines);

/// A section adornment: one punctuation character repeated, starting at column 0; or '\0'.
[[nodiscard]] char adornment(const RstLine& line);

[[nodiscard]] bool is_simple_table_border(std::string_view content);  ///< "=====  ====="
[[nodiscard]] bool is_column_rule(std::string_view content);          ///< "-----  -----"
[[nodiscard]] bool is_grid_border(std::string_view content);          ///< "+----+====+"

/// Byte length of a bullet or enumerator ("- ", "1. ", "#. ", "(3) ") with its blanks; 0 if none.
[[nodiscard]] std::size_t rst_list_marker_length(std::string_view content);

/// ":Email: a@b.c" -> "Email: a@b.c"
[[nodiscard]] std::optional<std::string> field_list_item(std::string_view content);

/// "**...**" and nothing else.
[[nodiscard]] bool is_whole_line_rst_strong(std::string_view text);

/// Directives whose body is document text (note, container, topic ...).
[[nodiscard]] bool directive_keeps_body(std::string_view name);
/// Directives whose argument is a title (topic, sidebar, rubric ...).
[[nodiscard]] bool directive_has_title(std::string_view name);
/// Directives whose body is printed as it is (code-block, parsed-literal).
[[nodiscard]] bool directive_is_literal(std::string_view name);

}  // namespace cvdex::markup
