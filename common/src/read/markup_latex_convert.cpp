// The core of the LaTeX converter: a single pass over the prepared source that keeps text, turns
// line-breaking commands and blank lines into line ends, and dispatches known commands. It never
// expands macros; unknown commands are dropped except for the text of their last argument.
#include <algorithm>
#include <unordered_map>

#include "cvdex/text_util.hpp"
#include "read/markup_latex.hpp"
#include "read/markup_latex_converter.hpp"
#include "read/markup_latex_symbols.hpp"

namespace cvdex::markup::latex {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// Arguments nest; past this depth the text is kept with its commands stripped, unparsed.
constexpr int kMaxDepth = 40;
// An optional argument "[...]" longer than this is not one (a lone '[' in text).
constexpr std::size_t kMaxOptionalLength = 2000;
// Work allowed per byte of source before the conversion gives up (hostile input).
constexpr std::size_t kStepsPerByte = 64;

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@'; }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == kEatenNewline || c == kIncludedEaten; }
bool is_newline(char c) { return c == '\n' || c == kIncludedNewline; }

// Column separators (&) at the ends of a row or around empty cells say nothing.
std::string tidy(std::string_view text) {
    std::string s = collapse_spaces(text);
    while (s.starts_with("| ") || s == "|") s.erase(0, std::min<std::size_t>(2, s.size()));
    while (s.ends_with(" |")) s.erase(s.size() - 2);
    for (std::size_t k = s.find("| |"); k != npos; k = s.find("| |", k)) s.erase(k, 2);
    return s;
}

}  // namespace

Converter::Converter(std::string_view document, RawText& out)
    : document_(document), out_(out), links_(out.links), braces_(document),
      max_steps_(kStepsPerByte * document.size() + 200000) {
    for (std::size_t i = 0; i < document.size(); ++i)
        if (document[i] == '\n' || document[i] == kEatenNewline) line_ends_.push_back(i);
}

void Converter::run_preamble(std::string_view preamble) {
    preamble_ = true;
    convert(preamble, 0);
    flush();
    preamble_ = false;
}

void Converter::run_body(std::string_view body) {
    convert(body, 0);
    flush();
}

bool Converter::tick() {
    if (++steps_ <= max_steps_) return true;
    if (!stopped_) out_.warnings.emplace_back("the LaTeX source is too complex; the rest of it was skipped");
    stopped_ = true;
    return false;
}

void Converter::convert(std::string_view text, int depth) {
    if (depth > kMaxDepth) {
        convert_flat(text);
        return;
    }
    std::size_t i = 0;
    while (i < text.size() && !stopped_ && tick()) {
        char c = text[i];
        switch (c) {
            case '\\': i = command(text, i, depth); break;
            case '{': case '}': case '$': case '^': case kEatenNewline: case kIncludedEaten: case kRemoved: ++i; break;
            case '\n': case kIncludedNewline: i = line_end(text, i); break;
            case '~':
                put(" ", text.data() + i);
                ++i;
                break;
            case '&':
                put(" | ", text.data() + i);
                ++i;
                break;
            case '-':
                if (text.substr(i, 3) == "---") {
                    put("—", text.data() + i);
                    i += 3;
                } else {  // "--" stays: it is the date-range dash the date grammar reads
                    std::size_t end = text.find_first_not_of('-', i);
                    end = end == npos ? text.size() : end;
                    put(text.substr(i, end - i), text.data() + i);
                    i = end;
                }
                break;
            case '`': case '\'': {
                bool pair = i + 1 < text.size() && text[i + 1] == c;
                put(c == '`' ? (pair ? "“" : "‘") : (pair ? "”" : "'"), text.data() + i);
                i += pair ? 2 : 1;
                break;
            }
            default: {
                std::size_t end = text.find_first_of("\\{}$^~&-`'\n\x01\x02\x03\x04", i + 1);
                end = end == npos ? text.size() : end;
                put(text.substr(i, end - i), text.data() + i);
                i = end;
            }
        }
    }
}

// Too deep to parse: keep the characters, drop command names and braces.
void Converter::convert_flat(std::string_view text) {
    for (std::size_t i = 0; i < text.size() && tick(); ++i) {
        char c = text[i];
        if (c == '\\') {
            while (i + 1 < text.size() && is_letter(text[i + 1])) ++i;
        } else if (is_newline(c)) {
            put(" ", text.data() + i);
        } else if (c != '{' && c != '}' && c != kRemoved && !is_line_end(c)) {
            put(text.substr(i, 1), text.data() + i);
        }
    }
}

