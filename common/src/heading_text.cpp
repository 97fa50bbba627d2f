#include "heading_text.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "cvdex/text_util.hpp"

namespace cvdex {

std::string normalize_heading(std::string_view heading) {
    std::string folded = fold_case(heading);
    std::string out;
    out.reserve(folded.size());
    const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
    const auto length = static_cast<int32_t>(folded.size());
    int32_t i = 0;
    bool space = false;
    while (i < length) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        // Letters, digits and the few symbols that occur inside heading words ("it-kenntnisse",
        // "centres d'intérêt", "c++") are kept; everything else separates words.
        bool keep = c >= 0 && (u_isalnum(c) || c == '-' || c == '\'' || c == '+' || c == '#' ||
                               u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_COMBINING_SPACING_MARK);
        if (!keep) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out.append(folded, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
    // Leading numbering: "1 ", "2 3 ", "iv ".
    while (!out.empty() && ((out[0] >= '0' && out[0] <= '9'))) {
        std::size_t sp = out.find(' ');
        if (sp == std::string::npos) return {};
        out.erase(0, sp + 1);
    }
    return out;
}

bool is_document_title(std::string_view heading) {
    std::string normal = normalize_heading(heading);
    for (std::string_view title : {"resume", "résumé", "resumé", "cv", "curriculum vitae", "lebenslauf", "履歷書",
                                   "履歴書", "简历", "이력서", "резюме", "curriculum", "cv resume", "my resume",
                                   "curriculum vitæ"})
        if (normal == title) return true;
    return false;
}

std::size_t word_count(std::string_view normalized) {
    if (normalized.empty()) return 0;
    std::size_t words = 1;
    for (char c : normalized) words += c == ' ';
    return words;
}

}  // namespace cvdex
