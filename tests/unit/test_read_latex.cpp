#include <doctest/doctest.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cvdex/read.hpp"
#include "reader_lines.hpp"

namespace {

using cvdex::test::rows;
using cvdex::test::show;

using Case = cvdex::test::ReaderCase;

void check_cases(const std::vector<Case>& cases) {
    cvdex::test::check_reader_cases(
        cases, [](const std::string& input) { return cvdex::read_latex(input); }, cvdex::Format::latex);
}

std::string document(const std::string& body, const std::string& preamble = "\\documentclass{moderncv}\n") {
    return preamble + "\\begin{document}\n" + body + "\\end{document}\n";
}

// Included files served from memory, as read_cv serves them from disk.
cvdex::IncludeLoader loader(std::map<std::string, std::string> files) {
    return [files = std::move(files)](std::string_view name) -> std::optional<std::string> {
        auto found = files.find(std::string(name));
        if (found == files.end()) return std::nullopt;
        return found->second;
    };
}

}  // namespace

TEST_CASE("latex reader: comments and conditionals") {
    check_cases({
        {"comments removed, escaped percent kept", document("Grew 50\\% more % not this\n% nor this\nferns\n"),
         {"Grew 50% more ferns"}},
        {"a comment joins lines", document("Gar%\nden\n"), {"Garden"}},
        {"comment environment dropped", document("Kept\n\n\\begin{comment}\nOld job\n\\end{comment}\nAlso\n"),
         {"Kept", "Also"}},
        {"newif defaults to false",
         document("\\ifdanish\n\\section{ERFARING}\n\\else\n\\section{EXPERIENCE}\n\\fi\n", "\\newif\\ifdanish\n"),
         {"#1 EXPERIENCE"}},
        {"newif set true in the preamble",
         document("\\ifdanish\n\\section{ERFARING}\n\\else\n\\section{EXPERIENCE}\n\\fi\n",
                  "\\newif\\ifdanish\n\\danishtrue\n"),
         {"#1 ERFARING"}},
        {"a commented-out switch does not count",
         document("\\ifdanish Dansk\\else English\\fi\n", "\\newif\\ifdanish\n%\\danishtrue\n"), {"English"}},
        {"the last setting before the test wins",
         document("\\ifdanish Dansk\\else English\\fi\n", "\\newif\\ifdanish\n\\danishtrue\n\\danishfalse\n"),
         {"English"}},
        {"nested conditionals",
         document("\\ifa A\\ifb B\\else C\\fi\\else D\\ifb E\\fi\\fi\n", "\\newif\\ifa\\newif\\ifb\\atrue\n"),
         {"A C"}},
        {"iffalse hides a block", document("Kept\n\\iffalse\n\\cventry{2001}{Old}{X}{}{}{}\n\\fi\n"), {"Kept"}},
        {"unknown primitives keep their first branch",
         document("\\ifx\\foo\\undefined First\\else Second\\fi\n\\ifdefined\\bar Yes\\else No\\fi\n"),
         {"First Yes"}},
        {"ifthen booleans",
         document("\\ifthenelse{\\boolean{long}}{Long version}{Short version}\n",
                  "\\usepackage{ifthen}\\newboolean{long}\\setboolean{long}{true}\n"),
         {"Long version"}},
        {"ifthen with an unknown test keeps the first branch", document("\\ifthenelse{\\equal{a}{b}}{One}{Two}\n"),
         {"One"}},
        {"etoolbox toggles", document("\\iftoggle{en}{English}{Deutsch}\n", "\\newtoggle{en}\n"), {"Deutsch"}},
        {"ifcase keeps case 0", document("\\ifcase\\value{x} zero\\or one\\else other\\fi\n"), {"zero"}},
        {"an if without fi is a command", document("\\ifsomething text\n"), {"text"}},
        {"a dropped branch does not split a paragraph",
         document("I grow\n\\ifa\nferns\n\\else\nmoss\n\\fi\nand trees\n", "\\newif\\ifa\n"),
         {"I grow moss and trees"}},
    });
}

TEST_CASE("latex reader: headings") {
    check_cases({
        {"sectioning commands",
         document("\\section{Experience}\n\\section*{Skills}\n\\subsection{Tools}\n\\subsubsection{Hand tools}\n"
                  "\\cvsection{Education}\n\\cvsubsection{Courses}\n"),
         {"#1 Experience", "#1 Skills", "#2 Tools", "#3 Hand tools", "#1 Education", "#2 Courses"}},
        {"markup in a title", document("\\section[Short]{\\textsc{Work} \\& Play}\n"), {"#1 Work & Play"}},
        {"paragraph is a bold run-in title", document("\\paragraph{Hobbies} Chess\n"), {"! Hobbies", "Chess"}},
    });
}

