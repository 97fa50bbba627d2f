#include "read/bullet_marker.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace cvdex::detail {

std::size_t leading_bullet_length(std::string_view text) {
    if (text.empty()) return 0;
    std::int32_t length = 0;
    UChar32 c = 0;
    U8_NEXT(text.data(), length, static_cast<std::int32_t>(std::min<std::size_t>(text.size(), 8)), c);
    const auto size = static_cast<std::size_t>(length);
    const bool alone_or_spaced = size == text.size() || text[size] == ' ' || text[size] == '\t';
    switch (c) {
        case U'-': case U'*': case U'\u2013': case U'\u00B7':
            return alone_or_spaced ? size : 0;
        case U'\u2022': case U'\u25E6': case U'\u25AA': case U'\u25A0': case U'\u25CF': case U'\u25CB':
        case U'\u2023': case U'\u25BA': case U'\u25B8': case U'\u27A2': case U'\u27A4': case U'\u2713':
        case U'\u2714': case U'\u2043':
            return size;
        default:
            return c >= 0xF000 && c <= 0xF0FF ? size : 0;
    }
}

}  // namespace cvdex::detail
