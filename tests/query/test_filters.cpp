// Filters as flags on the real cvsearch: year boundaries (exactly N years passes, a month less
// does not), recency boundaries (a skill last used exactly N years before --today passes, a
// month earlier does not), --skill (all) against --any-skill (one), field flags, and the rule
// that a filter removes candidates without reordering the others. The expected sets are derived
// from the fixtures' own records (as `cvindex --parse` reads them), and the boundary fixtures
// are named explicitly so that a wrong derivation cannot hide a wrong answer.
#include <doctest/doctest.h>

#include <cmath>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace cvdex::test;
using nlohmann::json;

namespace {

std::set<std::string> result_set(const std::vector<std::string>& args) {
    std::vector<std::string> all = args;
    all.insert(all.end(), {"--limit", "100"});
    const Run r = search(all);
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    REQUIRE_MESSAGE(r.json.is_object(), r.describe());
    const std::vector<std::string> stems = stems_of(r.json);
    return {stems.begin(), stems.end()};
}

struct FilterRow {
    std::vector<std::string> args;
    std::function<bool(const json&)> keep;   // which records the filter keeps
    std::vector<std::string> in = {};        // boundary fixtures that must be kept
    std::vector<std::string> out = {};       // boundary fixtures that must be dropped
};

void check_rows(const std::vector<FilterRow>& rows) {
    for (const FilterRow& row : rows) {
        std::string name;
        for (const std::string& a : row.args) name += a + " ";
        SUBCASE(name.c_str()) {
            const std::set<std::string> got = result_set(row.args);
            const std::set<std::string> want = fixtures_where(row.keep);
            INFO("results: ", join(got));
            CHECK_MESSAGE(got == want, "wanted ", join(want));
            for (const std::string& stem : row.in) CHECK_MESSAGE(got.count(stem) == 1, "missing ", stem);
            for (const std::string& stem : row.out) CHECK_MESSAGE(got.count(stem) == 0, "unwanted ", stem);
        }
    }
}

int months(const json& record) { return record["experience_months"].get<int>(); }

bool has(const json& record, const char* skill) { return skill_months(record, skill) >= 0; }

// The skill's last_used is at or after `since` ("YYYY-MM"; ISO months compare as strings).
bool used_since(const json& record, const char* skill, const std::string& since) {
    for (const json& s : record["skills"])
        if (s["name"] == skill) return s["last_used"].is_string() && s["last_used"].get<std::string>() >= since;
    return false;
}

}  // namespace

TEST_CASE("query filters: --min-years and --max-years keep exactly N years and drop a month less or more") {
    check_rows({
        {{"--min-years", "5"}, [](const json& r) { return months(r) >= 60; },
         {"go-exactly-five", "five-years-one-month"}, {"go-four-eleven", "junior-node"}},
        {{"--min-years", "10"}, [](const json& r) { return months(r) >= 120; }, {"go-kafka-payments"}, {"sre-payments"}},
        {{"--max-years", "5"}, [](const json& r) { return months(r) <= 60; },
         {"go-exactly-five", "go-four-eleven", "junior-node"}, {"five-years-one-month"}},
        {{"--min-years", "5", "--max-years", "5"}, [](const json& r) { return months(r) == 60; }, {"go-exactly-five"}},
        {{"--max-years", "10"}, [](const json& r) { return months(r) <= 120; }, {"sre-payments"}, {"go-kafka-payments"}},
        {{"--min-years", "4.9"}, [](const json& r) { return months(r) * 10 >= 588; }, {"go-four-eleven"}},
        {{"--min-years", "40"}, [](const json&) { return false; }},
    });
}