TEST_CASE("latex reader: names and contacts") {
    SUBCASE("moderncv header in the preamble") {
        cvdex::RawText raw = cvdex::read_latex(document(
            "\\makecvtitle\nBody\n",
            "\\documentclass{moderncv}\n\\moderncvstyle{banking}\n\\name{Zora}{Quill}\n"
            "\\address{Fern Street 1}{1234 Mosstown}{Nowhere}\n\\phone[mobile]{+1~555~0100}\n"
            "\\email{zq@example.org}\n\\homepage{zq.example}\n\\social[github]{zquill}\n\\social[linkedin]{zora-q}\n"
            "\\photo[64pt]{me}\n\\title{Curriculum}\n"));
        CHECK(raw.name_hint == "Zora Quill");
        CHECK(show(raw) == rows({"Address: Fern Street 1, 1234 Mosstown, Nowhere", "Phone: +1 555 0100",
                                 "Email: zq@example.org", "Homepage: zq.example", "GitHub: zquill",
                                 "LinkedIn: zora-q", "Body"}));
        CHECK(raw.links == std::vector<std::string>{"mailto:zq@example.org", "https://zq.example",
                                                    "https://github.com/zquill", "https://www.linkedin.com/in/zora-q"});
        REQUIRE(raw.lines.size() == 7);
        CHECK(raw.lines[0].source_line == 4);
        CHECK(raw.lines[6].source_line == 14);
    }
    SUBCASE("Awesome-CV header") {
        cvdex::RawText raw = cvdex::read_latex(document(
            "\\makecvheader\n",
            "\\documentclass{awesome-cv}\n\\name{Zora}{Quill}\n\\position{Gardener{\\enskip\\cdotp\\enskip}Botanist}\n"
            "\\mobile{(+1) 555-0100}\n\\github{zquill}\n\\linkedin{zquill}\n"));
        CHECK(raw.name_hint == "Zora Quill");
        CHECK(show(raw) ==
              rows({"Gardener · Botanist", "Phone: (+1) 555-0100", "GitHub: zquill", "LinkedIn: zquill"}));
        CHECK(raw.links == std::vector<std::string>{"https://github.com/zquill", "https://www.linkedin.com/in/zquill"});
    }
    SUBCASE("moderncv 1 and article names") {
        CHECK(cvdex::read_latex(document("", "\\firstname{Zora}\n\\familyname{Quill}\n")).name_hint == "Zora Quill");
        CHECK(cvdex::read_latex(document("", "\\author{Zora Quill}\n")).name_hint == "Zora Quill");
    }
}

