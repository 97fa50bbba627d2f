#include "read/office_text.hpp"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "cvdex/errors.hpp"
#include "cvdex/text_util.hpp"
#include "read/bullet_marker.hpp"

namespace cvdex::detail {
namespace {

constexpr std::size_t max_head_lines_per_data_cell = 3;

using Cell = std::vector<TextLine>;

bool has_visible_text(std::string_view text) { return !trim_unicode(text).empty(); }

// A cell's head is its lines before the first bullet: "Senior Engineer" above its bullets.
Cell::iterator head_end(Cell& cell) {
    return std::find_if(cell.begin(), cell.end(), [](const TextLine& line) { return line.bullet; });
}

// A row is an entry ("2019 - 2021 | Acme | Engineer", bullets below) unless a cell looks like a
// page column: a heading in it, or more than a few lines before any bullet.
bool is_layout_row(std::vector<Cell>& cells) {
    for (Cell& cell : cells) {
        if (static_cast<std::size_t>(head_end(cell) - cell.begin()) > max_head_lines_per_data_cell) return true;
        if (std::any_of(cell.begin(), cell.end(), [](const TextLine& line) { return line.heading_level > 0; }))
            return true;
    }
    return false;
}

// "Inc.", "Ltd.", "S.A.E.", "sp. z o.o.": a full stop that ends an abbreviation (a legal form,
// initials), not a sentence: a capitalised word of at most four characters before it, or another
// dot in it.
bool ends_with_abbreviation(std::string_view text) {
    if (text.empty() || text.back() != '.') return false;
    text.remove_suffix(1);
    const std::size_t space = text.find_last_of(' ');
    const std::string_view word = space == std::string_view::npos ? text : text.substr(space + 1);
    if (word.empty()) return false;
    return word.find('.') != std::string_view::npos || (word.size() <= 4 && word[0] >= 'A' && word[0] <= 'Z');
}

// The paragraphs of a cell are usually the parts of one field: "Acme GmbH" above "Berlin,
// Germany". A comma keeps them apart for the entry parser, which splits at commas but would
// read "Acme GmbH Berlin" as one employer; after closing punctuation a space is enough, but the
// full stop of an abbreviation closes nothing ("Acme Inc." above "Berlin").
std::string_view paragraph_separator(std::string_view previous) {
    if (previous.empty()) return " ";
    if (ends_with_abbreviation(previous)) return ", ";
    return std::string_view(".,;:!?").find(previous.back()) != std::string_view::npos ? " " : ", ";
}

TextLine join_row(const std::vector<Cell>& cells) {
    TextLine row;
    bool all_emphasized = true;
    for (const auto& cell : cells) {
        if (cell.empty()) continue;  // an empty spacer cell would only add " |  | "
        if (!row.text.empty()) row.text += " | ";
        for (std::size_t i = 0; i < cell.size(); ++i) {
            if (i > 0) row.text += paragraph_separator(cell[i - 1].text);
            row.text += cell[i].text;
            all_emphasized = all_emphasized && cell[i].emphasized;
        }
    }
    row.emphasized = all_emphasized && !row.text.empty();
    return row;
}

}  // namespace

void load_xml(pugi::xml_document& doc, std::string& data, std::string_view part, unsigned options) {
    const pugi::xml_parse_result result =
        doc.load_buffer_inplace(data.data(), data.size(), options, pugi::encoding_auto);
    if (!result)
        throw InputError(fmt::format("malformed {}: {} at offset {}", part, result.description(), result.offset));
}

void OfficeTextBuilder::begin_paragraph(const ParagraphInfo& info) {
    paragraphs_.push_back({info, {Segment{}}});
}

void OfficeTextBuilder::end_paragraph() {
    if (paragraphs_.empty()) return;
    Paragraph paragraph = std::move(paragraphs_.back());
    paragraphs_.pop_back();
    std::vector<TextLine>& out = sink();
    // Lines after a break continue the list item: only the first one carries its bullet. A "•"
    // typed at the start of a line makes a bullet too, as it would in plain text.
    bool bullet = paragraph.info.bullet;
    for (Segment& segment : paragraph.segments) {
        std::string text = trim_unicode(segment.text);
        const std::size_t marker = paragraph.info.heading_level == 0 ? leading_bullet_length(text) : 0;
        if (marker > 0) {
            text = trim_unicode(std::string_view(text).substr(marker));
            bullet = true;
        }
        if (text.empty()) continue;  // a lone "•" marks the next line
        TextLine& line = out.emplace_back();
        line.text = std::move(text);
        line.heading_level = paragraph.info.heading_level;
        line.emphasized = segment.has_text && segment.all_bold;
        line.bullet = bullet;
        line.indent = paragraph.info.indent;
        bullet = false;
    }
}

void OfficeTextBuilder::add_text(std::string_view text, bool bold) {
    if (paragraphs_.empty() || text.empty()) return;
    if (chars_ + text.size() > max_chars_) {
        truncated_ = true;
        return;
    }
    chars_ += text.size();
    Segment& segment = paragraphs_.back().segments.back();
    segment.text += text;
    if (has_visible_text(text)) {
        segment.has_text = true;
        segment.all_bold = segment.all_bold && bold;
    }
}

void OfficeTextBuilder::add_break() {
    if (!paragraphs_.empty()) paragraphs_.back().segments.emplace_back();
}

char OfficeTextBuilder::last_char() const noexcept {
    if (paragraphs_.empty()) return '\0';
    const std::string& text = paragraphs_.back().segments.back().text;
    return text.empty() ? '\0' : text.back();
}

void OfficeTextBuilder::begin_table() { tables_.emplace_back(); }

void OfficeTextBuilder::end_table() {
    if (tables_.empty()) return;
    end_row();
    tables_.pop_back();
}

void OfficeTextBuilder::begin_row() {
    if (tables_.empty()) return;
    end_row();  // a row left open by malformed markup
}

void OfficeTextBuilder::end_row() {
    if (tables_.empty()) return;
    Table& table = tables_.back();
    table.cell_open = false;
    std::vector<Cell> cells = std::move(table.cells);
    table.cells.clear();
    // With no cell open in this table, sink() is the cell (or document) around the table.
    std::vector<TextLine>& out = sink();
    if (is_layout_row(cells)) {
        for (Cell& cell : cells)
            for (TextLine& line : cell) out.push_back(std::move(line));
        return;
    }
    // The heads of the cells make the row's line; the bullets under them follow, cell by cell.
    std::vector<TextLine> tails;
    for (Cell& cell : cells) {
        const auto end = head_end(cell);
        tails.insert(tails.end(), std::make_move_iterator(end), std::make_move_iterator(cell.end()));
        cell.erase(end, cell.end());
    }
    TextLine row = join_row(cells);
    if (!row.text.empty()) out.push_back(std::move(row));
    for (TextLine& line : tails) out.push_back(std::move(line));
}

void OfficeTextBuilder::begin_cell() {
    if (tables_.empty()) return;
    tables_.back().cells.emplace_back();
    tables_.back().cell_open = true;
}

void OfficeTextBuilder::end_cell() {
    if (!tables_.empty()) tables_.back().cell_open = false;
}

std::vector<TextLine>& OfficeTextBuilder::sink() {
    for (auto table = tables_.rbegin(); table != tables_.rend(); ++table)
        if (table->cell_open && !table->cells.empty()) return table->cells.back();
    return lines_;
}

std::vector<TextLine> OfficeTextBuilder::finish() {
    while (!paragraphs_.empty()) end_paragraph();
    while (!tables_.empty()) end_table();
    return std::move(lines_);
}

}  // namespace cvdex::detail
