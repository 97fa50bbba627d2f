// What cvsearch prints: the documented --json object and nothing else, hit values taken from the
// CV's record, snippets, --explain, --csv, --facets counted over all matches (not the page),
// --offset pages consistent with one bigger page, --sort experience, the plain table.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace cvdex::test;
using nlohmann::json;

namespace {

std::set<std::string> keys_of(const json& object) {
    std::set<std::string> keys;
    for (const auto& item : object.items()) keys.insert(item.key());
    return keys;
}

json search_json(const std::vector<std::string>& args) {
    const Run r = search(args);
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    REQUIRE_MESSAGE(r.json.is_object(), r.describe());
    return r.json;
}

const json& hit_for(const json& response, const std::string& stem) {
    for (const json& hit : response["results"])
        if (stem_of(hit["path"].get<std::string>()) == stem) return hit;
    FAIL("no result for ", stem, " in ", response.dump());
    static const json none;
    return none;
}

// One CSV document (RFC 4180: quoted fields, doubled quotes, CRLF or LF) as rows of fields.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, any = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') field += text[++i];
            else if (c == '"') quoted = false;
            else field += c;
        } else if (c == '"') {
            quoted = any = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    REQUIRE_MESSAGE(!quoted, "unterminated quoted CSV field");
    if (any || !field.empty()) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

std::map<std::string, long> facet_counts(const json& facets, const std::string& name) {
    std::map<std::string, long> out;
    REQUIRE_MESSAGE(facets.contains(name), "no facet ", name, " in ", facets.dump());
    REQUIRE(facets[name].is_array());
    for (const json& row : facets[name]) {
        REQUIRE_MESSAGE((row.contains("value") && row.contains("count")), row.dump());
        std::string value = row["value"].get<std::string>();
        std::transform(value.begin(), value.end(), value.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        out[value] = row["count"].get<long>();
    }
    return out;
}

}  // namespace

TEST_CASE("query output: --json holds exactly the documented keys with their types") {
    for (const bool explain : {false, true}) {
        SUBCASE(explain ? "with --explain" : "without --explain") {
            std::vector<std::string> args = {"skill:go kafka"};
            if (explain) args.emplace_back("--explain");
            const json response = search_json(args);
            const std::set<std::string> allowed = {"query", "parsed", "estimated", "offset", "results", "facets", "suggestion"};
            for (const std::string& key : keys_of(response)) CHECK_MESSAGE(allowed.count(key) == 1, "unexpected key ", key);
            for (const char* key : {"query", "parsed", "estimated", "offset", "results"}) CHECK_MESSAGE(response.contains(key), "missing ", key);
            CHECK((!response.contains("facets") || response["facets"].is_null()));
            CHECK(response["query"] == "skill:go kafka");
            CHECK(response["estimated"].is_number_unsigned());
            CHECK(response["offset"] == 0);
            if (response.contains("suggestion")) CHECK((response["suggestion"].is_null() || response["suggestion"].is_string()));
            REQUIRE(response["results"].is_array());
            REQUIRE(!response["results"].empty());

            std::set<std::string> result_keys = {"rank", "path", "name", "score", "experience_months", "matched_skills",
                                                 "employer", "title", "location", "snippet"};
            if (explain) result_keys.insert("explain");
            const std::regex month(R"(\d{4}-\d{2})");
            for (const json& hit : response["results"]) {
                CHECK_MESSAGE(keys_of(hit) == result_keys, hit.dump());
                CHECK(hit["rank"].is_number_unsigned());
                CHECK(hit["path"].is_string());
                CHECK(hit["score"].is_number());
                CHECK(hit["experience_months"].is_number_integer());
                for (const char* key : {"name", "employer", "title", "location", "snippet"}) CHECK(hit[key].is_string());
                if (explain) CHECK_MESSAGE(hit["explain"].is_object(), hit["explain"].dump());
                REQUIRE(hit["matched_skills"].is_array());
                for (const json& skill : hit["matched_skills"]) {
                    CHECK_MESSAGE((keys_of(skill) == std::set<std::string>{"name", "months", "last_used"}), skill.dump());
                    CHECK(skill["name"].is_string());
                    CHECK(skill["months"].is_number_integer());
                    CHECK_MESSAGE((skill["last_used"].is_null() ||
                                   (skill["last_used"].is_string() &&
                                    std::regex_match(skill["last_used"].get<std::string>(), month))),
                                  skill.dump());
                }
            }
        }
    }
}

TEST_CASE("query output: each hit carries its CV's name, experience, current job, location and skill months") {
    const json response = search_json({"skill:go", "--limit", "100"});
    const auto& records = fixture_index().records;
    for (const json& hit : response["results"]) {
        const std::string stem = stem_of(hit["path"].get<std::string>());
        const json& record = records.at(stem);
        INFO(stem, ": ", hit.dump());
        CHECK(hit["name"] == record["name"]);
        CHECK(hit["experience_months"] == record["experience_months"]);
        CHECK(hit["location"] == record["location"]);
        const json* go = nullptr;
        for (const json& s : hit["matched_skills"])
            if (s["name"] == "Go") go = &s;
        REQUIRE_MESSAGE(go, "Go is not among the matched skills");
        CHECK((*go)["months"] == skill_months(record, "Go"));
        for (const json& s : record["skills"])
            if (s["name"] == "Go") CHECK((*go)["last_used"] == s["last_used"]);
    }
    const json& amara = hit_for(response, "go-kafka-payments");
    CHECK(amara["name"] == "Amara Okafor");
    CHECK(amara["employer"] == "Paylane Payments");
    CHECK(amara["title"] == "Senior Backend Engineer");
    CHECK(amara["location"] == "Amsterdam, Netherlands");
    CHECK(amara["experience_months"] == 129);
    const json& bram = hit_for(response, "go-exactly-five");
    CHECK(bram["matched_skills"][0] == json{{"name", "Go"}, {"months", 60}, {"last_used", "2019-12"}});
    // Only listed: no months and never used.
    const json& dmitri = hit_for(response, "go-skills-only");
    CHECK(dmitri["matched_skills"][0] == json{{"name", "Go"}, {"months", 0}, {"last_used", nullptr}});

    const json both = search_json({"skill:go AND skill:kafka"});
    std::set<std::string> names;
    for (const json& s : hit_for(both, "go-kafka-payments")["matched_skills"]) names.insert(s["name"].get<std::string>());
    CHECK((names == std::set<std::string>{"Go", "Kafka"}));
}

TEST_CASE("query output: snippets show the matching passage with the match marked") {
    const json response = search_json({"\"distributed tracing\""});
    REQUIRE(response["results"].size() == 2);
    for (const json& hit : response["results"]) {
        std::string snippet = hit["snippet"].get<std::string>();
        INFO(snippet);
        CHECK(snippet.find("\u00ab") != std::string::npos);  // «
        for (const char* mark : {"\u00ab", "\u00bb"})
            for (std::size_t at; (at = snippet.find(mark)) != std::string::npos;) snippet.erase(at, std::string(mark).size());
        CHECK(snippet.find("distributed tracing") != std::string::npos);
    }
    const json plain = search_json({"helm"});
    REQUIRE(plain["results"].size() == 1);
    CHECK(plain["results"][0]["snippet"].get<std::string>().find("Helm") != std::string::npos);
}

TEST_CASE("query output: --csv is a header and one row per result, in the --json order") {
    const std::vector<std::string> query = {"engineer OR developer", "--limit", "7"};
    const json response = search_json(query);
    std::vector<std::string> args = query;
    args.emplace_back("--csv");
    const Run r = search(args);
    REQUIRE_MESSAGE(r.code == 0, r.describe());
    const auto rows = parse_csv(r.out);
    REQUIRE(rows.size() == response["results"].size() + 1);
    const std::vector<std::string>& header = rows[0];
    CHECK(header.size() >= 5);
    const auto path_column = std::find(header.begin(), header.end(), "path");
    REQUIRE_MESSAGE(path_column != header.end(), "no path column in ", join(header));
    const auto column = static_cast<std::size_t>(path_column - header.begin());
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE_MESSAGE(rows[i].size() == header.size(), "row ", i, ": ", join(rows[i]));
        CHECK(rows[i][column] == response["results"][i - 1]["path"]);
    }
    const Run empty = search({"zzqqxxnothing", "--csv"});
    CHECK(empty.code == 0);
    CHECK(parse_csv(empty.out).size() == 1);
}

