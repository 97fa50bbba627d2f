// cvbench fts5 load|query: command lines of the SQLite FTS5 side of the comparison.
#include <filesystem>
#include <iostream>
#include <string>
#include <thread>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "cvdex/errors.hpp"
#include "cvdex/extract.hpp"
#include "fts5_commands.hpp"
#include "index_figures.hpp"
#include "query_spec.hpp"
#include "replay.hpp"
#include "sqlite_handle.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace cvdex::bench {
namespace {

bool help_or_store(const po::options_description& visible, int argc, char** argv, po::variables_map& vm) {
    po::store(po::command_line_parser(argc, argv).options(visible).run(), vm);
    if (vm.count("help")) {
        std::cout << visible << '\n';
        return true;
    }
    po::notify(vm);
    return false;
}

int run_load(int argc, char** argv) {
    fts5::LoadOptions options;
    options.threads = std::max(1u, std::thread::hardware_concurrency());
    std::string today;
    bool json = false;
    po::options_description visible(
        "Usage: cvbench fts5 load --corpus DIR --db FILE [--threads N] [--json]\n"
        "Reads and extracts every CV with the cvdex extractor and loads it into a new SQLite FTS5\n"
        "database in one transaction; reports docs/s (parsing included, and insert-only), peak RSS\n"
        "and the file size.\n\nOptions");
    visible.add_options()("help,h", "show this help")
        ("corpus", po::value(&options.corpus)->required(), "folder of CVs")
        ("db", po::value(&options.database)->required(), "database file to create (must not exist)")
        ("threads", po::value(&options.threads), "parser threads (default: one per core)")
        ("today", po::value(&today), "reference month (YYYY-MM; default $CVDEX_TODAY, else now)")
        ("json", po::bool_switch(&json), "print JSON")
        ("quiet,q", po::bool_switch(&options.quiet), "nothing on stderr but errors");
    po::variables_map vm;
    if (help_or_store(visible, argc, argv, vm)) return 0;
    if (!fs::is_directory(options.corpus)) throw UsageError(fmt::format("{}: not a folder", options.corpus));
    if (fs::exists(options.database))
        throw UsageError(fmt::format("{}: exists; cvbench fts5 load measures a fresh database", options.database));
    options.today = resolve_today(today);
    options.quiet = options.quiet || json;
    const IndexFigures figures = fts5::load(options);
    if (json) {
        fmt::print("{}\n", to_json(figures).dump());
    } else {
        print_text(figures);
        fmt::print("  inserting   {:.2f} s of it ({:.0f} docs/s insert-only)\n", figures.extra["insert_seconds"].get<double>(),
                   figures.extra["insert_docs_per_second"].get<double>());
    }
    return 0;
}

int run_query(int argc, char** argv) {
    std::string database, queries, cdf;
    ReplayOptions replay_options;
    std::size_t limit = 10;
    bool json = false;
    po::options_description visible(
        "Usage: cvbench fts5 query --db FILE --queries FILE [--threads N] [--duration S | --count N] [--json]\n"
        "Replays a mix written by cvbench query --dump-queries against the FTS5 database: MATCH with\n"
        "bm25 ranking, SQL filters on years, snippet(), top 10; the same report as cvbench query.\n\nOptions");
    visible.add_options()("help,h", "show this help")
        ("db", po::value(&database)->required(), "database file made by cvbench fts5 load")
        ("queries", po::value(&queries)->required(), "the mix (JSON Lines with \"fts5\" fields)")
        ("threads", po::value(&replay_options.threads), "threads, each with its own connection (default 1)")
        ("duration", po::value<double>(), "seconds of timed queries (default 10)")
        ("count", po::value<std::size_t>(), "or this many timed queries")
        ("warmup", po::value(&replay_options.warmup), "untimed queries per thread first (default 100)")
        ("limit", po::value(&limit), "results per query (default 10)")
        ("cdf", po::value(&cdf), "write the latency distribution for plotting")
        ("json", po::bool_switch(&json), "print JSON")
        ("quiet,q", po::bool_switch(&replay_options.quiet), "nothing on stderr but errors");
    po::variables_map vm;
    if (help_or_store(visible, argc, argv, vm)) return 0;
    if (vm.count("duration") && vm.count("count")) throw UsageError("--duration and --count exclude each other");
    if (vm.count("duration")) replay_options.duration = vm["duration"].as<double>();
    if (vm.count("count")) replay_options.count = vm["count"].as<std::size_t>();
    if (json) replay_options.quiet = true;
    if (!fs::exists(database)) throw std::runtime_error(fmt::format("{}: error: no such database", database));
    const std::vector<QuerySpec> mix = read_queries(queries);

    std::int64_t documents = 0;
    {
        SqliteDb db(database, false);
        SqliteStatement count = db.prepare("SELECT count(*) FROM docs");
        if (count.step()) documents = count.column_int(0);
    }
    const ReplayResult result =
        replay(mix, [&](unsigned) { return fts5::make_query_runner(database, limit); }, replay_options);
    if (!cdf.empty()) write_cdf(cdf, result.all_ms);
    nlohmann::json report = to_json(result);
    report["engine"] = "fts5";
    report["databases"] = {database};
    report["documents"] = documents;
    report["threads"] = std::max(1u, replay_options.threads);
    report["mix_size"] = mix.size();
    report["warmup_per_thread"] = replay_options.warmup;
    report["limit"] = limit;
    report["snippets"] = true;
    if (json) {
        fmt::print("{}\n", report.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    } else {
        fmt::print("fts5 query: {} documents, {} queries ({} distinct) on {} thread(s) in {:.1f} s, {:.1f} QPS\n",
                   documents, result.overall.count, mix.size(), std::max(1u, replay_options.threads), result.seconds,
                   result.overall.qps);
        print_latency_table(result.classes, result.overall);
    }
    for (const std::string& e : result.error_examples) fmt::print(stderr, "cvbench: error: query failed: {}\n", e);
    return result.errors ? 1 : 0;
}

}  // namespace

int run_fts5_command(int argc, char** argv) {
    const std::string sub = argc > 1 ? argv[1] : "";
    if (sub == "load") return run_load(argc - 1, argv + 1);
    if (sub == "query") return run_query(argc - 1, argv + 1);
    throw UsageError(sub.empty() ? "fts5: expected 'load' or 'query'" : fmt::format("fts5: unknown command '{}'", sub));
}

}  // namespace cvdex::bench
