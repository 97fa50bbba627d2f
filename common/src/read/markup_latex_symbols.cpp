#include "read/markup_latex_symbols.hpp"

#include <array>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unordered_map>
#include <unordered_set>

#include "cvdex/text_util.hpp"
#include "read/markup_common.hpp"

namespace cvdex::markup::latex {

std::optional<std::string_view> symbol_text(std::string_view name) {
    static const std::unordered_map<std::string_view, std::string_view> symbols = {
        // letters
        {"ss", "ß"}, {"SS", "SS"}, {"o", "ø"}, {"O", "Ø"}, {"aa", "å"}, {"AA", "Å"}, {"ae", "æ"}, {"AE", "Æ"},
        {"oe", "œ"}, {"OE", "Œ"}, {"l", "ł"}, {"L", "Ł"}, {"i", "ı"}, {"j", "ȷ"}, {"dh", "ð"}, {"DH", "Ð"},
        {"th", "þ"}, {"TH", "Þ"}, {"ng", "ŋ"}, {"NG", "Ŋ"},
        // punctuation and signs
        {"ldots", "…"}, {"dots", "…"}, {"textellipsis", "…"}, {"textendash", "–"}, {"textemdash", "—"},
        {"textbullet", "•"}, {"bullet", "•"}, {"textperiodcentered", "·"}, {"cdot", "·"}, {"cdotp", "·"},
        {"textbar", "|"}, {"vert", "|"}, {"textbackslash", "\\"}, {"textasciitilde", "~"}, {"sim", "~"},
        {"textasciicircum", "^"}, {"textless", "<"}, {"textgreater", ">"}, {"textunderscore", "_"},
        {"copyright", "©"}, {"textcopyright", "©"}, {"textregistered", "®"}, {"texttrademark", "™"},
        {"euro", "€"}, {"EUR", "€"}, {"texteuro", "€"}, {"pounds", "£"}, {"textsterling", "£"},
        {"textdollar", "$"}, {"S", "§"}, {"P", "¶"}, {"slash", "/"}, {"textslash", "/"}, {"pm", "±"},
        {"times", "×"}, {"rightarrow", "→"}, {"to", "→"}, {"textrightarrow", "→"}, {"leftarrow", "←"},
        {"Rightarrow", "⇒"}, {"checkmark", "✓"}, {"degree", "°"}, {"textdegree", "°"}, {"textquoteleft", "‘"},
        {"textquoteright", "’"}, {"textquotedblleft", "“"}, {"textquotedblright", "”"}, {"guillemotleft", "«"},
        {"guillemotright", "»"}, {"guillemetleft", "«"}, {"guillemetright", "»"}, {"dag", "†"}, {"ddag", "‡"},
        {"textampersand", "&"}, {"textnumero", "№"},
        // names
        {"LaTeX", "LaTeX"}, {"LaTeXe", "LaTeX2e"}, {"TeX", "TeX"}, {"XeTeX", "XeTeX"}, {"XeLaTeX", "XeLaTeX"},
        {"LuaTeX", "LuaTeX"}, {"LuaLaTeX", "LuaLaTeX"}, {"BibTeX", "BibTeX"},
        // spaces
        {"quad", " "}, {"qquad", " "}, {"enskip", " "}, {"enspace", " "}, {"thinspace", " "}, {"space", " "},
        {"nobreakspace", " "}, {"hfill", " "}, {"hfil", " "}, {"hss", " "}, {"dotfill", " "}, {"hrulefill", " "}};
    auto found = symbols.find(name);
    if (found == symbols.end()) return {};
    return found->second;
}

char32_t accent_mark(std::string_view name) {
    static const std::unordered_map<std::string_view, char32_t> marks = {
        {"`", 0x300}, {"'", 0x301}, {"^", 0x302}, {"~", 0x303}, {"=", 0x304}, {"u", 0x306}, {".", 0x307},
        {"\"", 0x308}, {"r", 0x30A}, {"H", 0x30B}, {"v", 0x30C}, {"d", 0x323}, {"c", 0x327}, {"k", 0x328},
        {"b", 0x331}};
    auto found = marks.find(name);
    return found == marks.end() ? 0 : found->second;
}

std::string compose_accent(std::string_view base, char32_t mark) {
    if (base.empty()) return {};
    std::size_t pos = 0;
    char32_t first = next_code_point(base, pos);
    if (first == U'ı') first = 'i';  // \'{\i}: the dotless i only exists to carry the accent
    if (first == U'ȷ') first = 'j';
    icu::UnicodeString pair;
    pair.append(static_cast<UChar32>(first)).append(static_cast<UChar32>(mark));
    std::string out;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_SUCCESS(status)) {
        icu::UnicodeString composed = nfc->normalize(pair, status);
        if (U_SUCCESS(status)) composed.toUTF8String(out);
    }
    if (out.empty()) {
        append_utf8(out, first);
        append_utf8(out, mark);
    }
    out.append(base.substr(pos));
    return out;
}