TEST_CASE("query filters: --skill-years S=N keeps exactly N years with S and drops a month less") {
    check_rows({
        {{"--skill-years", "go=5"}, [](const json& r) { return skill_months(r, "Go") >= 60; },
         {"go-exactly-five", "golang-alias", "go-kafka-payments"}, {"go-four-eleven", "go-skills-only"}},
        {{"--skill-years", "golang=5"}, [](const json& r) { return skill_months(r, "Go") >= 60; }, {"go-exactly-five"}},
        {{"--skill-years", "k8s=7"}, [](const json& r) { return skill_months(r, "Kubernetes") >= 84; }, {"k8s-writer"},
         {"sre-payments"}},
        {{"--skill-years", "go=2", "--skill-years", "kafka=2"},
         [](const json& r) { return skill_months(r, "Go") >= 24 && skill_months(r, "Kafka") >= 24; },
         {"go-kafka-junior", "go-kafka-payments"}},
        {{"--skill-years", "rust=5"}, [](const json&) { return false; }, {}, {"rust-nov-2024", "rust-oct-2024"}},
        {{"--skill-years", "go=0"}, [](const json& r) { return has(r, "Go"); }, {"go-skills-only"}},
    });
}

// Years are a number, not a count of whole years: 59 months are at least 4.5 years.
TEST_CASE("query filters: --skill-years with a fractional N compares months") {
    check_rows({
        {{"--skill-years", "go=4.5"}, [](const json& r) { return skill_months(r, "Go") >= 54; }, {"go-four-eleven"}},
        {{"--skill-years", "go=4.95"}, [](const json& r) { return skill_months(r, "Go") * 100 >= 4.95 * 1200; },
         {"go-exactly-five"}, {"go-four-eleven"}},
    });
}

TEST_CASE("query filters: --recent-years N keeps a skill last used N years before --today, not a month earlier") {
    check_rows({
        {{"--skill", "rust", "--recent-years", "2"}, [](const json& r) { return used_since(r, "Rust", "2024-11"); },
         {"rust-nov-2024"}, {"rust-oct-2024"}},
        {{"--skill", "rust", "--recent-years", "3"}, [](const json& r) { return used_since(r, "Rust", "2023-11"); },
         {"rust-nov-2024", "rust-oct-2024"}},
        {{"--skill", "python", "--recent-years", "11"}, [](const json& r) { return used_since(r, "Python", "2015-11"); },
         {"python-2015", "python-recent"}, {"summary-phrase"}},
        {{"--skill", "python", "--recent-years", "10"}, [](const json& r) { return used_since(r, "Python", "2016-11"); },
         {"python-recent"}, {"python-2015", "summary-phrase"}},
        {{"--skill", "go", "--recent-years", "5"}, [](const json& r) { return used_since(r, "Go", "2021-11"); },
         {"go-kafka-junior", "golang-alias"}, {"go-exactly-five", "go-skills-only"}},
        {{"--skill", "go", "--skill", "kafka", "--recent-years", "1"},
         [](const json& r) { return used_since(r, "Go", "2025-11") && used_since(r, "Kafka", "2025-11"); },
         {"go-kafka-payments", "go-kafka-junior"}},
    });
}

TEST_CASE("query filters: every --skill is required, one --any-skill is enough") {
    check_rows({
        {{"--skill", "go", "--skill", "kafka"}, [](const json& r) { return has(r, "Go") && has(r, "Kafka"); },
         {"go-kafka-payments", "go-kafka-junior"}, {"kafka-java", "go-exactly-five"}},
        {{"--any-skill", "go", "--any-skill", "kafka"}, [](const json& r) { return has(r, "Go") || has(r, "Kafka"); },
         {"kafka-java", "go-exactly-five"}},
        {{"--skill", "java", "--any-skill", "rust", "--any-skill", "kafka"},
         [](const json& r) { return has(r, "Java") && (has(r, "Rust") || has(r, "Kafka")); }, {"rust-oct-2024", "kafka-java"},
         {"java-bank"}},
        {{"--skill", "go", "--skill", "rust"}, [](const json&) { return false; }},
        {{"--skill", "k8s"}, [](const json& r) { return has(r, "Kubernetes"); }, {"k8s-writer"}},
        {{"--skill", "postgres", "--skill", "Python"}, [](const json& r) { return has(r, "PostgreSQL") && has(r, "Python"); },
         {"python-django"}},
    });
}

