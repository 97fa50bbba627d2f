// Plain-text CVs: the lines as they are, with the two pieces of structure people type by hand —
// bullet characters and titles underlined with ===, --- or ~~~.
#include <algorithm>
#include <string>
#include <vector>

#include "cvdex/read.hpp"
#include "cvdex/text_util.hpp"
#include "read/markup_common.hpp"

namespace cvdex {
namespace {

const std::vector<std::string_view>& bullet_markers() {
    static const std::vector<std::string_view> markers = {
        "•", "·", "▪", "●", "○", "◦", "■", "□", "‣", "►",
        "▶", "➢", "➤", "✓", "✔", "–", "—", "-", "*", "+"};
    return markers;
}

// An underline under a title: at least three of one of '=', '-', '~' and nothing else.
char underline_char(std::string_view line) {
    char c = markup::repeated_char(line, 3);
    return c == '=' || c == '-' || c == '~' ? c : '\0';
}

// A line made only of one repeated decoration character ("-----", "*****", "_____") carries no
// text; it separates parts of the CV.
bool is_rule(std::string_view line) {
    char c = markup::repeated_char(line, 3);
    return c != '\0' && std::string_view("=-~_*#+.").find(c) != std::string_view::npos;
}

}  // namespace

RawText read_plain_text(std::string_view utf8) {
    RawText out;
    out.format = Format::text;
    std::string text(utf8);
    std::erase(text, '\f');  // page breaks from pdftotext-style dumps
    std::vector<std::string> lines = split_lines(text);

    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        int number = static_cast<int>(i) + 1;
        if (is_rule(line)) continue;
        std::string_view content = markup::strip_indent(line);
        if (trim(content).empty()) continue;

        std::size_t marker = markup::bullet_marker_length(content, bullet_markers());
        bool titled = marker == 0 && i + 1 < lines.size() && underline_char(lines[i + 1]) != '\0';
        TextLine* added = markup::append_line(out, content.substr(marker), number);
        if (added == nullptr) continue;
        added->indent = markup::indent_columns(line);
        added->bullet = marker > 0;
        if (titled) {
            added->heading_level = underline_char(lines[i + 1]) == '=' ? 1 : 2;
            ++i;  // the underline is decoration
        }
    }
    return out;
}

}  // namespace cvdex
