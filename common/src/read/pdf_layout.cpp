#include "read/pdf_layout.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>

#include "cvdex/text_util.hpp"
#include "read/bullet_marker.hpp"

namespace cvdex::detail {
namespace {

// Two boxes are on one line when they overlap vertically by half the smaller height.
constexpr double min_vertical_overlap = 0.5;
// A gutter lies in the middle half of the page, is free of text in 60% of the rows and has
// text on each side in a quarter of them, so ragged right edges and right-aligned dates in a
// one-column CV do not pass for a second column.
constexpr double gutter_region_start = 0.25;
constexpr double gutter_region_end = 0.75;
constexpr double max_crossing_share = 0.4;
constexpr double min_column_share = 0.25;
constexpr std::size_t min_rows_for_columns = 6;
// A table, not two columns: most pairs have a year on the left and most years on the left are
// paired; or the sparser side is paired across in 75% of its rows, and either 85% of the rows
// hold both sides, or the sparser side has at most half the rows of the other and rarely two in
// a row.
// One dated row is enough when it is the only row with text on both sides (a CV with one job
// in a date column): min_dated_pairs then asks every pair across the gutter to be dated.
constexpr double min_dated_rows = 1;
constexpr double min_dated_pairs = 0.6;
constexpr double min_table_pairing = 0.75;
constexpr double min_full_table = 0.85;
constexpr double max_sparse_share = 0.5;
constexpr double max_sparse_consecutive = 0.5;
constexpr std::size_t max_gutter_steps = 500;  // x positions tried; bounds the work on wide pages
constexpr double box_padding = 1.0;             // points: boxes closer than this touch
constexpr double phrase_gap_em = 1.5;           // wider than any word space, narrower than a gutter
// Gaps between words, in ems: wider than a tab stop becomes "\t" (the column structure of
// "Engineer      2019 - 2023"), narrower than a thin space joins the words.
constexpr double tab_gap_em = 2.5;
constexpr double space_gap_em = 0.15;
// Headings: a line this much larger than the body text, and not prose.
constexpr double heading1_ratio = 1.6;
constexpr double heading2_ratio = 1.15;
constexpr std::size_t max_heading_length = 80;
constexpr std::size_t max_page_number_digits = 3;  // a bare "2019" is a year, not a page

// ---- rows and lines ----------------------------------------------------------------------------

struct Row {
    std::vector<PdfWord> words;
    double top = 0;
    double bottom = 0;
};

double height(const PdfWord& word) { return std::max(word.bottom - word.top, 0.1); }
double center(const PdfWord& word) { return (word.top + word.bottom) / 2; }
double em(const PdfWord& word) { return word.font_size > 0 ? word.font_size : height(word); }

// Rows are seeded by their first word and never grow, so that lines of two columns whose
// baselines interleave do not chain into one tall row.
std::vector<Row> group_rows(std::vector<PdfWord> words) {
    std::stable_sort(words.begin(), words.end(), [](const PdfWord& a, const PdfWord& b) {
        return center(a) != center(b) ? center(a) < center(b) : a.left < b.left;
    });
    std::vector<Row> rows;
    for (PdfWord& word : words) {
        if (!rows.empty()) {
            Row& row = rows.back();
            const double overlap = std::min(row.bottom, word.bottom) - std::max(row.top, word.top);
            if (overlap >= min_vertical_overlap * std::min(std::max(row.bottom - row.top, 0.1), height(word))) {
                row.words.push_back(std::move(word));
                continue;
            }
        }
        Row& row = rows.emplace_back();
        row.top = word.top;
        row.bottom = word.bottom;
        row.words.push_back(std::move(word));
    }
    for (Row& row : rows)
        std::stable_sort(row.words.begin(), row.words.end(),
                         [](const PdfWord& a, const PdfWord& b) { return a.left < b.left; });
    return rows;
}

std::string_view separator(const PdfWord& before, const PdfWord& after) {
    const double size = std::max(em(before), em(after));
    const double gap = after.left - before.right;
    if (gap > tab_gap_em * size) return "\t";
    if (before.space_after || gap > space_gap_em * size) return " ";
    return "";
}

// Some producers fake bold by drawing a word twice, a fraction of a point apart.
bool is_overprint(const PdfWord& before, const PdfWord& after) {
    return before.text == after.text && std::abs(after.left - before.left) < 0.5 * em(before);
}

PdfLine make_line(const std::vector<PdfWord>& words) {
    PdfLine line;
    bool all_bold = true;
    const PdfWord* previous = nullptr;
    for (const PdfWord& word : words) {
        if (previous != nullptr && is_overprint(*previous, word)) continue;
        if (previous != nullptr) line.text += separator(*previous, word);
        line.text += word.text;
        line.font_size = std::max(line.font_size, em(word));
        all_bold = all_bold && word.bold;
        previous = &word;
    }
    line.text = trim_unicode(line.text);
    line.bold = all_bold && previous != nullptr;
    return line;
}

bool consume(std::string_view& text, std::string_view prefix) {
    if (!text.starts_with(prefix)) return false;
    text.remove_prefix(prefix.size());
    return true;
}

bool consume_number(std::string_view& text) {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits == 0 || digits > max_page_number_digits) return false;
    text.remove_prefix(digits);
    return true;
}

// "7", "- 7 -", "Page 7", "Page 7 of 9", "7/9", "7 / 9".
bool is_page_number(std::string_view line) {
    std::string lower = fold_case(line);
    std::string_view text = lower;
    if (!consume(text, "page ")) consume(text, "seite ");
    while (consume(text, "- ") || consume(text, "-") || consume(text, "\u2013 ") || consume(text, "\u2013")) {
    }
    if (!consume_number(text)) return false;
    if (consume(text, " of ") || consume(text, " / ") || consume(text, "/") || consume(text, " von "))
        if (!consume_number(text)) return false;
    while (consume(text, " -") || consume(text, "-") || consume(text, " \u2013") || consume(text, "\u2013")) {
    }
    return text.empty();
}

void drop_page_numbers(std::vector<Row>& rows) {
    if (!rows.empty() && is_page_number(make_line(rows.back().words).text)) rows.pop_back();
    if (!rows.empty() && is_page_number(make_line(rows.front().words).text)) rows.erase(rows.begin());
}

// ---- columns -----------------------------------------------------------------------------------

// A row as the horizontal spans its text covers: words closer than a wide word space form one
// span, so the space between two words of a sentence never passes for a gutter.
struct Span {
    double left = 0;
    double right = 0;
};

std::vector<Span> row_spans(const Row& row) {
    std::vector<Span> spans;
    for (const PdfWord& word : row.words) {
        if (!spans.empty() && word.left - spans.back().right <= phrase_gap_em * em(word)) {
            spans.back().right = std::max(spans.back().right, word.right);
            continue;
        }
        spans.push_back({word.left, word.right});
    }
    return spans;
}

bool crosses(const std::vector<Span>& spans, double x) {
    return std::any_of(spans.begin(), spans.end(), [x](const Span& span) {
        return span.left - box_padding < x && x < span.right + box_padding;
    });
}

// Whether x can be a gutter: crossed by few rows, with text on both sides in enough rows.
bool qualifies(const std::vector<std::vector<Span>>& rows, double x) {
    std::size_t crossing = 0, left = 0, right = 0;
    for (const std::vector<Span>& spans : rows) {
        if (crosses(spans, x)) ++crossing;
        if (std::any_of(spans.begin(), spans.end(), [x](const Span& span) { return span.right + box_padding <= x; }))
            ++left;
        if (std::any_of(spans.begin(), spans.end(), [x](const Span& span) { return span.left - box_padding >= x; }))
            ++right;
    }
    const double n = static_cast<double>(rows.size());
    return static_cast<double>(crossing) <= max_crossing_share * n &&
           static_cast<double>(left) >= min_column_share * n && static_cast<double>(right) >= min_column_share * n;
}

// A year from 1950 to 2099 standing alone: "2019", "03/2019", "2019-05"; or two digits after an
// apostrophe, as in "May '03" and "Jan ’22".
bool has_year(std::string_view text) {
    const auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
    for (std::string_view apostrophe : {"'", "\u2019"}) {
        const std::size_t at = text.find(apostrophe);
        if (at == std::string_view::npos) continue;
        const std::size_t first = at + apostrophe.size();
        if (digit(first) && digit(first + 1) && !digit(first + 2)) return true;
    }
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        if (!digit(i) || !digit(i + 1) || !digit(i + 2) || !digit(i + 3) || digit(i + 4)) continue;
        if (i > 0 && digit(i - 1)) continue;
        const std::string_view year = text.substr(i, 4);
        if ((year >= "1950" && year <= "1999") || (year >= "2000" && year <= "2099")) return true;
    }
    return false;
}

