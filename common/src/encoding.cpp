#include "cvdex/encoding.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "single_byte.hpp"
#include "utf8.hpp"

namespace cvdex {
namespace {

// ---- Unicode encoding forms ---------------------------------------------------------------------

std::string decode_utf16(std::string_view bytes, bool big_endian) {
    std::string out;
    out.reserve(bytes.size());
    auto unit = [&](std::size_t i) -> char32_t {
        const auto b0 = static_cast<unsigned char>(bytes[i]);
        const auto b1 = static_cast<unsigned char>(bytes[i + 1]);
        return big_endian ? static_cast<char32_t>(b0 << 8 | b1) : static_cast<char32_t>(b1 << 8 | b0);
    };
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        const char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            const char32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                utf8::append(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        utf8::append(out, (u >= 0xD800 && u <= 0xDFFF) ? utf8::replacement_char : u);
    }
    if (i < bytes.size()) utf8::append(out, utf8::replacement_char);  // odd trailing byte
    return out;
}

std::string decode_utf32(std::string_view bytes, bool big_endian) {
    std::string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    for (; i + 3 < bytes.size(); i += 4) {
        char32_t cp = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const auto b = static_cast<unsigned char>(bytes[i + (big_endian ? k : 3 - k)]);
            cp = (cp << 8) | b;
        }
        utf8::append(out, utf8::is_scalar(cp) ? cp : utf8::replacement_char);
    }
    if (i < bytes.size()) utf8::append(out, utf8::replacement_char);
    return out;
}

// UTF-16 without a BOM: text that is mostly ASCII has a zero in every other byte. Returns 0 for
// "not UTF-16", 1 for little endian, 2 for big endian.
int guess_utf16_without_bom(std::string_view bytes) {
    const std::size_t n = std::min<std::size_t>(bytes.size(), 8192) & ~std::size_t{1};
    if (n < 4) return 0;
    std::size_t zeros_even = 0, zeros_odd = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        zeros_even += bytes[i] == '\0';
        zeros_odd += bytes[i + 1] == '\0';
    }
    const std::size_t pairs = n / 2;
    // At least a quarter of the units look like ASCII, and the other half of each pair is
    // almost never zero (binary data has zeros in both places).
    if (zeros_odd * 4 >= pairs && zeros_even * 20 <= pairs) return 1;
    if (zeros_even * 4 >= pairs && zeros_odd * 20 <= pairs) return 2;
    return 0;
}

// ---- choosing among the single-byte encodings ----------------------------------------------------

bool is_ascii_letter(unsigned char b) { return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z'); }

// Cyrillic in a single-byte encoding writes whole words in high bytes ("Опыт"), while Western
// European text uses them for a few accented letters inside otherwise ASCII words ("Café",
// "Zürich"). Counts the high letters in each kind of word; one-letter words say nothing.
bool looks_cyrillic(std::string_view bytes) {
    std::size_t pure = 0, mixed = 0;
    std::size_t high = 0, ascii = 0;
    auto end_word = [&] {
        if (high > 0 && high + ascii >= 2) (ascii > 0 ? mixed : pure) += high;
        high = ascii = 0;
    };
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0xC0) {
            ++high;
        } else if (is_ascii_letter(b)) {
            ++ascii;
        } else {
            end_word();
        }
    }
    end_word();
    return pure > mixed;
}

// Letter frequencies of Russian in per mille, а..я (U+0430..U+044F).
constexpr std::array<double, 32> russian_frequency = {
    80.1, 15.9, 45.4, 17.0, 29.8, 84.5, 9.4,  16.5, 73.5, 12.1, 34.9, 44.0, 32.1, 67.0, 109.7, 28.1,
    47.3, 54.7, 62.6, 26.2, 2.6,  9.7,  4.8,  14.4, 7.3,  3.6,  0.4,  19.0, 17.4, 3.2,  6.4,   20.1};

// How Russian a decoding looks: the average frequency of its letters (the right decoding puts the
// common letters о е а и н т where they belong, a wrong one scatters them) minus a penalty for
// words whose case goes from lower to upper ("пРИВЕТ": KOI8-R and CP1251 swap the cases).
double russian_score(std::string_view bytes, const SingleByteTable& table) {
    double frequency = 0;
    std::size_t letters = 0, words = 0, odd_case_words = 0;
    bool in_word = false, seen_lower = false, odd_case = false;
    auto end_word = [&] {
        if (in_word) {
            ++words;
            odd_case_words += odd_case;
        }
        in_word = seen_lower = odd_case = false;
    };
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        const char32_t cp = b < 0x80 ? b : table[b - 0x80];
        const bool upper = (cp >= 0x410 && cp <= 0x42F) || cp == 0x401;
        const bool lower = (cp >= 0x430 && cp <= 0x44F) || cp == 0x451;
        if (!upper && !lower) {
            end_word();
            continue;
        }
        in_word = true;
        ++letters;
        if (cp == 0x401 || cp == 0x451) {
            frequency += 0.4;
        } else {
            frequency += russian_frequency[(cp - 0x410) % 32];
        }
        if (lower) seen_lower = true;
        if (upper && seen_lower) odd_case = true;
    }
    end_word();
    if (letters == 0) return 0;
    return frequency / static_cast<double>(letters) -
           40.0 * static_cast<double>(odd_case_words) / static_cast<double>(words);
}

