// Relevance of the real `cvsearch --json` on the fixture CVs: one row per query with the
// expected top results and exclusions. The fixtures were written for these questions (see
// tests/query/cvs and test_fixtures.cpp): a Go + Kafka payments engineer with 85 months of Go,
// Go at exactly 60 and 59 months, Go only listed, Go written "golang", Kubernetes written "k8s",
// PostgreSQL written "postgres", Python last used in 2015, Rust last used 2024-11 and 2024-10,
// "distributed tracing" only in a summary or only in an experience section, a German and a
// French CV, an HTML and a JSON Resume CV.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "fixtures.hpp"

using namespace cvdex::test;

namespace {

struct Row {
    std::vector<std::string> args;                          // query text and flags
    std::vector<std::string> top = {};                      // the first results, in any order
    std::vector<std::string> exact = {};                    // when given: all the results
    std::vector<std::string> present = {};                  // somewhere in the results
    std::vector<std::string> absent = {};                   // nowhere in the results
    std::vector<std::string> within = {};                   // when given: results are a subset
    std::vector<std::pair<std::string, std::string>> before = {};  // a present, ranked above b if b is
};

const std::vector<std::string> go_holders = {"go-kafka-payments", "go-kafka-junior", "go-exactly-five",
                                             "go-four-eleven", "go-skills-only", "golang-alias"};
const std::vector<std::string> kubernetes_holders = {"go-kafka-payments", "k8s-writer", "de-kotlin",
                                                     "json-ml", "sre-payments", "terraform-aws"};
const std::vector<std::string> postgres_holders = {"go-kafka-payments", "postgres-alias", "de-kotlin", "elixir-dev",
                                                   "python-django"};

std::string jd(const char* name) { return (fixture_jds() / name).string(); }

const std::vector<Row>& rows() {
    static const std::vector<Row> table = {
        // skills, normalised through the taxonomy on the query side
        {.args = {"skill:go"}, .top = {"go-kafka-payments"}, .exact = go_holders,
         .before = {{"golang-alias", "go-skills-only"}, {"go-kafka-payments", "go-skills-only"}}},
        {.args = {"skill:Go"}, .exact = go_holders},
        {.args = {"skill:golang"}, .exact = go_holders},
        {.args = {"golang"}, .present = {"golang-alias", "go-kafka-payments", "go-exactly-five"},
         .absent = {"go-verb-only", "designer-no-tech"}},
        {.args = {"kubernetes"}, .present = {"k8s-writer", "terraform-aws", "sre-payments"},
         .absent = {"designer-no-tech", "go-verb-only"}},
        {.args = {"k8s"}, .present = {"k8s-writer", "terraform-aws", "sre-payments", "de-kotlin"},
         .absent = {"designer-no-tech"}},
        {.args = {"skill:k8s"}, .exact = kubernetes_holders},
        {.args = {"skill:kubernetes"}, .exact = kubernetes_holders,
         .before = {{"k8s-writer", "go-kafka-payments"}, {"terraform-aws", "go-kafka-payments"}}},
        {.args = {"postgres"}, .present = postgres_holders, .absent = {"designer-no-tech", "java-bank"}},
        {.args = {"skill:postgresql"}, .exact = postgres_holders},
        {.args = {"skill:postgres"}, .exact = postgres_holders},
        // Rust last used 2024-11 and 2024-10: the same calendar year, so the same score (ties
        // go to the CV indexed first, so both are the top two in either order).
        {.args = {"skill:rust"}, .top = {"rust-nov-2024", "rust-oct-2024"}, .exact = {"rust-nov-2024", "rust-oct-2024"}},
        {.args = {"skill:python"}, .present = {"python-recent", "python-2015", "go-skills-only"},
         .before = {{"python-recent", "python-2015"}, {"python-recent", "summary-phrase"}}},
        {.args = {"skill:\"spring boot\""},
         .exact = {"go-kafka-payments", "rust-nov-2024", "rust-oct-2024", "experience-phrase", "de-kotlin"}},
        {.args = {"c++"}, .exact = {"cpp-embedded"}},
        {.args = {"c#"}, .exact = {"csharp-dotnet"}},
        // boolean operators
        {.args = {"skill:go AND skill:kafka"}, .top = {"go-kafka-payments"}, .exact = {"go-kafka-payments", "go-kafka-junior"}},
        {.args = {"go AND kafka"}, .top = {"go-kafka-payments"}, .exact = {"go-kafka-payments", "go-kafka-junior"}},
        {.args = {"go\u00a0AND\u00a0kafka"}, .exact = {"go-kafka-payments", "go-kafka-junior"}},
        {.args = {"kafka NOT java"}, .exact = {"go-kafka-junior"}},
        {.args = {"+kafka -java"}, .exact = {"go-kafka-junior"}},
        {.args = {"kafka -go"}, .exact = {"kafka-java"}},
        {.args = {"rust OR elixir"}, .exact = {"rust-nov-2024", "rust-oct-2024", "elixir-dev"}},
        {.args = {"(rust OR elixir) AND java"}, .exact = {"rust-nov-2024", "rust-oct-2024"}},
        {.args = {"python NOT django"}, .present = {"python-recent", "go-skills-only", "python-2015", "json-ml"},
         .absent = {"python-django"}},
        // phrases, section phrases, smart quotes, stemming
        {.args = {"\"distributed tracing\""}, .exact = {"summary-phrase", "experience-phrase"}},
        {.args = {"\u201cdistributed tracing\u201d"}, .exact = {"summary-phrase", "experience-phrase"}},
        {.args = {"summary:\"distributed tracing\""}, .exact = {"summary-phrase"}},
        {.args = {"experience:\"distributed tracing\""}, .exact = {"experience-phrase"}},
        {.args = {"payment"}, .present = {"go-kafka-payments", "sre-payments", "python-django"},
         .absent = {"designer-no-tech", "postgres-alias"}},
        // a section field finds other forms of the word too ("payments" in the Java CV), and a
        // bare word is stemmed by each language in the database (German: Versicherung, -en)
        {.args = {"experience:payment"}, .exact = {"go-kafka-payments", "java-bank", "python-django", "sre-payments"}},
        {.args = {"summary:payments"}, .exact = {"go-kafka-payments", "sre-payments"}},
        {.args = {"versicherungen"}, .exact = {"de-kotlin"}},
        // field prefixes
        {.args = {"employer:\"paylane payments\""}, .exact = {"go-kafka-payments", "sre-payments"}},
        {.args = {"employer:paylane"}, .exact = {"go-kafka-payments", "sre-payments"}},
        {.args = {"title:\"site reliability engineer\""}, .exact = {"k8s-writer", "sre-payments"}},
        {.args = {"title:designer"}, .exact = {"designer-no-tech"}},
        {.args = {"location:amsterdam"}, .exact = {"go-kafka-payments", "sre-payments"}},
        {.args = {"location:berlin"}, .exact = {"summary-phrase"}},
        {.args = {"name:okafor"}, .exact = {"go-kafka-payments"}},
        {.args = {"school:delftshire"}, .exact = {"go-kafka-payments"}},
        {.args = {"lang:de"}, .exact = {"de-kotlin"}},
        {.args = {"lang:fr"}, .exact = {"fr-data"}},
        {.args = {"format:html"}, .exact = {"html-frontend"}},
        {.args = {"format:json_resume"}, .exact = {"json-ml"}},  // the term is XFjson_resume
        {.args = {"skill:kotlin lang:de"}, .exact = {"de-kotlin"}},
        // wildcards
        {.args = {"kube*"}, .present = {"terraform-aws", "sre-payments", "de-kotlin", "json-ml"},
         .absent = {"designer-no-tech", "go-verb-only"}},
        {.args = {"terraf*"}, .exact = {"golang-alias", "k8s-writer", "terraform-aws"}},
        // ranges
        {.args = {"years:10.."},
         .exact = {"go-kafka-payments", "java-bank", "postgres-alias", "python-2015", "cpp-embedded", "de-kotlin"}},
        {.args = {"years:5..10"}, .present = {"go-exactly-five", "five-years-one-month", "sre-payments", "golang-alias"},
         .absent = {"go-four-eleven", "go-kafka-payments", "go-kafka-junior", "junior-node", "java-bank"}},
        // A skill-years range names a skill: ranked by that skill's experience and recency like
        // skill:go (85 months and current above 60 months that ended in 2019).
        {.args = {"skill_years:go:5.."}, .top = {"go-kafka-payments"},
         .exact = {"go-kafka-payments", "go-exactly-five", "golang-alias"},
         .before = {{"golang-alias", "go-exactly-five"}}},
        {.args = {"skill_years:python:5.."},
         .exact = {"go-skills-only", "python-2015", "python-recent", "json-ml", "python-django", "sre-payments"}},
        {.args = {"skill:go years:..5"}, .exact = {"go-kafka-junior", "go-exactly-five", "go-four-eleven"}},
        // filters as flags with a query
        {.args = {"engineer", "--skill", "go", "--skill", "kafka"}, .present = {"go-kafka-payments"},
         .within = {"go-kafka-payments", "go-kafka-junior"}},
        {.args = {"--skill", "rust"}, .exact = {"rust-nov-2024", "rust-oct-2024"}},
        // job descriptions
        {.args = {"--like", jd("go-payments.md")}, .top = {"go-kafka-payments"},
         .present = {"go-kafka-junior", "go-exactly-five"}, .absent = {"designer-no-tech", "go-verb-only"},
         .before = {{"go-kafka-payments", "golang-alias"}, {"go-exactly-five", "k8s-writer"},
                    {"go-kafka-junior", "k8s-writer"}, {"go-exactly-five", "terraform-aws"}}},
        {.args = {"--like", jd("data-engineer.txt")}, .top = {"python-recent"},
         .absent = {"designer-no-tech", "cpp-embedded", "ios-swift"}},
        {.args = {"--like", jd("frontend.html")}, .top = {"html-frontend"}, .present = {"junior-node"},
         .absent = {"cpp-embedded", "designer-no-tech", "java-bank"}, .before = {{"html-frontend", "junior-node"}}},
        {.args = {"--like", jd("go-payments.md"), "--employer", "Paylane Payments"}, .top = {"go-kafka-payments"},
         .within = {"go-kafka-payments", "sre-payments"}},
        {.args = {"--like", jd("go-payments.md"), "--min-years", "10"}, .top = {"go-kafka-payments"},
         .absent = {"go-kafka-junior", "go-exactly-five", "golang-alias"}},
    };
    return table;
}

std::string label(const Row& row) {
    std::string out;
    for (const std::string& a : row.args) {
        std::string shown = a;
        if (shown.find('/') != std::string::npos) shown = fs::path(shown).filename().string();
        out += (out.empty() ? "" : " ") + shown;
    }
    return out;
}

void check_rows(const std::vector<Row>& table) {
    for (const Row& row : table) {
        SUBCASE(label(row).c_str()) {
            std::vector<std::string> args = row.args;
            args.insert(args.end(), {"--limit", "100"});
            const Run r = search(args);
            REQUIRE_MESSAGE(r.code == 0, r.describe());
            REQUIRE_MESSAGE(r.json.is_object(), r.describe());
            const std::vector<std::string> got = stems_of(r.json);
            const std::set<std::string> got_set(got.begin(), got.end());
            INFO("results: ", join(got));
            CHECK_MESSAGE(got_set.size() == got.size(), "a CV appears twice");

            if (!row.top.empty()) {
                REQUIRE(got.size() >= row.top.size());
                const std::set<std::string> first(got.begin(), got.begin() + static_cast<std::ptrdiff_t>(row.top.size()));
                CHECK_MESSAGE(first == std::set<std::string>(row.top.begin(), row.top.end()), "top wanted ", join(row.top));
            }
            if (!row.exact.empty())
                CHECK_MESSAGE(got_set == std::set<std::string>(row.exact.begin(), row.exact.end()), "wanted exactly ",
                              join(row.exact));
            for (const std::string& stem : row.present) CHECK_MESSAGE(got_set.count(stem) == 1, "missing ", stem);
            for (const std::string& stem : row.absent) CHECK_MESSAGE(got_set.count(stem) == 0, "unwanted ", stem);
            if (!row.within.empty()) {
                const std::set<std::string> allowed(row.within.begin(), row.within.end());
                for (const std::string& stem : got) CHECK_MESSAGE(allowed.count(stem) == 1, "unwanted ", stem);
            }
            for (const auto& [above, below] : row.before) {
                const auto a = std::find(got.begin(), got.end(), above), b = std::find(got.begin(), got.end(), below);
                CHECK_MESSAGE(a != got.end(), "missing ", above);
                if (a != got.end() && b != got.end()) CHECK_MESSAGE(a < b, above, " should rank above ", below);
            }
            // Every result of a --json response is a fixture, ranked from 1 in order.
            for (std::size_t i = 0; i < got.size(); ++i) {
                CHECK(fixture_index().records.count(got[i]) == 1);
                CHECK(r.json["results"][i]["rank"] == i + 1);
            }
            CHECK(r.json["estimated"].get<std::size_t>() >= got.size());
        }
    }
}

}  // namespace

TEST_CASE("query relevance: expected top results and exclusions per query on the fixture CVs") {
    CHECK(rows().size() >= 30);
    check_rows(rows());
}
