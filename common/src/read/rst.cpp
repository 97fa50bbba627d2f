// reStructuredText CVs: sections, lists, definition lists, tables, and the explicit markup blocks
// (comments, directives, targets) that are not text. Inline markup: markup_rst_inline.cpp.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cvdex/read.hpp"
#include "cvdex/text_util.hpp"
#include "read/markup_common.hpp"
#include "read/markup_rst_blocks.hpp"
#include "read/markup_rst_inline.hpp"

namespace cvdex {
namespace {

using markup::LinkCollector;
using markup::RstLine;
using markup::Substitutions;

constexpr std::size_t npos = std::string_view::npos;

struct Pending {
    std::string text;
    int number = 0;
    int indent = 0;
    int heading_level = 0;
    bool bullet = false;
    bool emphasized = false;
};

Pending pending_for(const RstLine& line, std::string text = {}) {
    Pending pending;
    pending.text = std::move(text);
    pending.number = line.number;
    pending.indent = line.indent;
    return pending;
}

class RstReader {
public:
    RstReader(const std::vector<RstLine>& lines, RawText& out)
        : lines_(lines), out_(out), links_(out.links), substitutions_(markup::collect_substitutions(lines)) {}

    void run() {
        std::size_t i = 0;
        while (i < lines_.size()) i = read_at(i);
        flush();
    }

private:
    std::size_t read_at(std::size_t i) {
        const RstLine& line = lines_[i];
        if (line.blank()) {
            flush();
            paragraph_start_ = true;
            if (literal_after_ >= 0) literal_indent_ = std::exchange(literal_after_, -1);
            return i + 1;
        }
        if (literal_indent_ >= 0) {
            if (line.indent > literal_indent_) return literal_line(i);
            literal_indent_ = -1;
        }
        if (paragraph_start_) {
            if (std::optional<std::size_t> next = section_title(i)) return *next;
        }
        std::string_view content = line.content;
        if (markup::adornment(line) != '\0' && content.size() >= 4) return i + 1;  // a transition
        if (markup::is_simple_table_border(content)) return simple_table(i);
        if (markup::is_grid_border(content)) return grid_table(i);
        if (markup::is_explicit_markup(content)) return explicit_markup(i);
        if (content.starts_with("__ ")) {  // an anonymous hyperlink target
            links_.add(content.substr(3));
            return block_end(i);
        }
        return text_line(i);
    }

    std::size_t text_line(std::size_t i) {
        const RstLine& line = lines_[i];
        std::string_view content = line.content;
        Pending pending = pending_for(line);
        if (std::size_t marker = markup::rst_list_marker_length(content); marker > 0) {
            flush();
            pending.bullet = true;
            content.remove_prefix(marker);
            group_indent_ = line.indent + static_cast<int>(marker);
        } else if (std::optional<std::string> field = markup::field_list_item(content)) {
            flush();
            pending.text = *field;
            group_indent_ = line.indent;
        } else {
            if (content == "|" || content.starts_with("| ")) content = trim(content.substr(1));  // a line block
            bool continues = !group_.empty() && !paragraph_start_ && line.indent == group_indent_;
            if (!continues) {
                flush();
                group_indent_ = line.indent;
                if (is_definition_term(i)) {  // the term stands alone; its definition follows
                    add(std::move(pending), content);
                    flush();
                    paragraph_start_ = true;
                    return i + 1;
                }
            }
        }
        if (pending.text.empty()) pending.text = literal_marker_removed(content, line.indent);
        pending.emphasized = markup::is_whole_line_rst_strong(pending.text);
        group_.push_back(std::move(pending));
        paragraph_start_ = false;
        return i + 1;
    }

    void add(Pending pending, std::string_view text) {
        pending.text = std::string(text);
        pending.emphasized = markup::is_whole_line_rst_strong(pending.text);
        group_.push_back(std::move(pending));
    }

    bool is_definition_term(std::size_t i) const {
        return i + 1 < lines_.size() && !lines_[i + 1].blank() && lines_[i + 1].indent > lines_[i].indent;
    }

    // "Example::" ends a paragraph that introduces a literal block: the colons are markup.
    std::string literal_marker_removed(std::string_view content, int indent) {
        if (!content.ends_with("::")) return std::string(content);
        literal_after_ = indent;
        content.remove_suffix(1);
        if (content == ":" || content.ends_with(" :")) content.remove_suffix(1);
        return std::string(content);
    }

