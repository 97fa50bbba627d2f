// Skills rank from their value slots where a database has them, and from their year and recency
// terms where it does not (a database indexed before the slots existed): with the same scores.
#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "cvdex/schema.hpp"
#include "fixtures.hpp"

using namespace cvdex::test;
using nlohmann::json;

namespace {

// What an older cvindex wrote: every document without its skill value slots.
void remove_skill_values(const fs::path& db) {
    Xapian::WritableDatabase database(db.string());
    for (auto id = database.postlist_begin(""); id != database.postlist_end(""); ++id) {
        Xapian::Document document = database.get_document(*id);
        std::vector<Xapian::valueno> skill_slots;
        for (auto value = document.values_begin(); value != document.values_end(); ++value)
            if (value.get_valueno() >= cvdex::schema::skill_slot_base) skill_slots.push_back(value.get_valueno());
        for (Xapian::valueno slot : skill_slots) document.remove_value(slot);
        database.replace_document(*id, document);
    }
    database.commit();
}

struct Ranked {
    std::vector<std::pair<std::string, double>> hits;  // stem, score
    std::string plan;                                  // the Xapian query's description
};

Ranked ranking(const fs::path& db, std::vector<std::string> args) {
    args.insert(args.end(), {"--limit", "100", "--explain"});
    const Run r = cvsearch({db.string()}, args);
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    REQUIRE_MESSAGE(r.json.is_object(), r.describe());
    Ranked out;
    out.plan = r.json["parsed"].value("xapian", "");
    for (const json& hit : r.json["results"])
        out.hits.emplace_back(stem_of(hit["path"].get<std::string>()), hit["score"].get<double>());
    return out;
}

}  // namespace

TEST_CASE("skill values: a database without them ranks skills the same through their terms") {
    Scratch scratch("query-skill-values");
    const fs::path with = scratch / "with.db", without = scratch / "without.db";
    index_into(with, {fixture_cvs().string()});
    index_into(without, {fixture_cvs().string()});
    remove_skill_values(without);

    const std::vector<std::vector<std::string>> queries = {
        {"skill:go"},
        {"skill:python skill:django"},
        {"k8s terraform"},
        {"skill:kubernetes", "--min-years", "5"},
        {"skill_years:python:5.."},
        {"--like", (fixture_jds() / "go-payments.md").string()},
        {"--like", (fixture_jds() / "data-engineer.txt").string()},
    };
    for (const auto& query : queries) {
        INFO("query: ", join(query));
        const Ranked values = ranking(with, query), terms = ranking(without, query);
        CHECK(values.plan.find("SkillBoostSource") != std::string::npos);
        CHECK(terms.plan.find("SkillBoostSource") == std::string::npos);
        CHECK(terms.plan.find("XY") != std::string::npos);
        REQUIRE(!values.hits.empty());
        // Position by position the same scores, and the same CVs within each run of equal
        // scores (the two runs of cvindex may number the documents differently).
        REQUIRE(values.hits.size() == terms.hits.size());
        for (std::size_t start = 0, end = 0; start < values.hits.size(); start = end) {
            end = start;
            std::multiset<std::string> a, b;
            while (end < values.hits.size() && values.hits[end].second == values.hits[start].second) {
                CHECK_MESSAGE(std::fabs(values.hits[end].second - terms.hits[end].second) < 1e-9, "rank ", end + 1);
                a.insert(values.hits[end].first);
                b.insert(terms.hits[end].first);
                ++end;
            }
            CHECK_MESSAGE(a == b, "ranks ", start + 1, "-", end);
        }
    }
}
