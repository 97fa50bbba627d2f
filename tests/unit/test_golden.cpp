// Whole CVs from corpus/cvs against hand-written truth in tests/golden (same relative path plus
// ".json"), field by field, with "present" = 2026-11. Set CVDEX_GOLDEN_ACTUAL=1 to write what the
// extractor produced next to each golden file as "<name>.actual.json", for a human to compare.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
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

// The array or object under `key`, or an empty one (doctest captures messages by reference, so
// everything printed below is held in named variables, never in temporaries).
const json& member(const json& object, const char* key, const json& fallback) {
    auto it = object.find(key);
    return it != object.end() ? *it : fallback;
}

std::string employer_list(const json& jobs) {
    std::string s;
    for (const json& j : jobs) s.append("[").append(j.value("employer", std::string())).append("]");
    return s;
}

void check_record(const json& golden, const json& actual) {
    static const json no_array = json::array();
    static const json no_object = json::object();
    for (const char* key : {"format", "language", "name"}) {
        if (!golden.contains(key)) continue;
        const std::string want = golden[key].dump(), got = actual[key].dump();
        CHECK_MESSAGE(got == want, key, ": got ", got, " want ", want);
    }
    for (const char* key : {"emails", "phones"}) {
        const std::string got = actual[key].dump();
        for (const json& value : member(golden, key, no_array)) {
            const std::string want = value.dump();
            CHECK_MESSAGE(std::find(actual[key].begin(), actual[key].end(), value) != actual[key].end(), key, ": ",
                          want, " not in ", got);
        }
    }

    const json& want_jobs = golden.at("jobs");
    const json& got_jobs = actual.at("jobs");
    std::vector<std::string> want_employers, got_employers;
    for (const json& j : want_jobs) want_employers.push_back(loose(j.value("employer", std::string())));
    for (const json& j : got_jobs) got_employers.push_back(loose(j.value("employer", std::string())));
    const std::string got_list = employer_list(got_jobs), want_list = employer_list(want_jobs);
    CHECK_MESSAGE(got_employers == want_employers, "employers: got ", got_list, " want ", want_list);
    for (std::size_t i = 0; i < std::min(want_jobs.size(), got_jobs.size()); ++i) {
        const json& want = want_jobs[i];
        const json& got = got_jobs[i];
        const std::string employer = want.value("employer", std::string());
        INFO("job ", i, ": ", employer);
        if (want.contains("title"))
            CHECK(loose(got.value("title", std::string())) == loose(want.value("title", std::string())));
        CHECK(date_or_null(got["start"]) == date_or_null(want["start"]));
        CHECK(date_or_null(got["end"]) == date_or_null(want["end"]));
        CHECK(got["current"].get<bool>() == want["current"].get<bool>());
    }
    CHECK(actual["experience_months"].get<int>() == golden["experience_months"].get<int>());

    std::set<std::string> skills;
    std::map<std::string, int> months;
    for (const json& s : actual["skills"]) {
        const std::string name = s["name"].get<std::string>();
        skills.insert(name);
        months[name] = s["months"].get<int>();
    }
    for (const json& value : member(golden, "skills_include", no_array)) {
        const std::string name = value.get<std::string>();
        CHECK_MESSAGE(skills.count(name) == 1, "missing skill ", name);
    }
    for (const json& value : member(golden, "skills_exclude", no_array)) {
        const std::string name = value.get<std::string>();
        CHECK_MESSAGE(skills.count(name) == 0, "false skill ", name);
    }
    for (const auto& [name, value] : member(golden, "skill_months", no_object).items()) {
        const int want = value.get<int>(), got = months[name];
        CHECK_MESSAGE(got == want, "months of ", name, ": ", got, " want ", want);
    }

    for (const json& value : member(golden, "not_jobs", no_array)) {
        const std::string not_job = value.get<std::string>();
        for (const std::string& employer : got_employers)
            CHECK_MESSAGE(employer.find(loose(not_job)) == std::string::npos, "not a job: ", not_job);
    }

    const json& want_education = member(golden, "education", no_array);
    const json& got_education = actual["education"];
    const std::string got_education_text = got_education.dump();
    CHECK_MESSAGE(got_education.size() == want_education.size(), "education: ", got_education_text);
    for (std::size_t i = 0; i < std::min(want_education.size(), got_education.size()); ++i) {
        const json& want = want_education[i];
        const json& got = got_education[i];
        INFO("education ", i);
        CHECK(loose(got.value("school", std::string())) == loose(want.value("school", std::string())));
        if (want.contains("degree"))
            CHECK(loose(got.value("degree", std::string())) == loose(want.value("degree", std::string())));
        if (want.contains("start")) CHECK(date_or_null(got["start"]) == date_or_null(want["start"]));
        if (want.contains("end")) CHECK(date_or_null(got["end"]) == date_or_null(want["end"]));
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
        const std::string case_name = relative.string();
        SUBCASE(case_name.c_str()) {
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
