#include "read/markup_rst_inline.hpp"

#include <array>
#include <charconv>
#include <optional>
#include <unicode/uchar.h>

#include "cvdex/text_util.hpp"

namespace cvdex::markup {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// Footnote and citation labels are short; looking further for "]_" only costs time.
constexpr std::size_t kMaxLabelLength = 64;

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || (c >= 0x80 && u_isUWhiteSpace(static_cast<UChar32>(c)));
}

bool is_unicode_punct(char32_t c, bool opening) {
    auto type = u_charType(static_cast<UChar32>(c));
    return type == U_INITIAL_PUNCTUATION || type == U_FINAL_PUNCTUATION || type == U_DASH_PUNCTUATION ||
           type == U_OTHER_PUNCTUATION || type == (opening ? U_START_PUNCTUATION : U_END_PUNCTUATION);
}

// docutils' rules: inline markup starts after whitespace or opening punctuation and ends before
// whitespace or closing punctuation, so "2*3*4" and "snake_case" stay text.
bool may_precede_start(char32_t c) {
    if (c == 0 || is_space(c)) return true;
    if (c < 0x80) return std::string_view("-:/'\"<([{").find(static_cast<char>(c)) != npos;
    return is_unicode_punct(c, true);
}

bool may_follow_end(char32_t c) {
    if (c == 0 || is_space(c)) return true;
    if (c < 0x80) return std::string_view("-.,:;!?\\/'\")]}>").find(static_cast<char>(c)) != npos;
    return is_unicode_punct(c, false);
}

bool is_role_char(char c) { return is_word_byte(c) || c == '_' || c == '.' || c == '+' || c == '-'; }

// The end-strings a scan can look for; a failed search is remembered per kind (see find_end).
enum Kind { kLiteral, kStrong, kEmphasis, kInterpreted, kSubstitution, kKinds };

class RstInline {
public:
    RstInline(std::string_view text, const Substitutions& substitutions, LinkCollector& links)
        : text_(text), substitutions_(substitutions), links_(links) {
        failed_from_.fill(npos);
    }

