#pragma once
// The LaTeX-to-lines converter. Its core (scanning, arguments, output) is in
// markup_latex_convert.cpp, the commands of CV classes (moderncv, Awesome-CV, the common
// resume templates) in markup_latex_cv.cpp. Private to the library.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cvdex/raw_text.hpp"
#include "read/markup_common.hpp"
#include "read/markup_latex.hpp"

namespace cvdex::markup::latex {

class Converter {
public:
    /// `document` is the whole prepared source; every text converted later is a view into it.
    Converter(std::string_view document, RawText& out);
    Converter(const Converter&) = delete;
    Converter& operator=(const Converter&) = delete;

    /// Before \begin{document}: only the name and contact commands produce anything.
    void run_preamble(std::string_view preamble);
    void run_body(std::string_view body);

private:
    // A command occurrence: text[start] is its backslash, text[pos] what follows its name.
    struct Call {
        std::string_view name;
        std::string_view text;
        std::size_t start = 0;
        std::size_t pos = 0;
        int depth = 0;
        [[nodiscard]] const char* where() const { return text.data() + start; }
    };
    using Handler = std::size_t (Converter::*)(Call&);

    // The line being built.
    struct Line {
        std::string text;
        int source_line = 0;
        bool bullet = false;
        int indent = 0;
        std::size_t bold_begin = std::string::npos;  // the last \textbf{...} in `text`
        std::size_t bold_end = std::string::npos;
    };

    // ---- core: markup_latex_convert.cpp
    void convert(std::string_view text, int depth);
    void convert_flat(std::string_view text);
    std::size_t command(std::string_view text, std::size_t i, int depth);
    std::size_t control_symbol(std::string_view text, std::size_t i, int depth);
    std::size_t line_end(std::string_view text, std::size_t i);
    std::size_t accent(std::string_view text, std::size_t pos, char32_t mark, int depth);
    std::string plain(std::string_view text, int depth);
    [[nodiscard]] static Handler find_handler(std::string_view name);

    void put(std::string_view text, const char* where);
    void flush();
    TextLine* emit_line(std::string_view text, const char* where, bool in_preamble = false);
    [[nodiscard]] int line_of(const char* where) const;
    [[nodiscard]] bool whole_line_bold(std::string_view text) const;
    bool tick();

    [[nodiscard]] std::size_t skip_space(std::string_view text, std::size_t pos) const;
    std::optional<std::string_view> brace_arg(std::string_view text, std::size_t& pos) const;
    std::optional<std::string_view> bracket_arg(std::string_view text, std::size_t& pos) const;
    std::vector<std::string_view> brace_args(std::string_view text, std::size_t& pos, std::size_t most) const;
    std::size_t skip_arguments(std::string_view text, std::size_t pos, int braces) const;

    std::size_t heading(Call& call);
    std::size_t item(Call& call);
    std::size_t begin_environment(Call& call);
    std::size_t end_environment(Call& call);
    std::size_t verbatim(std::string_view name, std::string_view text, std::size_t pos);
    std::size_t bold(Call& call);
    std::size_t href(Call& call);
    std::size_t url(Call& call);
    std::size_t verb(Call& call);
    std::size_t definition(Call& call);
    std::size_t def(Call& call);
    std::size_t let(Call& call);
    std::size_t unknown(Call& call);

    // ---- CV classes: markup_latex_cv.cpp
    std::size_t name(Call& call);
    std::size_t author(Call& call);
    std::size_t contact(Call& call);
    std::size_t social(Call& call);
    std::size_t address(Call& call);
    std::size_t body_line(Call& call);
    std::size_t entry(Call& call);
    std::size_t labelled_item(Call& call);
    std::size_t double_item(Call& call);
    std::size_t list_item(Call& call);
    std::size_t joined_line(Call& call);
    std::size_t list_macro(Call& call);
    std::size_t environment_entry(std::string_view environment, std::string_view text, std::size_t pos, int depth,
                                  const char* where);
    void emit_entry(const EntryHint& hint, const char* where);
    void emit_contact(std::string_view label, std::string_view value, const char* where);
    void start_bullet();

    std::string_view document_;
    RawText& out_;
    LinkCollector links_;
    BraceIndex braces_;
    std::vector<std::size_t> line_ends_;  // offsets of counted line ends
    Line line_;
    int generation_ = 0;  // counts flushed lines, to tell whether a \textbf stayed on one line
    bool inline_ = false;    // converting an argument into one string (plain())
    bool preamble_ = false;  // only names and contacts produce output
    int list_depth_ = 0;
    std::size_t steps_ = 0;
    std::size_t max_steps_ = 0;
    bool stopped_ = false;
    std::string first_name_;
    std::string last_name_;
};

}  // namespace cvdex::markup::latex