std::string decode_single_byte(std::string_view bytes, const SingleByteTable& table) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b < 0x80) {
            out += c;
        } else {
            utf8::append(out, table[b - 0x80]);
        }
    }
    return out;
}

// A file that is UTF-8 but for a few stray bytes (a paste from another encoding, a truncated
// character) is better read as UTF-8 with U+FFFD than as CP1252 mojibake.
bool mostly_utf8(std::string_view bytes) {
    std::size_t valid_multibyte = 0, invalid = 0;
    for (std::size_t pos = 0; pos < bytes.size();) {
        if (static_cast<unsigned char>(bytes[pos]) < 0x80) {
            ++pos;
            continue;
        }
        const utf8::Decoded d = utf8::decode(bytes, pos);
        (d.valid ? valid_multibyte : invalid) += 1;
        pos += d.length;
    }
    return invalid == 0 || (valid_multibyte >= 4 && invalid * 4 <= valid_multibyte);
}

void normalise_line_ends(std::string& text) {
    if (text.find('\r') == std::string::npos) return;
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            out += text[i];
        }
    }
    text = std::move(out);
}

// ---- mojibake ------------------------------------------------------------------------------------

// The byte that CP1252 (or Latin-1, for the bytes CP1252 leaves undefined) decodes to `cp`, or
// -1 when no byte does.
int cp1252_byte(char32_t cp) {
    if (cp < 0x80) return static_cast<int>(cp);
    if (cp <= 0xFF) {
        // U+0080..U+009F arrive when the bytes were decoded as Latin-1, or as CP1252 where it
        // has no character (0x81 0x8D 0x8F 0x90 0x9D).
        return static_cast<int>(cp);
    }
    for (std::size_t i = 0; i < 32; ++i)
        if (cp1252_table[i] == cp) return static_cast<int>(0x80 + i);
    return -1;
}

// Characters that UTF-8 mojibake plausibly stands for. A two-byte repair turns a Latin-1 capital
// followed by a symbol into one character, so that range is narrowed to letters of living
// scripts: leaving out IPA, combining marks and the rarer blocks keeps "JÖRG’S" (U+0592) and
// "CAFÉ…" (U+0245) as they are.
bool plausible_repair(char32_t cp) {
    if (cp < 0x800) {
        return (cp >= 0xA0 && cp <= 0x1FF) || (cp >= 0x218 && cp <= 0x21B) ||  // Latin, ș ț
               (cp >= 0x386 && cp <= 0x3CE) ||                                 // Greek
               (cp >= 0x400 && cp <= 0x4FF) ||                                 // Cyrillic
               (cp >= 0x5D0 && cp <= 0x5EA) || (cp >= 0x620 && cp <= 0x64A);   // Hebrew, Arabic letters
    }
    if (cp >= 0xE000 && cp <= 0xF8FF) return false;  // private use
    if (cp >= 0xFDD0 && cp <= 0xFDEF) return false;  // noncharacters
    if ((cp & 0xFFFE) == 0xFFFE) return false;
    return cp < 0x30000;
}

struct Repair {
    char32_t code_point = 0;
    std::size_t length = 0;  // bytes of the mojibake consumed, 0 when nothing to repair
    // Also explained by legitimate text, so accepted only next to another repair: "Ð " (the
    // NBSP of "Р" flattened to a space) and NBSP inside a three- or four-byte sequence (French
    // "é\u00A0»" would otherwise become U+983B).
    bool needs_company = false;
};

// Tries to read one mojibake sequence at `pos`: a character whose CP1252 byte is a UTF-8 lead
// byte, followed by characters whose bytes are continuation bytes, together valid UTF-8.
Repair repair_at(std::string_view text, std::size_t pos) {
    std::array<char, 4> bytes{};
    std::size_t count = 0, need = 0, cursor = pos;
    bool needs_company = false;
    while (cursor < text.size()) {
        const utf8::Decoded d = utf8::decode(text, cursor);
        if (!d.valid) return {};
        int b = cp1252_byte(d.code_point);
        if (count == 1 && d.code_point == ' ' && static_cast<unsigned char>(bytes[0]) == 0xD0) {
            b = 0xA0;
            needs_company = true;
        }
        if (count == 0) {
            if (b >= 0xC2 && b <= 0xDF) need = 2;
            else if (b >= 0xE0 && b <= 0xEF) need = 3;
            else if (b >= 0xF0 && b <= 0xF4) need = 4;
            else return {};
        } else if (b < 0x80 || b > 0xBF) {
            return {};
        }
        if (count > 0 && need > 2 && d.code_point == 0xA0) needs_company = true;
        bytes[count++] = static_cast<char>(b);
        cursor += d.length;
        if (count == need) break;
    }
    if (count != need || need == 0) return {};
    const utf8::Decoded result = utf8::decode(std::string_view(bytes.data(), count), 0);
    if (!result.valid || result.length != count || !plausible_repair(result.code_point)) return {};
    return {result.code_point, cursor - pos, needs_company};
}