// What a row holds on each side of a candidate gutter. A row whose text runs across the gutter
// (a summary or a skills line above or below a date column) is read whole whatever the columns
// are, so it holds nothing on either side: counted, its words would pass for pairs across the
// gutter and hide the dates that pair with their jobs.
struct RowSides {
    bool left = false;
    bool right = false;
    bool left_has_year = false;
};

std::vector<RowSides> row_sides(const std::vector<Row>& rows, double x) {
    std::vector<RowSides> sides;
    sides.reserve(rows.size());
    for (const Row& row : rows) {
        RowSides& side = sides.emplace_back();
        if (crosses(row_spans(row), x)) continue;
        for (const PdfWord& word : row.words) {
            if (word.right + box_padding <= x) {
                side.left = true;
                side.left_has_year = side.left_has_year || has_year(word.text);
            } else if (word.left - box_padding >= x) {
                side.right = true;
            }
        }
    }
    return sides;
}

// Dates beside job titles: every date shares its row with a title, and reading the columns one
// after the other would tear each date from its job. Two columns set with the same leading pair
// up row by row too, so a table is told by what pairs up: dates on the left, or nearly every
// row on both sides, or one side sparse and scattered (an entry's first line beside its
// description, where a short column of prose would fill consecutive rows).
bool is_table_like(const std::vector<Row>& rows, double x) {
    const std::vector<RowSides> sides = row_sides(rows, x);
    double left = 0, right = 0, both = 0, years = 0, dated = 0;
    for (const RowSides& side : sides) {
        left += side.left ? 1 : 0;
        right += side.right ? 1 : 0;
        both += side.left && side.right ? 1 : 0;
        years += side.left_has_year ? 1 : 0;
        dated += side.left && side.right && side.left_has_year ? 1 : 0;
    }
    const double fewer = std::min(left, right);
    if (fewer == 0) return false;
    if (dated >= min_dated_rows && dated >= min_dated_pairs * both && dated >= min_table_pairing * years)
        return true;
    if (both < min_table_pairing * fewer) return false;
    if (both >= min_full_table * std::max(left, right)) return true;
    if (fewer > max_sparse_share * std::max(left, right)) return false;
    double consecutive = 0;  // rows of the sparse side whose next row has text on that side too
    for (std::size_t i = 0; i + 1 < sides.size(); ++i) {
        const bool here = left <= right ? sides[i].left : sides[i].right;
        const bool next = left <= right ? sides[i + 1].left : sides[i + 1].right;
        consecutive += here && next ? 1 : 0;
    }
    return consecutive < max_sparse_consecutive * fewer;
}

