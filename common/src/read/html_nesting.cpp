#include "read/html_nesting.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "cvdex/text_util.hpp"

namespace cvdex {
namespace {

using namespace std::string_view_literals;

// Elements that never hold children.
constexpr std::array void_elements = {"area"sv, "base"sv, "br"sv,    "col"sv,   "embed"sv,
                                      "hr"sv,   "img"sv,  "input"sv, "link"sv,  "meta"sv,
                                      "param"sv, "source"sv, "track"sv, "wbr"sv, "keygen"sv};
// Elements whose end tag may be left out: the parser closes them itself (a new <li> closes the
// last), so counting them would see depth where there is none. They are never dropped.
constexpr std::array optional_end_elements = {"p"sv,     "li"sv,    "dt"sv,    "dd"sv,       "tr"sv,
                                              "td"sv,    "th"sv,    "option"sv, "optgroup"sv, "thead"sv,
                                              "tbody"sv, "tfoot"sv, "colgroup"sv, "rb"sv,     "rt"sv,
                                              "rp"sv,    "rtc"sv,   "html"sv,  "head"sv,     "body"sv};
// Elements whose content is text up to their end tag.
constexpr std::array raw_text_elements = {"script"sv, "style"sv,    "textarea"sv, "title"sv, "xmp"sv,
                                          "iframe"sv, "noembed"sv, "noframes"sv};

template <std::size_t N>
bool is_one_of(std::string_view name, const std::array<std::string_view, N>& names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == ':' || c == '_';
}

std::string lower(std::string_view text) {
    std::string out(text.substr(0, 32));
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The position just after the '>' closing the tag that starts at `pos`, skipping quoted
// attribute values; text.size() when the tag never closes.
std::size_t tag_end(std::string_view text, std::size_t pos) {
    char quote = 0;
    for (std::size_t i = pos; i < text.size(); ++i) {
        const char c = text[i];
        if (quote != 0) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return text.size();
}

std::size_t find_ci(std::string_view text, std::string_view needle, std::size_t from) {
    for (std::size_t i = text.find('<', from); i != text.npos; i = text.find('<', i + 1))
        if (starts_with_ci(text.substr(i), needle)) return i;
    return text.npos;
}

struct OpenElement {
    std::string name;
    bool dropped = false;
};

}  // namespace

HtmlScan scan_html(std::string_view html, std::size_t max_depth) {
    HtmlScan scan;
    // End tags are matched against at most this many open elements, so that a flood of stray
    // end tags costs linear time.
    constexpr std::size_t max_end_tag_search = 64;
    std::vector<OpenElement> open;
    std::size_t foreign_depth = 0;  // open <svg>/<math>, where "<x/>" closes itself
    std::vector<std::pair<std::size_t, std::size_t>> drop;
    std::size_t pos = 0;
    while ((pos = html.find('<', pos)) != html.npos) {
        const std::string_view rest = html.substr(pos);
        if (rest.starts_with("<!--")) {
            const std::size_t end = html.find("-->", pos + 4);
            pos = end == html.npos ? html.size() : end + 3;
            continue;
        }
        if (rest.starts_with("<!") || rest.starts_with("<?")) {
            pos = tag_end(html, pos);
            continue;
        }
        const bool closing = rest.starts_with("</");
        const std::size_t name_start = pos + (closing ? 2 : 1);
        std::size_t name_end = name_start;
        while (name_end < html.size() && is_name_char(html[name_end])) ++name_end;
        if (name_end == name_start) {  // a lone '<' in text
            ++pos;
            continue;
        }
        const std::string name = lower(html.substr(name_start, name_end - name_start));
        const std::size_t end = tag_end(html, name_end);
        const bool self_closing = end >= 2 && html[end - 1] == '>' && html[end - 2] == '/';
        if (closing) {
            const std::size_t limit = std::min(open.size(), max_end_tag_search);
            for (std::size_t k = 1; k <= limit; ++k) {
                if (open[open.size() - k].name != name) continue;
                if (open[open.size() - k].dropped) drop.emplace_back(pos, end);
                for (std::size_t j = 0; j < k; ++j) {
                    const std::string& popped = open.back().name;
                    if (popped == "svg" || popped == "math") --foreign_depth;
                    open.pop_back();
                }
                break;
            }
            pos = end;
            continue;
        }
        if (is_one_of(name, raw_text_elements)) {
            const std::size_t close = find_ci(html, "</" + name, end);
            pos = close == html.npos ? html.size() : close;
            continue;
        }
        if (name == "plaintext") break;  // the rest of the document is text
        ++scan.start_tags;
        pos = end;
        if (is_one_of(name, void_elements) || is_one_of(name, optional_end_elements)) continue;
        if (self_closing && (foreign_depth > 0 || name == "svg" || name == "math")) continue;
        const bool too_deep = open.size() >= max_depth;
        if (too_deep) drop.emplace_back(name_start - 1, end);
        if (name == "svg" || name == "math") ++foreign_depth;
        open.push_back({name, too_deep});
    }
    if (drop.empty()) return scan;

    std::string& out = scan.limited.emplace();
    out.reserve(html.size());
    std::size_t copied = 0;
    for (const auto& [begin, end] : drop) {
        out.append(html.substr(copied, begin - copied));
        out += ' ';  // so that the text of two dropped blocks does not run together
        copied = end;
    }
    out.append(html.substr(copied));
    return scan;
}

}  // namespace cvdex
