#pragma once
// Helpers shared by the line-oriented markup readers: plain text, Markdown, reStructuredText and
// LaTeX. Private to the library.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "cvdex/raw_text.hpp"

namespace cvdex::markup {

/// Columns of leading blanks, with tab stops every 4 columns (the TextLine::indent convention).
[[nodiscard]] int indent_columns(std::string_view line);

/// The line without its leading spaces and tabs.
[[nodiscard]] std::string_view strip_indent(std::string_view line);

/// Decodes the code point at `pos` and advances past it; invalid bytes decode as U+FFFD, one
/// byte at a time, so the caller always makes progress.
[[nodiscard]] char32_t next_code_point(std::string_view text, std::size_t& pos);

/// Decodes the code point that ends just before `pos` and moves `pos` back to its first byte.
[[nodiscard]] char32_t previous_code_point(std::string_view text, std::size_t& pos);

/// Appends a code point as UTF-8.
void append_utf8(std::string& out, char32_t code_point);

/// Columns a terminal gives the text: East Asian wide and fullwidth characters count 2,
/// combining marks 0 (what docutils compares title underlines with).
[[nodiscard]] std::size_t display_width(std::string_view utf8);

/// Number of code points.
[[nodiscard]] std::size_t count_code_points(std::string_view utf8);

/// The character when `text` (trailing blanks ignored) is one ASCII character repeated at least
/// `min_length` times ("=====", "~~~"), otherwise '\0'.
[[nodiscard]] char repeated_char(std::string_view text, std::size_t min_length = 1);

/// True for ASCII letters and digits and for every non-ASCII byte (letters of other scripts), the
/// characters that make up words in markup rules.
[[nodiscard]] bool is_word_byte(char c);

/// True for ASCII punctuation characters.
[[nodiscard]] bool is_ascii_punct(char c);

/// Collects link targets once each, in the order found, into RawText::links, as written
/// ("mailto:" and "tel:" included: the contact extractor reads them). Skips in-page anchors and
/// site-relative paths, which say nothing about a person.
class LinkCollector {
public:
    explicit LinkCollector(std::vector<std::string>& links);
    void add(std::string_view url);

private:
    std::vector<std::string>* links_;
    std::unordered_set<std::string> seen_;
};

/// How append_line() cleans a line.
struct LineCleaning {
    bool decode_entities = true;  ///< HTML character references (&amp; &ndash;) to text
};

/// Cleans `text` (entities, collapsed spaces) and appends it to `out` as a body line; returns
/// nullptr, appending nothing, when no text is left.
TextLine* append_line(RawText& out, std::string_view text, int source_line, LineCleaning cleaning = {});

/// Byte length of a leading bullet marker ("• ", "- ", "– ") among `markers` (each followed by a
/// space or tab), including the blanks after it; 0 when the text does not start with one.
[[nodiscard]] std::size_t bullet_marker_length(std::string_view text,
                                               const std::vector<std::string_view>& markers);

/// A column of a fixed-width table: [begin, end) in display columns; end < 0 means "to the end".
using ColumnSpan = std::pair<int, int>;

/// Cuts a table row into cells at display-column spans (docutils simple and grid tables are laid
/// out in columns, and CJK text is two columns wide per character). Cells are trimmed.
[[nodiscard]] std::vector<std::string> cut_columns(std::string_view row, const std::vector<ColumnSpan>& spans);

/// Joins the non-empty cells of a table row with " | ".
[[nodiscard]] std::string join_cells(const std::vector<std::string>& cells);

}  // namespace cvdex::markup
