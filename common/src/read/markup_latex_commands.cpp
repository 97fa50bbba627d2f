// The structural LaTeX commands the converter handles by name: sectioning, lists, environments,
// links, definitions; and the rule for commands it does not know.
#include <algorithm>
#include <unordered_map>

#include "cvdex/text_util.hpp"
#include "read/markup_latex.hpp"
#include "read/markup_latex_converter.hpp"
#include "read/markup_latex_symbols.hpp"

namespace cvdex::markup::latex {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// A \def parameter text ("#1#2") is short; past this it is not one.
constexpr std::size_t kMaxParameterText = 100;

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@'; }

std::string clean_url(std::string_view raw) {
    std::string url;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '\\' && i + 1 < raw.size() && !is_letter(raw[i + 1])) continue;  // \_ \# \% \&
        if (c == ' ' || c == '\t' || is_line_end(c) || c == '{' || c == '}') continue;
        url += c;
    }
    return url;
}

// Skips the control sequence or single character at `pos`.
std::size_t skip_token(std::string_view text, std::size_t pos) {
    if (pos >= text.size()) return pos;
    if (text[pos] != '\\') return pos + 1;
    std::size_t end = pos + 1;
    while (end < text.size() && is_letter(text[end])) ++end;
    return end == pos + 1 ? std::min(pos + 2, text.size()) : end;
}

}  // namespace

Converter::Handler Converter::find_handler(std::string_view name) {
    static const std::unordered_map<std::string_view, Handler> handlers = {
        {"section", &Converter::heading}, {"subsection", &Converter::heading},
        {"subsubsection", &Converter::heading}, {"chapter", &Converter::heading}, {"part", &Converter::heading},
        {"cvsection", &Converter::heading}, {"cvsubsection", &Converter::heading},
        {"paragraph", &Converter::heading}, {"subparagraph", &Converter::heading},
        {"item", &Converter::item}, {"begin", &Converter::begin_environment}, {"end", &Converter::end_environment},
        {"textbf", &Converter::bold}, {"href", &Converter::href}, {"url", &Converter::url},
        {"nolinkurl", &Converter::url}, {"verb", &Converter::verb}, {"newcommand", &Converter::definition},
        {"renewcommand", &Converter::definition}, {"providecommand", &Converter::definition},
        {"DeclareRobustCommand", &Converter::definition}, {"NewDocumentCommand", &Converter::definition},
        {"RenewDocumentCommand", &Converter::definition}, {"ProvideDocumentCommand", &Converter::definition},
        {"DeclareDocumentCommand", &Converter::definition}, {"def", &Converter::def}, {"gdef", &Converter::def},
        {"edef", &Converter::def}, {"xdef", &Converter::def}, {"let", &Converter::let},
        // CV classes
        {"name", &Converter::name}, {"firstname", &Converter::name}, {"familyname", &Converter::name},
        {"lastname", &Converter::name}, {"surname", &Converter::name}, {"author", &Converter::author},
        {"email", &Converter::contact}, {"phone", &Converter::contact}, {"mobile", &Converter::contact},
        {"homepage", &Converter::contact}, {"social", &Converter::social}, {"github", &Converter::social},
        {"linkedin", &Converter::social}, {"gitlab", &Converter::social}, {"twitter", &Converter::social},
        {"orcid", &Converter::social}, {"stackoverflow", &Converter::social}, {"address", &Converter::address},
        {"position", &Converter::body_line}, {"quote", &Converter::body_line},
        {"extrainfo", &Converter::body_line}, {"tagline", &Converter::body_line}, {"cventry", &Converter::entry},
        {"cvsubentry", &Converter::entry}, {"resumeSubheading", &Converter::entry},
        {"resumeSubSubheading", &Converter::entry}, {"cvitem", &Converter::labelled_item},
        {"cvline", &Converter::labelled_item}, {"cvskill", &Converter::labelled_item},
        {"cvitemwithcomment", &Converter::labelled_item}, {"cvlanguage", &Converter::labelled_item},
        {"cvdoubleitem", &Converter::double_item}, {"cvcomputer", &Converter::double_item},
        {"cvlistitem", &Converter::list_item}, {"cvlistdoubleitem", &Converter::list_item},
        {"resumeItem", &Converter::list_item}, {"resumeSubItem", &Converter::list_item},
        {"cvhonor", &Converter::joined_line}, {"resumeProjectHeading", &Converter::joined_line},
        {"resumeItemListStart", &Converter::list_macro}, {"resumeItemListEnd", &Converter::list_macro},
        {"resumeSubHeadingListStart", &Converter::list_macro}, {"resumeSubHeadingListEnd", &Converter::list_macro}};
    auto found = handlers.find(name);
    return found == handlers.end() ? nullptr : found->second;
}