TEST_CASE("latex reader: entries") {
    SUBCASE("moderncv cventry: dates first") {
        cvdex::RawText raw = cvdex::read_latex(document(
            "\\cventry{2016--}{Head Gardener}{Fern \\& Co}{Mosstown}{}{\n\\begin{itemize}\n"
            "\\item Grew \\textbf{ferns}\n\\item Trained staff\n\\end{itemize}}\n"));
        CHECK(show(raw) == rows({"Head Gardener, Fern & Co, Mosstown, 2016--", "* Grew ferns", "* Trained staff"}));
        REQUIRE(raw.lines[0].entry.has_value());
        CHECK(*raw.lines[0].entry == cvdex::EntryHint{"2016--", "Head Gardener", "Fern & Co", "Mosstown"});
        CHECK(raw.lines[0].source_line == 3);
    }
    SUBCASE("Awesome-CV cventry: dates fourth") {
        cvdex::RawText raw = cvdex::read_latex(document(
            "\\begin{cventries}\n\\cventry{Botanist}{Moss Ltd}{Fernville}{Jan. 2012 - Dec. 2015}{\n"
            "\\begin{cvitems}\n\\item {Catalogued mosses}\n\\end{cvitems}}\n\\end{cventries}\n"));
        CHECK(show(raw) == rows({"Botanist, Moss Ltd, Fernville, Jan. 2012 - Dec. 2015", "* Catalogued mosses"}));
        REQUIRE(raw.lines[0].entry.has_value());
        CHECK(*raw.lines[0].entry == cvdex::EntryHint{"Jan. 2012 - Dec. 2015", "Botanist", "Moss Ltd", "Fernville"});
    }
    SUBCASE("moderncv order by the digit rule and an empty title") {
        cvdex::RawText raw = cvdex::read_latex(document("\\cventry{Spring '09}{}{Au pair}{Mosstown}{Grade A}{}\n"));
        CHECK(show(raw) == rows({"Au pair, Mosstown, Spring '09", "Grade A"}));
        REQUIRE(raw.lines[0].entry.has_value());
        CHECK(*raw.lines[0].entry == cvdex::EntryHint{"Spring '09", "", "Au pair", "Mosstown"});
    }
    SUBCASE("Awesome-CV subentries and honors") {
        cvdex::RawText raw = cvdex::read_latex(document(
            "\\cvsubentry{Team Lead}{}{2014 - 2015}{Led the moss team}\n"
            "\\cvhonor{Golden Spade}{Garden Show}{Mosstown}{2019}\n"));
        CHECK(show(raw) ==
              rows({"Team Lead, 2014 - 2015", "Led the moss team", "Golden Spade, Garden Show, Mosstown, 2019"}));
        REQUIRE(raw.lines[0].entry.has_value());
        CHECK(raw.lines[0].entry->title == "Team Lead");
        CHECK(raw.lines[0].entry->dates == "2014 - 2015");
        CHECK_FALSE(raw.lines[2].entry.has_value());
    }
    SUBCASE("resume template subheadings in both orders") {
        cvdex::RawText raw = cvdex::read_latex(document(
            "\\resumeSubHeadingListStart\n\\resumeSubheading{Gardener}{June 2020 -- Present}{Fern Co}{Mosstown}\n"
            "\\resumeItemListStart\n\\resumeItem{Planted 300 trees}\n\\resumeItemListEnd\n"
            "\\resumeSubheading{Moss University}{Fernville}{BSc Botany}{Aug. 2014 -- May 2018}\n"
            "\\resumeSubHeadingListEnd\n"));
        CHECK(show(raw) == rows({"Gardener, Fern Co, Mosstown, June 2020 -- Present", "* [2] Planted 300 trees",
                                 "BSc Botany, Moss University, Fernville, Aug. 2014 -- May 2018"}));
        CHECK(raw.lines[0].entry->organization == "Fern Co");
        CHECK(raw.lines[2].entry->organization == "Moss University");
    }
}

TEST_CASE("latex reader: items") {
    check_cases({
        {"cvitem and friends",
         document("\\cvitem{Languages}{English, \\textit{Esperanto}}\n\\cvitem{}{Just text}\n"
                  "\\cvitemwithcomment{Rust}{expert}{daily}\n\\cvdoubleitem{Go}{good}{C}{fair}\n"
                  "\\cvlistitem{Chess}\n\\cvskill{Tools}{Spade, Rake}\n"),
         {"Languages: English, Esperanto", "Just text", "Rust: expert (daily)", "Go: good", "C: fair", "* Chess",
          "Tools: Spade, Rake"}},
        {"cvitem holding a list", document("\\cvitem{Skills}{\\begin{itemize}\\item digging\\end{itemize}}\n"),
         {"Skills:", "* digging"}},
        {"nested itemize and description lists",
         document("\\begin{itemize}\n\\item \\textbf{Outdoor:}\n\\begin{itemize}\n\\item \\textit{Trees:} oak\n"
                  "\\end{itemize}\n\\end{itemize}\n\\begin{description}\n\\item[Indoor:] ferns\n\\end{description}\n"),
         {"* ! Outdoor:", "* [2] Trees: oak", "* Indoor: ferns"}},
    });
}

