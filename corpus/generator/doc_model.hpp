#pragma once
// A word-processor view of a CV, shared by the DOCX, ODT and PDF writers: headings, paragraphs
// made of bold and plain runs, list items and table rows. The layout decisions (which job
// layout, which heading words) are taken once, when the blocks are built.
#include <string>
#include <vector>

#include "cv_model.hpp"

namespace cvdex::gen {

/// A stretch of text in one weight. `rule` draws a short horizontal line instead of the text in
/// a PDF (a dash made of a rectangle: "2019 ▬ 2021" reads back as "2019 2021"); the other
/// formats write the text.
struct Run {
    std::string text;
    bool bold = false;
    bool rule = false;
};

enum class BlockKind : std::uint8_t { title, heading, paragraph, bullet, table_row };

/// One paragraph-level element.
struct Block {
    BlockKind kind = BlockKind::paragraph;
    int level = 1;  ///< heading level (1 = section, 2 = entry)
    std::vector<Run> runs;
    std::string right;  ///< text set flush right on the same line (after a tab in DOCX/ODT)
    /// table_row only: each cell is a list of paragraph and bullet blocks. Consecutive rows make
    /// one table.
    std::vector<std::vector<Block>> cells;
};

/// The CV as blocks, in its layout (Layout::variant and Layout::headings of a docx, odt or pdf
/// layout).
[[nodiscard]] std::vector<Block> build_blocks(const Cv& cv);

/// The text of the runs, concatenated.
[[nodiscard]] std::string plain_text(const Block& block);

/// Writers of the binary formats; each appends the whole file to `out`.
void write_docx(const std::vector<Block>& blocks, const Cv& cv, std::string& out);
void write_odt(const std::vector<Block>& blocks, const Cv& cv, std::string& out);
void write_pdf(const std::vector<Block>& blocks, const Cv& cv, std::string& out);

}  // namespace cvdex::gen