bool breaks_line(std::string_view name) {
    static const std::unordered_set<std::string_view> names = {
        "newline", "linebreak", "par", "break", "cr", "newpage", "clearpage", "cleardoublepage", "pagebreak",
        "bigskip", "medskip", "smallskip", "vfill", "hline", "toprule", "midrule", "bottomrule", "hrule",
        "makecvtitle", "maketitle", "centering", "noindent"};
    return names.contains(name);
}

int dropped_arguments(std::string_view name) {
    static const std::unordered_map<std::string_view, int> names = {
        {"label", 1}, {"ref", 1}, {"pageref", 1}, {"eqref", 1}, {"cref", 1}, {"Cref", 1}, {"autoref", 1},
        {"cite", 1}, {"citep", 1}, {"citet", 1}, {"nocite", 1}, {"vspace", 1}, {"hspace", 1}, {"addvspace", 1},
        {"setlength", 2}, {"addtolength", 2}, {"settowidth", 2}, {"setcounter", 2}, {"addtocounter", 2},
        {"stepcounter", 1}, {"refstepcounter", 1}, {"newcounter", 1}, {"newlength", 1}, {"usepackage", 1},
        {"RequirePackage", 1}, {"documentclass", 1}, {"LoadClass", 1}, {"PassOptionsToPackage", 2},
        {"PassOptionsToClass", 2}, {"ProvidesPackage", 1}, {"ProvidesClass", 1}, {"NeedsTeXFormat", 1},
        {"moderncvstyle", 1}, {"moderncvcolor", 1}, {"moderncvtheme", 2}, {"moderncvicons", 1},
        {"moderncvhead", 1}, {"moderncvbody", 1}, {"definecolor", 3}, {"colorlet", 2}, {"color", 1},
        {"pagecolor", 1}, {"fontsize", 2}, {"setmainfont", 1}, {"setsansfont", 1}, {"setmonofont", 1},
        {"newfontfamily", 2}, {"defaultfontfeatures", 1}, {"pagestyle", 1}, {"thispagestyle", 1},
        {"includegraphics", 1}, {"photo", 1}, {"geometry", 1}, {"hypersetup", 1}, {"setlist", 1},
        {"makecvfooter", 3}, {"fancyhf", 1}, {"fancyhead", 1}, {"fancyfoot", 1}, {"lhead", 1}, {"chead", 1},
        {"rhead", 1}, {"lfoot", 1}, {"cfoot", 1}, {"rfoot", 1}, {"cline", 1}, {"cmidrule", 1}, {"rule", 2},
        {"pdfbookmark", 2}, {"addcontentsline", 3}, {"bibliographystyle", 1}, {"bibliography", 1},
        {"input", 1}, {"include", 1}, {"includeonly", 1}, {"subfile", 1}, {"setboolean", 2}, {"setbool", 2},
        {"newboolean", 1}, {"newbool", 1}, {"provideboolean", 1}, {"newtoggle", 1}, {"toggletrue", 1},
        {"togglefalse", 1}, {"settoggle", 2}, {"booltrue", 1}, {"boolfalse", 1}, {"hyphenation", 1},
        {"selectlanguage", 1}, {"setmainlanguage", 1}, {"setotherlanguage", 1}, {"linespread", 1},
        {"AtBeginDocument", 1}, {"AtEndDocument", 1}, {"ExecuteOptions", 1}, {"usetikzlibrary", 1},
        {"tikzset", 1}, {"pgfplotsset", 1}, {"phantom", 1}, {"hphantom", 1}, {"vphantom", 1}, {"title", 1},
        {"date", 1}, {"thanks", 1}, {"sethlcolor", 1}, {"faIcon", 1}, {"titleformat", 5}, {"titlespacing", 4},
        {"DeclareOption", 2}, {"pagenumbering", 1}, {"setuptoc", 2}, {"renewenvironment", 3},
        {"newenvironment", 3}, {"newgeometry", 1}, {"enlargethispage", 1}, {"columnbreak", 0}, {"vskip", 0},
        {"hskip", 0}, {"nopagenumbers", 0}, {"makeatletter", 0}, {"makeatother", 0}, {"relax", 0},
        {"recipient", 2}, {"opening", 1}, {"closing", 1}, {"enclosure", 1}, {"acvHeaderSocialSep", 0}, {"value", 1}};
    auto found = names.find(name);
    return found == names.end() ? -1 : found->second;
}

