// read_docx and read_odt on the fixtures of tests/data/office (make_fixtures.py writes them).
#include <doctest/doctest.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "cvdex/errors.hpp"
#include "cvdex/read.hpp"
#include "read/office_text.hpp"
#include "reader_lines.hpp"

namespace {

std::string office_fixture(const std::string& name) { return cvdex::test::fixture("office", name); }

struct ExpectedLine {
    const char* text;
    int heading_level = 0;
    bool emphasized = false;
    bool bullet = false;
    int indent = 0;
};

void check_lines(const cvdex::RawText& raw, const std::vector<ExpectedLine>& expected) {
    REQUIRE(raw.lines.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        // Numbered, because the same text can come twice and doctest tells subcases by name.
        const std::string name = std::to_string(i + 1) + ": " + expected[i].text;
        SUBCASE(name.c_str()) {
            const cvdex::TextLine& line = raw.lines[i];
            CHECK(line.text == expected[i].text);
            CHECK(line.heading_level == expected[i].heading_level);
            CHECK(line.emphasized == expected[i].emphasized);
            CHECK(line.bullet == expected[i].bullet);
            CHECK(line.indent == expected[i].indent);
            CHECK(line.source_line == 0);  // paragraphs have no line numbers
        }
    }
}

}  // namespace

TEST_CASE("read_docx: paragraphs, styles, lists, tables, text boxes and links") {
    const std::string bytes = office_fixture("cv.docx");
    const cvdex::RawText raw = cvdex::read_docx(bytes);
    CHECK(raw.format == cvdex::Format::docx);
    CHECK(raw.warnings.empty());
    CHECK(raw.links == std::vector<std::string>{"https://github.com/janedoe", "https://janedoe.dev"});
    check_lines(raw, {
        {"Jane Q. Doe", 1},                                         // style "Titel" named "Title"
        {"jane@example.org\t+1 555 0100"},                          // w:tab
        {"github.com/janedoe"},                                     // hyperlink text; target in links
        {"Experience", 1, true},                                    // "berschrift1" named "heading 1", bold
        {"2019 – 2023 | Acme Corp, Berlin | Senior Engineer"},      // row; a cell's paragraphs joined
        {"2015 – 2019 | Initech, Engineer | Team Lead"},            // empty cell dropped, nested table flat
        {"2012 – 2015 | Hooli, Intern."},                           // the heads of the cells ...
        {"Wrote tests", 0, false, true},                            // ... then the bullets under them
        {"Fixed bugs", 0, false, true},                             // a typed "• "
        {"Typed bullet", 0, false, true},                           // "•", a tab, the text
        {"Key Achievements", 0, true},                              // w:b and a bold character style
        {"Partly plain"},                                           // half bold: not emphasized
        {"Not bold after all"},                                     // w:b w:val="0" beats the style
        {"Skills", 2},
        {"Python", 0, false, true, 0},                              // w:numPr
        {"Django", 0, false, true, 2},                              // w:ilvl 1
        {"Rust", 0, false, true, 0},                                // "List Bullet" style
        {"Not a bullet"},                                           // w:numId 0 removes the numbering
        {"Projects", 2},                                            // the paragraph's own w:outlineLvl
        {"Education", 1, true},                                     // w:basedOn a heading style
        {"Honours", 3},                                             // the style's w:outlineLvl
        {"Interests", 4},                                           // unknown id "Heading4"
        {"Cycling"},                                                // a w:basedOn cycle ends
        {"Line one"},                                               // w:br splits the paragraph
        {"Line two"},
        {"Call me maybe"},                                          // w:del skipped, w:ins kept
        {"janedoe.dev"},                                            // field result, not the field code
        {"e-mail"},                                                 // w:noBreakHyphen; w:sym ignored
        {"Boxed text"},                                             // text box read once (no VML copy)
        {"anchor text"},
        {"In a content control"},                                   // w:sdt content, not its alias
        {"Visible"},                                                // w:vanish hidden text dropped
        {"Senior Developer"},                                       // whitespace-only w:t kept
        {"Contact", 2},                                             // a layout table: cell by cell
        {"jane@example.org"},
        {"Berlin"},
        {"Summary", 2},
        {"Engineer who ships."},
        {"Tab stop only"},                                          // w:tabs in w:pPr are not text
    });
    for (const cvdex::TextLine& line : raw.lines) CHECK(line.text != "CONFIDENTIAL HEADER");
}

TEST_CASE("OfficeTextBuilder: the paragraphs of a cell after an abbreviation stay apart") {
    // "Acme Inc." above "Berlin" in one cell: the full stop ends the legal form, not a sentence,
    // so the city must not run into the employer's name.
    cvdex::detail::OfficeTextBuilder text(1 << 20);
    auto cell = [&](std::initializer_list<const char*> paragraphs) {
        text.begin_cell();
        for (const char* p : paragraphs) {
            text.begin_paragraph({});
            text.add_text(p, false);
            text.end_paragraph();
        }
        text.end_cell();
    };
    text.begin_table();
    for (const char* employer : {"Acme Inc.", "Brookleaf Insurance S.A.E.", "Marshix sp. z o.o."}) {
        text.begin_row();
        cell({"2019 – 2023"});
        cell({employer, "Berlin"});
        cell({"Engineer"});
        text.end_row();
    }
    text.begin_row();
    cell({"2015 – 2019"});
    cell({"Initech", "Built the billing system.", "Led migrations."});
    text.end_row();
    text.end_table();
    const std::vector<cvdex::TextLine> lines = text.finish();
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].text == "2019 – 2023 | Acme Inc., Berlin | Engineer");
    CHECK(lines[1].text == "2019 – 2023 | Brookleaf Insurance S.A.E., Berlin | Engineer");
    CHECK(lines[2].text == "2019 – 2023 | Marshix sp. z o.o., Berlin | Engineer");
    CHECK(lines[3].text == "2015 – 2019 | Initech, Built the billing system. Led migrations.");
}