TEST_CASE("query output: --facets count every match, not only the page shown") {
    const std::vector<std::string> facets = {"--facets", "skills,employers,locations,years"};
    SUBCASE("skill:kubernetes") {
        std::vector<std::string> args = {"skill:kubernetes", "--limit", "1"};
        args.insert(args.end(), facets.begin(), facets.end());
        const json page = search_json(args);
        CHECK(page["results"].size() == 1);
        REQUIRE(page.contains("facets"));
        const json& f = page["facets"];
        const auto holders = fixtures_where([](const json& r) { return skill_months(r, "Kubernetes") >= 0; });
        REQUIRE(holders.size() == 6);
        CHECK(page["estimated"] == holders.size());
        const auto skills = facet_counts(f, "skills");
        INFO(f.dump());
        CHECK(skills.at("kubernetes") == 6);
        for (const char* other : {"Terraform", "Python", "PostgreSQL"}) {
            long want = 0;
            for (const std::string& stem : holders) want += skill_months(fixture_index().records.at(stem), other) >= 0;
            std::string key = other;
            std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            CHECK_MESSAGE(skills.count(key) == 1, "no facet for ", other);
            if (skills.count(key)) CHECK_MESSAGE(skills.at(key) == want, other);
        }
        const auto employers = facet_counts(f, "employers");
        CHECK(employers.at("paylane payments") == 2);
        CHECK(!facet_counts(f, "locations").empty());
    }
    SUBCASE("years over a broad query") {
        const json all = search_json({"engineer OR developer", "--limit", "100"});
        const std::size_t matches = all["results"].size();
        REQUIRE(matches >= 20);
        std::vector<std::string> args = {"engineer OR developer", "--limit", "1"};
        args.insert(args.end(), facets.begin(), facets.end());
        const json page = search_json(args);
        CHECK(page["estimated"] == matches);
        long total = 0;
        for (const auto& [bucket, count] : facet_counts(page["facets"], "years")) total += count;
        CHECK(total == static_cast<long>(matches));
        // The "5-10" bucket, recomputed from the records of all matches.
        long five_to_ten = 0;
        for (const json& hit : all["results"]) {
            const int months = hit["experience_months"].get<int>();
            five_to_ten += months >= 60 && months < 120;
        }
        const auto years = facet_counts(page["facets"], "years");
        REQUIRE_MESSAGE(years.count("5-10") == 1, page["facets"].dump());
        CHECK(years.at("5-10") == five_to_ten);
    }
}

