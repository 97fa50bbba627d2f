// read_pdf on the hand-written PDFs of tests/data/pdf (make_fixtures.py writes them).
#include <doctest/doctest.h>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "cvdex/errors.hpp"
#include "cvdex/read.hpp"
#include "read/pdf_layout.hpp"
#include "reader_lines.hpp"

namespace {

std::string pdf_fixture(const std::string& name) { return cvdex::test::fixture("pdf", name); }

struct ExpectedLine {
    const char* text;
    int heading_level = 0;
    bool emphasized = false;  ///< every word in a bold font
    bool bullet = false;
};

// Line i is expected to be source line i + 1: numbers run on across pages.
void check_lines(const cvdex::RawText& raw, const std::vector<ExpectedLine>& expected) {
    REQUIRE(raw.lines.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const std::string name = std::to_string(i + 1) + ": " + expected[i].text;
        SUBCASE(name.c_str()) {
            const cvdex::TextLine& line = raw.lines[i];
            CHECK(line.text == expected[i].text);
            CHECK(line.heading_level == expected[i].heading_level);
            CHECK(line.emphasized == expected[i].emphasized);
            CHECK(line.bullet == expected[i].bullet);
            CHECK(line.source_line == static_cast<int>(i + 1));
        }
    }
}

const std::vector<ExpectedLine> simple_first_page = {
    {"Jane Q. Doe", 1, true},                                   // 24 pt over a 10 pt body
    {"Berlin · jane@example.org · +49 30 1234567"},
    {"Experience", 2, true},                                    // 14 pt
    {"Senior Engineer, Acme Corp\t2019 – 2023"},                // right-aligned dates: a tab, not a column
    {"Led a team of five engineers", 0, false, true},           // "• " stripped
    {"Reduced cloud costs by 30%", 0, false, true},             // a bullet glyph on the line above
    {"Responsible for the redesign of the billing system."},    // "re-" + "design" joined
    {"Mentored two junior developers."},
    {"Education", 2, true},
    {"MSc Computer Science, TU Berlin\t2013 – 2015"},           // page number "1" dropped
};

}  // namespace

TEST_CASE("read_pdf: a one-column CV over two pages") {
    const std::string bytes = pdf_fixture("simple.pdf");
    const cvdex::RawText raw = cvdex::read_pdf(bytes);
    CHECK(raw.format == cvdex::Format::pdf);
    CHECK(raw.warnings.empty());
    std::vector<ExpectedLine> expected = simple_first_page;
    expected.insert(expected.end(), {
        {"Skills", 2, true},
        {"Python, Go, PostgreSQL, Kubernetes"},
        {"JavaScript"},                       // two boxes that touch: no space
        {"Docker", 0, false, true},           // "- Docker"
        {"-5% churn"},                        // not a list item
        {"Certified", 0, true},               // drawn twice, read once; bold
        {"Kubernetes Administrator"},
        {"self-"},                            // the next line starts upper case: not joined
        {"Motivated"},
        {"2024"},                             // a year, not a page number; "Page 2 of 2" dropped
    });
    check_lines(raw, expected);
}

TEST_CASE("read_pdf: a two-column CV reads the sidebar, then the main column") {
    const std::string bytes = pdf_fixture("two-column.pdf");
    const cvdex::RawText raw = cvdex::read_pdf(bytes);
    CHECK(raw.warnings.empty());
    check_lines(raw, {
        {"John Smith", 1, true},  // full width: before both columns
        {"Contact", 2, true},
        {"john@example.com"},
        {"+1 555 0199"},
        {"Skills", 2, true},
        {"Go"},
        {"Rust"},
        {"PostgreSQL"},
        {"Docker"},
        {"Languages", 2, true},
        {"English"},
        {"German"},
        {"Experience", 2, true},  // the right column, top to bottom
        {"Backend Developer, Globex"},
        {"2020 – 2024"},
        {"Built payment APIs in Go and PostgreSQL."},
        {"Software Engineer, Initech"},
        {"2016 – 2020"},
        {"Maintained the billing system."},
        {"Education", 2, true},
        {"BSc Informatics, KIT"},
        {"2012 – 2016"},
        {"References available on request from the author of this CV."},  // full width again
    });
}

TEST_CASE("read_pdf: dates in a column of their own stay beside their jobs") {
    const std::string bytes = pdf_fixture("date-column.pdf");
    std::vector<ExpectedLine> expected = {{"Experience", 2, true}};
    for (const char* job : {"2021 – 2024\tStaff Engineer, Umbrella", "2018 – 2021\tSenior Engineer, Globex",
                            "2015 – 2018\tEngineer, Initech", "2013 – 2015\tIntern, Hooli"}) {
        expected.push_back({job});
        expected.push_back({"Built and ran services for millions of users."});
        expected.push_back({"Led migrations."});
    }
    expected.insert(expected.end(), {{"Education", 2, true},
                                     {"2010 – 2013\tMSc Physics, Uni Bonn"},
                                     {"2007 – 2010\tBSc Physics, Uni Bonn"}});
    check_lines(cvdex::read_pdf(bytes), expected);
}