    std::string run() {
        while (pos_ < text_.size()) step();
        return std::move(out_);
    }

private:
    void step() {
        switch (text_[pos_]) {
            case '\\': escape(); return;
            case '`':
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '`') {
                    enclosed("``", kLiteral, false);
                } else {
                    interpreted();
                }
                return;
            case '*':
                if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '*') {
                    enclosed("**", kStrong, true);
                } else {
                    enclosed("*", kEmphasis, true);
                }
                return;
            case '|': substitution(); return;
            case '[': footnote_reference(); return;
            case '_': underscore(); return;
            case ':': role_prefix(); return;
            default: {
                std::size_t end = text_.find_first_of("\\`*|[_:", pos_ + 1);
                if (end == npos) end = text_.size();
                out_.append(text_.substr(pos_, end - pos_));
                pos_ = end;
            }
        }
    }

    char32_t before(std::size_t pos) const {
        if (pos == 0) return 0;
        return previous_code_point(text_, pos);
    }

    char32_t at(std::size_t pos) const { return pos >= text_.size() ? 0 : next_code_point(text_, pos); }

    bool start_ok(std::size_t pos, std::size_t length) const {
        char32_t next = at(pos + length);
        return may_precede_start(before(pos)) && next != 0 && !is_space(next);
    }

    // An end-string at `pos` (of `length` bytes) followed by `suffix` more bytes of markup.
    bool end_ok(std::size_t pos, std::size_t length, std::size_t suffix = 0) const {
        char32_t prev = before(pos);
        return prev != 0 && !is_space(prev) && text_[pos - 1] != '\\' && may_follow_end(at(pos + length + suffix));
    }

    // Length of what may follow a closing backquote or bar: "_", "__" or ":role:".
    std::size_t suffix_length(std::size_t after, bool allow_role) const {
        if (after < text_.size() && text_[after] == '_')
            return after + 1 < text_.size() && text_[after + 1] == '_' ? 2 : 1;
        if (allow_role && after < text_.size() && text_[after] == ':') {
            std::size_t i = after + 1;
            while (i < text_.size() && is_role_char(text_[i])) ++i;
            if (i > after + 1 && i < text_.size() && text_[i] == ':') return i + 1 - after;
        }
        return 0;
    }

    // The next valid end-string after `from`. When a search fails, every later search for the
    // same kind fails too, so it is not repeated: hostile paragraphs stay linear.
    std::size_t find_end(std::size_t from, std::string_view delimiter, Kind kind) {
        if (failed_from_[kind] <= from) return npos;
        for (std::size_t j = text_.find(delimiter, from); j != npos; j = text_.find(delimiter, j + 1)) {
            bool single_backquote = kind == kInterpreted || kind == kSubstitution;
            if (kind == kInterpreted && j + 1 < text_.size() && text_[j + 1] == '`') continue;
            std::size_t suffix = single_backquote ? suffix_length(j + 1, kind == kInterpreted) : 0;
            if (j > from && end_ok(j, delimiter.size(), suffix)) return j;
        }
        failed_from_[kind] = from;
        return npos;
    }

    void escape() {
        if (pos_ + 1 >= text_.size() || text_[pos_ + 1] == '\n') {
            ++pos_;  // a backslash before a line end only joins
        } else if (text_[pos_ + 1] == ' ') {
            pos_ += 2;  // an escaped space separates markup from text and disappears
        } else {
            std::size_t next = pos_ + 1;
            (void)next_code_point(text_, next);
            out_.append(text_.substr(pos_ + 1, next - pos_ - 1));
            pos_ = next;
        }
    }

    void append_unescaped(std::string_view content) {
        for (std::size_t i = 0; i < content.size(); ++i) {
            if (content[i] == '\\' && i + 1 < content.size() && content[i + 1] != '\n') {
                if (content[i + 1] == ' ') ++i;
                continue;
            }
            out_ += content[i];
        }
    }

    void append_newlines_of(std::string_view removed) {
        for (char c : removed)
            if (c == '\n') out_ += '\n';
    }

    // ``literal``, **strong**, *emphasis*: the content without its delimiters.
    void enclosed(std::string_view delimiter, Kind kind, bool unescape) {
        std::size_t end = start_ok(pos_, delimiter.size()) ? find_end(pos_ + delimiter.size(), delimiter, kind) : npos;
        if (end == npos) {
            out_.append(delimiter);
            pos_ += delimiter.size();
            return;
        }
        std::string_view content = text_.substr(pos_ + delimiter.size(), end - pos_ - delimiter.size());
        if (unescape) {
            append_unescaped(content);
        } else {
            out_.append(content);
        }
        pos_ = end + delimiter.size();
    }

    // `text`, `text`_, `text`__, `text <url>`_, `text`:role:
    void interpreted() {
        std::size_t end = start_ok(pos_, 1) ? find_end(pos_ + 1, "`", kInterpreted) : npos;
        if (end == npos) {
            out_ += '`';
            ++pos_;
            return;
        }
        std::string_view content = text_.substr(pos_ + 1, end - pos_ - 1);
        std::size_t suffix = suffix_length(end + 1, true);
        bool reference = suffix > 0 && text_[end + 1] == '_';
        pos_ = end + 1 + suffix;
        if (reference) {
            reference_text(content);
        } else {
            append_unescaped(content);
        }
    }

    void reference_text(std::string_view content) {
        std::string_view body = content.substr(0, content.find_last_not_of(" \t\n") + 1);
        std::size_t lt = body.rfind('<');
        if (!body.ends_with('>') || lt == npos || (lt > 0 && !is_space(static_cast<unsigned char>(body[lt - 1])))) {
            append_unescaped(content);
            return;
        }
        std::string url;
        for (char c : body.substr(lt + 1, body.size() - lt - 2))
            if (c != ' ' && c != '\n' && c != '\t') url += c;
        if (!url.empty() && url.back() != '_') links_.add(url);  // "name_" is an indirect target
        std::string_view label = trim(body.substr(0, lt));
        if (label.empty()) {
            out_ += url;
            append_newlines_of(content);
        } else {
            append_unescaped(label);
            append_newlines_of(content.substr(static_cast<std::size_t>(label.data() + label.size() - content.data())));
        }
    }

    // |name|, |name|_: the substitution text (|nbsp| is a space even when undefined).
    void substitution() {
        std::size_t end = start_ok(pos_, 1) ? find_end(pos_ + 1, "|", kSubstitution) : npos;
        if (end == npos) {
            out_ += '|';
            ++pos_;
            return;
        }
        std::string name = collapse_spaces(text_.substr(pos_ + 1, end - pos_ - 1));
        auto found = substitutions_.find(name);
        if (found == substitutions_.end()) found = substitutions_.find(fold_case(name));
        if (found != substitutions_.end()) {
            out_ += found->second;
        } else {
            out_ += fold_case(name) == "nbsp" ? std::string(" ") : name;
        }
        append_newlines_of(text_.substr(pos_, end - pos_));
        pos_ = end + 1 + suffix_length(end + 1, false);
    }

    // [1]_, [#note]_, [*]_, [CIT2002]_: references to notes, not text.
    void footnote_reference() {
        std::size_t close = text_.find(']', pos_ + 1);
        bool valid = close != npos && close > pos_ + 1 && close - pos_ <= kMaxLabelLength && close + 1 < text_.size() &&
                     text_[close + 1] == '_' && may_follow_end(at(close + 2)) && may_precede_start(before(pos_));
        std::string_view label = valid ? text_.substr(pos_ + 1, close - pos_ - 1) : std::string_view{};
        for (char c : label)
            valid = valid && (is_word_byte(c) || std::string_view("#*-_.").find(c) != npos);
        if (!valid) {
            out_ += '[';
            ++pos_;
            return;
        }
        while (!out_.empty() && out_.back() == ' ') out_.pop_back();
        pos_ = close + 2;
    }

    // name_ and name__ are references to hyperlink targets: the name is the text. Only a trailing
    // underscore after a whole word counts, so snake_case and __init__ stay as they are.
    void underscore() {
        std::size_t run = text_.find_first_not_of('_', pos_);
        run = (run == npos ? text_.size() : run) - pos_;
        if (run == 1 && pos_ + 1 < text_.size() && text_[pos_ + 1] == '`' && start_ok(pos_, 1)) {
            ++pos_;  // _`inline target`: the backquoted text follows
            return;
        }
        if (run > 2 || !is_reference_end(pos_, run)) {
            out_.append(run, '_');
        }
        pos_ += run;
    }

    bool is_reference_end(std::size_t pos, std::size_t run) const {
        if (pos == 0 || !is_word_byte(text_[pos - 1]) || !may_follow_end(at(pos + run))) return false;
        std::size_t start = pos;
        while (start > 0) {
            char c = text_[start - 1];
            bool internal = std::string_view("-._+:").find(c) != npos && start >= 2 && start < pos &&
                            is_word_byte(text_[start - 2]) && is_word_byte(text_[start]);
            if (!is_word_byte(c) && !internal) break;
            --start;
        }
        return start == 0 || may_precede_start(static_cast<unsigned char>(text_[start - 1]));
    }

    // :role:`text` — the role name is not text; the interpreted text after it is.
    void role_prefix() {
        std::size_t i = pos_ + 1;
        while (i < text_.size() && is_role_char(text_[i])) ++i;
        if (i > pos_ + 1 && i + 1 < text_.size() && text_[i] == ':' && text_[i + 1] == '`' &&
            may_precede_start(before(pos_))) {
            pos_ = i + 1;
            return;
        }
        out_ += ':';
        ++pos_;
    }

    std::string_view text_;
    const Substitutions& substitutions_;
    LinkCollector& links_;
    std::size_t pos_ = 0;
    std::string out_;
    std::array<std::size_t, kKinds> failed_from_{};
};