bool is_text_style(std::string_view name) {
    static const std::unordered_set<std::string_view> names = {
        "textit", "emph", "underline", "texttt", "textsc", "textsf", "textrm", "textup", "textmd", "textnormal",
        "textsl", "mbox", "hbox", "fbox", "uline", "uuline", "sout", "xout", "text", "textsuperscript",
        "textsubscript", "MakeUppercase", "MakeLowercase", "uppercase", "lowercase", "textls", "ul", "hl",
        "enquote", "ensuremath", "small", "large", "Large", "huge", "Huge", "footnotesize", "scriptsize", "tiny",
        "normalsize", "footnote"};
    return names.contains(name);
}

bool is_list_environment(std::string_view name) {
    static const std::unordered_set<std::string_view> names = {
        "itemize", "enumerate", "description", "cvitems", "compactitem", "compactenum", "compactdesc",
        "itemize*", "enumerate*", "description*", "outline", "tightitemize", "tightlist"};
    return names.contains(name);
}

bool is_verbatim_environment(std::string_view name) {
    return name == "verbatim" || name == "verbatim*" || name == "Verbatim" || name == "lstlisting" ||
           name == "minted" || name == "alltt";
}

int environment_arguments(std::string_view name) {
    static const std::unordered_map<std::string_view, int> names = {
        {"tabular", 1}, {"tabular*", 2}, {"tabularx", 2}, {"tabulary", 2}, {"longtable", 1}, {"supertabular", 1},
        {"xtabular", 1}, {"array", 1}, {"tabu", 1}, {"minipage", 1}, {"multicols", 1}, {"multicols*", 1},
        {"adjustwidth", 2}, {"list", 2}, {"wrapfigure", 2}, {"subfigure", 1}, {"spacing", 1},
        {"changemargin", 2}, {"paracol", 1}, {"minted", 1}, {"tcolorbox", 0}};
    auto found = names.find(name);
    return found == names.end() ? 0 : found->second;
}

bool looks_like_parameter(std::string_view command, std::string_view argument, bool only_argument) {
    static constexpr std::array<std::string_view, 12> setting_words = {
        "color", "colour", "font", "skip", "space", "length", "width", "height", "label", "graphic", "counter",
        "setup"};
    for (std::string_view word : setting_words)  // \textcolor{red}{text} still has text last
        if (only_argument && command.find(word) != std::string_view::npos) return true;
    argument = trim(argument);
    if (argument.empty()) return true;
    if (argument.find('=') != std::string_view::npos && argument.find(' ') == std::string_view::npos) return true;
    // A length: a number followed by a unit or a length command ("1.5em", "-2mm", "0.3\textwidth").
    std::size_t digits = argument.find_first_not_of("+-0123456789. ");
    if (digits == 0 || digits == std::string_view::npos) return false;
    std::string_view unit = trim(argument.substr(digits));
    static constexpr std::array<std::string_view, 10> units = {"pt", "em", "ex", "cm", "mm",
                                                               "in", "bp", "pc", "sp", "px"};
    for (std::string_view u : units)
        if (unit == u) return true;
    return unit.starts_with('\\') && unit.find(' ') == std::string_view::npos;
}

}  // namespace cvdex::markup::latex