TEST_CASE("latex reader: text") {
    check_cases({
        {"line breaks and paragraphs", document("One\\\\Two\\newline Three\n\nFour\nstill four\\\\[2pt]\nFive\n"),
         {"One", "Two", "Three", "Four still four", "Five"}},
        {"bold lines", document("\\textbf{Volunteer work}\n\n\\textbf{Role:} helper\n"),
         {"! Volunteer work", "Role: helper"}},
        {"styles keep their content",
         document("\\emph{a} \\textit{b} \\underline{c} \\texttt{d} \\mbox{e} \\textsc{f} \\textcolor{red}{g}\n"),
         {"a b c d e f g"}},
        {"links", document("\\href{https://zq.example}{my site} and \\url{https://git.example/z\\_q}\n"),
         {"my site and https://git.example/z_q"}, {"https://zq.example", "https://git.example/z_q"}},
        {"accents",
         document("Jos\\'e Mu\\~noz, M\\\"uller, Fran\\c{c}ois, \\`a, \\^ete, \\'{\\i}, G\\o{}ran, \\aa, "
                  "Stra\\ss{}e\n"),
         {"José Muñoz, Müller, François, à, ête, í, Gøran, å, Straße"}},
        {"escapes, ties and quotes", document("R\\&D 100\\% \\$5 C\\# a\\_b Mr.~Quill ``quoted'' it's\n"),
         {"R&D 100% $5 C# a_b Mr. Quill “quoted” it's"}},
        {"dashes", document("2019--2021 --- a break -- b\n"), {"2019--2021 — a break -- b"}},
        {"unknown commands keep their last argument", document("\\mystyle{Fern}{Moss} \\hspace{2em}\\vspace{1cm}x\n"),
         {"Moss x"}},
        {"settings are not text", document("\\setlength{\\parindent}{0pt}\\fontsize{10pt}{12pt}\\selectfont Text\n"),
         {"Text"}},
        {"tabular cells",
         document("\\begin{tabular}{@{}ll@{}}\nYear & Prize \\\\\n\\hline\n2020 & Spade \\\\\n\\end{tabular}\n"),
         {"Year | Prize", "2020 | Spade"}},
        {"definitions are not text",
         document("\\newcommand{\\gap}[1][2pt]{\\vspace{#1}}\n\\def\\x#1{#1}\\let\\y=\\x Text\n"),
         {"Text"}},
        {"verbatim", document("\\begin{verbatim}\n  raw \\textbf{x}\n\\end{verbatim}\n"), {"raw \\textbf{x}"}},
        {"symbols", document("\\LaTeX{} and \\TeX\\ users \\ldots \\textbullet\n"), {"LaTeX and TeX users … •"}},
        {"no document environment", "\\section{Fragment}\nText\n", {"#1 Fragment", "Text"}},
    });
}

TEST_CASE("latex reader: input files") {
    SUBCASE("spliced in place, .tex added") {
        cvdex::RawText raw = cvdex::read_latex(
            document("\\section{Jobs}\n\\input{jobs}\n\\include{extra.tex}\nEnd\n"),
            loader({{"jobs.tex", "\\cventry{2020}{Gardener}{Fern Co}{}{}{}\n% comment\nMore\n"},
                    {"extra.tex", "Extra"}}));
        CHECK(show(raw) == rows({"#1 Jobs", "Gardener, Fern Co, 2020", "More", "Extra", "End"}));
        CHECK(raw.warnings.empty());
        REQUIRE(raw.lines.size() == 5);
        CHECK(raw.lines[1].source_line == 4);  // included lines belong to the \input line
        CHECK(raw.lines[2].source_line == 4);
        CHECK(raw.lines[4].source_line == 6);
    }
    SUBCASE("an input inside a paragraph does not split it") {
        cvdex::RawText raw = cvdex::read_latex(document("I grow\n\\input{plants}\nand\n\\input{empty}\ntrees\n"),
                                               loader({{"plants.tex", "ferns\n"}, {"empty.tex", ""}}));
        CHECK(show(raw) == "I grow ferns and trees\n");
    }
    SUBCASE("settings in an included preamble file count") {
        cvdex::RawText raw = cvdex::read_latex(
            "\\newif\\ifdanish\n\\input{settings}\n\\begin{document}\n"
            "\\ifdanish Dansk\\else English\\fi\n\\end{document}\n",
            loader({{"settings.tex", "\\danishtrue\n\\name{Zora}{Quill}\n"}}));
        CHECK(show(raw) == "Dansk\n");
        CHECK(raw.name_hint == "Zora Quill");
    }
    SUBCASE("subfiles keep only their document body") {
        cvdex::RawText raw = cvdex::read_latex(
            document("\\subfile{sections/skills}\n"),
            loader({{"sections/skills.tex",
                     "\\documentclass[../main.tex]{subfiles}\n\\begin{document}\nDigging\n\\end{document}\n"}}));
        CHECK(show(raw) == "Digging\n");
    }
    SUBCASE("a missing file is a warning") {
        cvdex::RawText raw = cvdex::read_latex(document("\\input{nowhere}\nText\n"), loader({}));
        CHECK(show(raw) == "Text\n");
        REQUIRE(raw.warnings.size() == 1);
        CHECK(raw.warnings[0] == "\\input{nowhere}: file not found");
    }
    SUBCASE("no loader") {
        cvdex::RawText raw = cvdex::read_latex(document("\\input{jobs}\nText\n"));
        CHECK(show(raw) == "Text\n");
        CHECK(raw.warnings.size() == 1);
    }
    SUBCASE("a cycle is a warning") {
        cvdex::RawText raw = cvdex::read_latex(document("\\input{a}\n"),
                                               loader({{"a.tex", "A \\input{b}"}, {"b.tex", "B \\input{a.tex}"}}));
        CHECK(show(raw) == "A B\n");
        REQUIRE(raw.warnings.size() == 1);
        CHECK(raw.warnings[0] == "\\input{a.tex}: not read, it includes itself");
    }
    SUBCASE("the depth is limited") {
        cvdex::RawText raw = cvdex::read_latex(
            document("\\input{n1}\n"),
            loader({{"n1.tex", "1 \\input{n2}"}, {"n2.tex", "2 \\input{n3}"}, {"n3.tex", "3"}}), 2);
        CHECK(show(raw) == "1 2\n");
        REQUIRE(raw.warnings.size() == 1);
        CHECK(raw.warnings[0] == "\\input{n3}: not read, includes nest deeper than 2");
    }
    SUBCASE("a commented-out input is not read") {
        bool called = false;
        cvdex::IncludeLoader spy = [&](std::string_view) -> std::optional<std::string> {
            called = true;
            return std::nullopt;
        };
        cvdex::RawText raw = cvdex::read_latex(document("% \\input{old}\nText\n"), spy);
        CHECK_FALSE(called);
        CHECK(raw.warnings.empty());
    }
}

