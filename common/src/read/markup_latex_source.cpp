// The text-to-text passes of the LaTeX reader: comments, \input splicing and conditionals.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "cvdex/text_util.hpp"
#include "read/markup_latex.hpp"

namespace cvdex::markup::latex {
namespace {

constexpr std::size_t npos = std::string_view::npos;
// Brace-form conditionals nest inside their own arguments; deeper ones are copied unevaluated.
constexpr int kMaxConditionalDepth = 32;
// \input commands read per document; more is not a CV.
constexpr int kMaxIncludes = 1000;
constexpr std::uint32_t kUnmatched = UINT32_MAX;

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@'; }

// The control word starting at text[i] == '\\' (without the backslash); empty for a control symbol.
std::string_view control_word(std::string_view text, std::size_t i) {
    std::size_t end = i + 1;
    while (end < text.size() && is_letter(text[end])) ++end;
    return text.substr(i + 1, end - i - 1);
}

std::size_t skip_blanks(std::string_view text, std::size_t pos) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == kRemoved || is_line_end(c); };
    while (pos < text.size() && blank(text[pos])) ++pos;
    return pos;
}

// What a removed piece of source leaves behind: its counted line ends, as swallowed ones, and a
// mark that the line was not empty.
void append_line_markers(std::string& out, std::string_view removed) {
    for (char c : removed)
        if (c == '\n' || c == kEatenNewline) out += kEatenNewline;
    if (!removed.empty()) out += kRemoved;
}

void remove_comment_environments(std::string& text) {
    static constexpr std::string_view begin = "\\begin{comment}";
    static constexpr std::string_view end = "\\end{comment}";
    if (text.find(begin) == npos) return;
    std::string kept;
    std::size_t pos = 0;
    for (std::size_t found = text.find(begin); found != npos; found = text.find(begin, pos)) {
        kept.append(text, pos, found - pos);
        std::size_t close = text.find(end, found);
        std::size_t stop = close == npos ? text.size() : close + end.size();
        append_line_markers(kept, std::string_view(text).substr(found, stop - found));
        pos = stop;
    }
    kept.append(text, std::min(pos, text.size()));
    text = std::move(kept);
}

// The part of a subfile between \begin{document} and \end{document}; the whole text otherwise.
std::string_view document_body(std::string_view text) {
    std::size_t begin = text.find("\\begin{document}");
    if (begin == npos) return text;
    text.remove_prefix(begin + 16);
    return text.substr(0, text.find("\\end{document}"));
}

bool has_extension(std::string_view name) {
    std::size_t slash = name.find_last_of('/');
    std::size_t dot = name.find_last_of('.');
    return dot != npos && (slash == npos || dot > slash);
}

class IncludeExpander {
public:
    IncludeExpander(const IncludeLoader& load, IncludeOptions options, std::vector<std::string>& warnings)
        : load_(load), options_(options), warnings_(warnings) {}

    std::string expand(std::string_view text, int depth) {
        BraceIndex braces(text);
        std::string out;
        std::size_t pos = 0;
        for (std::size_t i = text.find('\\'); i != npos; i = text.find('\\', pos)) {
            out.append(text.substr(pos, i - pos));
            std::string_view word = control_word(text, i);
            pos = i + 1 + std::max<std::size_t>(word.size(), 1);
            std::optional<std::string> name = include_name(braces, word, text, pos);
            if (!name) {
                out.append(text.substr(i, pos - i));
                continue;
            }
            splice(*name, word, depth, out);
        }
        out.append(text.substr(std::min(pos, text.size())));
        return out;
    }

private:
    // The file named by \input{name}, \input name, \include{name}, \subfile{name},
    // \import{dir}{name}; `pos` moves past the arguments.
    static std::optional<std::string> include_name(const BraceIndex& braces, std::string_view word,
                                                   std::string_view text, std::size_t& pos) {
        if (word == "import" || word == "subimport" || word == "inputfrom" || word == "subinputfrom") {
            std::optional<std::string_view> dir = braces.group(text, pos);
            std::optional<std::string_view> file = dir ? braces.group(text, pos) : std::nullopt;
            if (!file) return {};
            std::string joined(trim(*dir));
            if (!joined.empty() && joined.back() != '/') joined += '/';
            return joined + std::string(trim(*file));
        }
        if (word != "input" && word != "include" && word != "subfile") return {};
        if (std::optional<std::string_view> group = braces.group(text, pos)) return std::string(trim(*group));
        if (word != "input" || pos >= text.size() || text[pos] != ' ') return {};
        std::size_t start = skip_blanks(text, pos);  // TeX's own form: \input file
        std::size_t end = start;
        while (end < text.size() && !is_line_end(text[end]) && text[end] != ' ' && text[end] != '\\' &&
               text[end] != '}')
            ++end;
        if (end == start) return {};
        pos = end;
        return std::string(text.substr(start, end - start));
    }

