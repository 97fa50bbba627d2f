// Markdown CVs (CommonMark and GitHub flavour, as people write them for GitHub profiles and static
// sites): block structure here, inline markup and embedded HTML in markup_markdown_inline.cpp.
#include <optional>
#include <string>
#include <vector>

#include "cvdex/read.hpp"
#include "cvdex/text_util.hpp"
#include "read/markup_common.hpp"
#include "read/markup_markdown_inline.hpp"
#include "read/structured.hpp"

namespace cvdex {
namespace {

using markup::HtmlState;
using markup::LinkCollector;

// Flags a Markdown block gives the first line it produces.
struct BlockFlags {
    int indent = 0;
    int heading_level = 0;
    bool bullet = false;
    bool emphasized = false;
};

// A YAML front matter ("---" on line 1 up to "---" or "...") feeds the structured-CV reader; it is
// never body text. Returns the index of the first line after it.
std::size_t read_front_matter(const std::vector<std::string>& lines, RawText& out) {
    if (lines.empty() || trim(lines[0]) != "---") return 0;
    std::size_t end = 1;
    while (end < lines.size() && trim(lines[end]) != "---" && trim(lines[end]) != "...") ++end;
    if (end == lines.size()) return 0;  // no closing line: a horizontal rule, not a front matter
    std::string yaml;
    for (std::size_t i = 1; i < end; ++i) yaml.append(lines[i]).append("\n");
    std::optional<nlohmann::json> tree = yaml_to_json(yaml);
    if (!tree) {
        out.warnings.emplace_back("the front matter is not valid YAML; it was skipped");
    } else if (!tree->is_object()) {
        return 0;  // "---\ntext\n---" is Markdown (a setext heading), not metadata
    } else {
        append_structured_cv(*tree, out);  // false: metadata without CV content, dropped
    }
    return end + 1;
}

// HTML comments hide text, even across lines; the lines stay (empty) so line numbers hold.
void strip_html_comments(std::vector<std::string>& lines, std::size_t first) {
    bool in_comment = false;
    for (std::size_t i = first; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        if (!in_comment && line.find("<!--") == std::string::npos) continue;
        std::string kept;
        std::size_t pos = 0;
        while (pos < line.size()) {
            std::size_t mark = line.find(in_comment ? "-->" : "<!--", pos);
            if (!in_comment) kept.append(line, pos, mark == std::string::npos ? std::string::npos : mark - pos);
            if (mark == std::string::npos) break;
            pos = mark + (in_comment ? 3 : 4);
            in_comment = !in_comment;
        }
        lines[i] = std::move(kept);
    }
}

// "---", "***", "_ _ _": a thematic break.
bool is_thematic_break(std::string_view content) {
    char mark = '\0';
    int count = 0;
    for (char c : content) {
        if (c == ' ' || c == '\t') continue;
        if (mark == '\0' && (c == '-' || c == '*' || c == '_')) mark = c;
        if (c != mark) return false;
        ++count;
    }
    return count >= 3;
}

// "| --- | :---: |": the line under a table header.
bool is_table_separator(std::string_view content) {
    content = trim(content);
    return content.find('-') != std::string_view::npos &&
           (content.find('|') != std::string_view::npos || content.find(':') != std::string_view::npos) &&
           content.find_first_not_of("|:- \t") == std::string_view::npos;
}

// Cells of a table row, split at pipes that are not escaped and not inside `code`.
std::vector<std::string_view> split_row(std::string_view row) {
    row = trim(row);
    if (row.starts_with('|')) row.remove_prefix(1);
    if (row.ends_with('|') && !row.ends_with("\\|")) row.remove_suffix(1);
    std::vector<std::string_view> cells;
    bool in_code = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (row[i] == '\\') {
            ++i;
        } else if (row[i] == '`') {
            in_code = !in_code;
        } else if (row[i] == '|' && !in_code) {
            cells.push_back(row.substr(start, i - start));
            start = i + 1;
        }
    }
    cells.push_back(row.substr(start));
    return cells;
}

// Byte length of a list marker ("- ", "* ", "+ ", "1. ", "2) ") with the blanks after it.
std::size_t list_marker_length(std::string_view content) {
    std::size_t i = 0;
    if (!content.empty() && (content[0] == '-' || content[0] == '*' || content[0] == '+')) {
        i = 1;
    } else {
        while (i < content.size() && i < 9 && content[i] >= '0' && content[i] <= '9') ++i;
        if (i == 0 || i >= content.size() || (content[i] != '.' && content[i] != ')')) return 0;
        ++i;
    }
    if (i < content.size() && content[i] != ' ' && content[i] != '\t') return 0;
    std::size_t end = content.find_first_not_of(" \t", i);
    return end == std::string_view::npos ? content.size() : end;
}

// Length of an opening code fence (``` or ~~~, three or more), 0 when there is none.
std::size_t fence_length(std::string_view content, char* fence_char) {
    if (content.size() < 3 || (content[0] != '`' && content[0] != '~')) return 0;
    std::size_t n = content.find_first_not_of(content[0]);
    if (n == std::string_view::npos) n = content.size();
    if (n < 3 || (content[0] == '`' && content.find('`', n) != std::string_view::npos))
        return 0;  // ```code``` on one line is an inline code span
    *fence_char = content[0];
    return n;
}

class MarkdownReader {
public:
    MarkdownReader(std::vector<std::string> lines, RawText& out)
        : lines_(std::move(lines)), out_(out), links_(out.links) {}