TEST_CASE("latex reader: hostile input stays bounded") {
    SUBCASE("unbalanced braces") {
        cvdex::RawText raw = cvdex::read_latex(document("\\textbf{open \\section{x\n} } } }\nText {\n"));
        CHECK_FALSE(raw.lines.empty());
    }
    SUBCASE("100k nested braces") {
        std::string deep = std::string(100000, '{') + "core" + std::string(100000, '}');
        CHECK(show(cvdex::read_latex(document(deep))) == "core\n");
    }
    SUBCASE("100k nested commands") {
        std::string deep;
        for (int i = 0; i < 100000; ++i) deep += "\\textbf{";
        deep += "core";
        deep += std::string(100000, '}');
        CHECK(show(cvdex::read_latex(document(deep))) == "! core\n");
    }
    SUBCASE("100k unclosed arguments") {
        std::string deep;
        for (int i = 0; i < 100000; ++i) deep += "\\foo{x";
        cvdex::RawText raw = cvdex::read_latex(document(deep));
        CHECK(raw.lines.size() <= 1);
    }
    SUBCASE("100k nested conditionals") {
        std::string deep;
        for (int i = 0; i < 100000; ++i) deep += "\\iffalse ";
        deep += "hidden";
        for (int i = 0; i < 100000; ++i) deep += "\\fi ";
        CHECK(cvdex::read_latex(document(deep + "shown\n")).lines.size() == 1);
    }
    SUBCASE("100k unclosed conditionals and inputs") {
        std::string deep;
        for (int i = 0; i < 100000; ++i) deep += "\\ifthenelse{\\input{\\setboolean{";
        cvdex::RawText raw = cvdex::read_latex(document(deep), loader({}));
        CHECK(raw.lines.size() <= 1);
    }
    SUBCASE("many inputs") {
        std::string many;
        for (int i = 0; i < 5000; ++i) many += "\\input{x}";
        cvdex::RawText raw = cvdex::read_latex(document(many), loader({{"x.tex", "x"}}));
        REQUIRE(raw.lines.size() == 1);
        CHECK(raw.lines[0].text.size() == 2 * 1000 - 1);  // "x x x ...": the first 1000
        CHECK(raw.warnings.size() == 1);
    }
    SUBCASE("a file that includes itself") {
        cvdex::RawText raw = cvdex::read_latex("\\input{self}", loader({{"self.tex", "x \\input{self}"}}));
        CHECK(show(raw) == "x\n");
        CHECK(raw.warnings.size() == 1);
    }
}
