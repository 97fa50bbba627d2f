#include "read/markup_markdown_inline.hpp"

#include <array>
#include <unicode/uchar.h>
#include <unordered_map>

#include "cvdex/text_util.hpp"

namespace cvdex::markup {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// Link text nests ([a [b](u)](v)); past this depth brackets are plain text.
constexpr int kMaxLinkDepth = 4;
// How far back a closing delimiter looks for its opener; bounds the work on hostile lines.
constexpr std::size_t kMaxDelimiterLookback = 1000;

enum class Action { none, line_break, heading_open, heading_close, item_open, item_close };

// A piece of rendered inline content: literal text, an emphasis delimiter run waiting to be
// matched, or an HTML block tag that ends the output line.
struct Piece {
    std::string text;
    char delimiter = '\0';  // '*', '_' or '~' for a delimiter run
    int count = 0;          // delimiter characters not matched yet
    bool can_open = false;
    bool can_close = false;
    Action action = Action::none;
    int level = 0;
};

bool is_space_cp(char32_t c) {
    return c == 0 || c == ' ' || c == '\t' || c == '\n' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) ||
           c == 0x202F || c == 0x3000;
}

bool is_punct_cp(char32_t c) {
    if (c < 0x80) return is_ascii_punct(static_cast<char>(c));
    auto type = u_charType(static_cast<UChar32>(c));
    return type == U_DASH_PUNCTUATION || type == U_START_PUNCTUATION || type == U_END_PUNCTUATION ||
           type == U_CONNECTOR_PUNCTUATION || type == U_OTHER_PUNCTUATION || type == U_INITIAL_PUNCTUATION ||
           type == U_FINAL_PUNCTUATION || type == U_MATH_SYMBOL || type == U_CURRENCY_SYMBOL ||
           type == U_MODIFIER_SYMBOL || type == U_OTHER_SYMBOL;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_alnum(char c) { return is_ascii_letter(c) || (c >= '0' && c <= '9'); }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// For each opening bracket, the index of its closing partner (backslash escapes skipped).
std::vector<std::size_t> match_pairs(std::string_view text, char open, char close) {
    std::vector<std::size_t> match(text.size(), npos);
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == open) {
            stack.push_back(i);
        } else if (text[i] == close && !stack.empty()) {
            match[stack.back()] = i;
            stack.pop_back();
        }
    }
    return match;
}

// The value of attribute `name` in the attribute text of an HTML tag.
std::string_view attribute(std::string_view attrs, std::string_view name) {
    for (std::size_t i = 0; i + name.size() < attrs.size(); ++i) {
        bool boundary = i == 0 || attrs[i - 1] == ' ' || attrs[i - 1] == '\t';
        if (!boundary || !starts_with_ci(attrs.substr(i), name)) continue;
        std::size_t j = attrs.find_first_not_of(" \t", i + name.size());
        if (j == npos || attrs[j] != '=') continue;
        j = attrs.find_first_not_of(" \t", j + 1);
        if (j == npos) return {};
        if (attrs[j] == '"' || attrs[j] == '\'') {
            std::size_t end = attrs.find(attrs[j], j + 1);
            return attrs.substr(j + 1, end == npos ? npos : end - j - 1);
        }
        std::size_t end = attrs.find_first_of(" \t>", j);
        return attrs.substr(j, end == npos ? npos : end - j);
    }
    return {};
}

bool is_block_tag(std::string_view name) {
    static const std::array<std::string_view, 27> tags = {
        "p",       "div",    "ul",     "ol",      "tr",    "table",   "section", "header", "footer",
        "article", "blockquote", "dl", "dt",      "dd",    "pre",     "hr",      "nav",    "aside",
        "main",    "figure", "center", "address", "thead", "tbody",   "details", "summary", "body"};
    for (std::string_view tag : tags)
        if (tag == name) return true;
    return false;
}

std::string render_text(std::string_view text, LinkCollector& links, int depth);

class Scanner {
public:
    Scanner(std::string_view text, HtmlState& html, LinkCollector& links, int depth)
        : text_(text), html_(html), links_(links), depth_(depth) {}