    void run(std::size_t first) {
        for (std::size_t i = first; i < lines_.size(); ++i) read_line(i);
    }

private:
    void read_line(std::size_t i) {
        std::string_view line = lines_[i];
        int number = static_cast<int>(i) + 1;
        if (fence_length_ > 0) {
            code_line(line, number);
            return;
        }
        BlockFlags flags;
        flags.indent = markup::indent_columns(line);
        std::string_view content = markup::strip_indent(line);
        while (content.starts_with('>')) content = markup::strip_indent(content.substr(1));  // block quotes
        bool previous_was_paragraph = paragraph_line_;
        paragraph_line_ = false;
        if (trim(content).empty()) {
            table_open_ = false;
            html_ = {};  // an HTML block ends at a blank line
            return;
        }
        if (std::size_t n = fence_length(content, &fence_char_); n > 0) {
            fence_length_ = n;
            return;
        }
        if (previous_was_paragraph && flags.indent <= 3 && setext_underline(content)) return;
        if (is_thematic_break(content) || markup::repeated_char(content, 3) == '=') return;
        if (atx_heading(content, number, flags) || reference_definition(content)) return;
        if (table_line(content, number, i, flags)) return;
        table_open_ = false;
        if (std::size_t marker = list_marker_length(content); marker > 0) {
            flags.bullet = true;
            content = task_box_removed(content.substr(marker));
        }
        flags.emphasized = markup::is_whole_line_strong(content);
        std::size_t before = out_.lines.size();
        emit(content, number, flags);
        paragraph_line_ = !flags.bullet && !content.starts_with('<') && out_.lines.size() == before + 1;
    }

    void code_line(std::string_view line, int number) {
        std::string_view content = markup::strip_indent(line);
        if (content.size() >= fence_length_ && markup::repeated_char(content) == fence_char_) {
            fence_length_ = 0;  // the closing fence
            return;
        }
        if (TextLine* added = markup::append_line(out_, content, number, {.decode_entities = false}))
            added->indent = markup::indent_columns(line);
    }

    // "Title\n=====" or "Title\n-----": promotes the paragraph line just emitted.
    bool setext_underline(std::string_view content) {
        char c = markup::repeated_char(content);
        if ((c != '=' && c != '-') || (c == '-' && trim(content).size() < 2)) return false;
        out_.lines.back().heading_level = c == '=' ? 1 : 2;
        return true;
    }

    bool atx_heading(std::string_view content, int number, BlockFlags flags) {
        std::size_t level = content.find_first_not_of('#');
        if (level == std::string_view::npos) level = content.size();
        if (level == 0 || level > 6 || flags.indent > 3) return false;
        if (level < content.size() && content[level] != ' ' && content[level] != '\t') return false;
        std::string_view title = trim(content.substr(level));
        std::size_t closing = title.find_last_not_of('#');  // "## Title ##"
        if (closing == std::string_view::npos) {
            title = {};
        } else if (closing + 1 < title.size() && (title[closing] == ' ' || title[closing] == '\t')) {
            title = trim(title.substr(0, closing));
        }
        flags.heading_level = static_cast<int>(level);
        flags.emphasized = markup::is_whole_line_strong(title);
        emit(title, number, flags);
        return true;
    }

    // "[id]: https://example.org" defines a link target and prints nothing.
    bool reference_definition(std::string_view content) {
        if (!content.starts_with('[') || content.starts_with("[^")) return false;
        std::size_t close = content.find("]:");
        if (close == std::string_view::npos || close < 2) return false;
        std::string_view target = trim(content.substr(close + 2));
        links_.add(target.substr(0, target.find_first_of(" \t")));
        return true;
    }

    bool table_line(std::string_view content, int number, std::size_t i, BlockFlags flags) {
        if (table_open_ && is_table_separator(content)) return true;
        bool next_is_separator = i + 1 < lines_.size() && is_table_separator(lines_[i + 1]);
        bool has_pipe = content.find('|') != std::string_view::npos;
        bool row = (content.starts_with('|') && content.find('|', 1) != std::string_view::npos) ||
                   (has_pipe && (table_open_ || next_is_separator));
        if (!row) return false;
        table_open_ = true;
        std::vector<std::string> cells;
        for (std::string_view cell : split_row(content))
            cells.emplace_back(trim(markup::render_markdown_text(cell, links_)));
        if (TextLine* added = markup::append_line(out_, markup::join_cells(cells), number))
            added->indent = flags.indent;
        return true;
    }

    static std::string_view task_box_removed(std::string_view item) {
        for (std::string_view box : {"[ ] ", "[x] ", "[X] "})
            if (item.starts_with(box)) return item.substr(box.size());
        return item;
    }

    void emit(std::string_view content, int number, BlockFlags flags) {
        bool first = true;
        for (const markup::InlineLine& piece : markup::render_markdown_inline(content, html_, links_)) {
            TextLine* added = markup::append_line(out_, piece.text, number);
            if (added == nullptr) continue;
            added->indent = flags.indent;
            added->heading_level = first && flags.heading_level > 0 ? flags.heading_level : piece.heading_level;
            added->bullet = (first && flags.bullet) || piece.bullet;
            added->emphasized = first && flags.emphasized;
            first = false;
        }
    }

    std::vector<std::string> lines_;
    RawText& out_;
    LinkCollector links_;
    HtmlState html_;
    bool paragraph_line_ = false;  // the previous line was one paragraph line, a setext candidate
    bool table_open_ = false;
    std::size_t fence_length_ = 0;
    char fence_char_ = '`';
};

}  // namespace

RawText read_markdown(std::string_view utf8) {
    RawText out;
    out.format = Format::markdown;
    std::vector<std::string> lines = split_lines(utf8);
    std::size_t first = read_front_matter(lines, out);
    strip_html_comments(lines, first);
    MarkdownReader(std::move(lines), out).run(first);
    return out;
}

}  // namespace cvdex
