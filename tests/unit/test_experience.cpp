#include <doctest/doctest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cvdex/extract.hpp"
#include "cvdex/read.hpp"
#include "cvdex/record.hpp"
#include "cvdex/skills.hpp"
#include "extract/extractors.hpp"

namespace {

using cvdex::Job;
using cvdex::YearMonth;

constexpr YearMonth today{2026, 11};

const cvdex::Taxonomy& taxonomy() {
    static const std::shared_ptr<const cvdex::Taxonomy> builtin = cvdex::Taxonomy::builtin();
    return *builtin;
}

/// A job from "2018-03" / "2018" / "" (none) and an end that may be "open".
Job job(const char* start, const char* end) {
    Job j;
    j.start = YearMonth::parse(start);
    if (std::string_view(end) == "open") j.current = true;
    else j.end = YearMonth::parse(end);
    return j;
}

struct Span {
    const char* start;
    const char* end;
};

struct UnionRow {
    const char* name;
    std::vector<Span> jobs;
    int months;
};

/// Skills of a record as "Name months last_used", one per row ("-" for no last use).
std::string show(const std::vector<cvdex::SkillExperience>& skills) {
    std::string shown;
    for (const cvdex::SkillExperience& s : skills)
        shown += s.name + " " + std::to_string(s.months) + " " + (s.last_used ? s.last_used->to_string() : "-") + "\n";
    return shown;
}

std::string rows(const std::vector<std::string>& lines) {
    std::string joined;
    for (const std::string& line : lines) joined += line + "\n";
    return joined;
}

cvdex::CvRecord record_of(std::string_view markdown) {
    return cvdex::extract_record(cvdex::read_markdown(markdown), taxonomy(), cvdex::ExtractOptions{today});
}

}  // namespace

TEST_CASE("experience: union_months over job intervals") {
    const UnionRow table[] = {
        {"no jobs", {}, 0},
        {"inclusive months: Mar 2018 .. Feb 2020", {{"2018-03", "2020-02"}}, 24},
        {"one month", {{"2020-05", "2020-05"}}, 1},
        {"year-only range 2014-2016", {{"2014", "2016"}}, 36},
        {"a year alone", {{"2013", "2013"}}, 12},
        {"month start, year end", {{"2015-10", "2016"}}, 15},
        {"overlapping jobs are merged", {{"2018-01", "2019-12"}, {"2019-06", "2020-06"}}, 30},
        {"a job inside another counts once", {{"2015", "2020"}, {"2016-03", "2017-01"}}, 72},
        {"adjacent jobs", {{"2018-01", "2018-12"}, {"2019-01", "2019-12"}}, 24},
        {"a gap between jobs is not counted", {{"2018-01", "2018-06"}, {"2019-01", "2019-06"}}, 12},
        {"order does not matter", {{"2019-06", "2020-06"}, {"2018-01", "2019-12"}}, 30},
        {"open range counts to today", {{"2025-06", "open"}}, 18},
        {"open year-only range counts from January", {{"2025", "open"}}, 23},
        {"an end after today is clamped", {{"2026-01", "2027-12"}}, 11},
        {"a start after today is ignored", {{"2027-01", "2028-01"}}, 0},
        {"a start after today beside a real job", {{"2027-01", "open"}, {"2020-01", "2020-12"}}, 12},
        {"a job without a start is ignored", {{"", "2020-12"}}, 0},
        {"an end before the start is ignored", {{"2020-06", "2019-01"}}, 0},
        {"open and closed overlapping", {{"2024-01", "open"}, {"2023-01", "2024-06"}}, 47},
    };
    for (const UnionRow& row : table) {
        SUBCASE(row.name) {
            std::vector<Job> jobs;
            for (const Span& span : row.jobs) jobs.push_back(job(span.start, span.end));
            std::vector<const Job*> pointers;
            for (const Job& j : jobs) pointers.push_back(&j);
            CHECK(cvdex::union_months(pointers, today) == row.months);
        }
    }
}

TEST_CASE("experience: job_last_month") {
    struct Row {
        const char* name;
        Span span;
        std::string last;  ///< "" for nothing
    };
    const Row table[] = {
        {"closed", {"2018-03", "2020-02"}, "2020-02"},
        {"year-only end is December", {"2014", "2016"}, "2016-12"},
        {"current is today", {"2020-01", "open"}, "2026-11"},
        {"end after today is today", {"2025-01", "2027-06"}, "2026-11"},
        {"start after today", {"2027-01", "open"}, ""},
        {"no start", {"", "2020-01"}, ""},
    };
    for (const Row& row : table) {
        SUBCASE(row.name) {
            auto last = cvdex::job_last_month(job(row.span.start, row.span.end), today);
            CHECK((last ? last->to_string() : std::string()) == row.last);
        }
    }
}