    std::vector<Piece> run() {
        while (pos_ < text_.size()) step();
        return std::move(pieces_);
    }

private:
    void step() {
        if (html_.in_raw) {  // script or style content is not text
            if (text_[pos_] != '<' || !html_tag()) ++pos_;
            return;
        }
        char c = text_[pos_];
        switch (c) {
            case '\\': escape(); return;
            case '`': code_span(); return;
            case '!':
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '[' && link(true)) return;
                break;
            case '[':
                if (link(false)) return;
                break;
            case '<':
                if (autolink() || html_tag()) return;
                break;
            case '*': case '_': case '~': delimiter_run(); return;
            default: {
                std::size_t end = text_.find_first_of("\\`![<*_~", pos_ + 1);
                if (end == npos) end = text_.size();
                add_text(text_.substr(pos_, end - pos_));
                pos_ = end;
                return;
            }
        }
        add_text(text_.substr(pos_, 1));
        ++pos_;
    }

    void add_text(std::string_view s) {
        if (pieces_.empty() || pieces_.back().delimiter != '\0' || pieces_.back().action != Action::none)
            pieces_.emplace_back();
        pieces_.back().text.append(s);
    }

    void add_action(Action action, int level = 0) {
        Piece& piece = pieces_.emplace_back();
        piece.action = action;
        piece.level = level;
    }

    void escape() {
        if (pos_ + 1 == text_.size()) {  // a hard line break
            ++pos_;
        } else if (is_ascii_punct(text_[pos_ + 1])) {
            add_text(text_.substr(pos_ + 1, 1));
            pos_ += 2;
        } else {
            add_text("\\");
            ++pos_;
        }
    }

    std::size_t run_length(std::size_t at, char c) const {
        std::size_t end = text_.find_first_not_of(c, at);
        return (end == npos ? text_.size() : end) - at;
    }

    void code_span() {
        std::size_t n = run_length(pos_, '`');
        std::size_t close = find_backtick_run(pos_ + n, n);
        if (close == npos) {
            add_text(text_.substr(pos_, n));
            pos_ += n;
            return;
        }
        std::string_view content = text_.substr(pos_ + n, close - pos_ - n);
        if (content.size() >= 2 && content.front() == ' ' && content.back() == ' ' &&
            content.find_first_not_of(' ') != npos)
            content = content.substr(1, content.size() - 2);
        add_text(content);
        pos_ = close + n;
    }

    // The next run of exactly n backticks at or after `from`. A failed search is remembered:
    // no later search for the same length can succeed, which keeps hostile lines linear.
    std::size_t find_backtick_run(std::size_t from, std::size_t n) {
        auto failed = no_run_from_.find(n);
        if (failed != no_run_from_.end() && failed->second <= from) return npos;
        for (std::size_t i = text_.find('`', from); i != npos; i = text_.find('`', i)) {
            std::size_t m = run_length(i, '`');
            if (m == n) return i;
            i += m;
        }
        no_run_from_[n] = from;
        return npos;
    }

    // [text](url), [text][ref], ![alt](src); images are dropped, link text is kept.
    bool link(bool image) {
        std::size_t open = image ? pos_ + 1 : pos_;
        if (depth_ >= kMaxLinkDepth) return false;
        if (brackets_.empty()) brackets_ = match_pairs(text_, '[', ']');
        std::size_t close = brackets_[open];
        if (close == npos || close + 1 >= text_.size()) return false;
        std::size_t end = npos;
        std::string_view url;
        if (text_[close + 1] == '(') {
            if (parens_.empty()) parens_ = match_pairs(text_, '(', ')');
            end = parens_[close + 1];
            if (end == npos) return false;
            url = trim(text_.substr(close + 2, end - close - 2));
            url = url.substr(0, url.find_first_of(" \t"));  // drop a "title"
            if (url.size() >= 2 && url.front() == '<' && url.back() == '>') url = url.substr(1, url.size() - 2);
        } else if (text_[close + 1] == '[') {
            end = brackets_[close + 1];
            if (end == npos) return false;
        } else {
            return false;  // a bare [text] is just text
        }
        if (!image) {
            links_.add(url);
            add_text(render_text(text_.substr(open + 1, close - open - 1), links_, depth_ + 1));
        }
        pos_ = end + 1;
        return true;
    }

    // <https://example.org>, <mailto:a@b.c>, <a@b.c>
    bool autolink() {
        std::size_t end = text_.find_first_of(" \t<>", pos_ + 1);
        if (end == npos || text_[end] != '>') return false;
        std::string_view inner = text_.substr(pos_ + 1, end - pos_ - 1);
        std::size_t colon = inner.find(':');
        bool uri = colon != npos && colon >= 2 && colon <= 32 && is_ascii_letter(inner[0]) &&
                   inner.substr(0, colon).find_first_not_of(
                       "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-") == npos;
        std::size_t at = inner.find('@');
        bool email = !uri && at != npos && at > 0 && inner.find('.', at) != npos && inner.find('/') == npos;
        if (!uri && !email) return false;
        links_.add(email ? "mailto:" + std::string(inner) : std::string(inner));
        add_text(starts_with_ci(inner, "mailto:") ? inner.substr(7) : inner);
        pos_ = end + 1;
        return true;
    }

    // The first '>' at or after `from`, remembered so lines full of '<' stay linear.
    std::size_t find_gt(std::size_t from) {
        if (gt_known_ && gt_from_ <= from && (gt_ == npos || gt_ >= from)) return gt_;
        gt_ = text_.find('>', from);
        gt_from_ = from;
        gt_known_ = true;
        return gt_;
    }

    bool html_tag() {
        std::size_t i = pos_ + 1;
        bool closing = i < text_.size() && text_[i] == '/';
        if (closing) ++i;
        if (i < text_.size() && (text_[i] == '!' || text_[i] == '?') && !closing) {  // <!DOCTYPE>, <?xml?>
            std::size_t gt = find_gt(i);
            if (gt == npos) return false;
            pos_ = gt + 1;
            return true;
        }
        if (i >= text_.size() || !is_ascii_letter(text_[i])) return false;
        std::size_t name_end = i;
        while (name_end < text_.size() && (is_ascii_alnum(text_[name_end]) || text_[name_end] == '-')) ++name_end;
        if (name_end < text_.size() && std::string_view(" \t/>").find(text_[name_end]) == npos) return false;
        std::size_t gt = find_gt(name_end);
        if (gt == npos) return false;
        std::string name(text_.substr(i, name_end - i));
        for (char& c : name) c = lower(c);
        std::string_view attrs = text_.substr(name_end, gt - name_end);
        pos_ = gt + 1;
        apply_tag(name, closing, attrs);
        return true;
    }

    void apply_tag(const std::string& name, bool closing, std::string_view attrs) {
        if (std::string_view href = attribute(attrs, "href"); !href.empty()) links_.add(href);
        bool self_closing = !attrs.empty() && attrs.back() == '/';
        if (name == "script" || name == "style") {
            html_.in_raw = !closing && !self_closing;
            return;
        }
        if (html_.in_raw) return;
        if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
            add_action(closing ? Action::heading_close : Action::heading_open, name[1] - '0');
        } else if (name == "li") {
            add_action(closing ? Action::item_close : Action::item_open);
        } else if (name == "br" || is_block_tag(name)) {
            add_action(Action::line_break);
        } else if (name == "td" || name == "th") {
            add_text(" ");
        }
    }

    void delimiter_run() {
        char c = text_[pos_];
        std::size_t n = run_length(pos_, c);
        if (c == '~' && n != 2) {  // "~5 years": only ~~strikethrough~~ is markup
            add_text(text_.substr(pos_, n));
            pos_ += n;
            return;
        }
        std::size_t before = pos_;
        char32_t prev = pos_ == 0 ? 0 : previous_code_point(text_, before);
        std::size_t after = pos_ + n;
        char32_t next = after >= text_.size() ? 0 : next_code_point(text_, after);
        bool left = !is_space_cp(next) && (!is_punct_cp(next) || is_space_cp(prev) || is_punct_cp(prev));
        bool right = !is_space_cp(prev) && (!is_punct_cp(prev) || is_space_cp(next) || is_punct_cp(next));
        Piece& piece = pieces_.emplace_back();
        piece.delimiter = c;
        piece.count = static_cast<int>(n);
        if (c == '_') {  // intraword underscores (snake_case) are never emphasis
            piece.can_open = left && (!right || is_punct_cp(prev));
            piece.can_close = right && (!left || is_punct_cp(next));
        } else {
            piece.can_open = left;
            piece.can_close = right;
        }
        pos_ += n;
    }

    std::string_view text_;
    HtmlState& html_;
    LinkCollector& links_;
    int depth_;
    std::size_t pos_ = 0;
    std::vector<Piece> pieces_;
    std::vector<std::size_t> brackets_;
    std::vector<std::size_t> parens_;
    std::unordered_map<std::size_t, std::size_t> no_run_from_;
    bool gt_known_ = false;
    std::size_t gt_from_ = 0;
    std::size_t gt_ = npos;
};