TEST_CASE("query output: --offset pages are slices of one bigger page") {
    const std::vector<std::string> query = {"engineer OR developer OR python"};
    auto page = [&](int limit, int offset) {
        std::vector<std::string> args = query;
        args.insert(args.end(), {"--limit", std::to_string(limit), "--offset", std::to_string(offset)});
        return search_json(args);
    };
    const json big = page(20, 0);
    REQUIRE(big["results"].size() == 20);
    for (const int offset : {0, 3, 10, 17}) {
        const json slice = page(3, offset);
        CHECK(slice["offset"] == offset);
        REQUIRE(slice["results"].size() == 3);
        for (std::size_t i = 0; i < 3; ++i) {
            const json& a = slice["results"][i];
            const json& b = big["results"][static_cast<std::size_t>(offset) + i];
            CHECK(a["path"] == b["path"]);
            CHECK(a["rank"] == static_cast<std::size_t>(offset) + i + 1);
            CHECK(a["score"].get<double>() == doctest::Approx(b["score"].get<double>()).epsilon(1e-9));
        }
    }
    const json past = page(5, 1000);
    CHECK(past["results"].empty());
    CHECK(past["offset"] == 1000);
}

TEST_CASE("query output: zero hits, --sort experience and the plain table") {
    const json none = search_json({"zzqqxxnothing"});
    CHECK(none["results"].empty());
    CHECK(none["estimated"] == 0);

    const json by_experience = search_json({"skill:go", "--sort", "experience"});
    std::vector<int> months;
    for (const json& hit : by_experience["results"]) months.push_back(hit["experience_months"].get<int>());
    CHECK(months.size() == 6);
    CHECK_MESSAGE(std::is_sorted(months.rbegin(), months.rend()), by_experience.dump());

    // stdout is a file here (not a TTY): a readable table without colour codes.
    const Run table = cvsearch({fixture_index().db.string()}, {"skill:go"}, true);
    REQUIRE_MESSAGE(table.code == 0, table.describe());
    CHECK(table.out.find("Amara Okafor") != std::string::npos);
    CHECK(table.out.find("Bram Jansen") != std::string::npos);
    CHECK(table.out.find('\x1b') == std::string::npos);
    CHECK(!table.json.is_object());
}

TEST_CASE("query output: a misspelt query that finds nothing suggests the spelling that does") {
    for (const auto& [typed, meant] : std::vector<std::pair<std::string, std::string>>{
             {"pyhton developer", "python developer"}, {"terrafrom", "terraform"}}) {
        SUBCASE(typed.c_str()) {
            const json response = search_json({typed});
            CHECK(response["results"].empty());
            REQUIRE_MESSAGE(response.contains("suggestion"), response.dump());
            CHECK(response["suggestion"] == meant);
            // The suggestion finds something.
            CHECK(!search_json({meant})["results"].empty());
        }
    }
    const json found = search_json({"terraform"});
    CHECK(!found["results"].empty());
    CHECK((!found.contains("suggestion") || found["suggestion"].is_null()));
}

// Prose words count too: "distributed" is in two CVs, once in a summary and once in an experience
// section (a speller that reads only some section prefixes finds one CV and suggests nothing).
TEST_CASE("query output: a misspelt prose word gets a suggestion") {
    const json response = search_json({"distribted tracing"});
    CHECK(response["results"].empty());
    REQUIRE_MESSAGE(response.contains("suggestion"), response.dump());
    CHECK(response["suggestion"] == "distributed tracing");
}
