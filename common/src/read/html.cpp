// read_html: gumbo parses (HTML5 error recovery, entities), then one iterative walk turns blocks
// into lines. The walk keeps an explicit stack, so document depth never touches the C++ stack.
#include <gumbo.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "cvdex/errors.hpp"
#include "cvdex/read.hpp"
#include "cvdex/text_util.hpp"
#include "read/html_nesting.hpp"

namespace cvdex {
namespace {

// Real CVs stay far below these. Depth bounds gumbo's time (see scan_html); the element count
// bounds its memory, about 0.5 KB per element, while leaving room for large embedded images.
constexpr std::size_t max_nesting = 256;
constexpr std::size_t max_elements = 300'000;

enum class Role {
    inline_element,  // span, a, em, code...: text joins the current line
    skip,            // script, style, nav...: no content
    block,           // p, div, section...: starts and ends lines
    heading,
    list,
    item,
    term,
    definition,
    row,
    cell,
    line_break,
    preformatted,
};

Role role_of(GumboTag tag) {
    switch (tag) {
        case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE:
        case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_NAV:
        case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
        case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_BUTTON: case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED:
            return Role::skip;
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
        case GUMBO_TAG_H5: case GUMBO_TAG_H6:
            return Role::heading;
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_MENU: case GUMBO_TAG_DIR:
            return Role::list;
        case GUMBO_TAG_LI: return Role::item;
        case GUMBO_TAG_DT: return Role::term;
        case GUMBO_TAG_DD: return Role::definition;
        case GUMBO_TAG_TR: return Role::row;
        case GUMBO_TAG_TD: case GUMBO_TAG_TH: return Role::cell;
        case GUMBO_TAG_BR: return Role::line_break;
        case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING: case GUMBO_TAG_XMP: return Role::preformatted;
        case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
        case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MAIN: case GUMBO_TAG_ASIDE:
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_CENTER: case GUMBO_TAG_DL:
        case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_FIELDSET:
        case GUMBO_TAG_LEGEND: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FORM:
        case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_TABLE: case GUMBO_TAG_CAPTION:
        case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT: case GUMBO_TAG_BODY:
        case GUMBO_TAG_OPTION:
            return Role::block;
        default:
            return Role::inline_element;
    }
}

bool has_attribute(const GumboElement& element, const char* name) {
    return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

std::string_view attribute(const GumboElement& element, const char* name) {
    const GumboAttribute* attr = gumbo_get_attribute(&element.attributes, name);
    return attr != nullptr ? std::string_view(attr->value) : std::string_view{};
}

// Content the author hid from readers is not CV text.
bool hidden(const GumboElement& element) {
    return has_attribute(element, "hidden") || attribute(element, "aria-hidden") == "true";
}

struct GumboOutputDeleter {
    void operator()(GumboOutput* output) const noexcept {
        gumbo_destroy_output(&kGumboDefaultOptions, output);
    }
};

class HtmlWalker {
public:
    void walk(const GumboNode* root);
    RawText take() { return std::move(out_); }

private:
    struct Block {
        Role role = Role::block;
        int heading_level = 0;
        int indent = 0;
        int source_line = 0;
        bool emitted = false;  // a line came out of this block already
    };
    struct Row {
        int cells = 0;
    };

    void enter(const GumboElement& element, Role role);
    void leave(const GumboElement& element, Role role);
    void add_text(std::string_view text, int source_line);
    void add_link(std::string_view href);
    void flush();
    [[nodiscard]] bool in_row() const { return !rows_.empty(); }

    RawText out_;
    std::vector<Block> blocks_;
    std::vector<Row> rows_;
    std::vector<std::size_t> cell_starts_;
    int list_depth_ = 0;
    int bold_depth_ = 0;
    int pre_depth_ = 0;
    // The line being built.
    std::string line_;
    int line_source_ = 0;
    std::size_t bold_chars_ = 0;
    std::size_t plain_chars_ = 0;
};

void HtmlWalker::walk(const GumboNode* root) {
    struct Frame {
        const GumboNode* node;
        Role role;
        unsigned next_child = 0;
    };
    std::vector<Frame> stack;
    stack.push_back({root, Role::block});
    enter(root->v.element, Role::block);
    while (!stack.empty()) {
        Frame& frame = stack.back();
        const GumboVector& children = frame.node->v.element.children;
        if (frame.next_child >= children.length) {
            leave(frame.node->v.element, frame.role);
            stack.pop_back();
            continue;
        }
        const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
        switch (child->type) {
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_WHITESPACE:
            case GUMBO_NODE_CDATA:
                add_text(child->v.text.text, static_cast<int>(child->v.text.start_pos.line));
                break;
            case GUMBO_NODE_ELEMENT: {
                const GumboElement& element = child->v.element;
                const Role role = role_of(element.tag);
                if (role == Role::skip || hidden(element)) break;
                enter(element, role);
                stack.push_back({child, role});  // `frame` is not used after this
                break;
            }
            default:  // comments, <template> contents
                break;
        }
    }
    flush();
}

void HtmlWalker::enter(const GumboElement& element, Role role) {
    const int source_line = static_cast<int>(element.start_pos.line);
    if (element.tag == GUMBO_TAG_B || element.tag == GUMBO_TAG_STRONG) ++bold_depth_;
    if (element.tag == GUMBO_TAG_A) add_link(attribute(element, "href"));
    if (role == Role::inline_element) return;
    if (in_row()) {
        // Inside a table row everything joins one line, cells separated by " | ".
        if (role == Role::row) rows_.emplace_back();
        else if (role == Role::cell) cell_starts_.push_back(line_.size());
        else line_ += ' ';
        return;
    }
    if (role == Role::line_break) {
        flush();
        return;
    }
    flush();
    Block block;
    block.role = role;
    block.source_line = source_line;
    if (!blocks_.empty()) {
        block.heading_level = blocks_.back().heading_level;
        block.indent = blocks_.back().indent;
    }
    switch (role) {
        case Role::heading: block.heading_level = element.tag - GUMBO_TAG_H1 + 1; break;
        case Role::list: ++list_depth_; break;
        case Role::item: block.indent = 2 * std::max(0, list_depth_ - 1); break;
        case Role::definition: block.indent += 4; break;
        case Role::row: rows_.emplace_back(); break;
        case Role::preformatted: ++pre_depth_; break;
        default: break;
    }
    blocks_.push_back(block);
}

void HtmlWalker::leave(const GumboElement& element, Role role) {
    if (element.tag == GUMBO_TAG_B || element.tag == GUMBO_TAG_STRONG) --bold_depth_;
    if (role == Role::inline_element || role == Role::line_break) return;
    if (in_row() && !(role == Role::row && rows_.size() == 1)) {
        if (role == Role::cell && !cell_starts_.empty()) {
            const std::size_t start = cell_starts_.back();
            cell_starts_.pop_back();
            if (trim_unicode(std::string_view(line_).substr(start)).empty()) {
                line_.resize(start);
            } else if (rows_.back().cells++ > 0) {
                line_.insert(start, " | ");
            }
        } else if (role == Role::row) {
            rows_.pop_back();
        } else {
            line_ += ' ';
        }
        return;
    }
    flush();
    if (role == Role::row) rows_.pop_back();
    if (role == Role::list) --list_depth_;
    if (role == Role::preformatted) --pre_depth_;
    if (!blocks_.empty()) blocks_.pop_back();
}

void HtmlWalker::add_text(std::string_view text, int source_line) {
    while (!text.empty()) {
        std::string_view piece = text;
        std::size_t newline = std::string_view::npos;
        if (pre_depth_ > 0 && !in_row()) {
            newline = text.find('\n');
            piece = text.substr(0, newline);
        }
        std::size_t visible = 0;
        int newlines_before = 0;  // the text node starts on the line of the previous tag's end
        for (char c : piece) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                newlines_before += visible == 0 && c == '\n';
            } else {
                ++visible;
            }
        }
        if (visible > 0 && line_source_ == 0) {
            const Block* block = blocks_.empty() ? nullptr : &blocks_.back();
            line_source_ = block != nullptr && !block->emitted && block->source_line > 0
                               ? block->source_line
                               : source_line + newlines_before;
        }
        (bold_depth_ > 0 ? bold_chars_ : plain_chars_) += visible;
        line_.append(piece);
        if (newline == std::string_view::npos) break;
        flush();
        text.remove_prefix(newline + 1);
        ++source_line;
    }
}

void HtmlWalker::add_link(std::string_view href) {
    const std::string url = trim_unicode(href);
    if (!(starts_with_ci(url, "http://") || starts_with_ci(url, "https://") || starts_with_ci(url, "mailto:")))
        return;
    if (std::find(out_.links.begin(), out_.links.end(), url) == out_.links.end()) out_.links.push_back(url);
}

void HtmlWalker::flush() {
    std::string text = collapse_spaces(line_);
    const bool emphasized = bold_chars_ > 0 && plain_chars_ == 0;
    const int source_line = line_source_;
    line_.clear();
    line_source_ = 0;
    bold_chars_ = plain_chars_ = 0;
    if (text.empty()) return;

    TextLine& line = out_.add(std::move(text), source_line);
    line.emphasized = emphasized;
    if (blocks_.empty()) return;
    const Block& innermost = blocks_.back();
    line.heading_level = innermost.heading_level;
    line.indent = innermost.indent;
    // The first line of a list item is the bullet; later lines (a <p> inside it, text after a
    // nested list) continue it.
    for (auto it = blocks_.rbegin(); it != blocks_.rend(); ++it) {
        if (it->role == Role::item) {
            line.bullet = !it->emitted;
            break;
        }
    }
    for (Block& block : blocks_) block.emitted = true;
}

}  // namespace

RawText read_html(std::string_view utf8) {
    const HtmlScan scan = scan_html(utf8, max_nesting);
    if (scan.start_tags > max_elements)
        throw InputError(fmt::format("HTML too complex: {} elements > limit {}", scan.start_tags, max_elements));
    const std::string_view html = scan.limited ? std::string_view(*scan.limited) : utf8;
    std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()));
    RawText text;
    if (output && output->root && output->root->type == GUMBO_NODE_ELEMENT) {
        HtmlWalker walker;
        walker.walk(output->root);
        text = walker.take();
    }
    text.format = Format::html;
    if (scan.limited) text.warnings.emplace_back("HTML nested too deeply: inner tags ignored");
    return text;
}

}  // namespace cvdex