TEST_CASE("query filters: --employer, --title, --location and --lang") {
    // Some job of the record has this value in this key.
    auto any_job = [](const char* key, const char* value) {
        return [key, value](const json& r) {
            for (const json& job : r["jobs"])
                if (job[key] == value) return true;
            return false;
        };
    };
    auto employer = [any_job](const char* name) { return any_job("employer", name); };
    check_rows({
        {{"--employer", "Paylane Payments"}, employer("Paylane Payments"), {"go-kafka-payments", "sre-payments"}},
        {{"--employer", "paylane payments"}, employer("Paylane Payments")},
        {{"--title", "Site Reliability Engineer"}, any_job("title", "Site Reliability Engineer"),
         {"k8s-writer", "sre-payments"}},
        {{"--location", "Amsterdam"},
         [any_job](const json& r) { return r["location"] == "Amsterdam, Netherlands" || any_job("location", "Amsterdam, Netherlands")(r); },
         {"go-kafka-payments", "sre-payments"}},
        {{"--lang", "de"}, [](const json& r) { return r["language"] == "de"; }, {"de-kotlin"}},
        {{"--lang", "de", "--lang", "fr"}, [](const json& r) { return r["language"] == "de" || r["language"] == "fr"; },
         {"de-kotlin", "fr-data"}},
        {{"--lang", "fr", "--skill", "scala"}, [](const json& r) { return r["language"] == "fr" && has(r, "Scala"); },
         {"fr-data"}},
    });
}

TEST_CASE("query filters: a filter removes results and never reorders or rescores the others") {
    const std::vector<std::string> base_args = {"engineer OR developer OR python", "--limit", "100"};
    const Run base = search(base_args);
    REQUIRE_MESSAGE(base.code == 0, base.describe());
    REQUIRE(base.json.is_object());
    const std::vector<std::string> all = stems_of(base.json);
    REQUIRE(all.size() >= 20);
    std::map<std::string, double> score;
    for (const json& hit : base.json["results"]) score[stem_of(hit["path"].get<std::string>())] = hit["score"].get<double>();

    const std::vector<std::vector<std::string>> filters = {
        {"--max-years", "50"},  // keeps everything
        {"--min-years", "5"},
        {"--max-years", "8"},
        {"--skill", "java"},
        {"--any-skill", "python", "--any-skill", "go"},
        {"--skill", "python", "--recent-years", "5"},
        {"--skill-years", "go=5"},
        {"--lang", "en"},
        {"--location", "Amsterdam"},
    };
    for (const auto& filter : filters) {
        std::string name;
        for (const std::string& a : filter) name += a + " ";
        SUBCASE(name.c_str()) {
            std::vector<std::string> args = base_args;
            args.insert(args.end(), filter.begin(), filter.end());
            const Run r = search(args);
            REQUIRE_MESSAGE(r.code == 0, r.describe());
            REQUIRE(r.json.is_object());
            const std::vector<std::string> kept = stems_of(r.json);
            INFO("unfiltered: ", join(all), "\nfiltered: ", join(kept));
            CHECK(!kept.empty());
            if (filter[0] == "--max-years" && filter[1] == "50") CHECK(kept == all);
            // kept is a subsequence of all: same relative order.
            std::size_t at = 0;
            for (const std::string& stem : kept) {
                while (at < all.size() && all[at] != stem) ++at;
                CHECK_MESSAGE(at < all.size(), stem, " is out of order or was not in the unfiltered results");
            }
            for (const json& hit : r.json["results"]) {
                const std::string stem = stem_of(hit["path"].get<std::string>());
                if (score.count(stem))
                    CHECK_MESSAGE(hit["score"].get<double>() == doctest::Approx(score[stem]).epsilon(1e-9), stem,
                                  ": the filter changed its score");
            }
        }
    }
}