    void splice(const std::string& name, std::string_view word, int depth, std::string& out) {
        std::string where = "\\" + std::string(word) + "{" + name + "}";
        if (++count_ > kMaxIncludes) {
            if (count_ == kMaxIncludes + 1) warnings_.push_back(where + ": not read, too many included files");
            return;
        }
        if (!load_) {
            warnings_.push_back(where + ": not read (no include loader)");
            return;
        }
        if (depth + 1 > options_.max_depth) {
            warnings_.push_back(where + ": not read, includes nest deeper than " + std::to_string(options_.max_depth));
            return;
        }
        if (std::find(stack_.begin(), stack_.end(), name) != stack_.end() ||
            std::find(stack_.begin(), stack_.end(), name + ".tex") != stack_.end()) {
            warnings_.push_back(where + ": not read, it includes itself");
            return;
        }
        std::string resolved = name;
        std::optional<std::string> loaded = load_(name);
        if (!loaded && !has_extension(name)) loaded = load_(resolved = name + ".tex");
        if (!loaded) {
            warnings_.push_back(where + ": file not found");
            return;
        }
        if (total_ + loaded->size() > options_.max_total_size) {
            warnings_.push_back(where + ": not read, included files exceed the size limit");
            return;
        }
        total_ += loaded->size();
        stack_.push_back(resolved);
        std::string child = expand(document_body(strip_comments(*loaded)), depth + 1);
        stack_.pop_back();
        bool own_page = word == "include";  // \include starts and ends a page; \input flows on
        out += own_page ? "\\par" : "";
        out += kRemoved;
        for (char c : child) {
            out += c == '\n' ? kIncludedNewline : c == kEatenNewline ? kIncludedEaten : c;
        }
        out += ' ';  // TeX ends the last line of a file, which makes a space
        out += kRemoved;
        out += own_page ? "\\par " : "";
    }

    const IncludeLoader& load_;
    IncludeOptions options_;
    std::vector<std::string>& warnings_;
    std::vector<std::string> stack_;  // the files being spliced, outermost first
    std::size_t total_ = 0;
    int count_ = 0;
};

// Conditionals that take their branches as brace groups: name -> number of test arguments.
int brace_conditional_tests(std::string_view word) {
    static const std::unordered_map<std::string_view, int> words = {
        {"ifthenelse", 1}, {"iftoggle", 1}, {"nottoggle", 1}, {"ifbool", 1},     {"notbool", 1},
        {"IfFileExists", 1}, {"ifdef", 1},  {"ifundef", 1},   {"ifdefempty", 1}, {"ifstrempty", 1},
        {"ifstrequal", 2}, {"ifdefstring", 2}, {"IfStrEq", 2}};
    auto found = words.find(word);
    return found == words.end() ? -1 : found->second;
}

class ConditionalEvaluator {
public:
    explicit ConditionalEvaluator(std::string_view text) : braces_(text), fi_left_(count_fi(text)) {}

    std::string run(std::string_view text) {
        process(text, 0);
        return std::move(out_);
    }

private:
    struct Frame {
        bool parent_active = true;
        bool condition = true;
        bool in_else = false;
        bool is_case = false;
        bool past_first_case = false;
        [[nodiscard]] bool active() const {
            if (!parent_active) return false;
            if (is_case) return !past_first_case && !in_else;
            return in_else ? !condition : condition;
        }
    };

    static std::size_t count_fi(std::string_view text) {
        std::size_t count = 0;
        for (std::size_t i = text.find("\\fi"); i != npos; i = text.find("\\fi", i + 3))
            count += i + 3 >= text.size() || !is_letter(text[i + 3]) ? 1 : 0;
        return count;
    }

    [[nodiscard]] bool active() const { return stack_.empty() || stack_.back().active(); }

    void keep(std::string_view piece) {
        if (active()) {
            out_.append(piece);
        } else {
            append_line_markers(out_, piece);
        }
    }

