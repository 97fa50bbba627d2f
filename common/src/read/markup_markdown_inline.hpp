#pragma once
// Markdown inline markup (emphasis, code spans, links, autolinks) and the raw HTML that Markdown
// CVs embed, rendered to plain text. Private to the library.
#include <string>
#include <string_view>
#include <vector>

#include "read/markup_common.hpp"

namespace cvdex::markup {

/// What raw HTML left open at the end of a line; carried to the next line of the same block.
struct HtmlState {
    int heading_level = 0;      ///< inside <hN>...</hN>
    bool item_pending = false;  ///< a <li> opened and has not produced text yet
    bool in_raw = false;        ///< inside <script> or <style>: no text
};

/// One output line: HTML block tags (<br>, <li>, <h2>, <p> ...) split a source line into several.
struct InlineLine {
    std::string text;  ///< markup removed; entities NOT decoded yet, spaces not collapsed
    int heading_level = 0;
    bool bullet = false;
};

/// Renders one line of Markdown inline content. Link targets and href values go to `links`.
[[nodiscard]] std::vector<InlineLine> render_markdown_inline(std::string_view text, HtmlState& html,
                                                             LinkCollector& links);

/// Renders inline content to a single line (table cells, link text): HTML line breaks become spaces.
[[nodiscard]] std::string render_markdown_text(std::string_view text, LinkCollector& links);

/// True when the whole text is one **strong** (or __strong__) span: a bold-only line.
[[nodiscard]] bool is_whole_line_strong(std::string_view text);

}  // namespace cvdex::markup
