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

TEST_CASE("skill values: a popular skill read until its last result ties returns what reading all of it returns") {
    // Once the results are full and more than check_at_least CVs matched, a ranked skill stops
    // where no CV left can beat the last result. Twenty copies of the fixtures give the popular
    // skills enough matches for that, and many exact ties. The first N of all results (a limit
    // above the match count, so nothing stops early) are what --limit N must return: the same
    // CVs, scores and order, ties going to the lower docid.
    Scratch scratch("query-skill-ties");
    // A CV with the highest boost a skill can give (12 years or more, used this year): the
    // fixtures have none, and a source can only stop early once the last result has it.
    const std::string veteran =
        "# Ada Veteran\n\n## Experience\n\n### Principal Engineer, Longtail Systems\n\nJanuary 2010 - present\n\n"
        "- Built payment services in Python, Django and Go on Kubernetes\n";
    for (int copy = 0; copy < 20; ++copy) {
        const fs::path folder = scratch / "cvs" / std::to_string(copy);
        fs::create_directories(folder);
        fs::copy(fixture_cvs(), folder, fs::copy_options::recursive);
        spit(folder / "veteran.md", veteran);
    }
    const fs::path db = scratch / "copies.db";
    index_into(db, {(scratch / "cvs").string()});

    const std::vector<std::vector<std::string>> queries = {
        {"skill:python"}, {"skill:go"}, {"skill:kubernetes"}, {"skill:python skill:django"},
        {"k8s terraform"}, {"skill:docker", "--min-years", "2"}, {"skill:sql payments"},
    };
    auto hits_of = [](const Run& run, std::size_t limit) {
        REQUIRE_MESSAGE(run.code == 0, run.describe());
        std::vector<std::string> hits;
        for (const json& hit : run.json["results"]) {
            if (hits.size() == limit) break;
            hits.push_back(hit["path"].get<std::string>() + "=" + std::to_string(hit["score"].get<double>()));
        }
        return hits;
    };
    for (const auto& query : queries) {
        std::vector<std::string> all_args = query;
        all_args.insert(all_args.end(), {"--limit", "1000"});
        const Run all = cvsearch({db.string()}, all_args);
        for (const std::size_t limit : {1, 2, 5, 10, 25, 40}) {
            std::vector<std::string> args = query;
            args.insert(args.end(), {"--limit", std::to_string(limit)});
            INFO("query: ", join(args));
            const std::vector<std::string> first = hits_of(cvsearch({db.string()}, args), limit);
            const std::vector<std::string> want = hits_of(all, limit);
            CHECK(!want.empty());
            CHECK(first == want);
        }
    }
}
