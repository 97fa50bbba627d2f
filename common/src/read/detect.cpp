// detect_format: content first, extension second. Binary signatures decide outright; then the
// strong text signals (an HTML document, a JSON Resume object, a LaTeX preamble); then the
// extension of a text markup format; then weaker signals, so a ".txt" holding Markdown is read
// as Markdown while a ".md" with a little inline HTML stays Markdown.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "cvdex/encoding.hpp"
#include "cvdex/read.hpp"
#include "cvdex/text_util.hpp"

namespace cvdex {
namespace {

using namespace std::string_view_literals;

bool contains(std::string_view text, std::string_view needle) { return text.find(needle) != text.npos; }

bool contains_ci(std::string_view text, std::string_view needle) {
    if (needle.empty()) return true;
    if (needle.size() > text.size()) return false;
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(needle.front())));
    const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(needle.front())));
    for (std::size_t i = 0; i + needle.size() <= text.size(); ++i)
        if ((text[i] == lower || text[i] == upper) && starts_with_ci(text.substr(i), needle)) return true;
    return false;
}

std::string normalise_extension(std::string_view extension) {
    if (!extension.empty() && extension.front() == '.') extension.remove_prefix(1);
    std::string out(extension);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

Format format_of_extension(std::string_view ext) {
    struct Row {
        std::string_view extension;
        Format format;
    };
    static constexpr std::array<Row, 18> rows = {{
        {"md", Format::markdown},     {"markdown", Format::markdown}, {"mdown", Format::markdown},
        {"mkd", Format::markdown},    {"rst", Format::rst},           {"rest", Format::rst},
        {"tex", Format::latex},       {"latex", Format::latex},       {"html", Format::html},
        {"htm", Format::html},        {"xhtml", Format::html},        {"json", Format::json_resume},
        {"docx", Format::docx},       {"odt", Format::odt},           {"pdf", Format::pdf},
        {"txt", Format::text},        {"text", Format::text},         {"asc", Format::text},
    }};
    for (const Row& row : rows)
        if (row.extension == ext) return row.format;
    return Format::unknown;
}

// ---- binary content ------------------------------------------------------------------------------

Format detect_zip(std::string_view head, Format by_extension) {
    // Local file headers carry their names in clear, so the entry names appear in the bytes.
    if (contains(head, "word/document.xml") || contains(head, "word/_rels")) return Format::docx;
    if (contains(head, "mimetypeapplication/vnd.oasis.opendocument.text")) return Format::odt;
    if (contains(head, "mimetypeapplication/")) return Format::unknown;  // ODS, ODP, EPUB...
    if (contains(head, "xl/") || contains(head, "ppt/")) return Format::unknown;  // XLSX, PPTX
    if (by_extension == Format::docx || by_extension == Format::odt) return by_extension;
    if (contains(head, "[Content_Types].xml")) return Format::docx;  // OOXML, names further on
    if (contains(head, "content.xml") && contains(head, "META-INF/manifest.xml")) return Format::odt;
    return Format::unknown;
}

// Signatures of files that are certainly not CVs we can read.
bool has_foreign_signature(std::string_view head) {
    static constexpr std::array<std::string_view, 16> signatures = {
        "\x89PNG"sv,          "\xFF\xD8\xFF"sv,        "GIF87a"sv,     "GIF89a"sv,
        "\x7F" "ELF"sv,       "\x1F\x8B"sv,            "BZh9"sv,        "\xFD" "7zXZ\x00"sv,
        "7z\xBC\xAF\x27\x1C"sv, "Rar!\x1A\x07"sv,      "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"sv,
        "{\\rtf"sv,           "RIFF"sv,                "\x00\x00\x01\x00"sv, "OggS"sv, "\xCA\xFE\xBA\xBE"sv,
    };
    for (std::string_view signature : signatures)
        if (head.starts_with(signature)) return true;
    if (head.starts_with("MZ") && contains(head.substr(0, 1024), "This program cannot")) return true;
    if (head.size() > 262 && head.substr(257, 5) == "ustar") return true;  // tar
    if (head.size() > 12 && head.substr(4, 4) == "ftyp") return true;      // MP4, HEIC, MOV
    return false;
}

// Text, as opposed to binary data: no NUL bytes (UTF-16 was converted before) and few control
// characters.
bool looks_binary(std::string_view text) {
    std::size_t controls = 0;
    for (char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0) return true;
        if (b < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && b != 0x1B)
            ++controls;
    }
    return controls * 50 > text.size() || controls > 64;
}

// ---- text content --------------------------------------------------------------------------------

