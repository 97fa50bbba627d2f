#include "fixtures.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <sstream>

namespace cvdex::test {

fs::path fixture_cvs() { return CVDEX_QUERY_CVS; }
fs::path fixture_jds() { return CVDEX_QUERY_JDS; }
std::string cvsearch_binary() { return CVDEX_CVSEARCH; }
std::string cvindex_binary() { return CVDEX_CVINDEX; }

const fs::path& work_dir() {
    static const Scratch scratch("query-work");
    return scratch.dir();
}

void index_into(const fs::path& db, const std::vector<std::string>& paths, const std::vector<std::string>& flags) {
    std::vector<std::string> args{"--db", db.string(), "--today", today, "-q"};
    args.insert(args.end(), flags.begin(), flags.end());
    args.insert(args.end(), paths.begin(), paths.end());
    const Run r = run(cvindex_binary(), args, work_dir());
    REQUIRE_MESSAGE(r.code == 0, "cvindex failed: ", r.describe());
}

namespace {

FixtureIndex build_fixture_index() {
    static const Scratch scratch("query-fixtures");
    FixtureIndex index;
    index.db = scratch / "fixtures.db";
    index_into(index.db, {fixture_cvs().string()});

    std::vector<std::string> args{"--parse", "--json", "--today", today};
    for (const auto& entry : fs::directory_iterator(fixture_cvs()))
        if (entry.is_regular_file()) args.push_back(entry.path().string());
    const Run parsed = run(cvindex_binary(), args, work_dir());
    REQUIRE_MESSAGE(parsed.code == 0, "cvindex --parse failed: ", parsed.describe());
    std::istringstream lines(parsed.out);
    for (std::string line; std::getline(lines, line);) {
        if (line.empty()) continue;
        nlohmann::json record = nlohmann::json::parse(line);
        const std::string stem = stem_of(record.at("path").get<std::string>());
        REQUIRE_MESSAGE(index.records.count(stem) == 0, "two fixtures share the stem ", stem);
        index.stems.push_back(stem);
        index.records.emplace(stem, std::move(record));
    }
    std::sort(index.stems.begin(), index.stems.end());
    return index;
}

}  // namespace

const FixtureIndex& fixture_index() {
    static const FixtureIndex index = build_fixture_index();
    return index;
}

Run cvsearch(const std::vector<std::string>& databases, const std::vector<std::string>& args, bool plain) {
    std::vector<std::string> all;
    for (const std::string& db : databases) {
        all.emplace_back("--db");
        all.push_back(db);
    }
    all.emplace_back("--today");
    all.emplace_back(today);
    const bool has_format = std::find(args.begin(), args.end(), "--csv") != args.end() ||
                            std::find(args.begin(), args.end(), "--json") != args.end();
    if (!plain && !has_format) all.emplace_back("--json");
    all.insert(all.end(), args.begin(), args.end());
    return run(cvsearch_binary(), all, work_dir());
}

Run search(const std::vector<std::string>& args) { return cvsearch({fixture_index().db.string()}, args); }

std::string stem_of(const std::string& path) { return fs::path(path).stem().string(); }

std::vector<std::string> stems_of(const nlohmann::json& response) {
    std::vector<std::string> out;
    if (!response.is_object() || !response.contains("results") || !response["results"].is_array()) return out;
    for (const nlohmann::json& hit : response["results"])
        if (hit.is_object() && hit.contains("path") && hit["path"].is_string()) out.push_back(stem_of(hit["path"].get<std::string>()));
    return out;
}

int skill_months(const nlohmann::json& record, const std::string& skill) {
    for (const nlohmann::json& s : record.at("skills"))
        if (s.at("name") == skill) return s.at("months").get<int>();
    return -1;
}

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
    return "[" + out + "]";
}

std::string join(const std::set<std::string>& items) { return join(std::vector<std::string>(items.begin(), items.end())); }

std::vector<Ranked> ranking(const std::vector<std::string>& databases, const std::vector<std::string>& args) {
    std::vector<std::string> all = args;
    all.insert(all.end(), {"--limit", "100"});
    const Run r = cvsearch(databases, all);
    REQUIRE_MESSAGE(r.code == 0, join(databases), ": ", r.describe());
    REQUIRE_MESSAGE(r.json.is_object(), r.describe());
    std::vector<Ranked> out;
    for (const nlohmann::json& hit : r.json["results"])
        out.push_back({stem_of(hit["path"].get<std::string>()), hit["score"].get<double>()});
    return out;
}

namespace {
bool same_score(double a, double b) { return std::fabs(a - b) <= 1e-6 * std::max({1.0, std::fabs(a), std::fabs(b)}); }
}  // namespace

void check_same_ranking(const std::vector<Ranked>& want, const std::vector<Ranked>& got) {
    std::string shown_want, shown_got;
    for (const Ranked& r : want) shown_want += r.stem + "=" + std::to_string(r.score) + " ";
    for (const Ranked& r : got) shown_got += r.stem + "=" + std::to_string(r.score) + " ";
    INFO("want: ", shown_want, "\ngot:  ", shown_got);
    CHECK(got.size() == want.size());
    if (got.size() != want.size()) return;
    std::size_t start = 0;
    while (start < want.size()) {
        std::size_t end = start + 1;
        while (end < want.size() && same_score(want[end].score, want[start].score)) ++end;
        std::set<std::string> a, b;
        for (std::size_t i = start; i < end; ++i) {
            a.insert(want[i].stem);
            b.insert(got[i].stem);
            CHECK_MESSAGE(same_score(want[i].score, got[i].score), "rank ", i + 1);
        }
        CHECK_MESSAGE(a == b, "ranks ", start + 1, "-", end);
        start = end;
    }
}

}  // namespace cvdex::test