    std::size_t literal_line(std::size_t i) {
        flush();
        const RstLine& line = lines_[i];
        if (TextLine* added = markup::append_line(out_, line.content, line.number, {.decode_entities = false}))
            added->indent = line.indent;
        return i + 1;
    }

    // Underlined or overlined-and-underlined titles; levels follow the order in which each
    // adornment style first appears, as in docutils.
    std::optional<std::size_t> section_title(std::size_t i) {
        const RstLine& line = lines_[i];
        if (char over = markup::adornment(line); over != '\0') {
            if (i + 2 >= lines_.size() || lines_[i + 1].blank() || markup::adornment(lines_[i + 1]) != '\0' ||
                markup::adornment(lines_[i + 2]) != over)
                return {};
            heading(lines_[i + 1], {over, true});
            return i + 3;
        }
        if (line.indent != 0 || i + 1 >= lines_.size() || markup::is_explicit_markup(line.content)) return {};
        char under = markup::adornment(lines_[i + 1]);
        if (under == '\0') return {};
        std::size_t length = lines_[i + 1].content.size();
        std::string_view title = line.content;
        // docutils wants the underline as wide as the title; it still takes a short one of 4 or more.
        if (length < markup::display_width(title) && length < markup::count_code_points(title) && length < 4) return {};
        heading(line, {under, false});
        return i + 2;
    }

    void heading(const RstLine& line, std::pair<char, bool> style) {
        flush();
        auto found = std::find(styles_.begin(), styles_.end(), style);
        if (found == styles_.end()) found = styles_.insert(styles_.end(), style);
        int level = std::min(6, static_cast<int>(found - styles_.begin()) + 1);
        Pending title = pending_for(line, std::string(trim(line.content)));
        title.indent = 0;
        title.heading_level = level;
        group_.push_back(std::move(title));
        flush();
        paragraph_start_ = true;
    }

    // The first line after the block that starts at line i: its more-indented lines and blanks.
    std::size_t block_end(std::size_t i) const {
        std::size_t j = i + 1;
        while (j < lines_.size() && (lines_[j].blank() || lines_[j].indent > lines_[i].indent)) ++j;
        return j;
    }

    std::size_t explicit_markup(std::size_t i) {
        flush();
        paragraph_start_ = true;
        const RstLine& line = lines_[i];
        std::string_view rest = trim(line.content.substr(2));
        if (rest.starts_with('_')) {
            hyperlink_target(i, rest);
            return block_end(i);
        }
        if (rest.starts_with('|')) return block_end(i);  // substitution definitions: collected before
        if (rest.starts_with('[') && rest.find(']') != npos) {  // a footnote or citation: its text is text
            std::string_view text = trim(rest.substr(rest.find(']') + 1));
            group_indent_ = line.indent + 3;
            group_.push_back(pending_for(line, std::string(text)));
            paragraph_start_ = false;
            return i + 1;
        }
        std::string_view name = markup::directive_name(rest);
        if (name.empty()) return block_end(i);  // a comment, with its indented block
        std::string_view argument = trim(rest.substr(name.size() + 2));
        if (markup::directive_has_title(name) && !argument.empty()) {
            Pending title = pending_for(line, std::string(argument));
            title.emphasized = true;
            group_.push_back(std::move(title));
        }
        flush();
        if (!markup::directive_keeps_body(name) && !markup::directive_is_literal(name)) return block_end(i);
        std::size_t j = i + 1;
        while (j < lines_.size() && !lines_[j].blank() && lines_[j].content.starts_with(':')) ++j;  // options
        if (markup::directive_is_literal(name)) literal_indent_ = line.indent;
        return j;
    }

    // ".. _name: https://..." and ".. __: https://...": the URL is a link, the block is not text.
    void hyperlink_target(std::size_t i, std::string_view rest) {
        std::size_t colon = npos;
        if (rest.starts_with("_`")) {
            std::size_t close = rest.find('`', 2);
            colon = close == npos ? npos : rest.find(':', close);
        } else {
            for (std::size_t k = 1; k < rest.size() && colon == npos; ++k)
                if (rest[k] == ':' && rest[k - 1] != '\\' && (k + 1 == rest.size() || rest[k + 1] == ' ')) colon = k;
        }
        if (colon == npos) return;
        std::string url(trim(rest.substr(colon + 1)));
        for (std::size_t j = i + 1; j < lines_.size() && !lines_[j].blank() && lines_[j].indent > lines_[i].indent; ++j)
            url.append(lines_[j].content);  // long URLs continue on indented lines
        if (!url.empty() && url.back() != '_') links_.add(url);  // "name_": an indirect target
    }

