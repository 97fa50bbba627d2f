#pragma once
// Cleaning of raw query text before parsing: whatever a user pastes must parse or fail cleanly.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cvdex::query {

/// Longest query text read, in bytes; the rest is ignored (a pasted book is not a query).
inline constexpr std::size_t max_query_bytes = 4096;

/// Query text as the parser sees it, with the way back to positions in the original.
struct CleanText {
    std::string text;                  ///< valid UTF-8, ASCII quotes and spaces, no control chars
    std::vector<std::size_t> position; ///< per byte of `text`: code point offset in the original
    [[nodiscard]] std::size_t original_position(std::size_t byte) const {
        return byte < position.size() ? position[byte] : (position.empty() ? 0 : position.back() + 1);
    }
};

/// Invalid UTF-8 and control characters become spaces; smart and typographic quotes become '"'
/// (or '\'' for single ones), Unicode spaces and dashes used as minus become their ASCII forms,
/// full-width colons ':'; the text is cut at max_query_bytes on a character boundary.
[[nodiscard]] CleanText clean_query_text(std::string_view raw);

}  // namespace cvdex::query
