// Commands of the LaTeX CV classes: moderncv, Awesome-CV, and the widely copied resume templates
// (Jake Gutierrez's \resumeSubheading, Trey Hunner's rSection). Their arguments say what a piece
// of text is — a name, an e-mail address, an employer — so they become lines with hints.
#include <algorithm>
#include <array>

#include "cvdex/dates.hpp"
#include "cvdex/text_util.hpp"
#include "read/markup_latex.hpp"
#include "read/markup_latex_converter.hpp"

namespace cvdex::markup::latex {
namespace {

bool is_date(std::string_view text) {
    return !text.empty() && (parse_date_range(text).has_value() || !find_date_ranges(text, true).empty());
}

bool has_digit(std::string_view text) { return text.find_first_of("0123456789") != std::string_view::npos; }

std::string join_nonempty(std::initializer_list<std::string_view> parts, std::string_view separator) {
    std::string joined;
    for (std::string_view part : parts) {
        if (part.empty()) continue;
        if (!joined.empty()) joined += separator;
        joined += part;
    }
    return joined;
}

// "label: text", or whichever of the two is there.
std::string labelled(std::string_view label, std::string_view text) {
    if (label.empty() || text.empty()) return std::string(label.empty() ? text : label);
    return std::string(label) + (label.ends_with(':') ? " " : ": ") + std::string(text);
}

struct Network {
    std::string_view key;
    std::string_view label;
    std::string_view prefix;  // the profile URL without the handle
};

const Network* find_network(std::string_view key) {
    static constexpr std::array<Network, 14> networks = {{
        {"github", "GitHub", "https://github.com/"},
        {"linkedin", "LinkedIn", "https://www.linkedin.com/in/"},
        {"gitlab", "GitLab", "https://gitlab.com/"},
        {"bitbucket", "Bitbucket", "https://bitbucket.org/"},
        {"twitter", "Twitter", "https://twitter.com/"},
        {"x", "X", "https://x.com/"},
        {"orcid", "ORCID", "https://orcid.org/"},
        {"stackoverflow", "StackOverflow", "https://stackoverflow.com/users/"},
        {"researchgate", "ResearchGate", "https://www.researchgate.net/profile/"},
        {"xing", "XING", "https://www.xing.com/profile/"},
        {"medium", "Medium", "https://medium.com/@"},
        {"kaggle", "Kaggle", "https://www.kaggle.com/"},
        {"telegram", "Telegram", "https://t.me/"},
        {"skype", "Skype", ""},
    }};
    for (const Network& network : networks)
        if (network.key == key) return &network;
    return nullptr;
}

}  // namespace

// \name{First}{Last} (moderncv, Awesome-CV), \firstname{} \familyname{} (moderncv 1).
std::size_t Converter::name(Call& call) {
    std::size_t pos = call.pos;
    std::vector<std::string_view> args = brace_args(call.text, pos, call.name == "name" ? 2 : 1);
    if (args.empty()) return pos;
    if (call.name == "name") {
        first_name_ = plain(args[0], call.depth);
        last_name_ = args.size() > 1 ? plain(args[1], call.depth) : std::string();
    } else if (call.name == "firstname") {
        first_name_ = plain(args[0], call.depth);
    } else {
        last_name_ = plain(args[0], call.depth);
    }
    std::string full = collapse_spaces(first_name_ + " " + last_name_);
    if (!full.empty()) out_.name_hint = full;
    return pos;
}

std::size_t Converter::author(Call& call) {
    std::size_t pos = call.pos;
    std::optional<std::string_view> arg = brace_arg(call.text, pos);
    if (arg && out_.name_hint.empty()) out_.name_hint = plain(*arg, call.depth);
    return pos;
}

// \email{}, \phone[mobile]{}, \mobile{}, \homepage{}: "Email: ..." lines, and the links.
std::size_t Converter::contact(Call& call) {
    std::size_t pos = call.pos;
    (void)bracket_arg(call.text, pos);
    std::optional<std::string_view> arg = brace_arg(call.text, pos);
    if (!arg) return pos;
    if (call.name == "homepage") {
        std::string address = plain(*arg, call.depth);
        std::erase(address, ' ');
        if (!address.empty()) links_.add(address.find("://") == std::string::npos ? "https://" + address : address);
        emit_contact("Homepage", address, call.where());
    } else if (call.name == "email") {
        std::string address = plain(*arg, call.depth);
        if (!address.empty()) links_.add("mailto:" + address);
        emit_contact("Email", address, call.where());
    } else {
        emit_contact("Phone", plain(*arg, call.depth), call.where());
    }
    return pos;
}

// \social[github]{handle}, \social[linkedin][url]{text} (moderncv); \github{handle},
// \stackoverflow{id}{name} (Awesome-CV).
std::size_t Converter::social(Call& call) {
    std::size_t pos = call.pos;
    std::string key(call.name);
    std::optional<std::string_view> explicit_url;
    if (call.name == "social") {
        std::optional<std::string_view> kind = bracket_arg(call.text, pos);
        key = kind ? fold_case(trim(*kind)) : std::string();
        explicit_url = bracket_arg(call.text, pos);
    }
    std::vector<std::string_view> args = brace_args(call.text, pos, call.name == "stackoverflow" ? 2 : 1);
    if (args.empty()) return pos;
    std::string handle = plain(args.front(), call.depth);
    std::string shown = args.size() > 1 ? plain(args[1], call.depth) : handle;
    const Network* network = find_network(key);
    std::string url;
    if (explicit_url) {
        url = plain(*explicit_url, call.depth);
    } else if (handle.find("://") != std::string::npos) {
        url = handle;
    } else if (network != nullptr && !network->prefix.empty()) {
        url = std::string(network->prefix) + handle;
    }
    if (!url.empty()) links_.add(url);
    emit_contact(network != nullptr ? network->label : std::string_view(key), shown, call.where());
    return pos;
}

// \address{street}{city}{country} (moderncv) or \address{one line} (Awesome-CV).
std::size_t Converter::address(Call& call) {
    std::size_t pos = call.pos;
    std::vector<std::string> parts;
    for (std::string_view arg : brace_args(call.text, pos, 3)) {
        std::string part = plain(arg, call.depth);
        if (!part.empty()) parts.push_back(std::move(part));
    }
    std::string joined;
    for (const std::string& part : parts) joined += (joined.empty() ? "" : ", ") + part;
    emit_contact("Address", joined, call.where());
    return pos;
}

// \position{}, \quote{}, \extrainfo{}: header lines that are text, even in the preamble.
std::size_t Converter::body_line(Call& call) {
    std::size_t pos = call.pos;
    if (std::optional<std::string_view> arg = brace_arg(call.text, pos))
        emit_line(plain(*arg, call.depth), call.where(), true);
    return pos;
}

void Converter::emit_contact(std::string_view label, std::string_view value, const char* where) {
    if (!trim(value).empty()) emit_line(std::string(label) + ": " + std::string(value), where, true);
}

void Converter::emit_entry(const EntryHint& hint, const char* where) {
    std::string text = join_nonempty({hint.title, hint.organization, hint.location, hint.dates}, ", ");
    if (TextLine* added = emit_line(text, where)) added->entry = hint;
}

// \cventry: moderncv's {dates}{title}{employer}{city}{grade}{description} or Awesome-CV's
// {position}{organization}{location}{dates}{description}, told apart by where the dates are.
std::size_t Converter::entry(Call& call) {
    std::size_t pos = call.pos;
    (void)bracket_arg(call.text, pos);
    std::size_t most = call.name == "cventry" ? 6 : call.name == "resumeSubSubheading" ? 2 : 4;
    std::vector<std::string_view> args = brace_args(call.text, pos, most);
    if (args.empty() || preamble_) return pos;
    auto field = [&](std::size_t k) { return k < args.size() ? plain(args[k], call.depth) : std::string(); };
    EntryHint hint;
    std::string extra;
    std::optional<std::string_view> description;
    if (call.name == "cventry") {
        std::string first = field(0);
        std::string fourth = field(3);
        bool moderncv = is_date(first) || (!is_date(fourth) && (has_digit(first) || args.size() != 5));
        if (moderncv) {
            hint = {.dates = first, .title = field(1), .organization = field(2), .location = fourth};
            extra = field(4);  // the grade or a short comment
            if (args.size() > 5) description = args[5];
        } else {
            hint = {.dates = fourth, .title = first, .organization = field(1), .location = field(2)};
            if (args.size() > 4) description = args[4];
        }
    } else if (call.name == "cvsubentry") {  // Awesome-CV: {position}{title}{dates}{description}
        std::string position = field(0);
        hint = {.dates = field(2), .title = position.empty() ? field(1) : position,
                .organization = position.empty() ? std::string() : field(1), .location = {}};
        if (args.size() > 3) description = args[3];
    } else if (call.name == "resumeSubSubheading") {
        hint = {.dates = field(1), .title = field(0), .organization = {}, .location = {}};
    } else if (is_date(field(1))) {  // resumeSubheading, experience: {title}{dates}{company}{place}
        hint = {.dates = field(1), .title = field(0), .organization = field(2), .location = field(3)};
    } else {  // resumeSubheading, education: {school}{place}{degree}{dates}
        hint = {.dates = field(3), .title = field(2), .organization = field(0), .location = field(1)};
    }
    if (inline_) {
        put(join_nonempty({hint.title, hint.organization, hint.location, hint.dates}, ", "), call.where());
        return pos;
    }
    emit_entry(hint, call.where());
    if (!extra.empty()) emit_line(extra, call.where());
    if (description) {
        convert(*description, call.depth + 1);
        flush();
    }
    return pos;
}

// \begin{rSubsection}{Company}{Dates}{Title}{Location} (resume.cls): an entry, then its items.
std::size_t Converter::environment_entry(std::string_view /*environment*/, std::string_view text, std::size_t pos,
                                         int depth, const char* where) {
    std::vector<std::string_view> args = brace_args(text, pos, 4);
    auto field = [&](std::size_t k) { return k < args.size() ? plain(args[k], depth) : std::string(); };
    emit_entry({.dates = field(1), .title = field(2), .organization = field(0), .location = field(3)}, where);
    ++list_depth_;
    return pos;
}

// \cvitem{label}{text}, \cvskill{type}{list}: "label: text" (the text may hold a list);
// \cvitemwithcomment{label}{text}{comment}, \cvlanguage{name}{level}{comment}: one line.
std::size_t Converter::labelled_item(Call& call) {
    std::size_t pos = call.pos;
    (void)bracket_arg(call.text, pos);
    bool with_comment = call.name == "cvitemwithcomment" || call.name == "cvlanguage";
    std::vector<std::string_view> args = brace_args(call.text, pos, with_comment ? 3 : 2);
    if (args.empty() || preamble_) return pos;
    std::string label = plain(args[0], call.depth);
    if (with_comment) {
        std::string text = args.size() > 1 ? plain(args[1], call.depth) : std::string();
        std::string comment = args.size() > 2 ? plain(args[2], call.depth) : std::string();
        if (!comment.empty()) text = join_nonempty({text, "(" + comment + ")"}, " ");
        emit_line(labelled(label, text), call.where());
        return pos;
    }
    flush();
    put(label, call.where());
    if (args.size() > 1) {
        if (!label.empty()) put(label.ends_with(':') ? " " : ": ", call.where());
        convert(args[1], call.depth + 1);
    }
    flush();
    return pos;
}

// \cvdoubleitem{a}{b}{c}{d}: two columns, "a: b" and "c: d".
std::size_t Converter::double_item(Call& call) {
    std::size_t pos = call.pos;
    std::vector<std::string_view> args = brace_args(call.text, pos, 4);
    if (preamble_) return pos;
    auto field = [&](std::size_t k) { return k < args.size() ? plain(args[k], call.depth) : std::string(); };
    emit_line(labelled(field(0), field(1)), call.where());
    emit_line(labelled(field(2), field(3)), call.where());
    return pos;
}

// \cvlistitem{x}, \resumeItem{x}: a bullet; \cvlistdoubleitem{a}{b}: two bullets;
// \resumeSubItem{title}{text}: a bullet "title: text".
std::size_t Converter::list_item(Call& call) {
    std::size_t pos = call.pos;
    (void)bracket_arg(call.text, pos);
    std::vector<std::string_view> args = brace_args(call.text, pos, call.name == "cvlistitem" ? 1 : 2);
    if (args.empty() || preamble_) return pos;
    if (call.name == "cvlistdoubleitem") {
        for (std::string_view arg : args) {
            flush();
            start_bullet();
            convert(arg, call.depth + 1);
        }
        flush();
        return pos;
    }
    flush();
    start_bullet();
    if (args.size() > 1) put(labelled(plain(args[0], call.depth), "") + ": ", call.where());
    convert(args.back(), call.depth + 1);
    flush();
    return pos;
}

// \cvhonor{award}{event}{location}{date}, \resumeProjectHeading{project}{dates}: one line.
std::size_t Converter::joined_line(Call& call) {
    std::size_t pos = call.pos;
    std::vector<std::string_view> args = brace_args(call.text, pos, call.name == "cvhonor" ? 4 : 2);
    std::string text;
    for (std::string_view arg : args) {
        std::string part = plain(arg, call.depth);
        if (!part.empty()) text += (text.empty() ? "" : ", ") + part;
    }
    emit_line(text, call.where());
    return pos;
}

// \resumeItemListStart ... \resumeItemListEnd: itemize environments behind macros.
std::size_t Converter::list_macro(Call& call) {
    flush();
    list_depth_ = call.name.ends_with("Start") ? list_depth_ + 1 : std::max(0, list_depth_ - 1);
    return call.pos;
}

}  // namespace cvdex::markup::latex
