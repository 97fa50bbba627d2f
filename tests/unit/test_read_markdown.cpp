#include <doctest/doctest.h>

#include <algorithm>
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
        cases, [](const std::string& input) { return cvdex::read_markdown(input); }, cvdex::Format::markdown);
}

}  // namespace

TEST_CASE("markdown reader: headings") {
    check_cases({
        {"ATX levels 1 to 6", "# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six\n",
         {"#1 One", "#2 Two", "#3 Three", "#4 Four", "#5 Five", "#6 Six"}},
        {"closing hashes stripped", "## Experience ##\n### C# ###\n", {"#2 Experience", "#3 C#"}},
        {"no space after # is text", "#hashtag\n####### seven\n", {"#hashtag", "####### seven"}},
        {"heading made of a link", "# [Zora Quill](https://zora.example)\n", {"#1 Zora Quill"},
         {"https://zora.example"}},
        {"setext with = and -", "Zora Quill\n==========\n\nProjects\n--------\n", {"#1 Zora Quill", "#2 Projects"}},
        {"a rule after a blank line is no underline", "Text\n\n---\n\nMore\n", {"Text", "More"}},
        {"a rule after a bullet is no underline", "- item\n---\n", {"* item"}},
    });
}

TEST_CASE("markdown reader: emphasis and bold-only lines") {
    check_cases({
        {"whole-line bold is emphasized", "**Jun 2021 – Present | Remote**\n__Experience__\n",
         {"! Jun 2021 – Present | Remote", "! Experience"}},
        {"bold label then text is not", "**Languages:** Rust, Go\n", {"Languages: Rust, Go"}},
        {"two bold runs are not one", "**Lead** at **Acme**\n", {"Lead at Acme"}},
        {"inline markers removed", "Built *fast* and _tidy_ ~~old~~ `code` tools\n",
         {"Built fast and tidy old code tools"}},
        {"snake_case and lone stars stay", "kept snake_case_name and 5 * 3\n", {"kept snake_case_name and 5 * 3"}},
        {"backslash escapes", "Not \\*emphasis\\* here\\_too\n", {"Not *emphasis* here_too"}},
        {"bold italic", "***Gardener***\n", {"! Gardener"}},
    });
}

TEST_CASE("markdown reader: lists") {
    check_cases({
        {"bullet markers and numbers", "- dash\n* star\n+ plus\n1. one\n2) two\n",
         {"* dash", "* star", "* plus", "* one", "* two"}},
        {"nesting by indent", "- top\n  - nested\n    - deeper\n", {"* top", "* [2] nested", "* [4] deeper"}},
        {"task boxes dropped", "- [ ] todo\n- [x] done\n", {"* todo", "* done"}},
        {"bold bullet", "- **Team lead**\n", {"* ! Team lead"}},
        {"a number without a marker is text", "2019 was good\n", {"2019 was good"}},
    });
}

TEST_CASE("markdown reader: links and images") {
    check_cases({
        {"inline link", "See [my site](https://zq.example/cv \"title\") now\n", {"See my site now"},
         {"https://zq.example/cv"}},
        {"mailto links", "[Email](mailto:zq@example.org)\n", {"Email"}, {"mailto:zq@example.org"}},
        {"autolinks", "<https://git.example/zq> <zq@example.org>\n", {"https://git.example/zq zq@example.org"},
         {"https://git.example/zq", "mailto:zq@example.org"}},
        {"images dropped", "![photo](me.png) Zora\n", {"Zora"}},
        {"badge inside a link", "[![ci](https://img.example/b.svg)](https://ci.example/zq) CI\n", {"CI"},
         {"https://ci.example/zq"}},
        {"reference links and definitions", "[Site][home]\n\n[home]: https://home.example\n", {"Site"},
         {"https://home.example"}},
        {"relative and anchor links are not kept", "[top](#top) [cv](/cv.pdf)\n", {"top cv"}},
    });
}

TEST_CASE("markdown reader: tables, rules and code") {
    check_cases({
        {"pipe table", "| Skill | Level |\n|:------|:-----:|\n| Go | **expert** |\n| Rust | good |\n",
         {"Skill | Level", "Go | expert", "Rust | good"}},
        {"table without outer pipes", "Year | Prize\n---- | -----\n2020 | Golden Spade\n",
         {"Year | Prize", "2020 | Golden Spade"}},
        {"escaped pipe and empty cells", "| a \\| b | |\n|---|---|\n| c | d |\n", {"a | b", "c | d"}},
        {"horizontal rules dropped", "A\n\n---\n\n***\n\n___\n\n- - -\n\nB\n", {"A", "B"}},
        {"fenced code kept as text", "```bash\nmake  -j4 &amp;\n**not bold**\n```\nafter\n",
         {"make -j4 &amp;", "**not bold**", "after"}},
        {"tilde fence", "~~~\ncode line\n~~~\n", {"code line"}},
        {"block quote", "> Quoted **praise**\n", {"Quoted praise"}},
    });
}

