// The fixture CVs read as designed: the relevance and filter tables below rely on these facts
// (total months, months per skill, when a skill was last used, language and format). When the
// extractor changes and one of them moves, this test says which, before the search tests fail
// for a reason that has nothing to do with cvsearch.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "fixtures.hpp"

using cvdex::test::fixture_index;
using nlohmann::json;

namespace {

struct SkillFact {
    const char* skill;
    int months;                 // -1: the CV must not have the skill
    const char* last_used;      // nullptr: not checked; "" : null (only listed)
};

struct Design {
    const char* stem;
    int experience_months;
    std::vector<SkillFact> skills;
    const char* language = "en";
    const char* format = nullptr;
};

const std::vector<Design>& designs() {
    static const std::vector<Design> table = {
        {"go-kafka-payments", 129, {{"Go", 85, "2026-11"}, {"Kafka", 85, "2026-11"}, {"Java", 44, "2019-10"}, {"Kubernetes", 0, ""}}},
        {"go-kafka-junior", 27, {{"Go", 27, "2026-11"}, {"Kafka", 27, "2026-11"}}},
        {"go-exactly-five", 60, {{"Go", 60, "2019-12"}}},
        {"go-four-eleven", 59, {{"Go", 59, "2019-11"}}},
        {"go-skills-only", 94, {{"Go", 0, ""}, {"Python", 94, "2026-11"}}},
        {"go-verb-only", 92, {{"Go", -1, nullptr}}},
        {"golang-alias", 71, {{"Go", 71, "2026-11"}}},
        {"k8s-writer", 90, {{"Kubernetes", 90, "2026-11"}}},
        {"postgres-alias", 131, {{"PostgreSQL", 131, "2026-11"}}, "en", "text"},
        {"python-2015", 212, {{"Python", 81, "2015-12"}}},
        {"python-recent", 114, {{"Python", 114, "2026-11"}, {"Spark", 83, "2026-11"}, {"Airflow", 83, "2026-11"}}},
        {"rust-nov-2024", 83, {{"Rust", 59, "2024-11"}}},
        {"rust-oct-2024", 83, {{"Rust", 58, "2024-10"}}},
        {"five-years-one-month", 61, {}},
        {"junior-node", 18, {{"TypeScript", 18, "2026-11"}}, "en", "text"},
        {"sre-payments", 119, {{"Kubernetes", 69, "2026-11"}, {"Python", 69, "2026-11"}}},
        {"summary-phrase", 80, {{"Python", 0, ""}}},
        {"de-kotlin", 134, {{"Kotlin", 107, "2026-11"}}, "de"},
        {"fr-data", 111, {{"Scala", 111, "2026-11"}, {"Spark", 93, "2026-11"}}, "fr", "text"},
        {"html-frontend", 113, {{"React", 82, "2026-11"}, {"TypeScript", 82, "2026-11"}}, "en", "html"},
        {"json-ml", 99, {{"PyTorch", 69, "2026-11"}, {"Python", 99, "2026-11"}}, "en", "json_resume"},
        {"java-bank", 195, {{"Java", 195, "2026-11"}}},
    };
    return table;
}

std::optional<json> skill_of(const json& record, const std::string& name) {
    for (const json& s : record["skills"])
        if (s["name"] == name) return s;
    return std::nullopt;
}

}  // namespace

TEST_CASE("query fixtures: every fixture CV parses to the record its tests were designed for") {
    const auto& index = fixture_index();
    CHECK(index.records.size() >= 30);
    for (const auto& [stem, record] : index.records) {
        CHECK_MESSAGE(record["name"].get<std::string>().size() > 3, stem, " has no name");
        CHECK_MESSAGE(!record["jobs"].empty(), stem, " has no job");
    }
    for (const Design& d : designs()) {
        SUBCASE(d.stem) {
            REQUIRE_MESSAGE(index.records.count(d.stem) == 1, "no fixture ", d.stem);
            const json& record = index.records.at(d.stem);
            CHECK(record["experience_months"] == d.experience_months);
            CHECK(record["language"] == d.language);
            if (d.format) CHECK(record["format"] == d.format);
            for (const SkillFact& fact : d.skills) {
                const auto skill = skill_of(record, fact.skill);
                if (fact.months < 0) {
                    CHECK_MESSAGE(!skill, d.stem, " must not have ", fact.skill);
                    continue;
                }
                REQUIRE_MESSAGE(skill, d.stem, " lacks ", fact.skill);
                CHECK_MESSAGE((*skill)["months"] == fact.months, d.stem, " ", fact.skill, ": ", skill->dump());
                if (!fact.last_used) continue;
                if (*fact.last_used == '\0')
                    CHECK_MESSAGE((*skill)["last_used"].is_null(), d.stem, " ", fact.skill, ": ", skill->dump());
                else
                    CHECK_MESSAGE((*skill)["last_used"] == fact.last_used, d.stem, " ", fact.skill, ": ", skill->dump());
            }
        }
    }
}
