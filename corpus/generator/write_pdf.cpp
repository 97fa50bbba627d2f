// PDF 1.4 written by hand: A4 pages, one uncompressed content stream each, text drawn with
// BT/Tf/Td/Tj in the standard fonts Helvetica and Helvetica-Bold (WinAnsiEncoding, nothing
// embedded), headings larger and bold, bullets as "•" glyphs, dates flush right or in a column,
// "Page N of M" footers on long CVs, and an xref table with exact offsets.
#include <fmt/format.h>

#include "doc_model.hpp"
#include "winansi.hpp"

namespace cvdex::gen {
namespace {

constexpr double page_width = 595, page_height = 842;
constexpr double left = 50, right_edge = page_width - 50, top = page_height - 56, bottom = 60;
constexpr double body_size = 10, leading = 13.2;
constexpr double title_size = 20, heading_size = 13;
constexpr double column_x = 170;        // the text beside a date column
constexpr double bullet_indent = 10, bullet_text = 22;
constexpr double rule_width = 7, rule_gap = 3.5;  // a drawn dash between two years

struct Word {
    std::string bytes;  // Windows-1252
    bool bold = false;
    bool rule = false;
    bool space_before = false;
};

double width_of(std::string_view bytes, bool bold, double size) {
    int total = 0;
    for (char c : bytes) total += helvetica_width(static_cast<unsigned char>(c), bold);
    return total * size / 1000.0;
}

double advance(const Word& w, double size) {
    return w.rule ? rule_width + 2 * rule_gap : width_of(w.bytes, w.bold, size);
}

std::vector<Word> words_of(const std::vector<Run>& runs) {
    std::vector<Word> words;
    bool space = false;
    for (const Run& run : runs) {
        if (run.rule) {
            words.push_back(Word{"", run.bold, true, false});
            space = false;
            continue;
        }
        const std::string bytes = to_winansi(run.text);
        std::size_t i = 0;
        while (i < bytes.size()) {
            if (bytes[i] == ' ') {
                space = true;
                ++i;
                continue;
            }
            std::size_t end = bytes.find(' ', i);
            if (end == std::string::npos) end = bytes.size();
            // A run continuing a word ("Acme" + ", Berlin") joins it without a space.
            words.push_back(Word{bytes.substr(i, end - i), run.bold, false, space && !words.empty()});
            space = false;
            i = end;
        }
    }
    return words;
}

void append_string(std::string& out, std::string_view bytes) {
    out += '(';
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (c == '(' || c == ')' || c == '\\') {
            out += '\\';
            out += c;
        } else if (b < 32 || b > 126) {
            out += fmt::format("\\{:03o}", b);
        } else {
            out += c;
        }
    }
    out += ')';
}

class PageWriter {
public:
    PageWriter() { new_page(); }

    std::vector<std::string> finish() {
        if (pages_.size() > 1)
            for (std::size_t i = 0; i < pages_.size(); ++i) {
                const std::string footer = fmt::format("Page {} of {}", i + 1, pages_.size());
                draw_text(pages_[i], right_edge - width_of(footer, false, 8), 30, footer, false, 8);
            }
        return std::move(pages_);
    }

    void gap(double points) { y_ -= points; }

    void ensure(double height) {
        if (y_ - height < bottom) new_page();
    }

    /// Moves down one line of `height`, starting a new page when it does not fit.
    double next_line(double height) {
        if (y_ - height < bottom) new_page();
        y_ -= height;
        return y_;
    }
    [[nodiscard]] double y() const { return y_; }
    void set_y(double y) { y_ = y; }

    /// Words laid out in lines from x to x + width; returns the baseline of the first line.
    double flow(const std::vector<Word>& words, double x, double width, double size, double line_height) {
        std::size_t first = 0;
        double first_line = y_;
        while (first < words.size()) {
            double used = advance(words[first], size);
            std::size_t end = first + 1;
            while (end < words.size()) {
                const double space = words[end].space_before ? width_of(" ", words[end].bold, size) : 0;
                if (used + space + advance(words[end], size) > width) break;
                used += space + advance(words[end], size);
                ++end;
            }
            const double line = next_line(line_height);
            if (first == 0) first_line = line;
            draw_line(words, first, end, x, line, size);
            first = end;
        }
        return first_line;
    }

    void draw_line(const std::vector<Word>& words, std::size_t first, std::size_t end, double x, double y, double size) {
        // Consecutive words in one font make one Tj; a font change or a rule starts another.
        std::size_t i = first;
        while (i < end) {
            if (i > first && words[i].space_before) x += width_of(" ", words[i].bold, size);
            if (words[i].rule) {
                x += rule_gap;
                page() += fmt::format("{:.2f} {:.2f} {:.2f} {:.2f} re f\n", x, y + size * 0.3, rule_width, size * 0.08);
                x += rule_width + rule_gap;
                ++i;
                continue;
            }
            std::string text = words[i].bytes;
            const bool bold = words[i].bold;
            std::size_t j = i + 1;
            for (; j < end && !words[j].rule && words[j].bold == bold; ++j) {
                if (words[j].space_before) text += ' ';
                text += words[j].bytes;
            }
            draw_text(page(), x, y, text, bold, size);
            x += width_of(text, bold, size);
            i = j;
        }
    }

