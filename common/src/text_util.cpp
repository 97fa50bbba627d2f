#include "cvdex/text_util.hpp"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace cvdex {
namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Byte length of a Unicode space at the start of `text` (NBSP, en/em/thin spaces, ideographic
// space, zero-width space, BOM), or 0.
std::size_t unicode_space_length(std::string_view text) {
    if (text.empty()) return 0;
    if (is_ascii_space(text[0])) return 1;
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    if (text.size() >= 2 && byte(0) == 0xC2 && byte(1) == 0xA0) return 2;  // U+00A0
    if (text.size() >= 3 && byte(0) == 0xE2 && byte(1) == 0x80 &&
        ((byte(2) >= 0x80 && byte(2) <= 0x8B) || byte(2) == 0xAF))
        return 3;  // U+2000..U+200B, U+202F
    if (text.size() >= 3 && byte(0) == 0xE3 && byte(1) == 0x80 && byte(2) == 0x80) return 3;  // U+3000
    if (text.size() >= 3 && byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) return 3;  // BOM
    return 0;
}

std::size_t unicode_space_length_before(std::string_view text) {
    for (std::size_t len = 1; len <= 3 && len <= text.size(); ++len) {
        std::string_view tail = text.substr(text.size() - len);
        if (unicode_space_length(tail) == len) return len;
    }
    return 0;
}

}  // namespace

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_ascii_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_ascii_space(text.back())) text.remove_suffix(1);
    return text;
}

std::string trim_unicode(std::string_view text) {
    while (std::size_t n = unicode_space_length(text)) text.remove_prefix(n);
    while (std::size_t n = unicode_space_length_before(text)) text.remove_suffix(n);
    return std::string(text);
}

std::string collapse_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool pending_space = false;
    while (!text.empty()) {
        if (std::size_t n = unicode_space_length(text)) {
            pending_space = !out.empty();
            text.remove_prefix(n);
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += text.front();
        text.remove_prefix(1);
    }
    return out;
}

std::string fold_case(std::string_view utf8) {
    bool ascii = true;
    for (char c : utf8) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    std::string out;
    if (ascii) {
        out.assign(utf8);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())))
        .foldCase()
        .toUTF8String(out);
    return out;
}

bool is_all_caps(std::string_view utf8) {
    icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    int letters = 0;
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
        UChar32 c = text.char32At(i);
        if (u_islower(c)) return false;
        if (u_isUUppercase(c)) ++letters;
    }
    return letters >= 2;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = text[i], b = prefix[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z') b = static_cast<char>(b - 'A' + 'a');
        if (a != b) return false;
    }
    return true;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (unsigned char c : text) n += (c & 0xC0) != 0x80;
    return n;
}

std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.emplace_back(line);
        start = end + 1;
    }
    if (!lines.empty() && lines.back().empty()) lines.pop_back();
    return lines;
}

}  // namespace cvdex