// A blank line ends the line being built; a single line end is a space.
std::size_t Converter::line_end(std::string_view text, std::size_t i) {
    std::size_t before = i;
    while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '\t')) --before;
    bool blank_before = before > 0 && is_line_end(text[before - 1]);
    std::size_t after = i + 1;
    while (after < text.size() && is_blank(text[after])) ++after;
    bool blank_after = after < text.size() && is_newline(text[after]);
    if (blank_before || blank_after) {
        flush();
    } else {
        put(" ", text.data() + i);
    }
    return i + 1;
}

std::size_t Converter::command(std::string_view text, std::size_t i, int depth) {
    if (i + 1 >= text.size()) return i + 1;
    if (!is_letter(text[i + 1])) return control_symbol(text, i, depth);
    std::size_t end = i + 1;
    while (end < text.size() && is_letter(text[end])) ++end;
    Call call{.name = text.substr(i + 1, end - i - 1), .text = text, .start = i, .pos = end, .depth = depth};
    if (end < text.size() && text[end] == '*') ++end;  // \section*, \tabular* ...
    std::size_t pos = end;
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;  // TeX skips them
    call.pos = pos;
    if (Handler handler = find_handler(call.name)) return (this->*handler)(call);
    if (std::optional<std::string_view> symbol = symbol_text(call.name)) {
        put(*symbol, call.where());
        if (pos > end && call.name.size() > 2) put(" ", call.where());  // "\LaTeX is" reads as two words
        return pos;
    }
    if (char32_t mark = accent_mark(call.name)) return accent(text, pos, mark, depth);
    if (breaks_line(call.name)) {
        flush();
        return pos;
    }
    if (is_text_style(call.name)) {
        if (std::optional<std::string_view> arg = brace_arg(text, pos)) convert(*arg, depth + 1);
        return pos;
    }
    if (int dropped = dropped_arguments(call.name); dropped >= 0) return skip_arguments(text, pos, dropped);
    return unknown(call);
}

std::size_t Converter::control_symbol(std::string_view text, std::size_t i, int depth) {
    char c = text[i + 1];
    std::size_t pos = i + 2;
    switch (c) {
        case '\\': {  // \\, \\*, \\[2pt]: a line break
            flush();
            if (pos < text.size() && text[pos] == '*') ++pos;
            std::size_t after = pos;
            if (bracket_arg(text, after)) pos = after;
            return pos;
        }
        case '&': case '%': case '$': case '#': case '_': case '{': case '}':
            put(text.substr(i + 1, 1), text.data() + i);
            return pos;
        case ' ': case '\n': case kIncludedNewline: case ',': case ';': case ':': case '>':
            put(" ", text.data() + i);
            return pos;
        default: break;
    }
    if (char32_t mark = accent_mark(text.substr(i + 1, 1))) return accent(text, pos, mark, depth);
    return pos;  // \! \/ \- \@ \( \) \[ \]: spacing and math, no text
}

// \'e, \'{e}, \"{\i}, \c c: the accented letter.
std::size_t Converter::accent(std::string_view text, std::size_t pos, char32_t mark, int depth) {
    const char* where = text.data() + std::min(pos, text.size());
    std::string base;
    if (pos < text.size() && text[pos] == '{') {
        std::optional<std::string_view> arg = brace_arg(text, pos);
        base = arg ? plain(*arg, depth) : std::string();
    } else if (pos < text.size() && text[pos] == '\\') {
        std::size_t end = pos + 1;
        while (end < text.size() && is_letter(text[end])) ++end;
        base = std::string(symbol_text(text.substr(pos + 1, end - pos - 1)).value_or(""));
        pos = end;
    } else if (pos < text.size() && !is_line_end(text[pos])) {
        std::size_t next = pos;
        (void)next_code_point(text, next);
        base = std::string(text.substr(pos, next - pos));
        pos = next;
    }
    put(compose_accent(base, mark), where);
    return pos;
}

// Converts an argument to one line of text (entry fields, labels, titles).
std::string Converter::plain(std::string_view text, int depth) {
    Line saved = std::move(line_);
    bool saved_inline = inline_;
    line_ = Line{};
    inline_ = true;
    convert(text, depth + 1);
    std::string result = tidy(line_.text);
    line_ = std::move(saved);
    inline_ = saved_inline;
    return result;
}

