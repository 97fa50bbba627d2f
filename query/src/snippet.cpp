#include "snippet.hpp"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <xapian.h>
#include <unicode/utf8.h>

namespace cvdex::query {
namespace {

// ASCII letters, digits, '+' and '#', by table: the snippeter looks at every byte of ten CVs per
// search, and std::isalnum is a call per byte.
constexpr std::array<bool, 128> ascii_word_chars = [] {
    std::array<bool, 128> table{};
    for (int c = '0'; c <= '9'; ++c) table[static_cast<std::size_t>(c)] = true;
    for (int c = 'a'; c <= 'z'; ++c) table[static_cast<std::size_t>(c)] = table[static_cast<std::size_t>(c - 'a' + 'A')] = true;
    table['+'] = table['#'] = true;
    return table;
}();

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The length of the word character at text[i] (a letter, digit, mark, '+' or '#'), 0 if none.
std::size_t word_char(std::string_view text, std::size_t i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) return ascii_word_chars[c] ? 1 : 0;
    int32_t at = static_cast<int32_t>(i);
    UChar32 cp;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, static_cast<int32_t>(text.size()), cp);
    if (cp < 0) return 0;
    return u_isalnum(cp) || u_charType(cp) == U_NON_SPACING_MARK ? static_cast<std::size_t>(at) - i : 0;
}

// Lower case as the indexer's terms are: ASCII directly, other scripts through Xapian's tables.
void lower_word(std::string_view word, std::string& out) {
    out.assign(word);
    bool ascii = true;
    for (char& c : out) {
        if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
        else c = ascii_lower(c);
    }
    if (!ascii) out = Xapian::Unicode::tolower(out);
}

// The end of the word starting at i, or i when text[i] starts none.
std::size_t word_end(std::string_view text, std::size_t i) {
    while (i < text.size()) {
        std::size_t n = word_char(text, i);
        if (n == 0) break;
        i += n;
    }
    return i;
}

struct Span {
    std::size_t begin, end;
};

std::string_view trim_line(std::string_view line) {
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    return line;
}

// Cuts at a UTF-8 boundary at or before `at`.
std::size_t boundary(std::string_view text, std::size_t at) {
    at = std::min(at, text.size());
    while (at > 0 && at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

void append_plain(std::string& out, std::string_view text) {
    // Guillemets would read as our highlight markers.
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2 &&
            (static_cast<unsigned char>(text[i + 1]) == 0xAB || static_cast<unsigned char>(text[i + 1]) == 0xBB)) {
            out += '"';
            ++i;
        } else {
            out += text[i];
        }
    }
}

}  // namespace

Snippeter::Snippeter(const std::vector<std::string>& words, const std::vector<std::string>& stems)
    : words_(words), stems_(stems) {
    if (words_.size() > 64) words_.resize(64);
    stems_.resize(words_.size());
    for (const std::vector<std::string>* list : {&words_, &stems_})
        for (const std::string& w : *list)
            if (!w.empty()) first_bytes_.set(static_cast<unsigned char>(w.front()));
}

// False when `word` (as in the text, any case) cannot match: its first letter, lower-cased,
// starts no query word. Only ASCII is decided here: other scripts' lower case may change the
// first byte.
bool Snippeter::may_match(std::string_view word) const {
    const auto first = static_cast<unsigned char>(word.front());
    return first >= 0x80 || first_bytes_.test(static_cast<unsigned char>(ascii_lower(static_cast<char>(first))));
}

int Snippeter::match(std::string_view lower) const {
    for (std::size_t i = 0; i < words_.size(); ++i) {
        if (lower == words_[i]) return static_cast<int>(i);
        const std::string& stem = stems_[i];
        if (stem.size() >= 4 && lower.size() >= stem.size() && lower.substr(0, stem.size()) == stem &&
            lower.size() <= stem.size() + 4)
            return static_cast<int>(i);
    }
    return -1;
}

std::string Snippeter::snippet(std::string_view text, std::size_t max_length) const {
    std::string_view best_line, fallback;
    std::size_t best_score = 0, best_end = 0;
    std::string lower;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = trim_line(text.substr(start, end - start));
        std::size_t next = end + 1;
        if (fallback.empty() && line.size() >= 40) fallback = line;
        std::bitset<64> seen;
        for (std::size_t i = 0; i < line.size() && !words_.empty();) {
            std::size_t j = word_end(line, i);
            if (j == i) {
                ++i;
                continue;
            }
            if (may_match(line.substr(i, j - i))) {
                lower_word(line.substr(i, j - i), lower);
                if (int m = match(lower); m >= 0) seen.set(static_cast<std::size_t>(m));
            }
            i = j;
        }
        if (seen.count() > best_score) {
            best_score = seen.count();
            best_line = line;
            best_end = next;
        }
        start = next;
    }
    std::string_view chosen = best_score > 0 ? best_line : fallback;
    std::string passage(chosen);
    // A short best line gets the next one for context.
    if (best_score > 0 && passage.size() < 80 && best_end < text.size()) {
        std::size_t end = text.find('\n', best_end);
        std::string_view next = trim_line(text.substr(best_end, end == std::string_view::npos ? std::string_view::npos : end - best_end));
        if (!next.empty()) passage += " \u2026 " + std::string(next);
    }
    // Cut around the first match.
    std::string_view view(passage);
    std::size_t first = 0;
    std::vector<Span> spans;
    for (std::size_t i = 0; i < view.size();) {
        std::size_t j = word_end(view, i);
        if (j == i) {
            ++i;
            continue;
        }
        if (may_match(view.substr(i, j - i))) {
            lower_word(view.substr(i, j - i), lower);
            if (match(lower) >= 0) spans.push_back({i, j});
        }
        i = j;
    }
    if (!spans.empty()) first = spans.front().begin;
    std::size_t from = 0, to = view.size();
    if (view.size() > max_length) {
        from = first > max_length / 3 ? boundary(view, first - max_length / 3) : 0;
        // Start and end at spaces, not inside words.
        if (from > 0)
            if (std::size_t space = view.find(' ', from); space != std::string_view::npos && space < first) from = space + 1;
        to = boundary(view, from + max_length);
        if (to < view.size())
            if (std::size_t space = view.rfind(' ', to); space != std::string_view::npos && space > from + max_length / 2) to = space;
    }
    std::string out;
    if (from > 0) out += "\u2026";
    std::size_t at = from;
    for (const Span& s : spans) {
        if (s.begin < from || s.end > to) continue;
        append_plain(out, view.substr(at, s.begin - at));
        out += mark_open;
        append_plain(out, view.substr(s.begin, s.end - s.begin));
        out += mark_close;
        at = s.end;
    }
    append_plain(out, view.substr(at, to - at));
    if (to < view.size()) out += "\u2026";
    return out;
}

}  // namespace cvdex::query
