// Language guess: scripts first (Hangul, kana, Han, Cyrillic), then stop-word counts for the
// Latin-script languages cvdex stems.
#include "cvdex/language.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "cvdex/text_util.hpp"

namespace cvdex {
namespace {

struct StopWords {
    std::string_view language;
    std::array<std::string_view, 16> words;
};

constexpr StopWords stop_words[] = {
    {"en", {"the", "and", "of", "to", "in", "for", "with", "on", "as", "at", "by", "from", "i", "my", "is", "a"}},
    {"de", {"und", "der", "die", "das", "mit", "für", "von", "im", "ich", "in", "zu", "den", "bei", "auf", "ein", "eine"}},
    {"fr", {"et", "de", "la", "le", "les", "des", "du", "pour", "en", "avec", "un", "une", "dans", "sur", "au", "je"}},
    {"es", {"y", "de", "la", "el", "los", "las", "del", "para", "con", "en", "un", "una", "por", "que", "al", "como"}},
    {"da", {"og", "i", "af", "til", "med", "for", "jeg", "er", "en", "et", "på", "har", "som", "det", "den", "min"}},
};

}  // namespace

std::string detect_language(std::string_view utf8) {
    std::size_t hangul = 0, kana = 0, han = 0, cyrillic = 0, latin = 0;
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        if (bytes[i] < 0x80) {  // most CV text: no need to ask ICU
            latin += static_cast<std::size_t>(((bytes[i] | 0x20) >= 'a' && (bytes[i] | 0x20) <= 'z'));
            ++i;
            continue;
        }
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        if (c < 0 || !u_isalpha(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        switch (uscript_getScript(c, &status)) {
            case USCRIPT_HANGUL: ++hangul; break;
            case USCRIPT_HIRAGANA:
            case USCRIPT_KATAKANA: ++kana; break;
            case USCRIPT_HAN: ++han; break;
            case USCRIPT_CYRILLIC: ++cyrillic; break;
            case USCRIPT_LATIN: ++latin; break;
            default: break;
        }
    }
    std::size_t letters = hangul + kana + han + cyrillic + latin;
    if (letters < 20) return {};
    // CJK characters carry a word each; weigh them up against alphabetic letters.
    if (hangul * 4 > letters / 5) return "ko";
    if (kana * 4 > letters / 5) return "ja";
    if (han * 4 > letters / 5) return "zh";
    if (cyrillic > latin) return "ru";

    // One hash lookup per word, folding only the word (a whole-text fold sends every CV with one
    // accented letter through ICU).
    static const std::unordered_map<std::string_view, unsigned> languages_of_stop_word = [] {
        std::unordered_map<std::string_view, unsigned> out;
        for (std::size_t k = 0; k < std::size(stop_words); ++k)
            for (std::string_view word : stop_words[k].words) out[word] |= 1u << k;
        return out;
    }();
    constexpr std::size_t max_word_bytes = 24;  // longer words cannot fold to a stop word
    std::array<std::size_t, std::size(stop_words)> counts{};
    std::string folded;
    std::size_t start = 0;
    while (start < utf8.size()) {
        std::size_t end = utf8.find_first_of(" \t\n\r,.;:()[]!?\"/|-", start);
        if (end == std::string_view::npos) end = utf8.size();
        const std::string_view word = utf8.substr(start, end - start);
        start = end + 1;
        if (word.empty() || word.size() > max_word_bytes) continue;
        folded = fold_case(word);
        const auto found = languages_of_stop_word.find(folded);
        if (found == languages_of_stop_word.end()) continue;
        for (std::size_t k = 0; k < std::size(stop_words); ++k) counts[k] += (found->second >> k) & 1u;
    }
    auto best = std::max_element(counts.begin(), counts.end());
    // A Cyrillic CV with its technology stack in Latin letters: no Latin-script language speaks.
    if (cyrillic * 5 >= letters && *best < 3) return "ru";
    if (*best == 0) return "en";
    return std::string(stop_words[static_cast<std::size_t>(best - counts.begin())].language);
}

}  // namespace cvdex
