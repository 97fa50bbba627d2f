// cvbench report: gathers the JSON files of one comparison run (bench/compare) into results.json,
// the side-by-side Markdown table results.md, and a latency CDF plot drawn by gnuplot.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <thread>
#include <string>
#include <vector>

#include <boost/program_options.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "child_process.hpp"
#include "commands.hpp"
#include "cvdex/errors.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;
using nlohmann::json;

namespace cvdex::bench {
namespace {

// The files bench/compare writes, by role.
struct Inputs {
    json cvdex_1, cvdex_2, omindex, fts5_load, cvdex_query, fts5_query, accuracy;
};

json read_json(const fs::path& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(fmt::format("{}: error: missing (did that step of the comparison run?)", path.string()));
    json j = json::parse(in, nullptr, false);
    if (j.is_discarded() || !j.is_object()) throw std::runtime_error(fmt::format("{}: error: not a JSON object", path.string()));
    return j;
}

std::optional<double> number(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_number()) return std::nullopt;
    return it->get<double>();
}

std::optional<double> mib(const json& j, const char* key) {
    auto v = number(j, key);
    if (!v) return std::nullopt;
    return *v / (1024.0 * 1024.0);
}

/// One row of the side-by-side table. Absent figures (omindex answers no queries) stay empty.
struct Row {
    std::string metric;
    std::string better;  ///< "higher" or "lower"
    std::optional<double> cvdex_1, cvdex_2, omindex, fts5;
};

std::string cell(std::optional<double> v, int decimals) {
    return v ? fmt::format("{:.{}f}", *v, decimals) : std::string("—");
}

std::string ratio_cell(std::optional<double> ours, std::optional<double> theirs) {
    if (!ours || !theirs || *theirs == 0) return "—";
    return fmt::format("{:.2f}×", *ours / *theirs);
}

std::optional<double> ratio(std::optional<double> ours, std::optional<double> theirs) {
    if (!ours || !theirs || *theirs == 0) return std::nullopt;
    return *ours / *theirs;
}

std::vector<Row> build_rows(const Inputs& in) {
    auto q = [](const json& run, const char* key) { return number(run["overall"], key); };
    return {
        {"Indexing, docs/s", "higher", number(in.cvdex_1, "docs_per_second"), number(in.cvdex_2, "docs_per_second"),
         number(in.omindex, "docs_per_second"), number(in.fts5_load, "docs_per_second")},
        {"Indexing, MB/s", "higher", number(in.cvdex_1, "mb_per_second"), number(in.cvdex_2, "mb_per_second"),
         number(in.omindex, "mb_per_second"), number(in.fts5_load, "mb_per_second")},
        {"Indexing, peak RSS (MiB)", "lower", mib(in.cvdex_1, "peak_rss_bytes"), mib(in.cvdex_2, "peak_rss_bytes"),
         mib(in.omindex, "peak_rss_bytes"), mib(in.fts5_load, "peak_rss_bytes")},
        {"Documents indexed", "higher", number(in.cvdex_1, "documents"), number(in.cvdex_2, "documents"),
         number(in.omindex, "documents"), number(in.fts5_load, "documents")},
        {"Index size (MiB)", "lower", mib(in.cvdex_1, "db_bytes"), mib(in.cvdex_2, "db_bytes"), mib(in.omindex, "db_bytes"),
         mib(in.fts5_load, "db_bytes")},
        {"Index size after xapian-compact (MiB)", "lower", mib(in.cvdex_1, "db_bytes_compact"),
         mib(in.cvdex_2, "db_bytes_compact"), mib(in.omindex, "db_bytes_compact"), std::nullopt},
        {"Query p50 (ms)", "lower", std::nullopt, q(in.cvdex_query, "p50_ms"), std::nullopt, q(in.fts5_query, "p50_ms")},
        {"Query p90 (ms)", "lower", std::nullopt, q(in.cvdex_query, "p90_ms"), std::nullopt, q(in.fts5_query, "p90_ms")},
        {"Query p99 (ms)", "lower", std::nullopt, q(in.cvdex_query, "p99_ms"), std::nullopt, q(in.fts5_query, "p99_ms")},
        {"Query max (ms)", "lower", std::nullopt, q(in.cvdex_query, "max_ms"), std::nullopt, q(in.fts5_query, "max_ms")},
        {"Queries per second (1 thread)", "higher", std::nullopt, number(in.cvdex_query, "qps"), std::nullopt,
         number(in.fts5_query, "qps")},
    };
}

int decimals_for(const std::string& metric) {
    if (metric.find("(ms)") != std::string::npos || metric.find("MB/s") != std::string::npos) return 2;
    if (metric.find("MiB") != std::string::npos) return 1;
    return 0;
}

std::string markdown(const Inputs& in, const std::vector<Row>& rows, const json& meta) {
    std::string md = fmt::format("# cvdex vs SQLite FTS5 and omindex\n\n{} CVs (seed {}, {:.1f} MB in {} files), {} on {} cores, {}.\n\n",
                                 meta["count"].get<std::uint64_t>(), meta["seed"].get<std::uint64_t>(),
                                 in.cvdex_2["corpus"]["bytes"].get<double>() / 1e6,
                                 in.cvdex_2["corpus"]["files"].get<std::uint64_t>(), meta["date"].get<std::string>(),
                                 meta["cores"].get<unsigned>(), meta["formats"].get<std::string>());
    md += "Ratios are cvdex (2 threads) / other; the \"better\" column says which way is better.\n\n";
    md += "| metric | better | cvdex, 1 thread | cvdex, 2 threads | omindex | cvdex / omindex | SQLite FTS5 | cvdex / FTS5 |\n";
    md += "|---|---|---:|---:|---:|---:|---:|---:|\n";
    for (const Row& r : rows) {
        const int d = decimals_for(r.metric);
        md += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {} |\n", r.metric, r.better, cell(r.cvdex_1, d),
                          cell(r.cvdex_2, d), cell(r.omindex, d), ratio_cell(r.cvdex_2, r.omindex), cell(r.fts5, d),
                          ratio_cell(r.cvdex_2, r.fts5));
    }
    md += fmt::format("\nQueries: {} timed queries for cvdex and {} for FTS5 from the same mix of {} ({} s each, 1 thread, "
                      "top {} with snippets, after {} warm-up queries).\n\n",
                      in.cvdex_query["queries"].get<std::uint64_t>(), in.fts5_query["queries"].get<std::uint64_t>(),
                      in.cvdex_query["mix_size"].get<std::uint64_t>(), meta["query_seconds"].get<double>(),
                      in.cvdex_query["limit"].get<std::uint64_t>(), in.cvdex_query["warmup_per_thread"].get<std::uint64_t>());
    md += "| class | cvdex p50 | FTS5 p50 | cvdex / FTS5 | cvdex p99 | FTS5 p99 | cvdex / FTS5 | cvdex 0 hits | FTS5 0 hits |\n";
    md += "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    for (const auto& [name, ours] : in.cvdex_query["classes"].items()) {
        const json theirs = in.fts5_query["classes"].value(name, json::object());
        md += fmt::format("| {} | {} | {} | {} | {} | {} | {} | {:.1f}% | {} |\n", name, cell(number(ours, "p50_ms"), 2),
                          cell(number(theirs, "p50_ms"), 2), ratio_cell(number(ours, "p50_ms"), number(theirs, "p50_ms")),
                          cell(number(ours, "p99_ms"), 2), cell(number(theirs, "p99_ms"), 2),
                          ratio_cell(number(ours, "p99_ms"), number(theirs, "p99_ms")),
                          100 * ours.value("zero_hit_share", 0.0),
                          theirs.contains("zero_hit_share") ? fmt::format("{:.1f}%", 100 * theirs["zero_hit_share"].get<double>()) : "—");
    }
    const json& a = in.accuracy;
    md += fmt::format("\nExtraction accuracy ({} CVs): employers P {:.4f} R {:.4f}; skills P {:.4f} R {:.4f}; per-skill months "
                      "exact {:.2f}%; experience months exact {:.2f}%, within ±1 {:.2f}%, ±3 {:.2f}%, ±12 {:.2f}%.\n\n",
                      a["cvs"].get<std::uint64_t>(), a["employers"]["precision"].get<double>(),
                      a["employers"]["recall"].get<double>(), a["skills"]["precision"].get<double>(),
                      a["skills"]["recall"].get<double>(), 100 * a["skill_months"]["exact"].get<double>(),
                      100 * a["experience_months"]["exact"].get<double>(), 100 * a["experience_months"]["within_1"].get<double>(),
                      100 * a["experience_months"]["within_3"].get<double>(),
                      100 * a["experience_months"]["within_12"].get<double>());
    md += "| format | CVs | employers P | employers R | skills P | skills R | experience exact |\n|---|---:|---:|---:|---:|---:|---:|\n";
    for (const auto& [format, t] : a["by_format"].items())
        md += fmt::format("| {} | {} | {:.4f} | {:.4f} | {:.4f} | {:.4f} | {:.2f}% |\n", format, t["cvs"].get<std::uint64_t>(),
                          t["employers"]["precision"].get<double>(), t["employers"]["recall"].get<double>(),
                          t["skills"]["precision"].get<double>(), t["skills"]["recall"].get<double>(),
                          100 * t["experience_months"]["exact"].get<double>());
    md += "\nLatency distribution: [latency-cdf.svg](latency-cdf.svg).\n";
    return md;
}

