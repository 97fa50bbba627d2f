#pragma once
// The stages of the LaTeX reader. Private to the library.
//
// The source goes through three text-to-text passes (comments, \input splicing, \if evaluation)
// before it is converted to lines. The passes keep line numbers countable by replacing what they
// remove with marker bytes instead of deleting line ends:
//   '\n'   a line end of the main file (counted, whitespace)
//   '\x02' a line end that a % comment or a dropped branch swallowed (counted, not whitespace)
//   '\x01' a line end of an included file (not counted: its lines belong to the \input line)
//   '\x03' a swallowed line end of an included file (not counted, not whitespace)
//   '\x04' something was removed here (a dropped branch, an \input): not whitespace, so the line
//          it stood on does not turn into a blank line, which would end a paragraph
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cvdex/raw_text.hpp"
#include "cvdex/read.hpp"

namespace cvdex::markup::latex {

inline constexpr char kIncludedNewline = '\x01';
inline constexpr char kEatenNewline = '\x02';
inline constexpr char kIncludedEaten = '\x03';
inline constexpr char kRemoved = '\x04';

/// True for every marker that ends a source line.
[[nodiscard]] constexpr bool is_line_end(char c) {
    return c == '\n' || c == kIncludedNewline || c == kEatenNewline || c == kIncludedEaten;
}

/// For every '{' of a text, where its '}' is (escaped braces skipped). Arguments are read through
/// it, so no brace group is scanned twice and input full of unclosed groups stays linear.
class BraceIndex {
public:
    explicit BraceIndex(std::string_view text);

    /// The offset in `view` of the '}' that closes the '{' at view[open], or npos when the group
    /// does not close inside `view`. `view` should lie within the indexed text; other views are
    /// scanned.
    [[nodiscard]] std::size_t closing(std::string_view view, std::size_t open) const;

    /// The content of the brace group starting at `pos` after blanks and line ends; `pos` moves
    /// past it. Nothing when no group starts there or it never closes.
    [[nodiscard]] std::optional<std::string_view> group(std::string_view view, std::size_t& pos) const;

private:
    std::string_view text_;
    std::vector<std::uint32_t> close_;  // offset of the matching '}', or kOpen
};

/// Removes % comments (not \%) and comment environments; drops '\r' and stray marker bytes.
[[nodiscard]] std::string strip_comments(std::string_view source);

/// Limits of the \input splicing.
struct IncludeOptions {
    int max_depth = 8;
    std::size_t max_total_size = 8u << 20;  ///< bytes of spliced text; the rest is skipped
};

/// Splices \input, \include, \subfile and \import files in, recursively, with cycle protection.
/// Problems (missing file, cycle, depth) become warnings.
[[nodiscard]] std::string expand_includes(std::string_view text, const IncludeLoader& load, IncludeOptions options,
                                          std::vector<std::string>& warnings);

/// Evaluates \newif conditionals (\iffoo ... \else ... \fi after \footrue/\foofalse), ifthen and
/// etoolbox booleans and toggles, \iftrue/\iffalse; unknown conditionals keep their first branch.
[[nodiscard]] std::string evaluate_conditionals(std::string_view text);

/// Converts the prepared document to lines: `preamble` contributes only the name and contact
/// commands, `body` everything. Both must be views into `document`.
void convert_document(std::string_view document, std::string_view preamble, std::string_view body, RawText& out);

}  // namespace cvdex::markup::latex