namespace {

// Words of 40 points with 5-point spaces from x = 50 to 540: a line across the whole page.
void full_width_row(std::vector<cvdex::detail::PdfWord>& words, double top, const std::string& first) {
    for (double x = 50; x + 40 <= 540; x += 45)
        words.push_back({x == 50 ? first : "text", x, top, x + 40, top + 10, 10, false, true});
}

}  // namespace

TEST_CASE("layout_page: full-width lines around a date column do not make it a second column") {
    // A summary and a skills list across the page, and between them jobs whose dates stand in a
    // column of their own: the rows across the page must not count as pairs across the gutter.
    using cvdex::detail::PdfWord;
    std::vector<PdfWord> words;
    double top = 60;
    words.push_back({"Summary", 50, top, 110, top + 13, 13, true, false});
    for (int i = 0; i < 3; ++i) full_width_row(words, top += 15, "summary");
    words.push_back({"Experience", 50, top += 20, 120, top + 13, 13, true, false});
    for (int job = 0; job < 4; ++job) {
        const std::string year = std::to_string(2020 - 2 * job);
        top += 20;
        words.push_back({year, 50, top, 75, top + 10, 10, false, true});
        words.push_back({"–", 78, top, 84, top + 10, 10, false, true});
        words.push_back({std::to_string(2021 - 2 * job), 87, top, 112, top + 10, 10, false, false});
        words.push_back({"Employer" + std::to_string(job), 170, top, 230, top + 10, 10, false, false});
        for (int line = 0; line < 2; ++line) {
            top += 15;
            words.push_back({"Built", 170, top, 195, top + 10, 10, false, true});
            words.push_back({"things.", 198, top, 230, top + 10, 10, false, false});
        }
    }
    words.push_back({"Skills", 50, top += 20, 90, top + 13, 13, true, false});
    for (int i = 0; i < 3; ++i) full_width_row(words, top += 15, "skills");

    const std::vector<cvdex::detail::PdfLine> lines = cvdex::detail::layout_page(words, 595);
    std::vector<std::string> texts;
    for (const auto& line : lines) texts.push_back(line.text);
    REQUIRE(texts.size() == 21);
    CHECK(texts[5] == "2020 – 2021\tEmployer0");
    CHECK(texts[6] == "Built things.");
    CHECK(texts[8] == "2018 – 2019\tEmployer1");
    CHECK(texts[14] == "2014 – 2015\tEmployer3");
    CHECK(texts[17] == "Skills");
}

namespace {

// A one-job date column: "<dates>   Lynxseed Ltd" above five lines of text in the second column,
// full-width text above and below. Returns the lines in reading order.
std::vector<std::string> one_job_page(std::initializer_list<const char*> dates) {
    using cvdex::detail::PdfWord;
    std::vector<PdfWord> words;
    double top = 60;
    words.push_back({"Summary", 50, top, 110, top + 13, 13, true, false});
    for (int i = 0; i < 2; ++i) full_width_row(words, top += 15, "summary");
    words.push_back({"Experience", 50, top += 20, 120, top + 13, 13, true, false});
    top += 20;
    double x = 50;
    for (const char* word : dates) {
        words.push_back({word, x, top, x + 15, top + 10, 10, false, true});
        x += 18;
    }
    words.push_back({"Lynxseed", 170, top, 215, top + 10, 10, false, true});
    words.push_back({"Ltd", 218, top, 235, top + 10, 10, false, false});
    for (int line = 0; line < 5; ++line) {
        top += 15;
        words.push_back({"Built", 170, top, 195, top + 10, 10, false, true});
        words.push_back({"things.", 198, top, 230, top + 10, 10, false, false});
    }
    words.push_back({"Skills", 50, top += 20, 90, top + 13, 13, true, false});
    for (int i = 0; i < 3; ++i) full_width_row(words, top += 15, "skills");
    std::vector<std::string> texts;
    for (const auto& line : cvdex::detail::layout_page(words, 595)) texts.push_back(line.text);
    return texts;
}

}  // namespace

TEST_CASE("layout_page: a date column with apostrophe years ('03) is a table too") {
    const std::vector<std::string> texts = one_job_page({"May", "'03", "–", "Feb", "'05"});
    REQUIRE(texts.size() == 14);
    CHECK(texts[4] == "May '03 – Feb '05\tLynxseed Ltd");
    CHECK(texts[5] == "Built things.");
}

