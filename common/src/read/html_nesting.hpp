#pragma once
// Private to the HTML reader.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace cvdex {

/// What a light tag scan of an HTML document found, before gumbo sees it.
struct HtmlScan {
    std::size_t start_tags = 0;  ///< elements the document opens; gumbo's memory grows with them
    /// The document without the tags that would open elements deeper than the limit; empty when
    /// the document stays within it, which is every real CV.
    std::optional<std::string> limited;
};

/// Gumbo's tree construction costs time proportional to the depth of the open elements for every
/// tag, so 100,000 nested <div>s take minutes and gigabytes. This scan drops the tags (never the
/// text) that would open elements deeper than `max_depth`, judging depth with a light tag scanner.
[[nodiscard]] HtmlScan scan_html(std::string_view html, std::size_t max_depth);

}  // namespace cvdex