// \section, \cvsection ...: a heading line; \paragraph: a bold run-in title.
std::size_t Converter::heading(Call& call) {
    std::size_t pos = call.pos;
    while (bracket_arg(call.text, pos)) {}
    std::optional<std::string_view> arg = brace_arg(call.text, pos);
    if (!arg) return pos;
    std::string title = plain(*arg, call.depth);
    int level = 1;
    if (call.name == "subsection" || call.name == "cvsubsection") level = 2;
    if (call.name == "subsubsection") level = 3;
    if (call.name == "paragraph" || call.name == "subparagraph") level = 0;
    if (TextLine* added = emit_line(title, call.where())) {
        added->heading_level = level;
        added->emphasized = level == 0;
    }
    return pos;
}

std::size_t Converter::item(Call& call) {
    flush();
    start_bullet();
    std::size_t pos = call.pos;
    if (std::optional<std::string_view> label = bracket_arg(call.text, pos)) {  // description lists
        std::string text = plain(*label, call.depth);
        if (!text.empty()) put(text + " ", call.where());
    }
    return pos;
}

void Converter::start_bullet() {
    if (inline_) return;
    line_.bullet = true;
    line_.indent = 2 * std::max(0, list_depth_ - 1);
}

std::size_t Converter::begin_environment(Call& call) {
    std::size_t pos = call.pos;
    std::optional<std::string_view> arg = brace_arg(call.text, pos);
    if (!arg) return pos;
    std::string_view environment = trim(*arg);
    flush();
    if (is_verbatim_environment(environment)) return verbatim(environment, call.text, pos);
    if (environment == "rSection") {  // resume.cls: the section title is the argument
        std::optional<std::string_view> title = brace_arg(call.text, pos);
        if (TextLine* added = title ? emit_line(plain(*title, call.depth), call.where()) : nullptr)
            added->heading_level = 1;
        return pos;
    }
    if (environment == "rSubsection") return environment_entry(environment, call.text, pos, call.depth, call.where());
    if (is_list_environment(environment)) ++list_depth_;
    return skip_arguments(call.text, pos, environment_arguments(environment));
}

std::size_t Converter::end_environment(Call& call) {
    std::size_t pos = call.pos;
    std::optional<std::string_view> arg = brace_arg(call.text, pos);
    flush();
    if (arg && (is_list_environment(trim(*arg)) || trim(*arg) == "rSubsection"))
        list_depth_ = std::max(0, list_depth_ - 1);
    return pos;
}

// verbatim, lstlisting: the lines as they are.
std::size_t Converter::verbatim(std::string_view name, std::string_view text, std::size_t pos) {
    pos = skip_arguments(text, pos, environment_arguments(name));
    std::string end_marker = "\\end{" + std::string(name) + "}";
    std::size_t end = text.find(end_marker, pos);
    std::string_view content = text.substr(pos, end == npos ? npos : end - pos);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= content.size(); ++i) {
        if (i < content.size() && !is_line_end(content[i])) continue;
        emit_line(content.substr(start, i - start), content.data() + start);
        start = i + 1;
    }
    return end == npos ? text.size() : end + end_marker.size();
}