    void process(std::string_view text, int depth) {
        std::size_t pos = 0;
        for (std::size_t i = text.find('\\'); i != npos; i = text.find('\\', pos)) {
            keep(text.substr(pos, i - pos));
            std::string_view word = control_word(text, i);
            pos = i + 1 + std::max<std::size_t>(word.size(), 1);
            if (word.empty()) {
                keep(text.substr(i, std::min(pos, text.size()) - i));
                continue;
            }
            pos = control(word, text, i, pos, depth);
        }
        keep(text.substr(std::min(pos, text.size())));
    }

    // Handles the control word `word` found at text[start]; returns where scanning resumes.
    std::size_t control(std::string_view word, std::string_view text, std::size_t start, std::size_t pos, int depth) {
        if (word == "fi") {
            if (fi_left_ > 0) --fi_left_;
            if (!stack_.empty()) stack_.pop_back();
            out_ += kRemoved;
            return pos;
        }
        if ((word == "else" || word == "or") && !stack_.empty()) {
            Frame& frame = stack_.back();
            if (word == "else") frame.in_else = true;
            if (word == "or" && frame.is_case) frame.past_first_case = true;
            if (word == "else" || frame.is_case) {
                out_ += kRemoved;
                return pos;
            }
        }
        if (word == "newif") {
            out_ += kRemoved;
            return declare(text, pos);
        }
        if (int tests = brace_conditional_tests(word); tests >= 0) {
            if (active()) return brace_conditional(word, tests, text, start, pos, depth);
        } else if (word.starts_with("if") && word != "iff" && fi_left_ > 0) {
            open(word);  // \iffoo, \ifx, \ifdefined ... up to its \fi
            out_ += kRemoved;
            return pos;
        }
        if (active()) record_setting(word, text, pos);
        keep(text.substr(start, pos - start));
        return pos;
    }

    std::size_t declare(std::string_view text, std::size_t pos) {
        std::size_t at = skip_blanks(text, pos);
        if (at < text.size() && text[at] == '\\') {
            std::string_view name = control_word(text, at);
            if (name.starts_with("if") && name.size() > 2) {
                flags_.try_emplace(std::string(name.substr(2)), false);
                return at + 1 + name.size();
            }
        }
        return pos;
    }

    void open(std::string_view word) {
        Frame frame;
        frame.parent_active = active();
        std::string stem(word.substr(2));
        if (word == "iffalse") {
            frame.condition = false;
        } else if (word == "ifcase") {
            frame.is_case = true;
        } else if (auto found = flags_.find(stem); found != flags_.end()) {
            frame.condition = found->second;
        }
        stack_.push_back(frame);
    }

    // \footrue, \foofalse, \setboolean{foo}{true}, \toggletrue{foo} ... set the flags tested later.
    void record_setting(std::string_view word, std::string_view text, std::size_t pos) {
        if (!word.starts_with("if")) {
            if (word.ends_with("true") && word.size() > 4) flags_[std::string(word.substr(0, word.size() - 4))] = true;
            if (word.ends_with("false") && word.size() > 5)
                flags_[std::string(word.substr(0, word.size() - 5))] = false;
        }
        std::size_t at = pos;
        if (word == "setboolean" || word == "setbool" || word == "settoggle") {
            std::optional<std::string_view> name = braces_.group(text, at);
            std::optional<std::string_view> value = name ? braces_.group(text, at) : std::nullopt;
            if (value) flags_[std::string(trim(*name))] = trim(*value) == "true";
        } else if (word == "newboolean" || word == "newbool" || word == "newtoggle" || word == "provideboolean") {
            if (std::optional<std::string_view> name = braces_.group(text, at))
                flags_.try_emplace(std::string(trim(*name)), false);
        } else if (word == "booltrue" || word == "toggletrue" || word == "boolfalse" || word == "togglefalse") {
            if (std::optional<std::string_view> name = braces_.group(text, at))
                flags_[std::string(trim(*name))] = word.ends_with("true");
        }
    }