TEST_CASE("markdown reader: raw HTML and entities") {
    check_cases({
        {"heading and list tags",
         "<div id=\"name\">\n  <h1><a href=\"https://zq.example\">Zora Quill</a></h1>\n</div>\n<ul>\n"
         "  <li><a href=\"https://git.example/zq\">git.example/zq</a></li>\n</ul>\n",
         {"#1 [2] Zora Quill", "* [2] git.example/zq"},
         {"https://zq.example", "https://git.example/zq"}},
        {"br splits lines", "Line one<br>Line two<br/>Line three\n", {"Line one", "Line two", "Line three"}},
        {"a heading across lines", "<h2>\nSkills\n</h2>\nDigging\n", {"#2 Skills", "Digging"}},
        {"inline tags stripped", "A <b>bold</b> <span class=\"x\">claim</span>\n", {"A bold claim"}},
        {"script content dropped", "<script>var x = 1;</script>Text\n", {"Text"}},
        {"comments removed", "Keep <!-- hidden --> this\n<!--\nhidden job\n-->\nvisible\n", {"Keep this", "visible"}},
        {"entities decoded", "R&amp;D &ndash; product&#8209;focused &#x2014; &copy;\n",
         {"R&D – product\u2011focused — ©"}},
    });
}

TEST_CASE("markdown reader: source lines and indents") {
    cvdex::RawText raw = cvdex::read_markdown("# Name\n\n<!-- a\ncomment -->\n\n- item\n    continued\n");
    REQUIRE(raw.lines.size() == 3);
    CHECK(raw.lines[0].source_line == 1);
    CHECK(raw.lines[1].source_line == 6);
    CHECK(raw.lines[2].source_line == 7);
    CHECK(raw.lines[2].indent == 4);
}

TEST_CASE("markdown reader: YAML front matter") {
    SUBCASE("a CV in the front matter becomes entry lines") {
        cvdex::RawText raw = cvdex::read_markdown(
            "---\ntitle: CV\nexperiences:\n  - title: Head Gardener\n    organization:\n      name: Fern & Co\n"
            "    dates: '2019 - today'\n    location: Nowhere\n---\n\n## About\n\nI grow things.\n");
        auto entry = std::find_if(raw.lines.begin(), raw.lines.end(),
                                  [](const auto& line) { return line.entry.has_value(); });
        REQUIRE(entry != raw.lines.end());
        CHECK(entry->entry->title == "Head Gardener");
        CHECK(entry->entry->organization == "Fern & Co");
        CHECK(entry->entry->dates == "2019 - today");
        REQUIRE(raw.lines.size() >= 2);
        CHECK(show(raw.lines[raw.lines.size() - 2]) == "#2 About");
        CHECK(raw.lines.back().text == "I grow things.");
        CHECK(raw.lines.back().source_line == 13);
    }
    SUBCASE("front matter without a CV is dropped") {
        cvdex::RawText raw = cvdex::read_markdown("---\ntitle: Resume\npermalink: /resume/\n---\n\nHello\n");
        CHECK(show(raw) == "Hello\n");
    }
    SUBCASE("invalid YAML is dropped with a warning") {
        cvdex::RawText raw = cvdex::read_markdown("---\ntitle: [unclosed\n---\nHello\n");
        CHECK(show(raw) == "Hello\n");
        CHECK(raw.warnings.size() == 1);
    }
    SUBCASE("an unclosed --- is a rule") {
        cvdex::RawText raw = cvdex::read_markdown("---\nHello\n");
        CHECK(show(raw) == "Hello\n");
    }
}

TEST_CASE("markdown reader: hostile input stays bounded") {
    SUBCASE("many brackets") {
        std::string input(100000, '[');
        cvdex::RawText raw = cvdex::read_markdown(input);
        REQUIRE(raw.lines.size() == 1);
        CHECK(raw.lines[0].text.size() == input.size());
    }
    SUBCASE("many unmatched delimiters and backticks") {
        std::string input;
        for (int i = 0; i < 20000; ++i) input += "a* `` <b ";
        cvdex::RawText raw = cvdex::read_markdown(input);
        CHECK(raw.lines.size() == 1);
    }
    SUBCASE("an unclosed comment hides the rest") {
        CHECK(cvdex::read_markdown("Keep\n<!-- never closed\nGone\n").lines.size() == 1);
    }
}
