// cvbench index: runs the real cvindex as a child process over a corpus into a fresh database and
// measures it from outside, as an operator would (wall time, the kernel's peak RSS, bytes on disk).
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include <boost/program_options.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "child_process.hpp"
#include "commands.hpp"
#include "cvdex/errors.hpp"
#include "index_figures.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace cvdex::bench {
namespace {

struct IndexBenchOptions {
    std::string corpus, database, cvindex, today;
    std::optional<unsigned> threads;
    bool json = false, quiet = false;
};

IndexFigures measure(const IndexBenchOptions& options, const std::string& database) {
    IndexFigures figures;
    figures.engine = "cvdex";
    figures.corpus = corpus_stats(options.corpus);
    const std::string cvindex = options.cvindex.empty() ? program_beside_self("cvindex") : options.cvindex;
    std::vector<std::string> argv = {cvindex, "--db", database, "--json", "-q"};
    if (options.threads) argv.insert(argv.end(), {"--threads", std::to_string(*options.threads)});
    if (!options.today.empty()) argv.insert(argv.end(), {"--today", options.today});
    argv.push_back(options.corpus);
    if (!options.quiet) fmt::print(stderr, "cvbench: indexing {} files with {}\n", figures.corpus.files, cvindex);

    const ChildResult run = run_child(argv, true);
    // 3 means "finished, some files failed": still a measurement, the failures are reported.
    if (run.exit_code != 0 && run.exit_code != 3)
        throw std::runtime_error(fmt::format("{}: error: cvindex exited with {}", database, run.exit_code));
    const auto summary = nlohmann::json::parse(run.stdout_text, nullptr, false);
    if (summary.is_discarded() || !summary.is_object())
        throw std::runtime_error(fmt::format("{}: error: cvindex --json printed no JSON summary", cvindex));
    figures.documents = summary.value("documents", std::uint64_t{0});
    figures.failed = summary.value("failed", std::uint64_t{0});
    figures.seconds = run.seconds;
    figures.peak_rss_kib = run.peak_rss_kib;
    figures.db_bytes = size_on_disk(database);
    figures.extra = {{"threads", options.threads ? nlohmann::json(*options.threads) : nlohmann::json()},
                     {"user_seconds", run.user_seconds},
                     {"system_seconds", run.system_seconds},
                     {"cvindex_summary", summary}};
    figures.extra["cvindex_summary"].erase("failures");  // can be long; the count is kept
    measure_compacted(database, figures);
    return figures;
}

}  // namespace

int run_index_command(int argc, char** argv) {
    IndexBenchOptions options;
    po::options_description visible(
        "Usage: cvbench index --corpus DIR [--threads N] [--db PATH] [--json]\n"
        "Indexes DIR with cvindex into a fresh database and reports docs/s, MB/s, peak RSS and the\n"
        "database size before and after xapian-compact.\n\nOptions");
    visible.add_options()("help,h", "show this help")
        ("corpus", po::value(&options.corpus)->required(), "folder of CVs")
        ("db", po::value(&options.database), "database to create (must not exist; default: a temporary one, removed)")
        ("threads", po::value<unsigned>(), "cvindex --threads")
        ("today", po::value(&options.today), "cvindex --today (YYYY-MM)")
        ("cvindex", po::value(&options.cvindex), "the cvindex program (default: the one beside cvbench)")
        ("json", po::bool_switch(&options.json), "print JSON")
        ("quiet,q", po::bool_switch(&options.quiet), "nothing on stderr but errors");
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(visible).run(), vm);
    if (vm.count("help")) {
        std::cout << visible << '\n';
        return 0;
    }
    po::notify(vm);
    if (vm.count("threads")) options.threads = vm["threads"].as<unsigned>();
    if (!fs::is_directory(options.corpus)) throw UsageError(fmt::format("{}: not a folder", options.corpus));

    std::optional<TempDir> scratch;
    std::string database = options.database;
    if (database.empty()) {
        scratch.emplace();
        database = (scratch->path() / "cvdex.db").string();
    } else if (fs::exists(database)) {
        throw UsageError(fmt::format("{}: exists; cvbench index measures a fresh database", database));
    }
    const IndexFigures figures = measure(options, database);
    if (options.json) fmt::print("{}\n", to_json(figures).dump());
    else print_text(figures);
    return 0;
}

}  // namespace cvdex::bench
