#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "cvdex/errors.hpp"
#include "cvdex/extract.hpp"
#include "cvdex/read.hpp"
#include "cvdex/record.hpp"
#include "cvdex/skills.hpp"

namespace {

const cvdex::Taxonomy& taxonomy() {
    static const std::shared_ptr<const cvdex::Taxonomy> builtin = cvdex::Taxonomy::builtin();
    return *builtin;
}

cvdex::CvRecord record_of(std::string_view json) {
    return cvdex::extract_record(cvdex::read_json_resume(json), taxonomy(), cvdex::ExtractOptions{{2026, 11}});
}

/// One job as "title | employer | location | start..end" ("open" for a current job).
std::string show(const cvdex::Job& job) {
    return job.title + " | " + job.employer + " | " + job.location + " | " + (job.start ? job.start->to_string() : "?") +
           ".." + (job.current ? "open" : job.end ? job.end->to_string() : "?");
}

std::string show(const std::vector<cvdex::Job>& jobs) {
    std::string shown;
    for (const cvdex::Job& job : jobs) shown += show(job) + "\n";
    return shown;
}

std::string rows(const std::vector<std::string>& lines) {
    std::string joined;
    for (const std::string& line : lines) joined += line + "\n";
    return joined;
}

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& value : values) {
        if (!out.empty()) out += " ; ";
        out += value;
    }
    return out;
}

/// The message of the InputError that reading `json` throws, or "no error".
std::string error_of(std::string_view json) {
    try {
        (void)cvdex::read_json_resume(json);
    } catch (const cvdex::InputError& e) {
        return e.what();
    }
    return "no error";
}

constexpr std::string_view current_names = R"({
  "basics": {
    "name": "Rafaela Quintas",
    "label": "Platform Engineer",
    "email": "rafaela@example.pt",
    "phone": "+351 912 345 678",
    "url": "https://rafaela.example.dev",
    "location": {"city": "Porto", "countryCode": "PT"},
    "profiles": [
      {"network": "GitHub", "username": "rquintas", "url": "https://github.com/rquintas"},
      {"network": "LinkedIn", "username": "rquintas", "url": "https://www.linkedin.com/in/rquintas"}
    ]
  },
  "work": [
    {"name": "Tidewater Logistics", "position": "Platform Lead", "location": "Porto",
     "startDate": "2021-04-01", "highlights": ["Moved the fleet to Kubernetes.", "Wrote Terraform modules."]},
    {"name": "Marrow Games Ltd", "position": "Backend Developer", "startDate": "2017-09",
     "endDate": "2021-03-31", "summary": "Game servers in Go."}
  ],
  "volunteer": [
    {"organization": "Code Club", "position": "Mentor", "startDate": "2015-01-01", "endDate": "2019-12-31",
     "highlights": ["Taught Python to children."]}
  ],
  "projects": [
    {"name": "Kettle CLI", "startDate": "2014-01", "endDate": "2016-12", "description": "A Rust tool."}
  ],
  "education": [
    {"institution": "Universidade do Porto", "area": "Computer Science", "studyType": "BSc",
     "startDate": "2012", "endDate": "2015"}
  ],
  "skills": [
    {"name": "Backend", "keywords": ["Go", "PostgreSQL"]},
    {"name": "Functional", "keywords": ["Haskell"]}
  ],
  "languages": [{"language": "Portuguese", "fluency": "Native"}]
})";

constexpr std::string_view legacy_names = R"({
  "basics": {"name": "Tomasz Wierzba", "email": "tomasz@example.pl"},
  "work": [
    {"company": "Brightwater Labs", "position": "Senior Developer", "website": "https://brightwater.example",
     "startDate": "2013-02-01", "endDate": "2016-06-30", "highlights": ["Java EE services."]}
  ]
})";

}  // namespace