// A character code as docutils reads it: decimal digits, or hex after 0x, x, \\x, U+, u, \\u or
// inside &#x...; — anything else is literal text.
std::optional<char32_t> parse_code(std::string_view token) {
    int base = 0;
    if (token.find_first_not_of("0123456789") == npos) {
        base = 10;
    } else if (token.starts_with("&#x") && token.ends_with(';')) {
        token = token.substr(3, token.size() - 4);
        base = 16;
    } else if (token.starts_with("&#") && token.ends_with(';')) {
        token = token.substr(2, token.size() - 3);
        base = 10;
    } else {
        for (std::string_view prefix : {"0x", "0X", "\\x", "\\u", "\\U", "U+", "u+", "x", "u", "U"}) {
            if (token.starts_with(prefix)) {
                token.remove_prefix(prefix.size());
                base = 16;
                break;
            }
        }
    }
    unsigned value = 0;
    if (base == 0 || token.empty()) return {};
    auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value, base);
    if (error != std::errc{} || end != token.data() + token.size() || value > 0x10FFFF) return {};
    return static_cast<char32_t>(value);
}

}  // namespace

std::string render_rst_inline(std::string_view text, const Substitutions& substitutions, LinkCollector& links) {
    return RstInline(text, substitutions, links).run();
}

std::string decode_rst_unicode(std::string_view argument) {
    std::string out;
    std::size_t pos = 0;
    while (pos < argument.size()) {
        std::size_t start = argument.find_first_not_of(" \t\n", pos);
        if (start == npos) break;
        std::size_t end = argument.find_first_of(" \t\n", start);
        if (end == npos) end = argument.size();
        std::string_view token = argument.substr(start, end - start);
        pos = end;
        if (token == "..") break;  // the rest is a comment
        if (std::optional<char32_t> code = parse_code(token)) {
            append_utf8(out, *code);
        } else {
            out.append(token);
        }
    }
    return out;
}

}  // namespace cvdex::markup