std::string_view skip_space(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' ||
                             text.front() == '\r' || text.front() == '\f'))
        text.remove_prefix(1);
    return text;
}

// Skips whitespace, an XML declaration and comments before the first tag.
std::string_view skip_markup_prolog(std::string_view text) {
    for (;;) {
        text = skip_space(text);
        std::string_view end_marker;
        if (text.starts_with("<?")) end_marker = "?>";
        else if (text.starts_with("<!--")) end_marker = "-->";
        else return text;
        const std::size_t end = text.find(end_marker);
        if (end == text.npos) return {};
        text.remove_prefix(end + end_marker.size());
    }
}

bool is_html_document(std::string_view text) {
    const std::string_view start = skip_markup_prolog(text);
    for (std::string_view opener : {"<!doctype html"sv, "<html"sv, "<head>"sv, "<body"sv})
        if (starts_with_ci(start, opener)) return true;
    return false;
}

// A JSON object: '{' then a key or '}' ("{% liquid %}" and "{not json}" are not).
bool starts_json_object(std::string_view text) {
    text = skip_space(text);
    if (!text.starts_with('{')) return false;
    text = skip_space(text.substr(1));
    return text.starts_with('"') || text.starts_with('}');
}

bool is_json_resume(std::string_view text) {
    if (!starts_json_object(text)) return false;
    return contains(text, "\"basics\"") || contains(text, "\"work\"") ||
           (contains(text, "\"$schema\"") && contains(text, "jsonresume"));
}

bool is_latex_document(std::string_view text) {
    return contains(text, "\\documentclass") || contains(text, "\\begin{document}");
}

// The document opens with \documentclass, after blank and comment lines: a Markdown file that
// shows LaTeX in a code block does not.
bool starts_latex_document(std::string_view text) {
    for (;;) {
        text = skip_space(text);
        if (!text.starts_with('%')) return text.starts_with("\\documentclass");
        const std::size_t newline = text.find('\n');
        if (newline == text.npos) return false;
        text.remove_prefix(newline + 1);
    }
}

// LaTeX commands that open a line; the same words inside prose or `code` do not count.
bool has_latex_signals(std::string_view text) {
    for (std::string_view signal : {"\\section{"sv, "\\section*{"sv, "\\subsection{"sv, "\\cventry"sv,
                                    "\\cvsection"sv, "\\begin{itemize}"sv, "\\usepackage"sv,
                                    "\\name{"sv, "\\resumeSubheading"sv}) {
        for (std::size_t pos = text.find(signal); pos != text.npos; pos = text.find(signal, pos + 1)) {
            const std::size_t line_start = text.rfind('\n', pos) + 1;  // npos + 1 == 0
            if (trim(text.substr(line_start, pos - line_start)).empty()) return true;
        }
    }
    return false;
}

bool has_html_signals(std::string_view text) {
    std::size_t tags = 0;
    for (std::string_view tag : {"<p>"sv, "<div"sv, "<h1"sv, "<h2"sv, "<ul>"sv, "<li>"sv, "<table"sv,
                                 "<br"sv, "<span"sv, "<body"sv, "<html"sv})
        tags += contains_ci(text, tag);
    return tags >= 4;
}

bool is_adornment(std::string_view line) {
    line = trim(line);
    if (line.size() < 3) return false;
    const char c = line.front();
    static constexpr std::string_view adornment_chars = "=-~^\"'`#*+:._";
    if (adornment_chars.find(c) == adornment_chars.npos) return false;
    return std::all_of(line.begin(), line.end(), [c](char x) { return x == c; });
}

std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

struct MarkupScores {
    int markdown = 0;
    int rst = 0;
};