TEST_CASE("experience: extract_record sums employment months") {
    struct Row {
        const char* name;
        const char* markdown;
        int months;
    };
    const Row table[] = {
        {"overlapping jobs merged",
         "## Experience\n\n### Engineer | Acme Ltd\n**Jan 2018 – Dec 2019**\n\n"
         "### Consultant | Brightwater Labs\n**Jun 2019 – Jun 2020**\n",
         30},
        {"adjacent jobs",
         "## Experience\n\n### Engineer | Acme Ltd\n**Jan 2018 – Dec 2018**\n\n"
         "### Engineer | Brightwater Labs\n**Jan 2019 – Dec 2019**\n",
         24},
        {"year-only ranges", "## Experience\n\n### Engineer | Acme Ltd\n**2014 – 2016**\n", 36},
        {"a year alone", "## Experience\n\n2013 Quillon Studio, Intern\n", 12},
        {"open range to today", "## Experience\n\n### Engineer | Acme Ltd\n**Jun 2025 – Present**\n", 18},
        {"end after today clamped", "## Experience\n\n### Engineer | Acme Ltd\n**Jan 2026 – Dec 2027**\n", 11},
        {"start after today ignored",
         "## Experience\n\n### Engineer | Acme Ltd\n**Jan 2020 – Dec 2020**\n\n"
         "### Engineer | Future Corp\n**Jan 2027 – Present**\n",
         12},
        {"projects do not count",
         "## Experience\n\n### Engineer | Acme Ltd\n**Jan 2020 – Dec 2020**\n\n"
         "## Projects\n\n### Maintainer | Kettle CLI\n**2015 – 2019**\n",
         12},
    };
    for (const Row& row : table) {
        SUBCASE(row.name) { CHECK(record_of(row.markdown).experience_months == row.months); }
    }
}

TEST_CASE("experience: per-skill months and last use") {
    const cvdex::CvRecord record = record_of(
        "# Mira Kovalenko\n\n## Skills\n\nPython, Go, PostgreSQL, Haskell\n\n## Experience\n\n"
        "### Backend Engineer | Nordlicht Systems GmbH\n**Jan 2023 – Present**\n\n- Go services on PostgreSQL.\n\n"
        "### Developer | Quill Ltd\n**Jan 2020 – Jun 2023**\n\n- Python and PostgreSQL.\n\n"
        "### Developer | Ostara Media\n**Jan 2016 – Dec 2017**\n\n- Python scripts, Java EE backends.\n");
    CHECK(record.experience_months == 107);
    // PostgreSQL: Jan 2020 .. Nov 2026 merged over two overlapping jobs; Python: two separate jobs.
    CHECK(show(record.skills) == rows({
                                     "PostgreSQL 83 2026-11",
                                     "Python 66 2023-06",
                                     "Go 47 2026-11",
                                     "Java 24 2017-12",
                                     "Java EE 24 2017-12",
                                     "Haskell 0 -",
                                 }));
}

