// Searches while cvindex re-indexes the same database, committing after every document: no
// search may fail (each exits 0 with a JSON object), whatever revision it opens or is overtaken
// by. The writer edits, removes and restores CVs between runs so that every run really writes.
#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "fixtures.hpp"

using namespace cvdex::test;
using nlohmann::json;

namespace {

struct WriterRound {
    int code = -1;
    int indexed = -1, removed = -1;
    std::string error;
};

}  // namespace

TEST_CASE("query concurrency: searches never fail while cvindex commits") {
    Scratch scratch("query-concurrency");
    const fs::path cvs = scratch / "cvs", db = scratch / "cvdex.db", spare = scratch / "spare";
    fs::create_directories(spare);
    fs::copy(fixture_cvs(), cvs, fs::copy_options::recursive);
    index_into(db, {cvs.string()});

    std::vector<fs::path> markdown;
    for (const auto& entry : fs::directory_iterator(cvs))
        if (entry.path().extension() == ".md") markdown.push_back(entry.path());
    std::sort(markdown.begin(), markdown.end());
    REQUIRE(markdown.size() >= 10);

    constexpr int rounds = 6;
    std::vector<WriterRound> writer_rounds(rounds);
    std::atomic<bool> writing{true};
    std::thread writer([&] {
        for (int round = 0; round < rounds; ++round) {
            WriterRound& w = writer_rounds[static_cast<std::size_t>(round)];
            try {
                // Edit ten CVs (new size: re-read and re-indexed), and move one out or back in.
                for (std::size_t i = 0; i < 10; ++i) {
                    const fs::path& file = markdown[(static_cast<std::size_t>(round) * 3 + i) % markdown.size()];
                    if (!fs::exists(file)) continue;
                    spit(file, slurp(file) + "\n- Round " + std::to_string(round) + ": also wrote Go and Kafka tooling.\n");
                }
                const fs::path moving = markdown.back();
                if (round % 2 == 0) fs::rename(moving, spare / moving.filename());
                else fs::rename(spare / moving.filename(), moving);
                const Run r = run(cvindex_binary(),
                                  {"--db", db.string(), "--today", today, "--commit-every", "1", "--json", "-q", cvs.string()},
                                  scratch.dir());
                w.code = r.code;
                if (r.json.is_object()) {
                    w.indexed = r.json.value("indexed", -1);
                    w.removed = r.json.value("removed", -1);
                }
                if (r.code != 0) w.error = r.describe();
            } catch (const std::exception& e) {
                w.error = e.what();
            }
        }
        writing = false;
    });

    const std::vector<std::vector<std::string>> queries = {
        {"skill:go", "--explain"},
        {"engineer OR developer", "--limit", "50", "--facets", "skills,years"},
        {"\"distributed tracing\""},
        {"kafka", "--skill", "go"},
        {"--like", (fixture_jds() / "go-payments.md").string()},
    };
    int searches = 0, during = 0, failures = 0;
    std::string first_failure;
    while (writing || searches < 10) {
        const auto& query = queries[static_cast<std::size_t>(searches) % queries.size()];
        during += writing ? 1 : 0;
        const Run r = cvsearch({db.string()}, query);
        ++searches;
        const bool ok = r.code == 0 && r.json.is_object() && r.json.contains("results") && r.json["results"].is_array();
        if (!ok && failures++ == 0) first_failure = join(query) + ": " + r.describe();
    }
    writer.join();

    CHECK_MESSAGE(failures == 0, failures, " of ", searches, " searches failed; first: ", first_failure);
    // The searches really overlapped the writer (each run commits ten times or more).
    CHECK(during >= rounds);
    MESSAGE(during, " of ", searches, " searches started during ", rounds, " indexing runs");
    for (int round = 0; round < rounds; ++round) {
        const WriterRound& w = writer_rounds[static_cast<std::size_t>(round)];
        INFO("round ", round, ": ", w.error);
        CHECK(w.code == 0);
        CHECK(w.indexed >= 9);
        CHECK(w.removed == (round % 2 == 0 ? 1 : 0));
    }
}
