// LaTeX CVs (moderncv, Awesome-CV, article-class résumés): the source is prepared in three passes
// (comments, \input files, conditionals; markup_latex_source.cpp), then converted to lines
// (markup_latex_convert.cpp and friends). No TeX engine runs: macros are not expanded.
#include <string>

#include "cvdex/read.hpp"
#include "read/markup_latex.hpp"

namespace cvdex {

RawText read_latex(std::string_view utf8, const IncludeLoader& load_include, int max_include_depth) {
    RawText out;
    out.format = Format::latex;
    markup::latex::IncludeOptions options;
    options.max_depth = max_include_depth;
    std::string source = markup::latex::strip_comments(utf8);
    source = markup::latex::expand_includes(source, load_include, options, out.warnings);
    source = markup::latex::evaluate_conditionals(source);

    // The preamble holds settings, plus the name and contacts in moderncv and Awesome-CV.
    std::string_view document = source;
    std::size_t begin = document.find("\\begin{document}");
    std::string_view preamble = begin == std::string_view::npos ? document.substr(0, 0) : document.substr(0, begin);
    std::string_view body = begin == std::string_view::npos ? document : document.substr(begin + 16);
    body = body.substr(0, body.find("\\end{document}"));
    markup::latex::convert_document(document, preamble, body, out);
    return out;
}

}  // namespace cvdex
