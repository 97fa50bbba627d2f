// Cutting text into the tokens the skill matcher compares.
#include "cvdex/text_util.hpp"
#include "skills_impl.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>

namespace cvdex::skills_detail {
namespace {

enum class CharClass : std::uint8_t { space, newline, tab, word, punct };

CharClass classify(UChar32 c) {
    if (c < 0) return CharClass::punct;  // a byte that is not UTF-8
    if (c < 0x80) {
        if (c == '\n') return CharClass::newline;
        if (c == '\t') return CharClass::tab;
        if (c == ' ' || c == '\r' || c == '\f' || c == '\v') return CharClass::space;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
            return CharClass::word;
        return CharClass::punct;
    }
    if (c == 0x2028 || c == 0x2029 || c == 0x85) return CharClass::newline;
    if (c == 0x200B || c == 0xFEFF) return CharClass::space;  // zero-width space, BOM
    const auto mask = U_GET_GC_MASK(c);
    if (mask & U_GC_Z_MASK) return CharClass::space;
    if (mask & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK | U_GC_CF_MASK)) return CharClass::word;
    return CharClass::punct;
}

UChar32 next_char(std::string_view text, std::size_t& i) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
    // Offsets beyond 2 GiB do not occur in CVs; clamp rather than overflow.
    const auto length = static_cast<std::int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
    auto pos = static_cast<std::int32_t>(i);
    UChar32 c = 0;
    U8_NEXT(bytes, pos, length, c);
    i = static_cast<std::size_t>(pos);
    return c;
}

/// Folded form of a punctuation character: curly apostrophes become ', Unicode hyphens -.
std::string_view fold_punct(UChar32 c, std::string_view original) {
    switch (c) {
        case 0x2018:
        case 0x2019:
        case 0x02BC: return "'";
        case 0x2010:
        case 0x2011: return "-";
        default: return original;
    }
}

void append_folded_word(std::string_view word, std::string& out) {
    bool ascii = true;
    for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (!ascii) {
        out += fold_case(word);
        return;
    }
    for (char c : word) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// URLs and e-mail addresses mention products ("github.com/go-kit") without being skills.
void mark_addresses(Tokens& tokens) {
    std::size_t chunk = 0;
    const std::size_t n = tokens.size();
    while (chunk < n) {
        std::size_t end = chunk + 1;
        while (end < n && !tokens[end].space_before) ++end;
        bool address = end - chunk >= 3 && tokens.fold(chunk) == "www" && tokens.is_punct(chunk + 1, ".");
        for (std::size_t i = chunk; i < end && !address; ++i) {
            if (tokens.is_punct(i, "@") && i > chunk && tokens.is_word(i - 1)) address = true;
            if (tokens.is_punct(i, ":") && i + 2 < end && tokens.is_punct(i + 1, "/") && tokens.is_punct(i + 2, "/"))
                address = true;
        }
        if (address)
            for (std::size_t i = chunk; i < end; ++i) tokens.list[i].skip = true;
        chunk = end;
    }
}

}  // namespace

Tokens tokenize(std::string_view text) {
    Tokens tokens;
    tokens.text = text;
    tokens.folded.reserve(text.size());
    tokens.list.reserve(text.size() / 4);

    bool space = true;  // the start of the text counts as white space
    int newlines = 0;
    int spaces = 0;
    bool tab = false;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t start = i;
        const UChar32 c = next_char(text, i);
        const CharClass cls = classify(c);
        if (cls == CharClass::space || cls == CharClass::newline || cls == CharClass::tab) {
            space = true;
            if (cls == CharClass::newline) {
                ++newlines;
                spaces = 0;
            } else if (cls == CharClass::tab) {
                tab = true;
            } else {
                ++spaces;
            }
            continue;
        }
        Token token;
        token.begin = start;
        token.space_before = space;
        token.newlines_before = static_cast<std::uint8_t>(std::min(newlines, 2));
        token.wide_gap_before = tab || spaces >= 2;
        token.fold_begin = tokens.folded.size();
        if (cls == CharClass::word) {
            token.kind = TokenKind::word;
            while (i < text.size()) {
                std::size_t next = i;
                if (classify(next_char(text, next)) != CharClass::word) break;
                i = next;
            }
            append_folded_word(text.substr(start, i - start), tokens.folded);
        } else {
            token.kind = TokenKind::punct;
            tokens.folded += fold_punct(c, text.substr(start, i - start));
        }
        token.end = i;
        token.fold_end = tokens.folded.size();
        tokens.list.push_back(token);
        space = tab = false;
        newlines = spaces = 0;
    }
    mark_addresses(tokens);
    return tokens;
}

bool starts_upper(std::string_view word) {
    if (word.empty()) return false;
    const auto first = static_cast<unsigned char>(word.front());
    if (first < 0x80) return first >= 'A' && first <= 'Z';
    std::size_t i = 0;
    const UChar32 c = next_char(word, i);
    return c >= 0 && (u_isupper(c) || u_istitle(c));
}

}  // namespace cvdex::skills_detail