// Pairs emphasis delimiters (a simplified CommonMark "process emphasis"): matched characters
// disappear, unmatched ones stay as literal text.
void match_emphasis(std::vector<Piece>& pieces) {
    std::array<std::size_t, 3> bottom{};  // per '*', '_', '~': no usable opener below this index
    auto slot = [](char c) { return c == '*' ? 0 : c == '_' ? 1 : 2; };
    for (std::size_t c = 0; c < pieces.size(); ++c) {
        Piece& closer = pieces[c];
        if (closer.delimiter == '\0' || !closer.can_close) continue;
        std::size_t& floor = bottom[static_cast<std::size_t>(slot(closer.delimiter))];
        while (closer.count > 0) {
            std::size_t o = c;
            bool found = false;
            while (o > floor && c - o < kMaxDelimiterLookback) {
                --o;
                const Piece& p = pieces[o];
                if (p.delimiter == closer.delimiter && p.can_open && p.count > 0) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                floor = c;
                break;
            }
            int used = closer.delimiter == '~' ? 2 : (closer.count >= 2 && pieces[o].count >= 2 ? 2 : 1);
            pieces[o].count -= used;
            closer.count -= used;
            for (std::size_t k = o + 1; k < c; ++k) pieces[k].can_open = false;
        }
    }
}