TEST_CASE("layout_page: one job in a date column stays beside its dates") {
    // A junior's CV: one dated row, its description below in the second column, full-width text
    // above and below. The only pair across the gutter is the dated one: a table, not columns.
    using cvdex::detail::PdfWord;
    std::vector<PdfWord> words;
    double top = 60;
    words.push_back({"Summary", 50, top, 110, top + 13, 13, true, false});
    for (int i = 0; i < 2; ++i) full_width_row(words, top += 15, "summary");
    words.push_back({"Experience", 50, top += 20, 120, top + 13, 13, true, false});
    words.push_back({"Oct.", 50, top += 20, 70, top + 10, 10, false, true});
    words.push_back({"2023", 73, top, 98, top + 10, 10, false, true});
    words.push_back({"–", 101, top, 107, top + 10, 10, false, true});
    words.push_back({"Current", 110, top, 140, top + 10, 10, false, false});
    words.push_back({"Lynxseed", 170, top, 215, top + 10, 10, false, true});
    words.push_back({"Ltd", 218, top, 235, top + 10, 10, false, false});
    for (int line = 0; line < 5; ++line) {
        top += 15;
        words.push_back({"Built", 170, top, 195, top + 10, 10, false, true});
        words.push_back({"things.", 198, top, 230, top + 10, 10, false, false});
    }
    words.push_back({"Skills", 50, top += 20, 90, top + 13, 13, true, false});
    for (int i = 0; i < 3; ++i) full_width_row(words, top += 15, "skills");

    const std::vector<cvdex::detail::PdfLine> lines = cvdex::detail::layout_page(words, 595);
    std::vector<std::string> texts;
    for (const auto& line : lines) texts.push_back(line.text);
    REQUIRE(texts.size() == 14);
    CHECK(texts[4] == "Oct. 2023 – Current\tLynxseed Ltd");
    CHECK(texts[5] == "Built things.");
    CHECK(texts[10] == "Skills");
}

TEST_CASE("read_pdf: two columns whose rows line up are still read column by column") {
    const std::string bytes = pdf_fixture("two-column-aligned.pdf");
    check_lines(cvdex::read_pdf(bytes), {
        {"Maria Rossi", 1, true},
        {"CONTACT", 0, true},  // the sidebar, longer than the main column
        {"maria@example.org"},
        {"Milan, Italy"},
        {"SKILLS", 0, true},
        {"Java"},
        {"Kotlin"},
        {"Spring"},
        {"Kafka"},
        {"LANGUAGES", 0, true},
        {"Italian"},
        {"English"},
        {"EDUCATION", 0, true},
        {"MSc Informatics"},
        {"2008 – 2010"},
        {"EXPERIENCE", 0, true},  // the main column, although each of its rows has a sidebar row beside it
        {"Tech Lead, Duomo Data"},
        {"2018 – 2024"},
        {"Led the streaming team."},
        {"Developer, Navigli Soft"},
        {"2010 – 2018"},
        {"Built the billing backend."},
    });
}

TEST_CASE("read_pdf: pages beyond max_pdf_pages are not read") {
    const std::string bytes = pdf_fixture("simple.pdf");
    cvdex::ReadOptions options;
    options.max_pdf_pages = 1;
    const cvdex::RawText raw = cvdex::read_pdf(bytes, options);
    CHECK(raw.warnings == std::vector<std::string>{"PDF has 2 pages; read the first 1"});
    check_lines(raw, simple_first_page);
}

TEST_CASE("read_pdf: encrypted with an empty user password opens, with a warning") {
    const std::string bytes = pdf_fixture("encrypted-no-password.pdf");
    const cvdex::RawText raw = cvdex::read_pdf(bytes);
    CHECK(raw.warnings == std::vector<std::string>{"encrypted PDF without a user password: read anyway"});
    check_lines(raw, simple_first_page);
}

TEST_CASE("read_pdf: bad files are InputErrors with a reason") {
    struct Row {
        const char* name;
        std::string bytes;
        const char* message;
    };
    const Row rows[] = {
        {"needs a password", pdf_fixture("encrypted.pdf"), "encrypted PDF"},
        {"first 300 bytes", pdf_fixture("truncated.pdf"), "not a valid PDF (truncated or corrupt)"},
        {"not a PDF", "hello, world", "not a valid PDF (truncated or corrupt)"},
        {"empty", "", "not a valid PDF (truncated or corrupt)"},
    };
    for (const Row& row : rows) {
        SUBCASE(row.name) {
            CHECK_THROWS_WITH_AS((void)cvdex::read_pdf(row.bytes), row.message, cvdex::InputError);
        }
    }
}
