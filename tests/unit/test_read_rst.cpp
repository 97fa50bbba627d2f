#include <doctest/doctest.h>

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
        cases, [](const std::string& input) { return cvdex::read_rst(input); }, cvdex::Format::rst);
}

}  // namespace

TEST_CASE("rst reader: section titles") {
    check_cases({
        {"levels in order of first appearance",
         "Name\n====\n\nJobs\n----\n\nFirst\n~~~~~\n\nSkills\n------\n\nSecond\n~~~~~~\n",
         {"#1 Name", "#2 Jobs", "#3 First", "#2 Skills", "#3 Second"}},
        {"overline and underline is its own style",
         "======\nTitle\n======\n\nPart\n====\n\nOther\n=====\n",
         {"#1 Title", "#2 Part", "#2 Other"}},
        {"inset overline title", "---------\n Centred\n---------\n", {"#1 Centred"}},
        {"CJK titles count two columns per character", "經歷 事項\n=========\n\n學歷\n----\n",
         {"#1 經歷 事項", "#2 學歷"}},
        {"an underline as long as the characters is enough", "履歷書\n===\n", {"#1 履歷書"}},
        {"a short underline of four is still a title", "Publications\n````\n", {"#1 Publications"}},
        {"a short underline under three is text", "Awards\n--\n", {"Awards", "--"}},
        {"no title inside a paragraph", "first line\nsecond line\n----\n", {"first line", "second line"}},
        {"inline markup in a title", "**Work** `history`_\n===================\n", {"#1 Work history"}},
        {"a transition is dropped", "Before\n\n----------\n\nAfter\n", {"Before", "After"}},
    });
}

TEST_CASE("rst reader: comments, directives and targets are not text") {
    check_cases({
        {"a comment and its indented block",
         "Keep\n\n.. 2012--2014 Old Job\n   hidden detail\n\n   hidden too\n\nAlso kept\n", {"Keep", "Also kept"}},
        {"a bare .. comments out the indented block after it", "Keep\n\n..\n\n   hidden\n\nShown\n", {"Keep", "Shown"}},
        {"an empty comment in a definition", "2004--2007 School\n   ..\n\nNext\n", {"2004--2007 School", "Next"}},
        {"directives with options", ".. image:: me.png\n   :width: 100\n\n.. contents::\n\nText\n", {"Text"}},
        {"substitution definitions, |nbsp| is a space",
         ".. |nbsp| unicode:: 0xA0\n   :trim:\n.. |co| replace:: Fern & Co\n\nMail a@b.c, |nbsp| x@y.z at |co|\n",
         {"Mail a@b.c, x@y.z at Fern & Co"}},
        {"named and anonymous targets are links",
         "Worked at Fern_ and `Moss Ltd`__.\n\n.. _Fern: https://fern.example/\n__ https://moss.example/\n",
         {"Worked at Fern and Moss Ltd."}, {"https://fern.example/", "https://moss.example/"}},
        {"a long target URL continues on indented lines", ".. _Moss: https://moss.example/\n   very/long\n",
         {}, {"https://moss.example/very/long"}},
        {"internal and indirect targets are not links", ".. _top:\n.. _alias: other_\n\nText\n", {"Text"}},
        {"body directives keep their text", ".. note::\n   :class: wide\n\n   Also speaks Esperanto.\n",
         {"[3] Also speaks Esperanto."}},
        {"a topic title is emphasized", ".. topic:: Hobbies\n\n   Chess\n", {"! Hobbies", "[3] Chess"}},
    });
}