bool is_cyrillic(char32_t cp) { return cp >= 0x400 && cp <= 0x4FF; }

std::string repair_once(std::string_view text, bool& changed) {
    std::string out;
    out.reserve(text.size());
    bool after_repair = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const auto lead = static_cast<unsigned char>(text[pos]);
        if (lead < 0x80) {
            out += text[pos++];
            after_repair = false;
            continue;
        }
        Repair r = repair_at(text, pos);
        if (r.length > 0 && r.needs_company && !after_repair) {
            const Repair next = repair_at(text, pos + r.length);
            const bool next_ok = next.length > 0 && !next.needs_company &&
                                 (!is_cyrillic(r.code_point) || is_cyrillic(next.code_point));
            if (!next_ok) r = {};
        }
        after_repair = r.length > 0;
        if (r.length > 0) {
            utf8::append(out, r.code_point);
            pos += r.length;
            changed = true;
            continue;
        }
        const utf8::Decoded d = utf8::decode(text, pos);
        if (d.valid) {
            out.append(text.substr(pos, d.length));
        } else {
            utf8::append(out, utf8::replacement_char);
        }
        pos += d.length;
    }
    return out;
}

}  // namespace

std::string sanitize_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        if (static_cast<unsigned char>(text[pos]) < 0x80) {
            out += text[pos++];
            continue;
        }
        const utf8::Decoded d = utf8::decode(text, pos);
        if (d.valid) {
            out.append(text.substr(pos, d.length));
        } else {
            utf8::append(out, utf8::replacement_char);
        }
        pos += d.length;
    }
    return out;
}

std::string repair_mojibake(std::string_view utf8_text, bool* changed) {
    bool any = false;
    std::string text(utf8_text);
    // Text encoded wrongly twice ("ÃƒÂ©") needs a second pass; stop as soon as one changes nothing.
    for (int pass = 0; pass < 2; ++pass) {
        bool this_pass = false;
        std::string repaired = repair_once(text, this_pass);
        if (!this_pass) break;
        text = std::move(repaired);
        any = true;
    }
    if (changed) *changed = any;
    return text;
}

DecodedText decode_text(std::string_view bytes) {
    DecodedText result;
    auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
    using namespace std::string_view_literals;
    if (starts("\xEF\xBB\xBF"sv)) {
        result.encoding = "UTF-8";
        result.utf8 = sanitize_utf8(bytes.substr(3));
    } else if (starts("\xFF\xFE\x00\x00"sv)) {
        result.encoding = "UTF-32LE";
        result.utf8 = decode_utf32(bytes.substr(4), false);
    } else if (starts("\x00\x00\xFE\xFF"sv)) {
        result.encoding = "UTF-32BE";
        result.utf8 = decode_utf32(bytes.substr(4), true);
    } else if (starts("\xFF\xFE"sv)) {
        result.encoding = "UTF-16LE";
        result.utf8 = decode_utf16(bytes.substr(2), false);
    } else if (starts("\xFE\xFF"sv)) {
        result.encoding = "UTF-16BE";
        result.utf8 = decode_utf16(bytes.substr(2), true);
    } else if (const int utf16 = guess_utf16_without_bom(bytes); utf16 != 0) {
        result.encoding = utf16 == 1 ? "UTF-16LE" : "UTF-16BE";
        result.utf8 = decode_utf16(bytes, utf16 == 2);
    } else if (mostly_utf8(bytes)) {
        result.encoding = "UTF-8";
        result.utf8 = sanitize_utf8(bytes);
    } else if (looks_cyrillic(bytes)) {
        const std::string_view sample = bytes.substr(0, 64 * 1024);
        const bool koi8 = russian_score(sample, koi8r_table) > russian_score(sample, cp1251_table);
        result.encoding = koi8 ? "KOI8-R" : "windows-1251";
        result.utf8 = decode_single_byte(bytes, koi8 ? koi8r_table : cp1251_table);
    } else {
        result.encoding = "windows-1252";
        result.utf8 = decode_single_byte(bytes, cp1252_table);
    }
    normalise_line_ends(result.utf8);
    result.utf8 = repair_mojibake(result.utf8, &result.repaired_mojibake);
    return result;
}

}  // namespace cvdex
