#pragma once
// Private UTF-8 helpers shared by the encoding code and the readers.
#include <cstddef>
#include <string>
#include <string_view>

namespace cvdex::utf8 {

inline constexpr char32_t replacement_char = 0xFFFD;

/// One decoded code point and the number of bytes it took. On an invalid sequence `valid` is
/// false and `length` is the length of its maximal ill-formed subpart (at least 1), so that a
/// caller replacing it by U+FFFD follows the Unicode "substitution of maximal subparts" practice.
struct Decoded {
    char32_t code_point = 0;
    std::size_t length = 1;
    bool valid = false;
};

/// Decodes the code point starting at `text[pos]` (pos < text.size()). Rejects overlong forms,
/// surrogates and values above U+10FFFF.
[[nodiscard]] inline Decoded decode(std::string_view text, std::size_t pos) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) return {lead, 1, true};
    std::size_t need = 0;
    char32_t cp = 0;
    // The allowed range of the second byte narrows for E0, ED, F0 and F4 (Unicode table 3-7).
    unsigned char low = 0x80, high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        cp = lead & 0x0F;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        cp = lead & 0x07;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    } else {
        return {};
    }
    std::size_t i = 1;
    for (; i <= need; ++i) {
        if (pos + i >= text.size()) return {0, i, false};
        const unsigned char b = byte(pos + i);
        if (i == 1 ? (b < low || b > high) : (b < 0x80 || b > 0xBF)) return {0, i, false};
        cp = (cp << 6) | (b & 0x3F);
    }
    return {cp, need + 1, true};
}

/// Appends the UTF-8 form of `cp` (which must be a valid scalar value) to `out`.
inline void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// True for a Unicode scalar value (not a surrogate, not above U+10FFFF).
[[nodiscard]] constexpr bool is_scalar(char32_t cp) {
    return cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
}

/// True when the whole of `text` is well-formed UTF-8.
[[nodiscard]] inline bool is_valid(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const Decoded d = decode(text, pos);
        if (!d.valid) return false;
        pos += d.length;
    }
    return true;
}

}  // namespace cvdex::utf8