// \textbf{...}: a line that is all bold is a heading candidate.
std::size_t Converter::bold(Call& call) {
    std::size_t pos = call.pos;
    std::optional<std::string_view> arg = brace_arg(call.text, pos);
    if (!arg) return pos;
    int generation = generation_;
    std::size_t begin = line_.text.size();
    convert(*arg, call.depth + 1);
    if (generation == generation_ && !inline_) {
        line_.bold_begin = begin;
        line_.bold_end = line_.text.size();
    }
    return pos;
}

std::size_t Converter::href(Call& call) {
    std::size_t pos = call.pos;
    std::optional<std::string_view> target = brace_arg(call.text, pos);
    if (!target) return pos;
    std::string address = clean_url(*target);
    links_.add(address);
    if (std::optional<std::string_view> text = brace_arg(call.text, pos)) {
        convert(*text, call.depth + 1);
    } else {
        put(address, call.where());
    }
    return pos;
}

std::size_t Converter::url(Call& call) {
    std::size_t pos = call.pos;
    if (std::optional<std::string_view> target = brace_arg(call.text, pos)) {
        std::string address = clean_url(*target);
        if (call.name == "url") links_.add(address);
        put(address, call.where());
    }
    return pos;
}

// \verb|text|: the delimiter is whatever character follows.
std::size_t Converter::verb(Call& call) {
    std::size_t pos = call.pos;
    if (pos >= call.text.size()) return pos;
    char delimiter = call.text[pos];
    std::size_t end = call.text.find(delimiter, pos + 1);
    std::size_t line_end = call.text.find_first_of("\n\x01\x02\x03", pos + 1);
    if (end == npos || end > line_end) return pos + 1;
    put(call.text.substr(pos + 1, end - pos - 1), call.where());
    return end + 1;
}

// \newcommand{\name}[n][default]{body}, \NewDocumentCommand{\name}{spec}{body}: not text.
std::size_t Converter::definition(Call& call) {
    std::string_view text = call.text;
    std::size_t pos = skip_space(text, call.pos);
    if (pos < text.size() && text[pos] == '*') pos = skip_space(text, pos + 1);
    if (pos < text.size() && text[pos] == '{') {
        (void)brace_arg(text, pos);
    } else {
        pos = skip_token(text, pos);
    }
    int bodies = call.name.ends_with("DocumentCommand") ? 2 : 1;
    return skip_arguments(text, pos, bodies);
}

// \def\name#1#2{body}
std::size_t Converter::def(Call& call) {
    std::string_view text = call.text;
    std::size_t pos = skip_token(text, skip_space(text, call.pos));
    std::size_t limit = std::min(text.size(), pos + kMaxParameterText);
    while (pos < limit && text[pos] != '{' && text[pos] != '\n') ++pos;
    (void)brace_arg(text, pos);
    return pos;
}

// \let\a\b, \let\a=\b
std::size_t Converter::let(Call& call) {
    std::string_view text = call.text;
    std::size_t pos = skip_token(text, skip_space(text, call.pos));
    pos = skip_space(text, pos);
    if (pos < text.size() && text[pos] == '=') pos = skip_space(text, pos + 1);
    return skip_token(text, pos);
}

// A command nobody told us about: its arguments are read, and only the last brace argument is
// kept, as text, unless it looks like a setting (a length, a colour, key=value options).
std::size_t Converter::unknown(Call& call) {
    std::size_t pos = call.pos;
    std::optional<std::string_view> last;
    int count = 0;
    for (int k = 0; k < 9; ++k) {
        if (bracket_arg(call.text, pos)) continue;
        std::optional<std::string_view> arg = brace_arg(call.text, pos);
        if (!arg) break;
        last = arg;
        ++count;
    }
    if (last && !looks_like_parameter(call.name, *last, count == 1)) convert(*last, call.depth + 1);
    return pos;
}

}  // namespace cvdex::markup::latex