TEST_CASE("experience: skills rows one by one") {
    struct Row {
        const char* name;
        const char* markdown;
        const char* skill;
        std::string expected;  ///< "months last_used", or "absent"
    };
    const Row table[] = {
        {"union over the jobs that mention it",
         "## Experience\n\n### Engineer | Acme Ltd\n**Jan 2018 – Dec 2019**\n\n- Kafka pipelines.\n\n"
         "### Engineer | Brightwater Labs\n**Jun 2019 – Jun 2020**\n\n- More Kafka.\n\n"
         "### Engineer | Corvid Robotics\n**Jan 2021 – Dec 2021**\n\n- No streaming here.\n",
         "Kafka", "30 2020-06"},
        {"last use of a current job is today",
         "## Experience\n\n### Engineer | Acme Ltd\n**Jan 2024 – Present**\n\n- Terraform modules.\n", "Terraform",
         "35 2026-11"},
        {"last use is the latest end, not the last listed",
         "## Experience\n\n### Engineer | Acme Ltd\n**2012 – 2014**\n\n- Terraform.\n\n"
         "### Engineer | Brightwater Labs\n**2019 – 2021**\n\n- Terraform.\n",
         "Terraform", "72 2021-12"},
        {"a skills-list-only skill has no months and no last use",
         "## Skills\n\nHaskell, Elixir\n\n## Experience\n\n### Engineer | Acme Ltd\n**2019 – 2021**\n\n- Go.\n",
         "Haskell", "0 -"},
        {"Java EE work credits Java",
         "## Experience\n\n### Engineer | Acme Ltd\n**2016 – 2017**\n\n- Java EE backends.\n", "Java", "24 2017-12"},
        {"J2EE work credits Java",
         "## Experience\n\n### Engineer | Acme Ltd\n**2016 – 2017**\n\n- J2EE backends.\n", "Java", "24 2017-12"},
        {"a skill in the job header counts",
         "## Experience\n\n### Kubernetes Engineer | Acme Ltd\n**2020 – 2021**\n\n- Clusters.\n", "Kubernetes",
         "24 2021-12"},
        {"a skill only in a project counts no months",
         "## Experience\n\n### Engineer | Acme Ltd\n**2020 – 2021**\n\n- Go.\n\n"
         "## Projects\n\n### Kettle CLI\n**2015 – 2019**\n\n- Written in Rust.\n",
         "Rust", "0 -"},
    };
    for (const Row& row : table) {
        SUBCASE(row.name) {
            const cvdex::CvRecord record = record_of(row.markdown);
            std::string found = "absent";
            for (const cvdex::SkillExperience& s : record.skills)
                if (s.name == row.skill)
                    found = std::to_string(s.months) + " " + (s.last_used ? s.last_used->to_string() : "-");
            CHECK(found == row.expected);
        }
    }
}

TEST_CASE("experience: a first word that names an unrelated skill earns no credit") {
    struct Row {
        const char* name;
        const char* markdown;
        const char* skill;
    };
    const Row table[] = {
        {"Crystal Reports does not credit Crystal",
         "## Experience\n\n### Engineer | Acme Ltd\n**2016 – 2017**\n\n- Crystal Reports dashboards.\n", "Crystal"},
        {"Ant Design does not credit Ant",
         "## Experience\n\n### Engineer | Acme Ltd\n**2016 – 2017**\n\n- An Ant Design admin UI.\n", "Ant"},
    };
    for (const Row& row : table) {
        SUBCASE(row.name) {
            const cvdex::CvRecord record = record_of(row.markdown);
            std::string found = "absent";
            for (const cvdex::SkillExperience& s : record.skills)
                if (s.name == row.skill)
                    found = std::to_string(s.months) + " " + (s.last_used ? s.last_used->to_string() : "-");
            CHECK(found == "absent");
        }
    }
}

// A profile link's label in the CV's head is not a skill; the same word in the skills section or
// in a job is.
TEST_CASE("experience: profile link labels are not skills") {
    struct Row {
        const char* name;
        const char* markdown;
        const char* skill;
        bool listed;
    };
    const Row table[] = {
        {"markdown link label in the head",
         "# Jane Roe\n\n[GitHub](https://github.com/jroe) | [LinkedIn](https://linkedin.com/in/jroe)\n\n"
         "## Experience\n\n### Engineer | Acme Ltd\n**2016 – 2017**\n",
         "GitHub", false},
        {"field label before the address",
         "# Jane Roe\n\nGitHub: https://github.com/jroe\n\n## Experience\n\n### Engineer | Acme Ltd\n**2016 – 2017**\n",
         "GitHub", false},
        {"a user page on the host's subdomain", "# Jane Roe\n\nGitLab: https://jroe.gitlab.io\n", "GitLab", false},
        {"listed in the skills section too",
         "# Jane Roe\n\n[GitHub](https://github.com/jroe)\n\n## Skills\n\nGitHub, Python\n", "GitHub", true},
        {"a skill in a job that links its site",
         "# Jane Roe\n\n## Experience\n\n### Engineer | Acme Ltd\n**2016 – 2017**\n\n"
         "- Moved the billing services to [AWS](https://aws.amazon.com/) Lambda.\n",
         "AWS", true},
        {"the head without a link to it", "# Jane Roe\n\nPython and GitHub enthusiast\n", "GitHub", true},
    };
    for (const Row& row : table) {
        SUBCASE(row.name) {
            const cvdex::CvRecord record = record_of(row.markdown);
            bool listed = false;
            for (const cvdex::SkillExperience& s : record.skills) listed |= s.name == row.skill;
            CHECK(listed == row.listed);
        }
    }
}