    std::size_t simple_table(std::size_t i) {
        flush();
        std::vector<markup::ColumnSpan> spans;
        std::string_view border = lines_[i].text;
        for (std::size_t k = border.find('='); k != npos;) {
            std::size_t end = border.find_first_not_of('=', k);
            spans.emplace_back(static_cast<int>(k), end == npos ? -1 : static_cast<int>(end));
            k = end == npos ? npos : border.find('=', end);
        }
        spans.back().second = -1;  // the last column takes the rest of the line
        std::size_t j = i + 1;
        for (int blanks = 0; j < lines_.size(); ++j) {
            const RstLine& row = lines_[j];
            blanks = row.blank() ? blanks + 1 : 0;
            if (blanks >= 2) break;
            if (row.blank() || markup::is_column_rule(row.content)) continue;
            if (markup::is_simple_table_border(row.content)) {
                if (j + 1 == lines_.size() || lines_[j + 1].blank()) return j + 1;
                continue;  // the rule under the header
            }
            table_row(markup::cut_columns(row.text, spans), row, lines_[i].indent);
        }
        return j;
    }

    std::size_t grid_table(std::size_t i) {
        flush();
        std::vector<std::string> cells;
        const RstLine* first = nullptr;
        auto finish_row = [&] {
            if (first != nullptr) table_row(cells, *first, lines_[i].indent);
            cells.clear();
            first = nullptr;
        };
        std::size_t j = i + 1;
        for (; j < lines_.size(); ++j) {
            std::string_view content = lines_[j].content;
            if (markup::is_grid_border(content)) {
                finish_row();
                continue;
            }
            if (!content.starts_with('|')) break;
            content = content.substr(1, content.size() - (content.ends_with('|') && content.size() > 1 ? 2 : 1));
            if (first == nullptr) first = &lines_[j];
            std::size_t k = 0;
            for (std::size_t start = 0; start <= content.size(); ++k) {  // a row may span several lines
                std::size_t bar = std::min(content.find('|', start), content.size());
                if (k == cells.size()) cells.emplace_back();
                cells[k].append(" ").append(content.substr(start, bar - start));
                start = bar + 1;
            }
        }
        finish_row();
        paragraph_start_ = true;
        return j;
    }

    void table_row(const std::vector<std::string>& cells, const RstLine& row, int indent) {
        std::vector<std::string> rendered;
        for (const std::string& cell : cells)
            rendered.push_back(std::string(trim(markup::render_rst_inline(cell, substitutions_, links_))));
        if (TextLine* added = markup::append_line(out_, markup::join_cells(rendered), row.number))
            added->indent = indent;
    }

    // Renders the paragraph collected so far: inline markup may run across its lines.
    void flush() {
        if (group_.empty()) return;
        std::string joined;
        for (const Pending& pending : group_) joined.append(joined.empty() ? "" : "\n").append(pending.text);
        std::vector<std::string> rendered =
            markup::split_at_newlines(markup::render_rst_inline(joined, substitutions_, links_));
        if (rendered.size() != group_.size()) {  // never expected; fall back to line by line
            rendered.clear();
            for (const Pending& pending : group_)
                rendered.push_back(markup::render_rst_inline(pending.text, substitutions_, links_));
        }
        for (std::size_t k = 0; k < group_.size(); ++k) {
            TextLine* added = markup::append_line(out_, rendered[k], group_[k].number);
            if (added == nullptr) continue;
            added->indent = group_[k].indent;
            added->heading_level = group_[k].heading_level;
            added->bullet = group_[k].bullet;
            added->emphasized = group_[k].emphasized;
        }
        group_.clear();
    }

    const std::vector<RstLine>& lines_;
    RawText& out_;
    LinkCollector links_;
    Substitutions substitutions_;
    std::vector<std::pair<char, bool>> styles_;  // adornment styles in order of appearance
    std::vector<Pending> group_;                 // the lines of the current paragraph
    int group_indent_ = 0;
    bool paragraph_start_ = true;  // the next line starts a block (after a blank line or a title)
    int literal_after_ = -1;       // a paragraph at this indent ended in "::"
    int literal_indent_ = -1;      // lines indented more than this are a literal block
};

}  // namespace

RawText read_rst(std::string_view utf8) {
    RawText out;
    out.format = Format::rst;
    std::vector<std::string> lines = split_lines(utf8);
    std::vector<RstLine> indexed = markup::index_rst_lines(lines);
    RstReader(indexed, out).run();
    return out;
}

}  // namespace cvdex
