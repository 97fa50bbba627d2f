#include "read/markup_rst_blocks.hpp"

#include <algorithm>

#include "cvdex/text_util.hpp"
#include "read/markup_common.hpp"

namespace cvdex::markup {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// Byte length of an enumerator ("1. ", "2) ", "(3) ", "#. ") with the blanks after it.
std::size_t enumerator_length(std::string_view content) {
    std::size_t i = content.starts_with('(') ? 1 : 0;
    std::size_t digits_start = i;
    if (content.substr(i).starts_with('#')) {
        ++i;
    } else {
        while (i < content.size() && i - digits_start < 3 && content[i] >= '0' && content[i] <= '9') ++i;
        if (i == digits_start) return 0;
    }
    char close = digits_start == 1 ? ')' : '\0';
    if (i >= content.size() || (close ? content[i] != close : content[i] != '.' && content[i] != ')')) return 0;
    ++i;
    if (i >= content.size() || content[i] != ' ') return 0;
    return content.find_first_not_of(' ', i);
}

}  // namespace

std::vector<RstLine> index_rst_lines(const std::vector<std::string>& lines) {
    std::vector<RstLine> indexed;
    indexed.reserve(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        RstLine& line = indexed.emplace_back();
        line.text = lines[i];
        std::string_view content = markup::strip_indent(line.text);
        line.content = content.substr(0, content.find_last_not_of(" \t\r\f\v") + 1);
        line.indent = markup::indent_columns(line.text);
        line.number = static_cast<int>(i) + 1;
    }
    return indexed;
}

// Splits at every '\n', keeping empty pieces (split_lines drops a trailing one).
std::vector<std::string> split_at_newlines(std::string_view text) {
    std::vector<std::string> pieces;
    for (std::size_t start = 0;;) {
        std::size_t end = text.find('\n', start);
        pieces.emplace_back(text.substr(start, end == npos ? npos : end - start));
        if (end == npos) return pieces;
        start = end + 1;
    }
}

bool is_explicit_markup(std::string_view content) { return content == ".." || content.starts_with(".. "); }

// The directive name of ".. name:: argument", empty when the text is not a directive.
std::string_view directive_name(std::string_view rest) {
    std::size_t colons = rest.find("::");
    if (colons == npos || colons == 0 || (colons + 2 < rest.size() && rest[colons + 2] != ' ')) return {};
    std::string_view name = rest.substr(0, colons);
    for (char c : name)
        if (!markup::is_word_byte(c) && c != '-' && c != '_' && c != '.' && c != ':' && c != '+') return {};
    return name;
}

// Substitution definitions (".. |name| replace:: text"), gathered first because a CV often uses
// one before it defines it.
Substitutions collect_substitutions(const std::vector<RstLine>& lines) {
    Substitutions substitutions;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view content = lines[i].content;
        if (!content.starts_with(".. |")) continue;
        std::size_t bar = content.find('|', 4);
        if (bar == npos) continue;
        std::string name = collapse_spaces(content.substr(4, bar - 4));
        std::string_view rest = trim(content.substr(bar + 1));
        std::string_view directive = directive_name(rest);
        std::string argument(trim(rest.substr(std::min(rest.size(), directive.size() + 2))));
        for (std::size_t j = i + 1; j < lines.size() && !lines[j].blank() && lines[j].indent > lines[i].indent; ++j)
            if (!lines[j].content.starts_with(':')) argument.append(" ").append(lines[j].content);  // not :trim:
        if (directive == "replace") {
            substitutions[name] = argument;
        } else if (directive == "unicode") {
            substitutions[name] = markup::decode_rst_unicode(argument);
        } else {
            substitutions[name] = "";  // image, date and friends carry no text
        }
    }
    return substitutions;
}

// A section adornment: one punctuation character repeated, starting at column 0.
char adornment(const RstLine& line) {
    if (line.indent != 0 || line.blank()) return '\0';
    char c = markup::repeated_char(line.content);
    return c != '\0' && markup::is_ascii_punct(c) ? c : '\0';
}

bool is_simple_table_border(std::string_view content) {
    return content.starts_with('=') && content.find(" =") != npos && content.find_first_not_of("= ") == npos;
}

bool is_column_rule(std::string_view content) {
    return content.starts_with('-') && content.find_first_not_of("- ") == npos;
}

bool is_grid_border(std::string_view content) {
    return content.size() >= 3 && content.starts_with('+') && content.ends_with('+') &&
           content.find_first_not_of("+-=") == npos;
}

std::size_t rst_list_marker_length(std::string_view content) {
    static const std::vector<std::string_view> bullets = {"-", "*", "+", "•", "‣", "⁃"};
    std::size_t length = markup::bullet_marker_length(content, bullets);
    return length > 0 ? length : enumerator_length(content);
}

// ":Email: a@b.c" -> "Email: a@b.c"
std::optional<std::string> field_list_item(std::string_view content) {
    if (!content.starts_with(':') || content.size() < 3 || content[1] == ' ') return {};
    for (std::size_t k = 2; k < content.size(); ++k) {
        if (content[k] == '`') return {};
        if (content[k] == ':' && content[k - 1] != '\\' && (k + 1 == content.size() || content[k + 1] == ' '))
            return std::string(content.substr(1, k - 1)) + ":" + std::string(content.substr(k + 1));
    }
    return {};
}

bool is_whole_line_rst_strong(std::string_view text) {
    return text.size() > 4 && text.starts_with("**") && text.ends_with("**") &&
           text.substr(2, text.size() - 4).find("**") == npos && text[2] != ' ';
}

// Directives whose body is document text, and those whose argument is a title.
bool directive_keeps_body(std::string_view name) {
    static const std::vector<std::string_view> names = {
        "container", "class", "note", "tip", "important", "hint", "attention", "caution", "danger", "error",
        "warning", "admonition", "topic", "sidebar", "compound", "epigraph", "highlights", "pull-quote", "only",
        "line-block", "table", "list-table", "rst-class", "cssclass"};
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool directive_has_title(std::string_view name) {
    return name == "topic" || name == "sidebar" || name == "rubric" || name == "admonition" || name == "table" ||
           name == "list-table" || name == "csv-table";
}

bool directive_is_literal(std::string_view name) {
    return name == "code" || name == "code-block" || name == "sourcecode" || name == "parsed-literal" ||
           name == "csv-table";
}

}  // namespace cvdex::markup