    void draw_bullet(double x, double y, double size) { draw_text(page(), x, y, "\x95", false, size); }

    void draw_right(std::string_view utf8, double y, double size) {
        const std::string bytes = to_winansi(utf8);
        draw_text(page(), right_edge - width_of(bytes, false, size), y, bytes, false, size);
    }

private:
    std::vector<std::string> pages_;
    double y_ = top;

    std::string& page() { return pages_.back(); }

    void new_page() {
        pages_.emplace_back();
        y_ = top;
    }

    static void draw_text(std::string& out, double x, double y, std::string_view bytes, bool bold, double size) {
        out += fmt::format("BT /{} {:g} Tf {:.2f} {:.2f} Td ", bold ? "F2" : "F1", size, x, y);
        append_string(out, bytes);
        out += " Tj ET\n";
    }
};

void draw_blocks(PageWriter& pages, const std::vector<Block>& blocks, double x, double width);

void draw_block(PageWriter& pages, const Block& block, double x, double width) {
    switch (block.kind) {
        case BlockKind::title:
            pages.flow(words_of(block.runs), x, width, title_size, title_size * 1.3);
            pages.gap(4);
            break;
        case BlockKind::heading: {
            const double size = block.level == 1 ? heading_size : body_size + 1;
            pages.gap(block.level == 1 ? 10 : 5);
            std::vector<Run> runs = block.runs;
            for (Run& run : runs) run.bold = true;
            pages.flow(words_of(runs), x, width, size, size * 1.35);
            pages.gap(2);
            break;
        }
        case BlockKind::bullet: {
            // The glyph goes on the first line, wherever a page break put it.
            pages.ensure(leading);
            pages.draw_bullet(x + bullet_indent, pages.y() - leading, body_size);
            pages.flow(words_of(block.runs), x + bullet_text, width - bullet_text, body_size, leading);
            break;
        }
        case BlockKind::table_row: {
            if (block.cells.size() < 2) break;
            pages.gap(3);
            // The dates, unwrapped, on the first line of the row; the rest beside them.
            const double first = pages.next_line(leading);
            pages.set_y(first + leading);
            for (const Block& cell_block : block.cells[0]) {
                const std::vector<Word> words = words_of(cell_block.runs);
                pages.draw_line(words, 0, words.size(), x, first, body_size);
            }
            draw_blocks(pages, block.cells[1], column_x, right_edge - column_x);
            break;
        }
        default: {
            pages.ensure(leading);
            if (!block.right.empty()) pages.draw_right(block.right, pages.y() - leading, body_size);
            pages.flow(words_of(block.runs), x, width, body_size, leading);
            break;
        }
    }
}

void draw_blocks(PageWriter& pages, const std::vector<Block>& blocks, double x, double width) {
    for (const Block& block : blocks) draw_block(pages, block, x, width);
}

}  // namespace

void write_pdf(const std::vector<Block>& blocks, const Cv& /*cv*/, std::string& out) {
    PageWriter pages;
    draw_blocks(pages, blocks, left, right_edge - left);
    const std::vector<std::string> contents = pages.finish();

    // Objects: 1 catalog, 2 page tree, 3 and 4 fonts, then a page and its content per page.
    std::vector<std::size_t> offsets;
    const std::size_t base = out.size();
    out += "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    auto begin_object = [&](std::size_t number) {
        offsets.resize(std::max(offsets.size(), number));
        offsets[number - 1] = out.size() - base;
        out += fmt::format("{} 0 obj\n", number);
    };
    begin_object(1);
    out += "<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
    begin_object(2);
    out += "<< /Type /Pages /Kids [";
    for (std::size_t i = 0; i < contents.size(); ++i) out += fmt::format("{}{} 0 R", i ? " " : "", 5 + 2 * i);
    out += fmt::format("] /Count {} >>\nendobj\n", contents.size());
    begin_object(3);
    out += "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>\nendobj\n";
    begin_object(4);
    out += "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>\nendobj\n";
    for (std::size_t i = 0; i < contents.size(); ++i) {
        const std::size_t page = 5 + 2 * i;
        begin_object(page);
        out += fmt::format("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {:g} {:g}] /Resources << /Font << /F1 3 0 R "
                           "/F2 4 0 R >> >> /Contents {} 0 R >>\nendobj\n",
                           page_width, page_height, page + 1);
        begin_object(page + 1);
        out += fmt::format("<< /Length {} >>\nstream\n", contents[i].size());
        out += contents[i];
        out += "endstream\nendobj\n";
    }
    const std::size_t xref = out.size() - base;
    out += fmt::format("xref\n0 {}\n0000000000 65535 f \n", offsets.size() + 1);
    for (std::size_t offset : offsets) out += fmt::format("{:010} 00000 n \n", offset);
    out += fmt::format("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{}\n%%EOF\n", offsets.size() + 1, xref);
}

}  // namespace cvdex::gen
