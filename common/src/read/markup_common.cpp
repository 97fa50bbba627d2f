#include "read/markup_common.hpp"

#include <unicode/uchar.h>

#include "cvdex/encoding.hpp"
#include "cvdex/text_util.hpp"

namespace cvdex::markup {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

int code_point_width(char32_t c) {
    auto cp = static_cast<UChar32>(c);
    if (c < 0x300) return 1;  // ASCII and Latin: the common case, without asking ICU
    auto category = u_charType(cp);
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR) return 0;
    auto width = static_cast<UEastAsianWidth>(u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH));
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

}  // namespace

int indent_columns(std::string_view line) {
    int columns = 0;
    for (char c : line) {
        if (c == ' ') {
            ++columns;
        } else if (c == '\t') {
            columns = (columns / 4 + 1) * 4;
        } else {
            break;
        }
    }
    return columns;
}

std::string_view strip_indent(std::string_view line) {
    std::size_t i = line.find_first_not_of(" \t");
    return i == std::string_view::npos ? std::string_view{} : line.substr(i);
}

char32_t next_code_point(std::string_view text, std::size_t& pos) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    unsigned char lead = byte(pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || pos + length > text.size()) {
        ++pos;
        return kReplacement;
    }
    char32_t c = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if (!is_continuation(byte(pos + k))) {
            ++pos;
            return kReplacement;
        }
        c = (c << 6) | (byte(pos + k) & 0x3F);
    }
    pos += length;
    return c;
}

char32_t previous_code_point(std::string_view text, std::size_t& pos) {
    if (pos == 0) return 0;
    std::size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && is_continuation(static_cast<unsigned char>(text[start]))) --start;
    std::size_t probe = start;
    char32_t c = next_code_point(text, probe);
    if (probe != pos) {  // not a well-formed sequence ending at pos: step back one byte
        pos -= 1;
        return kReplacement;
    }
    pos = start;
    return c;
}

void append_utf8(std::string& out, char32_t c) {
    auto put = [&](unsigned value) { out += static_cast<char>(value); };
    if (c < 0x80) {
        put(static_cast<unsigned>(c));
    } else if (c < 0x800) {
        put(0xC0 | (c >> 6));
        put(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        put(0xE0 | (c >> 12));
        put(0x80 | ((c >> 6) & 0x3F));
        put(0x80 | (c & 0x3F));
    } else {
        put(0xF0 | (c >> 18));
        put(0x80 | ((c >> 12) & 0x3F));
        put(0x80 | ((c >> 6) & 0x3F));
        put(0x80 | (c & 0x3F));
    }
}

std::size_t display_width(std::string_view utf8) {
    std::size_t width = 0;
    for (std::size_t pos = 0; pos < utf8.size();)
        width += static_cast<std::size_t>(code_point_width(next_code_point(utf8, pos)));
    return width;
}

std::size_t count_code_points(std::string_view utf8) {
    std::size_t count = 0;
    for (char c : utf8) count += is_continuation(static_cast<unsigned char>(c)) ? 0 : 1;
    return count;
}

char repeated_char(std::string_view text, std::size_t min_length) {
    text = trim(text);
    if (text.size() < min_length || text.empty()) return '\0';
    char c = text.front();
    if (static_cast<unsigned char>(c) >= 0x80 || c == ' ') return '\0';
    for (char other : text)
        if (other != c) return '\0';
    return c;
}

bool is_word_byte(char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool is_ascii_punct(char c) {
    auto byte = static_cast<unsigned char>(c);
    return byte >= 0x21 && byte <= 0x7E && !is_word_byte(c);
}

LinkCollector::LinkCollector(std::vector<std::string>& links) : links_(&links), seen_(links.begin(), links.end()) {}

void LinkCollector::add(std::string_view url) {
    url = trim(url);
    if (url.empty() || url.front() == '#' || url.front() == '/' || url.front() == '.' ||
        starts_with_ci(url, "javascript:") || url.find_first_of(" \t\n") != std::string_view::npos)
        return;
    if (seen_.emplace(url).second) links_->emplace_back(url);
}

TextLine* append_line(RawText& out, std::string_view text, int source_line, LineCleaning cleaning) {
    std::string clean = cleaning.decode_entities && text.find('&') != std::string_view::npos
                            ? collapse_spaces(decode_html_entities(text))
                            : collapse_spaces(text);
    if (clean.empty()) return nullptr;
    return &out.add(std::move(clean), source_line);
}

std::size_t bullet_marker_length(std::string_view text, const std::vector<std::string_view>& markers) {
    for (std::string_view marker : markers) {
        if (text.size() <= marker.size() || text.substr(0, marker.size()) != marker) continue;
        char after = text[marker.size()];
        if (after != ' ' && after != '\t') continue;
        std::size_t end = text.find_first_not_of(" \t", marker.size());
        return end == std::string_view::npos ? text.size() : end;
    }
    return 0;
}

std::vector<std::string> cut_columns(std::string_view row, const std::vector<ColumnSpan>& spans) {
    std::vector<std::string> cells(spans.size());
    int column = 0;
    std::size_t pos = 0;
    std::size_t cell = 0;  // the first span that does not end before `column`
    while (pos < row.size() && cell < spans.size()) {
        std::size_t start = pos;
        char32_t c = next_code_point(row, pos);
        int width = row[start] == '\t' ? 4 - column % 4 : code_point_width(c);
        while (cell < spans.size() && spans[cell].second >= 0 && column >= spans[cell].second) ++cell;
        std::string_view bytes = row.substr(start, pos - start);
        if (cell < spans.size() && column >= spans[cell].first) {
            cells[cell].append(bytes);
        } else if (cell > 0 && c != ' ' && c != '|' && c != '\t') {
            cells[cell - 1].append(bytes);  // text overflowing into the gap belongs to its left cell
        }
        column += width;
    }
    for (auto& text : cells) text = std::string(trim(text));
    return cells;
}

std::string join_cells(const std::vector<std::string>& cells) {
    std::string joined;
    for (const auto& cell : cells) {
        if (cell.empty()) continue;
        if (!joined.empty()) joined += " | ";
        joined += cell;
    }
    return joined;
}

}  // namespace cvdex::markup
