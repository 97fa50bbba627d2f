#pragma once
#include <string>
#include <string_view>

namespace cvdex {

/// Guesses the main language of a text: "en", "de", "fr", "es", "ru", "ko", "ja", "zh", or ""
/// when the text is too short to tell. Uses scripts for CJK and Cyrillic and stop-word counts
/// for Latin-script languages.
[[nodiscard]] std::string detect_language(std::string_view utf8);

}  // namespace cvdex