// The x of the gutter between two columns: the middle of the widest run of positions that
// qualify, so that a full-width header across part of the run still counts as crossing it.
std::optional<double> find_gutter(const std::vector<Row>& rows, double page_width) {
    if (rows.size() < min_rows_for_columns || !(page_width > 0)) return std::nullopt;
    std::vector<std::vector<Span>> spans;
    spans.reserve(rows.size());
    for (const Row& row : rows) spans.push_back(row_spans(row));
    const double start = page_width * gutter_region_start;
    const double width = page_width * (gutter_region_end - gutter_region_start);
    const double step = std::max(1.0, width / max_gutter_steps);
    const auto steps = static_cast<std::size_t>(width / step) + 1;

    std::size_t best_start = 0, best_length = 0, run_start = 0, run_length = 0;
    for (std::size_t i = 0; i < steps; ++i) {
        if (!qualifies(spans, start + static_cast<double>(i) * step)) {
            run_length = 0;
            continue;
        }
        if (run_length == 0) run_start = i;
        if (++run_length > best_length) best_start = run_start, best_length = run_length;
    }
    if (best_length == 0) return std::nullopt;
    const double x = start + (static_cast<double>(best_start) + static_cast<double>(best_length - 1) / 2) * step;
    if (is_table_like(rows, x)) return std::nullopt;
    return x;
}

void append_rows(std::vector<PdfLine>& lines, std::vector<PdfWord>& words) {
    for (const Row& row : group_rows(std::move(words))) lines.push_back(make_line(row.words));
    words.clear();
}

// ---- document-wide post-processing -------------------------------------------------------------

