#include "query_text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace cvdex::query {
namespace {

// What a code point becomes in the parser's text; 0 = keep it as it is.
char32_t replacement(UChar32 c) {
    switch (c) {
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
        case 0x2033: case 0x301D: case 0x301E: case 0xFF02:
            return '"';
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2039: case 0x203A:
            return '\'';
        case 0x2212: case 0x2010: case 0x2011: case 0xFE63: case 0xFF0D:
            return '-';
        case 0xFF1A:
            return ':';
        case 0xFF08:
            return '(';
        case 0xFF09:
            return ')';
        default:
            break;
    }
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) return ' ';
    if (u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF || c == 0x2060) return ' ';
    // Format and unassigned characters carry nothing a query needs.
    int8_t type = u_charType(c);
    if (type == U_FORMAT_CHAR || type == U_UNASSIGNED || type == U_PRIVATE_USE_CHAR || type == U_SURROGATE)
        return ' ';
    return 0;
}

}  // namespace

CleanText clean_query_text(std::string_view raw) {
    CleanText out;
    out.text.reserve(std::min(raw.size(), max_query_bytes));
    const auto* bytes = reinterpret_cast<const uint8_t*>(raw.data());
    const auto length = static_cast<int32_t>(std::min<std::size_t>(raw.size(), 1u << 20));
    std::size_t code_point = 0;
    for (int32_t i = 0; i < length; ++code_point) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        std::string piece;
        if (c < 0) {
            piece = " ";
        } else if (char32_t r = replacement(c); r != 0) {
            piece = std::string(1, static_cast<char>(r));
        } else {
            piece.assign(raw.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
        }
        if (out.text.size() + piece.size() > max_query_bytes) break;
        out.text += piece;
        out.position.insert(out.position.end(), piece.size(), code_point);
    }
    return out;
}

}  // namespace cvdex::query