TEST_CASE("read_docx: a default namespace and no styles.xml") {
    const std::string bytes = office_fixture("nostyles.docx");
    check_lines(cvdex::read_docx(bytes), {
        {"Summary", 1},  // built-in id "Heading1"
        {"Listed", 0, false, true},
        {"All bold", 0, true},
    });
}

TEST_CASE("read_docx: thousands of nested tables and content controls") {
    const std::string bytes = office_fixture("deep.docx");
    check_lines(cvdex::read_docx(bytes), {{"deep"}});
}

TEST_CASE("read_docx: bad files are InputErrors with a reason") {
    struct Row {
        const char* file;
        std::size_t max_uncompressed_size;
        const char* message;
    };
    const Row rows[] = {
        {"corrupt.docx", 64u << 20, "not a valid zip archive: Not a zip archive"},
        {"nodocument.docx", 64u << 20, "not a Word document: word/document.xml is missing"},
        {"malformed.docx", 64u << 20, "malformed word/document.xml: Start-end tags mismatch at offset 543"},
        {"encrypted.docx", 64u << 20, "encrypted document"},
        // Refused by its declared size, before inflating anything.
        {"bomb.docx", 64u << 20,
         "document too large: 'word/document.xml' inflates to more than the remaining 67108864 bytes (a zip bomb?)"},
        // Declares 1000 bytes, inflates to 4 MB: stopped while inflating.
        {"bomb-lying.docx", 1u << 20,
         "document too large: 'word/document.xml' inflates to more than the remaining 1048576 bytes (a zip bomb?)"},
        // The budget is shared by all parts: document.xml leaves too little for styles.xml.
        {"budget.docx", 1500,
         "document too large: 'word/styles.xml' inflates to more than the remaining 500 bytes (a zip bomb?)"},
    };
    for (const Row& row : rows) {
        SUBCASE(row.file) {
            const std::string bytes = office_fixture(row.file);
            cvdex::ReadOptions options;
            options.max_uncompressed_size = row.max_uncompressed_size;
            CHECK_THROWS_WITH_AS((void)cvdex::read_docx(bytes, options), row.message, cvdex::InputError);
        }
    }
    SUBCASE("empty input") {
        CHECK_THROWS_WITH_AS((void)cvdex::read_docx(""), "not a valid zip archive: empty file",
                             cvdex::InputError);
    }
}

TEST_CASE("read_odt: headings, styles, lists, tables and links") {
    const std::string bytes = office_fixture("cv.odt");
    const cvdex::RawText raw = cvdex::read_odt(bytes);
    CHECK(raw.format == cvdex::Format::odt);
    CHECK(raw.warnings.empty());
    CHECK(raw.links == std::vector<std::string>{"https://jane.example.org"});
    const std::string spaces(64, ' ');
    const std::string capped = "x" + spaces + "y";
    check_lines(raw, {
        {"Jane Q. Doe", 1},                  // the "Title" style
        {"Experience", 1, true},             // text:h; Heading 1 is bold
        {"Acme Corp", 2},                    // text:outline-level
        {"Styled heading", 1, true},         // a text:p whose style has an outline level
        {"Bold paragraph", 0, true},         // automatic style P1, bold
        {"Whole bold", 0, true},             // every span bold (weight 700, a common text style)
        {"Bold but not all"},                // a span turns bold off
        {"Spaces:   three"},                 // text:s text:c="3"
        {"a\tb"},                            // text:tab
        {"first"},                           // text:line-break splits
        {"second"},
        {"Visit my site"},                   // text:a
        {"lots of space"},                   // white space collapses
        {"Note"},                            // the footnote is not body text
        {"Comment"},                         // nor is the annotation
        {"Python", 0, false, true, 0},       // text:list; tracked deletions skipped before it
        {"C++", 0, false, true, 0},
        {"Qt", 0, false, true, 2},           // nested list
        {"Period | Employer"},               // header row
        {"2019 – 2023 | Acme Corp, Berlin"}, // covered cell skipped
        {"2015 – 2019 | Initech"},           // a list in a cell follows its row
        {"Shipped it", 0, false, true},
        {capped.c_str()},                    // text:c="1000000" capped
        {"In a frame"},                      // a frame's text box, before its anchor paragraph ends
        {"Anchor"},
    });
}

TEST_CASE("read_odt: bad files are InputErrors") {
    CHECK_THROWS_WITH_AS((void)cvdex::read_odt(office_fixture("cv.docx")),
                         "not an OpenDocument file: content.xml is missing", cvdex::InputError);
    CHECK_THROWS_WITH_AS((void)cvdex::read_odt(office_fixture("corrupt.docx")),
                         "not a valid zip archive: Not a zip archive", cvdex::InputError);
    cvdex::ReadOptions options;
    options.max_uncompressed_size = 100;
    CHECK_THROWS_WITH_AS((void)cvdex::read_odt(office_fixture("cv.odt"), options),
                         "document too large: 'content.xml' inflates to more than the remaining 100 bytes "
                         "(a zip bomb?)",
                         cvdex::InputError);
}
