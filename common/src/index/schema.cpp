#include "cvdex/schema.hpp"

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "cvdex/text_util.hpp"

namespace cvdex::schema {

std::string normalise_value(std::string_view text) {
    std::string folded = fold_case(text);
    std::string out;
    out.reserve(folded.size());
    const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
    const auto length = static_cast<int32_t>(folded.size());
    bool space = false;
    for (int32_t i = 0; i < length;) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        // Letters, digits and the symbols of skill names (c++, c#, .net keep their meaning).
        bool keep = c >= 0 && (u_isalnum(c) || c == '+' || c == '#' || u_charType(c) == U_NON_SPACING_MARK);
        if (!keep) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out.append(folded, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
    // Xapian terms are at most 245 bytes; keep boolean values well inside that.
    if (out.size() > 160) {
        std::size_t cut = 160;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out.resize(cut);
    }
    return out;
}

std::string fnv1a_hex(std::string_view bytes) {
    std::uint64_t hash = 14695981039346656037ull;
    for (unsigned char c : bytes) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i) {
        out[static_cast<std::size_t>(i)] = digits[hash & 0xF];
        hash >>= 4;
    }
    return out;
}

unsigned skill_slot(std::string_view key) {
    std::uint32_t hash = 2166136261u;  // 32-bit FNV-1a
    for (unsigned char c : key) {
        hash ^= c;
        hash *= 16777619u;
    }
    return skill_slot_base + hash % skill_slot_count;
}

// Two big-endian 32-bit numbers: months, then last-use month index + 1 (0: unknown).
std::string encode_skill_value(SkillValue value) {
    std::string out(8, '\0');
    const auto put = [&](std::size_t at, std::uint32_t n) {
        for (std::size_t i = 0; i < 4; ++i) out[at + i] = static_cast<char>((n >> (24 - 8 * i)) & 0xFF);
    };
    put(0, static_cast<std::uint32_t>(std::max(value.months, 0)));
    put(4, static_cast<std::uint32_t>(std::max(value.last_month_index + 1, 0)));
    return out;
}

std::optional<SkillValue> decode_skill_value(std::string_view bytes) {
    if (bytes.size() != 8) return std::nullopt;
    const auto get = [&](std::size_t at) {
        std::uint32_t n = 0;
        for (std::size_t i = 0; i < 4; ++i) n = (n << 8) | static_cast<unsigned char>(bytes[at + i]);
        return static_cast<int>(std::min<std::uint32_t>(n, 1u << 30));
    };
    return SkillValue{get(0), get(4) - 1};
}

std::string id_term(std::string_view canonical_path) {
    std::string term(1, 'Q');  // appended, not "Q" + ...: GCC 12 warns wrongly on that
    return term.append(fnv1a_hex(canonical_path));
}

const Field& field(std::string_view name) {
    for (const Field& f : fields)
        if (f.name == name) return f;
    throw std::out_of_range("no schema field named " + std::string(name));
}

}  // namespace cvdex::schema