json results_json(const Inputs& in, const std::vector<Row>& rows, const json& meta) {
    json table = json::array();
    auto value = [](std::optional<double> v) { return v ? json(*v) : json(); };
    for (const Row& r : rows)
        table.push_back({{"metric", r.metric}, {"better", r.better}, {"cvdex_1_thread", value(r.cvdex_1)},
                         {"cvdex_2_threads", value(r.cvdex_2)}, {"omindex", value(r.omindex)}, {"fts5", value(r.fts5)},
                         {"ratio_cvdex_omindex", value(ratio(r.cvdex_2, r.omindex))},
                         {"ratio_cvdex_fts5", value(ratio(r.cvdex_2, r.fts5))}});
    return {{"meta", meta},
            {"table", table},
            {"indexing", {{"cvdex_1_thread", in.cvdex_1}, {"cvdex_2_threads", in.cvdex_2}, {"omindex", in.omindex},
                          {"fts5", in.fts5_load}}},
            {"query", {{"cvdex", in.cvdex_query}, {"fts5", in.fts5_query}}},
            {"accuracy", in.accuracy},
            {"plot", "latency-cdf.svg"}};
}

void plot(const fs::path& dir) {
    const std::string gnuplot = find_in_path("gnuplot");
    if (gnuplot.empty()) throw std::runtime_error("gnuplot: error: not installed (Debian package gnuplot-nox)");
    const fs::path script = dir / "latency-cdf.gp";
    std::ofstream(script) << "set terminal svg size 800,500 dynamic font 'sans,11'\n"
                             "set output 'latency-cdf.svg'\n"
                             "set title 'Query latency, top 10 with snippets (same query mix)'\n"
                             "set xlabel 'latency (ms, log scale)'\nset ylabel 'share of queries'\n"
                             "set logscale x\nset key bottom right\nset grid\nset yrange [0:1]\n"
                             "plot 'cdf-cvdex.dat' using 1:2 with lines lw 2 title 'cvdex', \\\n"
                             "     'cdf-fts5.dat' using 1:2 with lines lw 2 title 'SQLite FTS5'\n";
    // gnuplot resolves the data files relative to its working directory: run it in `dir`.
    const ChildResult run = run_child({"/bin/sh", "-c", "cd \"$1\" && exec \"$2\" latency-cdf.gp", "sh", dir.string(), gnuplot}, false);
    if (run.exit_code != 0 || !fs::exists(dir / "latency-cdf.svg"))
        throw std::runtime_error(fmt::format("{}: error: gnuplot failed ({})", script.string(), run.exit_code));
}

}  // namespace