std::vector<InlineLine> assemble(const std::vector<Piece>& pieces, HtmlState& html) {
    std::vector<InlineLine> lines;
    auto start_line = [&] { lines.emplace_back().heading_level = html.heading_level; };
    start_line();
    for (const Piece& piece : pieces) {
        switch (piece.action) {
            case Action::line_break: start_line(); continue;
            case Action::heading_open: html.heading_level = piece.level; start_line(); continue;
            case Action::heading_close: html.heading_level = 0; start_line(); continue;
            case Action::item_open: start_line(); html.item_pending = true; continue;
            case Action::item_close: html.item_pending = false; start_line(); continue;
            case Action::none: break;
        }
        std::string text = piece.delimiter != '\0' ? std::string(static_cast<std::size_t>(piece.count), piece.delimiter)
                                                   : piece.text;
        if (html.item_pending && !trim(text).empty()) {
            lines.back().bullet = true;
            html.item_pending = false;
        }
        lines.back().text += text;
    }
    return lines;
}

std::vector<InlineLine> render(std::string_view text, HtmlState& html, LinkCollector& links, int depth) {
    std::vector<Piece> pieces = Scanner(text, html, links, depth).run();
    match_emphasis(pieces);
    return assemble(pieces, html);
}

std::string render_text(std::string_view text, LinkCollector& links, int depth) {
    HtmlState html;
    std::string joined;
    for (const InlineLine& line : render(text, html, links, depth)) {
        if (!joined.empty()) joined += ' ';
        joined += line.text;
    }
    return joined;
}

}  // namespace

std::vector<InlineLine> render_markdown_inline(std::string_view text, HtmlState& html, LinkCollector& links) {
    return render(text, html, links, 0);
}

std::string render_markdown_text(std::string_view text, LinkCollector& links) { return render_text(text, links, 0); }

bool is_whole_line_strong(std::string_view text) {
    text = trim(text);
    for (std::string_view marker : {std::string_view("**"), std::string_view("__")}) {
        if (text.size() <= 2 * marker.size() || !text.starts_with(marker) || !text.ends_with(marker)) continue;
        std::string_view inner = text.substr(2, text.size() - 4);
        if (inner.find(marker) == npos && inner.front() != ' ' && inner.back() != ' ') return true;
    }
    return false;
}

}  // namespace cvdex::markup