void Converter::put(std::string_view text, const char* where) {
    if ((preamble_ && !inline_) || text.empty()) return;
    if (line_.source_line == 0 && text.find_first_not_of(" \t") != npos) line_.source_line = line_of(where);
    line_.text.append(text);
}

void Converter::flush() {
    if (inline_) {
        line_.text += ' ';
        return;
    }
    ++generation_;
    std::string text = tidy(line_.text);
    if (!preamble_ && !text.empty()) {
        TextLine& added = out_.add(text, line_.source_line);
        added.bullet = line_.bullet;
        added.indent = line_.indent;
        added.emphasized = whole_line_bold(line_.text);
    }
    line_ = Line{};
}

bool Converter::whole_line_bold(std::string_view text) const {
    if (line_.bold_begin == std::string::npos || line_.bold_end > text.size()) return false;
    return trim(text.substr(0, line_.bold_begin)).empty() && trim(text.substr(line_.bold_end)).empty() &&
           !trim(text.substr(line_.bold_begin, line_.bold_end - line_.bold_begin)).empty();
}

TextLine* Converter::emit_line(std::string_view text, const char* where, bool in_preamble) {
    if (inline_) {
        put(text, where);
        put(" ", where);
        return nullptr;
    }
    flush();
    std::string clean = tidy(text);
    if ((preamble_ && !in_preamble) || clean.empty()) return nullptr;
    return &out_.add(std::move(clean), line_of(where));
}

int Converter::line_of(const char* where) const {
    if (where < document_.data() || where > document_.data() + document_.size()) return 0;
    auto offset = static_cast<std::size_t>(where - document_.data());
    return static_cast<int>(std::lower_bound(line_ends_.begin(), line_ends_.end(), offset) - line_ends_.begin()) + 1;
}

// ---- arguments -----------------------------------------------------------------------------

// Blanks and single line ends between a command and its arguments (not a blank line).
std::size_t Converter::skip_space(std::string_view text, std::size_t pos) const {
    while (pos < text.size()) {
        if (is_blank(text[pos]) || text[pos] == kRemoved) {
            ++pos;
        } else if (is_newline(text[pos])) {
            std::size_t after = pos + 1;
            while (after < text.size() && is_blank(text[after])) ++after;
            if (after < text.size() && is_newline(text[after])) break;
            pos = after;
        } else {
            break;
        }
    }
    return pos;
}

// The brace group after `pos`; an unclosed one runs to the end of the text.
std::optional<std::string_view> Converter::brace_arg(std::string_view text, std::size_t& pos) const {
    std::size_t open = skip_space(text, pos);
    if (open >= text.size() || text[open] != '{') return {};
    std::size_t close = braces_.closing(text, open);
    if (close == npos) {
        pos = text.size();
        return text.substr(open + 1);
    }
    pos = close + 1;
    return text.substr(open + 1, close - open - 1);
}

std::optional<std::string_view> Converter::bracket_arg(std::string_view text, std::size_t& pos) const {
    std::size_t open = skip_space(text, pos);
    if (open >= text.size() || text[open] != '[') return {};
    for (std::size_t i = open + 1; i < text.size() && i - open < kMaxOptionalLength; ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == '{') {
            std::size_t close = braces_.closing(text, i);
            if (close == npos) return {};
            i = close;
        } else if (text[i] == ']') {
            pos = i + 1;
            return text.substr(open + 1, i - open - 1);
        }
    }
    return {};
}

std::vector<std::string_view> Converter::brace_args(std::string_view text, std::size_t& pos, std::size_t most) const {
    std::vector<std::string_view> args;
    while (args.size() < most) {
        std::size_t at = pos;
        while (bracket_arg(text, at)) {}
        std::optional<std::string_view> arg = brace_arg(text, at);
        if (!arg) break;
        args.push_back(*arg);
        pos = at;
    }
    return args;
}

// Skips bracket options and `braces` brace groups.
std::size_t Converter::skip_arguments(std::string_view text, std::size_t pos, int braces) const {
    while (bracket_arg(text, pos)) {}
    for (int k = 0; k < braces && brace_arg(text, pos); ++k)
        while (bracket_arg(text, pos)) {}
    return pos;
}

}  // namespace cvdex::markup::latex

namespace cvdex::markup::latex {

void convert_document(std::string_view document, std::string_view preamble, std::string_view body, RawText& out) {
    Converter converter(document, out);
    converter.run_preamble(preamble);
    converter.run_body(body);
}

}  // namespace cvdex::markup::latex
