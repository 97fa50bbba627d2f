#pragma once
// Private helpers shared by the heading dictionary and the segmenter.
#include <cstddef>
#include <string>
#include <string_view>

#include "cvdex/raw_text.hpp"

namespace cvdex {

/// Case-folded heading text with markup leftovers, numbering ("1.", "II."), emoji, trailing
/// colons and punctuation removed and spaces collapsed: "## 2. Work Experience:" -> "work experience".
[[nodiscard]] std::string normalize_heading(std::string_view heading);

[[nodiscard]] std::size_t word_count(std::string_view normalized);

/// Like classify_heading, but only with the patterns safe for weak candidates (bold lines,
/// ALL-CAPS lines, "Text:" lines), and only for short headings.
[[nodiscard]] SectionKind classify_weak_heading(std::string_view heading);

/// "Resume", "CV", "Curriculum Vitae", "Lebenslauf", "履歷書": the title of the whole document.
[[nodiscard]] bool is_document_title(std::string_view heading);

}  // namespace cvdex
