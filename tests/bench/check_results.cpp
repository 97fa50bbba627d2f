// Checks the output folder of `bench/compare --smoke`: results.json and results.md are
// well-formed and hold every row of the side-by-side table with real figures, every query class
// ran without errors, the accuracy covers every CV, and the latency plot was drawn.
// Usage: check_results DIR COUNT. Prints each problem as "path: error: reason"; exit 1 if any.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

int problems = 0;

void fail(const fs::path& path, const std::string& reason) {
    std::cerr << path.string() << ": error: " << reason << '\n';
    ++problems;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

bool positive(const json& j, const char* key) {
    return j.contains(key) && j[key].is_number() && j[key].get<double>() > 0;
}

// Which engines must have a figure in each row (omindex answers no queries; FTS5 is not
// compacted by xapian-compact).
struct Expected {
    const char* metric;
    bool omindex, fts5;
};
constexpr Expected rows[] = {
    {"Indexing, docs/s", true, true},
    {"Indexing, MB/s", true, true},
    {"Indexing, peak RSS (MiB)", true, true},
    {"Documents indexed", true, true},
    {"Index size (MiB)", true, true},
    {"Index size after xapian-compact (MiB)", true, false},
    {"Query p50 (ms)", false, true},
    {"Query p90 (ms)", false, true},
    {"Query p99 (ms)", false, true},
    {"Query max (ms)", false, true},
    {"Queries per second (1 thread)", false, true},
};
constexpr const char* classes[] = {"skill", "skills", "skills_years", "free_text", "phrase", "boolean", "jd"};

void check_table(const fs::path& path, const json& results) {
    const json& table = results["table"];
    for (const Expected& e : rows) {
        const json* row = nullptr;
        for (const json& r : table)
            if (r.value("metric", "") == e.metric) row = &r;
        if (!row) {
            fail(path, std::string("no row '") + e.metric + "'");
            continue;
        }
        auto need = [&](const char* column, bool wanted) {
            if (wanted && !positive(*row, column)) fail(path, std::string("row '") + e.metric + "': no figure for " + column);
        };
        need("cvdex_2_threads", true);
        need("omindex", e.omindex);
        need("fts5", e.fts5);
        need("ratio_cvdex_omindex", e.omindex);
        need("ratio_cvdex_fts5", e.fts5);
    }
}

void check_queries(const fs::path& path, const json& results) {
    for (const char* engine : {"cvdex", "fts5"}) {
        const json& run = results["query"][engine];
        if (run.value("errors", 1) != 0) fail(path, std::string(engine) + " queries failed");
        if (!positive(run, "queries")) fail(path, std::string(engine) + " ran no timed queries");
        for (const char* c : classes)
            if (!run["classes"].contains(c) || !positive(run["classes"][c], "count"))
                fail(path, std::string(engine) + ": no timed queries of class " + c);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: check_results DIR COUNT\n";
        return 2;
    }
    const fs::path dir = argv[1];
    const auto count = std::strtoull(argv[2], nullptr, 10);

    const fs::path json_path = dir / "results.json";
    const json results = json::parse(slurp(json_path), nullptr, false);
    if (results.is_discarded() || !results.is_object()) {
        fail(json_path, "missing or not a JSON object");
    } else {
        check_table(json_path, results);
        check_queries(json_path, results);
        if (results["meta"].value("count", 0ull) != count) fail(json_path, "meta.count is not the generated count");
        for (const char* engine : {"cvdex_1_thread", "cvdex_2_threads", "fts5"})
            if (results["indexing"][engine].value("documents", 0ull) != count)
                fail(json_path, std::string(engine) + " did not index every CV");
        if (results["accuracy"].value("cvs", 0ull) != count) fail(json_path, "accuracy did not score every CV");
        for (const char* part : {"employers", "skills"})
            if (!positive(results["accuracy"][part], "recall")) fail(json_path, std::string("accuracy: no ") + part + " recall");
    }

    const fs::path md_path = dir / "results.md";
    const std::string md = slurp(md_path);
    if (md.find("| metric | better | cvdex, 1 thread | cvdex, 2 threads | omindex | cvdex / omindex | SQLite FTS5 | cvdex / FTS5 |") ==
        std::string::npos)
        fail(md_path, "no side-by-side table header");
    for (const Expected& e : rows)
        if (md.find(std::string("| ") + e.metric + " |") == std::string::npos)
            fail(md_path, std::string("no row '") + e.metric + "'");
    for (const char* c : classes)
        if (md.find(std::string("| ") + c + " |") == std::string::npos) fail(md_path, std::string("no class row '") + c + "'");

    const fs::path plot = dir / "latency-cdf.svg";
    const std::string svg = slurp(plot);
    if (svg.find("<svg") == std::string::npos || svg.find("</svg>") == std::string::npos)
        fail(plot, "missing or not an SVG document");
    for (const char* data : {"cdf-cvdex.dat", "cdf-fts5.dat", "queries.jsonl"})
        if (!fs::exists(dir / data) || fs::file_size(dir / data) == 0) fail(dir / data, "missing or empty");

    if (problems == 0) std::cout << dir.string() << ": results well-formed\n";
    return problems ? 1 : 0;
}
