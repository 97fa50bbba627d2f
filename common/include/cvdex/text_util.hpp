#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace cvdex {

/// Small UTF-8 helpers shared by readers and extractors.
[[nodiscard]] std::string_view trim(std::string_view text);
/// Trims ASCII whitespace plus Unicode spaces (NBSP, thin space, ideographic space).
[[nodiscard]] std::string trim_unicode(std::string_view text);
/// Collapses runs of whitespace (ASCII and Unicode spaces) into one ASCII space and trims.
[[nodiscard]] std::string collapse_spaces(std::string_view text);
/// Unicode-aware lower case (ICU full case folding), for matching headings and names.
[[nodiscard]] std::string fold_case(std::string_view utf8);
/// True when the text has letters and none of them is lower case ("WORK EXPERIENCE").
[[nodiscard]] bool is_all_caps(std::string_view utf8);
[[nodiscard]] bool starts_with_ci(std::string_view text, std::string_view prefix);
[[nodiscard]] std::vector<std::string> split_lines(std::string_view text);
/// Number of code points (not bytes): length limits must not punish non-Latin scripts.
[[nodiscard]] std::size_t utf8_length(std::string_view text);

}  // namespace cvdex