TEST_CASE("read_json_resume: work entries become jobs") {
    SUBCASE("current field names: name, position, startDate, endDate, highlights") {
        const cvdex::CvRecord record = record_of(current_names);
        CHECK(record.format == "json_resume");
        CHECK(show(record.jobs) == rows({"Platform Lead | Tidewater Logistics | Porto | 2021-04..open",
                                         "Backend Developer | Marrow Games Ltd |  | 2017-09..2021-03"}));
        REQUIRE(record.jobs.size() == 2);
        CHECK(record.jobs[0].text == "Moved the fleet to Kubernetes.\nWrote Terraform modules.");
        CHECK(record.jobs[0].skills == std::vector<std::string>{"Kubernetes", "Terraform"});
        CHECK(record.jobs[1].text == "Game servers in Go.");
    }
    SUBCASE("legacy field names: company, website") {
        const cvdex::CvRecord record = record_of(legacy_names);
        CHECK(show(record.jobs) == rows({"Senior Developer | Brightwater Labs |  | 2013-02..2016-06"}));
        CHECK(record.experience_months == 41);
    }
    SUBCASE("a missing endDate means a current job") {
        const cvdex::CvRecord record = record_of(
            R"({"work": [{"name": "Quill Ltd", "position": "Analyst", "startDate": "2025-06-01"}]})");
        CHECK(show(record.jobs) == rows({"Analyst | Quill Ltd |  | 2025-06..open"}));
        CHECK(record.experience_months == 18);
    }
    SUBCASE("volunteer and projects are not experience") {
        const cvdex::CvRecord record = record_of(current_names);
        // Apr 2021 .. Nov 2026 and Sep 2017 .. Mar 2021: 68 + 43 months; Code Club and Kettle CLI add nothing.
        CHECK(record.experience_months == 111);
        for (const cvdex::Job& job : record.jobs) {
            CHECK(job.employer != "Code Club");
            CHECK(job.employer != "Kettle CLI");
        }
    }
}

TEST_CASE("read_json_resume: sections carry their kinds") {
    // The order of the sections is the parsed tree's key order, which the CV does not fix: compare
    // them sorted.
    const cvdex::CvRecord record = record_of(current_names);
    std::vector<std::string> found;
    for (const cvdex::SectionInfo& section : record.sections)
        found.push_back(std::string(cvdex::section_kind_name(section.kind)) + ":" + section.heading);
    std::sort(found.begin(), found.end());
    CHECK(rows(found) == rows({"education:Education", "experience:Work", "languages:Languages",
                               "other:Rafaela Quintas", "projects:Projects", "projects:Volunteer",
                               "skills:Skills"}));
}

TEST_CASE("read_json_resume: basics and skills") {
    const cvdex::CvRecord record = record_of(current_names);
    SUBCASE("name") { CHECK(record.name == "Rafaela Quintas"); }
    SUBCASE("email") { CHECK(joined(record.emails) == "rafaela@example.pt"); }
    SUBCASE("phone") { CHECK(joined(record.phones) == "+351 912 345 678"); }
    SUBCASE("location") { CHECK(record.location == "Porto, PT"); }
    SUBCASE("url and profiles") {
        CHECK(joined(record.links) ==
              "https://rafaela.example.dev ; https://github.com/rquintas ; https://www.linkedin.com/in/rquintas");
    }
    SUBCASE("skills keywords") {
        std::string haskell = "absent";
        std::string go = "absent";
        for (const cvdex::SkillExperience& s : record.skills) {
            if (s.name == "Haskell") haskell = std::to_string(s.months);
            if (s.name == "Go") go = std::to_string(s.months);
        }
        CHECK(haskell == "0");
        CHECK(go == "43");  // Marrow Games' summary names Go: Sep 2017 .. Mar 2021
    }
    SUBCASE("education") {
        REQUIRE(record.education.size() == 1);
        CHECK(record.education[0].school == "Universidade do Porto");
        CHECK(record.education[0].degree == "BSc, Computer Science");
    }
}

