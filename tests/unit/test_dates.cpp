#include <doctest/doctest.h>

#include <string>

#include "cvdex/dates.hpp"

using cvdex::DateRange;
using cvdex::find_date_ranges;
using cvdex::parse_date_range;

namespace {

// "start..end" with "open" for an open range, e.g. "2020-11..open".
std::string describe(const DateRange& r) {
    return r.start.to_string() + ".." + (r.current ? std::string("open") : r.end ? r.end->to_string() : "?");
}

std::string first_range(const std::string& line, bool allow_single = false) {
    auto found = find_date_ranges(line, allow_single);
    return found.empty() ? "none" : describe(found.front().range);
}

}  // namespace

TEST_CASE("date ranges in every common form") {
    struct Row {
        const char* line;
        const char* expected;
    };
    const Row rows[] = {
        {"Nov 2020 — today", "2020-11..open"},
        {"Mar 2018 – Feb 2020 (2 years)", "2018-03..2020-02"},
        {"February 2021 — December 2022", "2021-02..2022-12"},
        {"Sep. 2023 - Mar. 2024", "2023-09..2024-03"},
        {"03/2018 - present", "2018-03..open"},
        {"2014-2016", "2014..2016"},
        {"2016--", "2016..open"},
        {"2024-", "2024..open"},
        {"since 2019", "2019..open"},
        {"Since March 2019", "2019-03..open"},
        {"2019 – now", "2019..open"},
        {"Jan '22 – Mar '23", "2022-01..2023-03"},
        {"2019 to 2021", "2019..2021"},
        {"June 2015 until August 2017", "2015-06..2017-08"},
        {"Jan. 2019 – heute", "2019-01..open"},
        {"seit 2020", "2020..open"},
        {"März 2015 bis Dez. 2018", "2015-03..2018-12"},
        {"Février 2014 à Mars 2016", "2014-02..2016-03"},
        {"depuis 2021", "2021..open"},
        {"septembre 2019 – aujourd'hui", "2019-09..open"},
        {"enero 2018 – actualidad", "2018-01..open"},
        {"Март 2016 — по настоящее время", "2016-03..open"},
        {"сентябрь 2012 – февраль 2016", "2012-09..2016-02"},
        {"с 2019 по 2021", "2019..2021"},
        {"2015 − 2017", "2015..2017"},
        {"2012 to date", "2012..open"},
        {"Oct 2010 - Current", "2010-10..open"},
        {"2020-05-05 - 2021-01-01", "2020-05..2021-01"},
        {"from 2010 to 2012", "2010..2012"},
        {"Jan – Mar 2020", "2020-01..2020-03"},
        {"2019 2021", "2019..2021"},
        {"2014-16", "2014..2016"},
        {"**Jun 2021 – Present | Remote**", "2021-06..open"},
        {"*Dec 2017 - Sep 2020*", "2017-12..2020-09"},
        {"Staff Engineer (Jan 2019 – Mar 2021)", "2019-01..2021-03"},
        {"01.2017 – 12.2019", "2017-01..2019-12"},
        {"2018/03 - 2019/11", "2018-03..2019-11"},
        {"2020年4月 – 現在", "2020-04..open"},
        {"2017年10月 – 2020年3月", "2017-10..2020-03"},
        {"2018.03 - 至今", "2018-03..open"},
        {"2019년 3월 ~ 현재", "2019-03..open"},
        {"April 2022 &ndash; Present", "none"},  // entities are decoded by readers, not here
    };
    for (const Row& row : rows) {
        SUBCASE(row.line) { CHECK(first_range(row.line) == row.expected); }
    }
}

TEST_CASE("text that is not a date range") {
    const char* rows[] = {
        "Managed 2000 servers",
        "Go to production",
        "Reduced costs by 40% in 2019",   // a single year is not a range by default
        "Call +1 555 2019 2021 0000",     // digits inside a phone number
        "Version v2018-2019",
        "2019 - Acme Corp",               // a spaced dash before a word: not an open range
        "ISO 9001",
    };
    for (const char* row : rows) {
        SUBCASE(row) { CHECK(first_range(row) == "none"); }
    }
}

TEST_CASE("single dates count when asked") {
    CHECK(first_range("2013 The Beatpacking Company", true) == "2013..2013");
    CHECK(first_range("2019 - Acme Corp", true) == "2019..2019");
    CHECK(first_range("May 2010", true) == "2010-05..2010-05");
}

TEST_CASE("match offsets cover the range text") {
    std::string line = "Senior Engineer, Acme, Mar 2018 – Feb 2020, Berlin";
    auto found = find_date_ranges(line);
    REQUIRE(found.size() == 1);
    CHECK(line.substr(found[0].begin, found[0].end - found[0].begin) == "Mar 2018 – Feb 2020");
}

TEST_CASE("several ranges in one line") {
    auto found = find_date_ranges("Coach (Nov 2020 - Sept 2021), then lead (Sept 2021 - April 2022)");
    REQUIRE(found.size() == 2);
    CHECK(describe(found[0].range) == "2020-11..2021-09");
    CHECK(describe(found[1].range) == "2021-09..2022-04");
}

TEST_CASE("whole-string parsing") {
    CHECK(describe(*parse_date_range("2016--")) == "2016..open");
    CHECK(describe(*parse_date_range("2020-05-05")) == "2020-05..2020-05");
    CHECK_FALSE(parse_date_range("Software developer").has_value());
    CHECK_FALSE(parse_date_range("2019 at Acme").has_value());
    CHECK(cvdex::parse_date("2020-05-05")->to_string() == "2020-05");
    CHECK(cvdex::YearMonth::parse("2019-03")->month == 3);
    CHECK_FALSE(cvdex::YearMonth::parse("2019-13").has_value());
}
