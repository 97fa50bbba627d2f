#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cvdex/read.hpp"
#include "reader_lines.hpp"

namespace {

using cvdex::test::rows;
using cvdex::test::show;

struct Case {
    const char* name;
    std::string input;
    std::vector<std::string> expected;
};

}  // namespace

TEST_CASE("plain text reader: lines, bullets and underlined titles") {
    const std::vector<Case> cases = {
        {"lines kept, blank lines dropped, spaces collapsed",
         "Mira   Okonkwo\n\n  \nSenior\tGardener  \n",
         {"Mira Okonkwo", "Senior Gardener"}},
        {"bullet characters",
         "• one\n· two\n▪ three\n- four\n* five\n– six\n● seven\n○ eight\n",
         {"* one", "* two", "* three", "* four", "* five", "* six", "* seven", "* eight"}},
        {"a marker without a space is text", "-5 degrees\n*starred*\n", {"-5 degrees", "*starred*"}},
        {"underlined with = is level 1", "Experience\n==========\nPlanted trees\n", {"#1 Experience", "Planted trees"}},
        {"underlined with - or ~ is level 2", "Skills\n------\nDigging\nTools\n~~~\n",
         {"#2 Skills", "Digging", "#2 Tools"}},
        {"an underline of two characters is text", "Hi\n--\n", {"Hi", "--"}},
        {"a mixed underline is text", "Title\n-=-=-\n", {"Title", "-=-=-"}},
        {"a rule on its own is dropped", "Top\n\n-------\n\nBottom\n", {"Top", "Bottom"}},
        {"form feeds are ignored", "Page one\n\fPage two\n\f\n", {"Page one", "Page two"}},
        {"indent in columns, tabs to 4", "Job\n    detail\n\tmore\n  - nested\n",
         {"Job", "[4] detail", "[4] more", "* [2] nested"}},
    };
    for (const Case& c : cases) {
        SUBCASE(c.name) {
            cvdex::RawText raw = cvdex::read_plain_text(c.input);
            CHECK(raw.format == cvdex::Format::text);
            CHECK(show(raw) == rows(c.expected));
        }
    }
}

TEST_CASE("plain text reader: source lines are 1-based and survive dropped lines") {
    cvdex::RawText raw = cvdex::read_plain_text("Name\n\nEducation\n---------\n\nBSc Botany\n");
    REQUIRE(raw.lines.size() == 3);
    CHECK(raw.lines[0].source_line == 1);
    CHECK(raw.lines[1].source_line == 3);
    CHECK(raw.lines[2].source_line == 6);
}

TEST_CASE("plain text reader: hostile input") {
    SUBCASE("empty input") { CHECK(cvdex::read_plain_text("").lines.empty()); }
    SUBCASE("only separators") { CHECK(cvdex::read_plain_text("====\n----\n~~~~\n").lines.empty()); }
    SUBCASE("a very long line") {
        std::string line(200000, 'x');
        cvdex::RawText raw = cvdex::read_plain_text(line);
        REQUIRE(raw.lines.size() == 1);
        CHECK(raw.lines[0].text.size() == line.size());
    }
}
