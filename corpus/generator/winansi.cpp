// Windows-1252 is Latin-1 plus typographic characters in 0x80..0x9F; the widths are those of the
// Adobe Helvetica AFM files (accented letters have their base letter's width).
#include "winansi.hpp"

#include <algorithm>
#include <array>

namespace cvdex::gen {
namespace {

// 0x80..0x9F: the code point each byte stands for (0 = unused).
constexpr std::array<char32_t, 32> high_bytes = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Helvetica and Helvetica-Bold, bytes 0x20..0x7E.
constexpr std::array<short, 95> regular = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778,
    722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
    278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
constexpr std::array<short, 95> bold_widths = {
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778,
    722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333,
    278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};

// Latin-1 letters 0xC0..0xFF -> the ASCII letter whose width they have.
constexpr std::string_view latin1_base = "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYPsaaaaaaaceeeeiiiidnooooo/ouuuuypy";

char32_t decode(std::string_view text, std::size_t& i) {
    auto byte = static_cast<unsigned char>(text[i]);
    char32_t code = byte;
    std::size_t length = 1;
    if (byte >= 0xF0) code = byte & 0x07, length = 4;
    else if (byte >= 0xE0) code = byte & 0x0F, length = 3;
    else if (byte >= 0xC0) code = byte & 0x1F, length = 2;
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
        code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += length;
    return code;
}

/// The Windows-1252 byte of a code point, or 0.
unsigned char winansi_byte(char32_t c) {
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return static_cast<unsigned char>(c);
    for (std::size_t i = 0; i < high_bytes.size(); ++i)
        if (high_bytes[i] == c) return static_cast<unsigned char>(0x80 + i);
    return 0;
}

bool is_capital(char32_t c) {
    if (c >= 0x100 && c <= 0x17F) {
        const bool odd_capitals = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        return odd_capitals ? (c % 2 == 1) : (c % 2 == 0);
    }
    if (c >= 0x1EA0 && c <= 0x1EF9) return c % 2 == 0;
    return c == 0x1A0 || c == 0x1AF || (c >= 0x400 && c <= 0x42F);
}

}  // namespace

std::string to_winansi(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const unsigned char byte = winansi_byte(decode(utf8, i));
        out += byte ? static_cast<char>(byte) : '?';
    }
    return out;
}

bool fits_winansi(std::string_view utf8) {
    std::size_t i = 0;
    while (i < utf8.size())
        if (winansi_byte(decode(utf8, i)) == 0) return false;
    return true;
}

std::string fold_to_winansi(std::string_view utf8) {
    if (fits_winansi(utf8)) return std::string(utf8);
    std::string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const std::size_t start = i;
        const char32_t c = decode(utf8, i);
        if (winansi_byte(c)) {
            out += utf8.substr(start, i - start);
            continue;
        }
        std::string base = ascii_fold(utf8.substr(start, i - start));
        if (base.empty() && c != 0x44A && c != 0x44C) base.push_back('?');  // hard and soft signs drop out
        if (is_capital(c) && !base.empty() && base[0] >= 'a' && base[0] <= 'z') base[0] = static_cast<char>(base[0] - 32);
        out += base;
    }
    return out;
}

void fold_cv_to_winansi(Cv& cv) { fold_cv(cv, fold_to_winansi); }

std::string fold_typography(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        const std::size_t start = i;
        const char32_t c = decode(utf8, i);
        switch (c) {
            case 0xAB: case 0xBB: case 0x201C: case 0x201D: case 0x201E: out += '"'; break;
            case 0x2018: case 0x2019: out += '\''; break;
            case 0x2013: case 0x2014: case 0x2212: out += '-'; break;
            case 0x2022: out += '*'; break;
            default: out += utf8.substr(start, i - start);
        }
    }
    return out;
}

void fold_cv(Cv& cv, std::string (*fold_text)(std::string_view)) {
    auto fold = [fold_text](std::string& s) { s = fold_text(s); };
    Person& p = cv.person;
    for (std::string* s : {&p.name, &p.given, &p.family, &p.email, &p.phone, &p.city, &p.country, &p.github}) fold(*s);
    fold(cv.headline);
    fold(cv.summary);
    for (Job& job : cv.jobs) {
        for (std::string* s : {&job.employer, &job.title, &job.location, &job.context}) fold(*s);
        for (std::string& b : job.bullets) fold(b);
    }
    for (Activity& a : cv.activities)
        for (std::string* s : {&a.name, &a.role, &a.city, &a.text}) fold(*s);
    for (Talk& t : cv.talks)
        for (std::string* s : {&t.title, &t.event, &t.city}) fold(*s);
    for (Education& e : cv.education)
        for (std::string* s : {&e.school, &e.degree, &e.city}) fold(*s);
}

int helvetica_width(unsigned char byte, bool bold) {
    const auto& table = bold ? bold_widths : regular;
    if (byte >= 0x20 && byte <= 0x7E) return table[byte - 0x20];
    if (byte >= 0xC0) {
        const char base = latin1_base[byte - 0xC0];
        if (base == '*' || base == '/') return 584;
        if (byte == 0xC6) return 1000;
        if (byte == 0xE6) return bold ? 889 : 889;
        if (byte == 0xDF) return 611;
        return table[static_cast<unsigned char>(base) - 0x20];
    }
    switch (byte) {
        case 0x95: return 350;  // bullet
        case 0x96: return 556;  // en dash
        case 0x97: return 1000; // em dash
        case 0x85: return 1000; // ellipsis
        case 0x91: case 0x92: return bold ? 278 : 222;
        case 0x93: case 0x94: return bold ? 500 : 333;
        case 0xB7: return 278;  // middle dot
        case 0xA0: return 278;
        default: return 556;
    }
}

}  // namespace cvdex::gen