char32_t first_code_point(std::string_view text, std::size_t& length) {
    std::int32_t offset = 0;
    UChar32 c = 0;
    U8_NEXT(text.data(), offset, static_cast<std::int32_t>(std::min<std::size_t>(text.size(), 8)), c);
    length = static_cast<std::size_t>(offset);
    return c < 0 ? U'\uFFFD' : static_cast<char32_t>(c);
}

double body_font_size(const std::vector<PdfLine>& lines) {
    // The median by characters: the size most of the text is set in.
    std::vector<std::pair<double, std::size_t>> sizes;
    std::size_t total = 0;
    for (const PdfLine& line : lines) {
        sizes.emplace_back(line.font_size, line.text.size());
        total += line.text.size();
    }
    std::sort(sizes.begin(), sizes.end());
    std::size_t seen = 0;
    for (const auto& [size, weight] : sizes)
        if ((seen += weight) * 2 >= total) return size;
    return 0;
}

int heading_level(const PdfLine& line, double body_size) {
    if (body_size <= 0 || line.text.size() > max_heading_length) return 0;
    const double ratio = line.font_size / body_size;
    if (ratio >= heading1_ratio) return 1;
    return ratio >= heading2_ratio ? 2 : 0;
}

bool ends_hyphenated(std::string_view text) {
    if (text.size() < 2 || text.back() != '-') return false;
    const auto before = static_cast<unsigned char>(text[text.size() - 2]);
    return before >= 0x80 || std::isalpha(before) != 0;  // a letter, possibly a UTF-8 one
}

bool starts_lower_case(std::string_view text) {
    if (text.empty()) return false;
    std::size_t length = 0;
    return u_islower(static_cast<UChar32>(first_code_point(text, length))) != 0;
}

// "Re-" + "sponsible" -> "Responsible": the line break split a word, not a compound.
bool join_hyphenated(std::vector<TextLine>& out, const TextLine& next) {
    if (out.empty() || next.bullet || next.heading_level > 0) return false;
    TextLine& previous = out.back();
    if (previous.heading_level > 0 || !ends_hyphenated(previous.text) || !starts_lower_case(next.text)) return false;
    previous.text.pop_back();
    previous.text += next.text;
    previous.emphasized = previous.emphasized && next.emphasized;
    return true;
}

}  // namespace

std::vector<PdfLine> layout_page(std::vector<PdfWord> words, double page_width) {
    std::vector<Row> rows = group_rows(std::move(words));
    drop_page_numbers(rows);
    std::vector<PdfLine> lines;
    const std::optional<double> gutter = find_gutter(rows, page_width);
    if (!gutter) {
        for (const Row& row : rows) lines.push_back(make_line(row.words));
        return lines;
    }
    // Between full-width rows (a header, a footer), the left column is read, then the right.
    std::vector<PdfWord> left, right;
    for (Row& row : rows) {
        if (crosses(row_spans(row), *gutter)) {
            append_rows(lines, left);
            append_rows(lines, right);
            lines.push_back(make_line(row.words));
            continue;
        }
        for (PdfWord& word : row.words)
            (word.right + box_padding <= *gutter ? left : right).push_back(std::move(word));
    }
    append_rows(lines, left);
    append_rows(lines, right);
    return lines;
}

std::vector<TextLine> finish_lines(const std::vector<PdfLine>& lines) {
    const double body_size = body_font_size(lines);
    std::vector<TextLine> out;
    bool pending_bullet = false;  // a bullet glyph alone on the line before
    for (const PdfLine& line : lines) {
        std::string_view text = line.text;
        const std::size_t bullet = leading_bullet_length(text);
        if (bullet > 0 && trim_unicode(text.substr(bullet)).empty()) {
            pending_bullet = true;
            continue;
        }
        TextLine next;
        next.text = trim_unicode(text.substr(bullet));
        if (next.text.empty()) continue;
        next.heading_level = heading_level(line, body_size);
        next.emphasized = line.bold;
        next.bullet = (bullet > 0 || pending_bullet) && next.heading_level == 0;
        pending_bullet = false;
        if (!join_hyphenated(out, next)) out.push_back(std::move(next));
    }
    for (std::size_t i = 0; i < out.size(); ++i) out[i].source_line = static_cast<int>(i + 1);
    return out;
}

}  // namespace cvdex::detail
