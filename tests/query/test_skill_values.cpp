// Skills rank from their value slots where a database has them, and from their year and recency
// terms where it does not (a database indexed before the slots existed): with the same scores.
#include <doctest/doctest.h>

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

// The Xapian query a search ran, as --explain describes it.
std::string plan_of(const fs::path& db, std::vector<std::string> args) {
    args.insert(args.end(), {"--limit", "1", "--explain"});
    const Run r = cvsearch({db.string()}, args);
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    REQUIRE_MESSAGE(r.json.is_object(), r.describe());
    return r.json["parsed"].value("xapian", "");
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
        const std::string values_plan = plan_of(with, query), terms_plan = plan_of(without, query);
        CHECK(values_plan.find("SkillBoostSource") != std::string::npos);
        CHECK(terms_plan.find("SkillBoostSource") == std::string::npos);
        CHECK(terms_plan.find("XY") != std::string::npos);
        const std::vector<Ranked> values = ranking({with.string()}, query);
        REQUIRE(!values.empty());
        check_same_ranking(values, ranking({without.string()}, query));
    }
}