int run_report_command(int argc, char** argv) {
    std::string dir, date, formats = "generate's default";
    std::uint64_t count = 0, seed = 0;
    double query_seconds = 0;
    po::options_description visible(
        "Usage: cvbench report --dir DIR --count N --seed S --date DATE [--formats LIST] [--query-seconds S]\n"
        "Reads the JSON files bench/compare wrote into DIR and writes DIR/results.json, DIR/results.md\n"
        "(the side-by-side table) and DIR/latency-cdf.svg (gnuplot); prints the Markdown.\n\nOptions");
    visible.add_options()("help,h", "show this help")
        ("dir", po::value(&dir)->required(), "the comparison's output folder")
        ("count", po::value(&count)->required(), "CVs generated")
        ("seed", po::value(&seed)->required(), "generator seed")
        ("date", po::value(&date)->required(), "when the run was made")
        ("formats", po::value(&formats), "the generator's format mix")
        ("query-seconds", po::value(&query_seconds), "timed query seconds per engine");
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(visible).run(), vm);
    if (vm.count("help")) {
        std::cout << visible << '\n';
        return 0;
    }
    po::notify(vm);
    const fs::path root(dir);
    Inputs in{read_json(root / "index-cvdex-1.json"), read_json(root / "index-cvdex-2.json"),
              read_json(root / "index-omindex.json"), read_json(root / "load-fts5.json"),
              read_json(root / "query-cvdex.json"),   read_json(root / "query-fts5.json"),
              read_json(root / "accuracy.json")};
    const json meta = {{"count", count}, {"seed", seed}, {"date", date}, {"formats", formats},
                       {"query_seconds", query_seconds}, {"cores", std::thread::hardware_concurrency()}};
    const std::vector<Row> rows = build_rows(in);
    plot(root);
    const std::string md = markdown(in, rows, meta);
    std::ofstream(root / "results.md") << md;
    std::ofstream(root / "results.json") << results_json(in, rows, meta).dump(2, ' ', false, json::error_handler_t::replace) << '\n';
    if (!fs::exists(root / "results.json") || !fs::exists(root / "results.md"))
        throw std::runtime_error(fmt::format("{}: error: cannot write the results", dir));
    fmt::print("{}", md);
    return 0;
}

}  // namespace cvdex::bench