TEST_CASE("rst reader: inline markup") {
    check_cases({
        {"strong, emphasis, literal", "**Lead** *gardener* using ``rake --fast``\n",
         {"Lead gardener using rake --fast"}},
        {"embedded URI", "Talk: `Soil and Me <https://talks.example/soil>`_ (2019)\n", {"Talk: Soil and Me (2019)"},
         {"https://talks.example/soil"}},
        {"a URI alone", "`<https://only.example/>`_\n", {"https://only.example/"}, {"https://only.example/"}},
        {"reference names lose their underscore only", "Tools: Rake_, Hoe__, snake_case, __init__, Sass_/SCSS\n",
         {"Tools: Rake, Hoe, snake_case, __init__, Sass/SCSS"}},
        {"escaped space joins text", "ImageMagick_\\ 의 binding\n", {"ImageMagick의 binding"}},
        {"roles keep their text", ":abbr:`CV (curriculum vitae)` and `x`:sup:\n", {"CV (curriculum vitae) and x"}},
        {"footnote references vanish", "Award winner [1]_ and [#note]_.\n", {"Award winner and."}},
        {"markup across lines of a paragraph", "- `Growing things: a talk\n  about soil <https://t.example>`_, 2020\n",
         {"* Growing things: a talk", "[2] about soil, 2020"}, {"https://t.example"}},
        {"no markup inside words", "2*3*4 and a*b\n", {"2*3*4 and a*b"}},
        {"a whole bold line is emphasized", "**Senior Gardener, Fern & Co**\n\n**Lead**, *2019 - 2020*\n",
         {"! Senior Gardener, Fern & Co", "Lead, 2019 - 2020"}},
    });
}

TEST_CASE("rst reader: lists, definitions, fields, tables") {
    check_cases({
        {"bullets and enumerations", "- dash\n* star\n+ plus\n• dot\n1. one\n#. auto\n(3) three\n",
         {"* dash", "* star", "* plus", "* dot", "* one", "* auto", "* three"}},
        {"continuation lines and nesting", "- first\n  goes on\n\n  - nested\n",
         {"* first", "[2] goes on", "* [2] nested"}},
        {"definition list", "2018--2023 Fern_\n   Grew ferns.\n\n   Used: spades.\n\nPython\n    expert\n",
         {"2018--2023 Fern", "[3] Grew ferns.", "[3] Used: spades.", "Python", "[4] expert"}},
        {"definition with a bullet list", "Interests\n   - chess\n   - moss\n",
         {"Interests", "* [3] chess", "* [3] moss"}},
        {"field list", ":Email: zq@example.org\n:Phone: +1 555 0100\n",
         {"Email: zq@example.org", "Phone: +1 555 0100"}},
        {"simple table",
         "=========== ===============\n Born        1990\n Email       zq@example.org\n"
         "=========== ===============\n\nAfter\n",
         {"Born | 1990", "Email | zq@example.org", "After"}},
        {"simple table with a header",
         "=====  ======\nYear   Prize\n=====  ======\n2020   **Gold**\n2021   Silver\n=====  ======\n",
         {"Year | Prize", "2020 | Gold", "2021 | Silver"}},
        {"grid table",
         "+------+---------+\n| Year | Prize   |\n+======+=========+\n| 2020 | Golden  |\n|      | Spade   |\n"
         "+------+---------+\n",
         {"Year | Prize", "2020 | Golden Spade"}},
        {"literal block", "Example::\n\n   raw  **text**\n\nAfter\n", {"Example:", "[3] raw **text**", "After"}},
        {"line block", "| Fern Street 1\n| Mosstown\n", {"Fern Street 1", "Mosstown"}},
    });
}

TEST_CASE("rst reader: source lines") {
    cvdex::RawText raw = cvdex::read_rst(".. comment\n\nTitle\n=====\n\n- item\n  more\n");
    REQUIRE(raw.lines.size() == 3);
    CHECK(raw.lines[0].source_line == 3);
    CHECK(raw.lines[1].source_line == 6);
    CHECK(raw.lines[2].source_line == 7);
}

TEST_CASE("rst reader: hostile input stays bounded") {
    SUBCASE("many unmatched start-strings") {
        std::string input;
        for (int i = 0; i < 30000; ++i) input += " *a `b |c **d ``e";
        cvdex::RawText raw = cvdex::read_rst(input);
        CHECK(raw.lines.size() == 1);
    }
    SUBCASE("only adornments") { CHECK(cvdex::read_rst("====\n----\n====\n").lines.empty()); }
    SUBCASE("an unterminated table") { CHECK(cvdex::read_rst("===  ===\na    b\n").lines.size() == 1); }
}