    std::size_t brace_conditional(std::string_view word, int tests, std::string_view text, std::size_t start,
                                  std::size_t pos, int depth) {
        std::size_t at = pos;
        std::vector<std::string_view> groups;
        for (int k = 0; k < tests + 2; ++k) {
            std::optional<std::string_view> group = braces_.group(text, at);
            if (!group) break;
            groups.push_back(*group);
        }
        if (static_cast<int>(groups.size()) < tests + 1) {  // not the form we know: leave it alone
            keep(text.substr(start, pos - start));
            return pos;
        }
        bool condition = evaluate(word, groups.front());
        out_ += kRemoved;
        std::size_t chosen = condition ? static_cast<std::size_t>(tests) : static_cast<std::size_t>(tests) + 1;
        for (std::size_t k = 0; k < groups.size(); ++k) {
            if (k == chosen) {
                if (depth < kMaxConditionalDepth) {
                    process(groups[k], depth + 1);
                } else {
                    out_.append(groups[k]);
                }
            } else {
                append_line_markers(out_, groups[k]);
                std::size_t skipped = count_fi(groups[k]);
                fi_left_ -= std::min(fi_left_, skipped);
            }
        }
        return at;
    }

    bool evaluate(std::string_view word, std::string_view test) {
        test = trim(test);
        auto flag = [&](std::string_view name) {
            auto found = flags_.find(std::string(trim(name)));
            return found != flags_.end() && found->second;
        };
        if (word == "iftoggle" || word == "ifbool") return flag(test);
        if (word == "nottoggle" || word == "notbool") return !flag(test);
        if (word != "ifthenelse") return true;  // file tests, definitions: assume the first branch
        bool negate = false;
        for (std::string_view prefix : {"\\not", "\\NOT"}) {
            if (test.starts_with(prefix)) {
                negate = true;
                test = trim(test.substr(prefix.size()));
            }
        }
        if (!test.starts_with("\\boolean")) return true;
        std::size_t at = 8;
        std::optional<std::string_view> name = braces_.group(test, at);
        return name ? flag(*name) != negate : true;
    }

    BraceIndex braces_;
    std::string out_;
    std::unordered_map<std::string, bool> flags_;
    std::vector<Frame> stack_;
    std::size_t fi_left_;
};

}  // namespace

BraceIndex::BraceIndex(std::string_view text) : text_(text), close_(text.size(), kUnmatched) {
    std::vector<std::uint32_t> open;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == '{') {
            open.push_back(static_cast<std::uint32_t>(i));
        } else if (text[i] == '}' && !open.empty()) {
            close_[open.back()] = static_cast<std::uint32_t>(i);
            open.pop_back();
        }
    }
}

std::size_t BraceIndex::closing(std::string_view view, std::size_t open) const {
    const char* at = view.data() + open;
    if (at >= text_.data() && at < text_.data() + text_.size()) {
        std::uint32_t close = close_[static_cast<std::size_t>(at - text_.data())];
        if (close == kUnmatched) return npos;
        std::size_t relative = close - static_cast<std::size_t>(view.data() - text_.data());
        return relative < view.size() ? relative : npos;
    }
    int depth = 0;  // a view of some other text (never expected): scan it
    for (std::size_t i = open; i < view.size(); ++i) {
        if (view[i] == '\\') {
            ++i;
        } else if (view[i] == '{') {
            ++depth;
        } else if (view[i] == '}' && --depth == 0) {
            return i;
        }
    }
    return npos;
}

std::optional<std::string_view> BraceIndex::group(std::string_view view, std::size_t& pos) const {
    std::size_t open = skip_blanks(view, pos);
    if (open >= view.size() || view[open] != '{') return {};
    std::size_t close = closing(view, open);
    if (close == npos) return {};
    pos = close + 1;
    return view.substr(open + 1, close - open - 1);
}

std::string strip_comments(std::string_view source) {
    std::string out;
    out.reserve(source.size());
    for (std::size_t i = 0; i < source.size(); ++i) {
        char c = source[i];
        if (c == '\\' && i + 1 < source.size()) {  // \% is a percent sign, \\ a line break
            out += c;
            c = source[++i];
        } else if (c == '%') {
            std::size_t end = source.find('\n', i);
            if (end == npos) break;
            out += kEatenNewline;  // TeX drops the line end with the comment
            i = end;
            continue;
        }
        if (c == '\r') continue;
        out += (is_line_end(c) && c != '\n') || c == kRemoved ? ' ' : c;
    }
    remove_comment_environments(out);
    return out;
}

std::string expand_includes(std::string_view text, const IncludeLoader& load, IncludeOptions options,
                            std::vector<std::string>& warnings) {
    return IncludeExpander(load, options, warnings).expand(text, 0);
}

std::string evaluate_conditionals(std::string_view text) { return ConditionalEvaluator(text).run(text); }

}  // namespace cvdex::markup::latex
