#pragma once
#include <string_view>
#include <vector>

#include "cvdex/raw_text.hpp"

namespace cvdex {

/// A run of lines under one section heading.
struct Section {
    SectionKind kind = SectionKind::none;
    std::string heading;    ///< the heading as written (empty for the preamble)
    int heading_index = -1; ///< index of the heading line in RawText::lines, -1 for the preamble
    int begin = 0;          ///< first body line (index into RawText::lines)
    int end = 0;            ///< one past the last body line
};

/// Classifies a heading's text with the heading dictionaries (English, German, French, Spanish,
/// Russian, CJK). Returns SectionKind::none when the text is not a known section heading.
[[nodiscard]] SectionKind classify_heading(std::string_view heading);

/// Splits a CV into sections. Structural headings at the CV's section level start sections;
/// weak candidates (bold-only, ALL-CAPS, "Text:" lines) start one only when the dictionary knows
/// them. Deeper headings inside a section (job titles) stay in its body.
[[nodiscard]] std::vector<Section> segment(const RawText& text);

}  // namespace cvdex
