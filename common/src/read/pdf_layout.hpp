#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "cvdex/raw_text.hpp"

// The geometry half of the PDF reader, kept apart from poppler so it works on plain values:
// words with boxes in, lines in reading order out.
namespace cvdex::detail {

/// One word as the PDF library found it, in page coordinates with y growing downwards.
struct PdfWord {
    std::string text;  ///< UTF-8
    double left = 0, top = 0, right = 0, bottom = 0;
    double font_size = 0;  ///< points; the box height when the library does not know
    bool bold = false;
    bool space_after = false;  ///< the library saw a space after this word on its line
    friend bool operator==(const PdfWord&, const PdfWord&) = default;
};

/// One line of a page in reading order, before document-wide post-processing.
struct PdfLine {
    std::string text;
    double font_size = 0;  ///< the largest font size on the line
    bool bold = false;     ///< every word on the line is bold
    friend bool operator==(const PdfLine&, const PdfLine&) = default;
};

/// Groups the words of one page into lines and orders them: when a gutter splits the page into
/// two columns, the left column is read before the right one (between full-width lines such as
/// a header); otherwise top to bottom. Page numbers in the first or last line are dropped.
[[nodiscard]] std::vector<PdfLine> layout_page(std::vector<PdfWord> words, double page_width);

/// Turns the lines of all pages into TextLines: headings from font sizes clearly above the body
/// text, bullets from leading bullet glyphs (a glyph alone on its line marks the next line),
/// words hyphenated across lines joined again, running source line numbers.
[[nodiscard]] std::vector<TextLine> finish_lines(const std::vector<PdfLine>& lines);

}  // namespace cvdex::detail