TEST_CASE("read_json_resume: bad input is an InputError with a reason") {
    struct Row {
        const char* name;
        std::string json;
        std::string message;
    };
    const Row table[] = {
        {"trailing comma", R"({"basics": {"name": "A",}})", "invalid JSON at byte 25: "},  // the '}', counted from 1
        {"truncated", R"({"work": [)", "invalid JSON at byte 11: "},
        {"not JSON at all", "Rafaela Quintas, engineer", "invalid JSON at byte 1: "},
        {"empty", "", "invalid JSON at byte 1: "},
        {"JSON without basics, work or education", R"({"name": "left-pad", "version": "1.0.0"})",
         "JSON holds no CV: no \"basics\", \"work\" or \"education\""},
        {"an empty work list", R"({"work": []})", "JSON holds no CV: no \"basics\", \"work\" or \"education\""},
        {"a JSON array", R"([{"name": "Tidewater Logistics"}])",
         "JSON holds no CV: no \"basics\", \"work\" or \"education\""},
        {"deeply nested arrays", std::string(100000, '[') + std::string(100000, ']'),
         "JSON nested deeper than 64 levels"},
        {"deeply nested objects inside a CV",
         [] {
             std::string json = R"({"basics": {"name": "A"}, "meta": )";
             for (int i = 0; i < 100000; ++i) json += R"({"a": )";
             json += "1";
             for (int i = 0; i < 100000; ++i) json += "}";
             return json + "}";
         }(),
         "JSON nested deeper than 64 levels"},
    };
    for (const Row& row : table) {
        SUBCASE(row.name) {
            const std::string message = error_of(row.json);
            INFO("message: ", message);
            // Parse errors end with nlohmann's own wording; the prefix is ours.
            if (row.message.ends_with(": ")) CHECK(message.starts_with(row.message));
            else CHECK(message == row.message);
        }
    }
}

namespace {

constexpr std::string_view front_matter = R"(---
name: Rafaela Quintas
experiences:
  - title: Platform Lead
    company: Tidewater Logistics
    dates: 2021 - present
    description: Runs the Kubernetes platform.
  - role: Backend Developer
    employer: Marrow Games Ltd
    start: 2017-09
    end: 2021-03
volunteering:
  - title: Mentor
    organization: Code Club
    dates: 2015 - 2019
---

# Rafaela Quintas

Platform engineer in Porto.
)";

cvdex::CvRecord markdown_record_of(std::string_view markdown) {
    return cvdex::extract_record(cvdex::read_markdown(markdown), taxonomy(), cvdex::ExtractOptions{{2026, 11}});
}

}  // namespace

TEST_CASE("read_json_resume: the same structured reader reads a YAML front matter") {
    const cvdex::CvRecord record = markdown_record_of(front_matter);
    CHECK(show(record.jobs) == rows({"Platform Lead | Tidewater Logistics |  | 2021..open",
                                     "Backend Developer | Marrow Games Ltd |  | 2017-09..2021-03"}));
    REQUIRE(record.jobs.size() == 2);
    CHECK(record.jobs[0].text == "Runs the Kubernetes platform.");
    // Jan 2021 .. Nov 2026 and Sep 2017 .. Mar 2021 overlap in 2021: Sep 2017 .. Nov 2026.
    CHECK(record.experience_months == 111);
}

TEST_CASE("read_json_resume: dated lines in a work summary are not jobs") {
    const cvdex::CvRecord record = record_of(R"({"basics": {"name": "Rafaela Quintas"},
      "work": [{"name": "Tidewater Logistics", "position": "Platform Lead", "startDate": "2021-04-01",
                "summary": "2021 - 2022: led the Kubernetes migration.\nSince 2023 owner of the CI platform."}]})");
    CHECK(show(record.jobs) == rows({"Platform Lead | Tidewater Logistics |  | 2021-04..open"}));
    REQUIRE(!record.jobs.empty());
    CHECK(record.jobs[0].text == "2021 - 2022: led the Kubernetes migration.\nSince 2023 owner of the CI platform.");
}

TEST_CASE("read_json_resume: the name of a Markdown CV with a YAML front matter") {
    CHECK(markdown_record_of(front_matter).name == "Rafaela Quintas");
}