// Counts the signals that only one of the two markups has. Underlines of '=' and '-' belong to
// both (setext and RST titles) and count for neither.
MarkupScores score_markup(std::string_view text) {
    MarkupScores scores;
    int strong_lines = 0;
    const std::vector<std::string> lines = split_lines(text);
    // YAML front matter: "---" then "key:" (its end may lie beyond the head).
    if (lines.size() >= 2 && trim(lines[0]) == "---") {
        const std::string_view key_line = lines[1];
        const std::size_t colon = key_line.find(':');
        const bool key = colon != key_line.npos && colon > 0 &&
                         std::all_of(key_line.begin(), key_line.begin() + static_cast<std::ptrdiff_t>(colon),
                                     [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; });
        if (key) scores.markdown += 5;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = lines[i];
        const std::string_view previous = i > 0 ? std::string_view(lines[i - 1]) : std::string_view{};
        if (is_adornment(line)) {
            const char c = trim(line).front();
            // RST wants the adornment at least as long as the title.
            const bool under_text = !trim(previous).empty() && !is_adornment(previous) &&
                                    code_points(trim(line)) >= code_points(trim(previous));
            if (c != '=' && c != '-' && under_text) scores.rst += 2;
            // An overline and underline around a title is RST only.
            if (i >= 2 && is_adornment(lines[i - 2]) && trim(lines[i - 2]).front() == c && under_text)
                scores.rst += 2;
            if (under_text) continue;  // not a "~~~" code fence nor "****" strong text
        }
        // Markdown
        if (line.starts_with('#')) {
            const std::size_t hashes = line.find_first_not_of('#');
            if (hashes != line.npos && hashes <= 6 && line[hashes] == ' ') scores.markdown += 2;
        }
        if (line.starts_with("```") || line.starts_with("~~~")) scores.markdown += 2;
        for (std::size_t p = line.find("]("); p != line.npos; p = line.find("](", p + 2))
            if (line.find('[') < p && line.find(')', p) != line.npos) scores.markdown += 2;
        if (line.starts_with("> ")) scores.markdown += 1;
        if (const std::size_t open = line.find("**"); open != line.npos && line.find("**", open + 3) != line.npos)
            ++strong_lines;
        // RST
        if (line.starts_with(".. ")) {
            const std::string_view rest = line.substr(3);
            if (rest.starts_with('_') || rest.starts_with('|') || rest.starts_with('[')) scores.rst += 3;
            else if (contains(rest, "::")) scores.rst += 3;
        }
        if (line.starts_with(':') && line.size() > 2) {
            const std::size_t close = line.find(": ", 1);
            const std::size_t end_colon = line.find(':', 1);
            if (close != line.npos && close == end_colon && close > 1 && close < 30) scores.rst += 1;
        }
        if (contains(line, ">`_")) scores.rst += 2;  // `text <url>`_
    }
    // **strong** is RST too, so it only tips the balance.
    scores.markdown += std::min(strong_lines, 2);
    return scores;
}

Format sniff_text(std::string_view text) {
    if (has_latex_signals(text)) return Format::latex;
    if (has_html_signals(text)) return Format::html;
    const MarkupScores scores = score_markup(text);
    if (scores.markdown >= 2 && scores.markdown > scores.rst) return Format::markdown;
    if (scores.rst >= 2 && scores.rst > scores.markdown) return Format::rst;
    return Format::unknown;
}

}  // namespace

Format detect_format(std::string_view extension, std::string_view head) {
    const std::string ext = normalise_extension(extension);
    const Format by_extension = format_of_extension(ext);
    if (head.empty()) return by_extension;

    if (head.starts_with("PK\x03\x04"sv)) return detect_zip(head, by_extension);
    // Readers accept a PDF header anywhere in the first KB, after junk such as a mail header line.
    if (const std::size_t pdf = head.substr(0, 1024).find("%PDF-");
        pdf != head.npos && head.substr(0, pdf).find('\n') == head.npos)
        return Format::pdf;
    if (has_foreign_signature(head)) return Format::unknown;

    // UTF-16 and UTF-32 text is converted so that the markup checks below see ASCII; single-byte
    // encodings are ASCII-compatible already.
    std::string converted;
    std::string_view text = head;
    if (contains(head.substr(0, 4096), "\0"sv)) {
        DecodedText decoded = decode_text(head);
        if (decoded.encoding.starts_with("UTF-16") || decoded.encoding.starts_with("UTF-32")) {
            converted = std::move(decoded.utf8);
            text = converted;
        }
    }
    if (text.starts_with("\xEF\xBB\xBF"sv)) text.remove_prefix(3);
    if (looks_binary(text)) return Format::unknown;

    if (is_html_document(text)) return Format::html;
    if (is_json_resume(text)) return Format::json_resume;
    const bool markup_extension = by_extension == Format::markdown || by_extension == Format::rst ||
                                  by_extension == Format::html;
    if (markup_extension ? starts_latex_document(text) : is_latex_document(text)) return Format::latex;

    switch (by_extension) {
        case Format::markdown:
        case Format::rst:
        case Format::latex:
        case Format::html:
            return by_extension;
        case Format::json_resume:
            if (starts_json_object(text)) return Format::json_resume;
            break;
        default:
            break;
    }
    const Format sniffed = sniff_text(text);
    return sniffed != Format::unknown ? sniffed : Format::text;
}

}  // namespace cvdex
