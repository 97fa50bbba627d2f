// Whole CVs from corpus/cvs against hand-written truth in tests/golden (same relative path plus
// ".json"), field by field, with "present" = 2026-11. Set CVDEX_GOLDEN_ACTUAL=1 to write what the
// extractor produced next to each golden file as "<name>.actual.json", for a human to compare.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cvdex/extract.hpp"
#include "cvdex/read.hpp"
#include "cvdex/record_json.hpp"
#include "cvdex/text_util.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Case-folded with punctuation and spacing differences removed: "KABI, LLC." == "kabi llc".
std::string loose(std::string_view text) {
    std::string folded = cvdex::fold_case(text), out;
    for (unsigned char c : folded)
        if (c >= 0x80 || std::isalnum(c)) out += static_cast<char>(c);
    return out;
}

std::string date_or_null(const json& value) { return value.is_null() ? "null" : value.get<std::string>(); }

std::vector<fs::path> golden_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(CVDEX_GOLDEN_DIR))
        if (entry.is_regular_file() && entry.path().extension() == ".json" &&
            entry.path().string().find(".actual.") == std::string::npos)
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

void check_record(const json& golden, const json& actual) {
    for (const char* key : {"format", "language", "name"})
        if (golden.contains(key)) CHECK_MESSAGE(actual[key] == golden[key], key);
    for (const char* key : {"emails", "phones"})
        for (const json& value : golden.value(key, json::array()))
            CHECK_MESSAGE(std::find(actual[key].begin(), actual[key].end(), value) != actual[key].end(),
                          key, ": ", value.dump(), " not in ", actual[key].dump());

    const json& want_jobs = golden.at("jobs");
    const json& got_jobs = actual.at("jobs");
    std::vector<std::string> want_employers, got_employers;
    for (const json& j : want_jobs) want_employers.push_back(loose(j.value("employer", "")));
    for (const json& j : got_jobs) got_employers.push_back(loose(j.value("employer", "")));
    CHECK_MESSAGE(got_employers == want_employers, "employers: got ", got_jobs.size(), " jobs ",
                  [&] { std::string s; for (const json& j : got_jobs) s += "[" + j.value("employer", "") + "]"; return s; }());
    for (std::size_t i = 0; i < std::min(want_jobs.size(), got_jobs.size()); ++i) {
        const json& want = want_jobs[i];
        const json& got = got_jobs[i];
        INFO("job ", i, ": ", want.value("employer", ""));
        if (want.contains("title")) CHECK(loose(got.value("title", "")) == loose(want.value("title", "")));
        CHECK(date_or_null(got["start"]) == date_or_null(want["start"]));
        CHECK(date_or_null(got["end"]) == date_or_null(want["end"]));
        CHECK(got["current"] == want["current"]);
    }
    CHECK(actual["experience_months"] == golden["experience_months"]);

    std::set<std::string> skills;
    std::map<std::string, int> months;
    for (const json& s : actual["skills"]) {
        skills.insert(s["name"].get<std::string>());
        months[s["name"].get<std::string>()] = s["months"].get<int>();
    }
    for (const json& name : golden.value("skills_include", json::array()))
        CHECK_MESSAGE(skills.count(name.get<std::string>()), "missing skill ", name.get<std::string>());
    for (const json& name : golden.value("skills_exclude", json::array()))
        CHECK_MESSAGE(!skills.count(name.get<std::string>()), "false skill ", name.get<std::string>());
    for (const auto& [name, value] : golden.value("skill_months", json::object()).items())
        CHECK_MESSAGE(months[name] == value.get<int>(), "months of ", name, ": ", months[name], " want ", value);

    for (const json& not_job : golden.value("not_jobs", json::array()))
        for (const std::string& employer : got_employers)
            CHECK_MESSAGE(employer.find(loose(not_job.get<std::string>())) == std::string::npos,
                          "not a job: ", not_job.get<std::string>());

    const json& want_education = golden.value("education", json::array());
    const json& got_education = actual["education"];
    CHECK_MESSAGE(got_education.size() == want_education.size(), "education: ", got_education.dump());
    for (std::size_t i = 0; i < std::min(want_education.size(), got_education.size()); ++i) {
        INFO("education ", i);
        CHECK(loose(got_education[i].value("school", "")) == loose(want_education[i].value("school", "")));
        if (want_education[i].contains("degree"))
            CHECK(loose(got_education[i].value("degree", "")) == loose(want_education[i].value("degree", "")));
        if (want_education[i].contains("start")) CHECK(date_or_null(got_education[i]["start"]) == date_or_null(want_education[i]["start"]));
        if (want_education[i].contains("end")) CHECK(date_or_null(got_education[i]["end"]) == date_or_null(want_education[i]["end"]));
    }
}

}  // namespace

TEST_CASE("golden records of the bundled corpus") {
    const auto taxonomy = cvdex::Taxonomy::builtin();
    const auto files = golden_files();
    REQUIRE(files.size() >= 25);
    const bool write_actual = std::getenv("CVDEX_GOLDEN_ACTUAL") != nullptr;
    for (const fs::path& golden_path : files) {
        fs::path relative = fs::relative(golden_path, CVDEX_GOLDEN_DIR);
        fs::path cv = fs::path(CVDEX_CORPUS_DIR) / relative.parent_path() / relative.stem();
        SUBCASE(relative.string().c_str()) {
            std::ifstream in(golden_path);
            json golden = json::parse(in);
            REQUIRE_MESSAGE(fs::exists(cv), "no CV for ", relative.string());
            cvdex::RawText text = cvdex::read_cv(cv);
            cvdex::CvRecord record = cvdex::extract_record(text, *taxonomy, cvdex::ExtractOptions{{2026, 11}});
            json actual = cvdex::record_to_json(record);
            if (write_actual) {
                fs::path out = golden_path;
                out.replace_extension(".actual.json");
                std::ofstream(out) << actual.dump(2) << '\n';
            }
            check_record(golden, actual);
        }
    }
}
