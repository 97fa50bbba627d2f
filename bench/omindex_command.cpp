// cvbench omindex: Xapian's own omindex (Debian xapian-omega) over the same corpus, as the
// reference indexer of the comparison: wall time, peak RSS, size, and what it indexed.
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>

#include <boost/program_options.hpp>
#include <fmt/format.h>
#include <xapian.h>

#include "child_process.hpp"
#include "commands.hpp"
#include "cvdex/errors.hpp"
#include "index_figures.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace cvdex::bench {
namespace {

// omindex 1.4 reads .txt and .html by itself; our other text formats would be skipped as unknown
// (or guessed by libmagic), so they are declared as plain text: omindex then indexes the same
// bytes cvindex reads. DOCX and PDF keep omindex's own handlers (it runs unzip/pdftotext for them).
constexpr const char* text_extensions[] = {"md", "markdown", "rst", "tex", "json", "txt", "text"};

// Documents per value of a boolean prefix omindex writes ("T" MIME type, "E" extension).
nlohmann::json count_terms(const Xapian::Database& db, const std::string& prefix) {
    nlohmann::json counts = nlohmann::json::object();
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it)
        counts[(*it).substr(prefix.size())] = it.get_termfreq();
    return counts;
}

}  // namespace

int run_omindex_command(int argc, char** argv) {
    std::string corpus, database, omindex;
    bool json = false, quiet = false;
    po::options_description visible(
        "Usage: cvbench omindex --corpus DIR [--db PATH] [--json]\n"
        "Indexes DIR with Xapian's omindex into a fresh database and reports docs/s, MB/s, peak RSS,\n"
        "the database size before and after xapian-compact, and the documents it indexed by type.\n\nOptions");
    visible.add_options()("help,h", "show this help")
        ("corpus", po::value(&corpus)->required(), "folder of CVs")
        ("db", po::value(&database), "database to create (must not exist; default: a temporary one, removed)")
        ("omindex", po::value(&omindex), "the omindex program (default: omindex in PATH)")
        ("json", po::bool_switch(&json), "print JSON")
        ("quiet,q", po::bool_switch(&quiet), "nothing on stderr but errors");
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(visible).run(), vm);
    if (vm.count("help")) {
        std::cout << visible << '\n';
        return 0;
    }
    po::notify(vm);
    if (!fs::is_directory(corpus)) throw UsageError(fmt::format("{}: not a folder", corpus));
    if (omindex.empty()) omindex = find_in_path("omindex");
    if (omindex.empty()) throw std::runtime_error("omindex: error: not installed (Debian package xapian-omega)");

    std::optional<TempDir> scratch;
    if (database.empty()) {
        scratch.emplace();
        database = (scratch->path() / "omega.db").string();
    } else if (fs::exists(database)) {
        throw UsageError(fmt::format("{}: exists; cvbench omindex measures a fresh database", database));
    }

    IndexFigures figures;
    figures.engine = "omindex";
    figures.corpus = corpus_stats(corpus);
    std::vector<std::string> args = {omindex, "--db", database, "--url", "/", "--empty-docs=skip"};
    for (const char* ext : text_extensions) args.push_back(fmt::format("--mime-type={}:text/plain", ext));
    args.push_back(fs::absolute(corpus).string());
    if (!quiet) fmt::print(stderr, "cvbench: indexing {} files with {}\n", figures.corpus.files, omindex);
    // omindex prints a line per folder on stdout and a line per skipped file on stderr: discarded,
    // so its console output costs nothing.
    const ChildResult run = run_child(args, false, true);
    if (run.exit_code != 0)
        throw std::runtime_error(fmt::format("{}: error: omindex exited with {} (run it by hand to see why)", database,
                                             run.exit_code));
    figures.seconds = run.seconds;
    figures.peak_rss_kib = run.peak_rss_kib;
    figures.db_bytes = size_on_disk(database);
    {
        Xapian::Database db(database);
        figures.documents = db.get_doccount();
        figures.extra = {{"user_seconds", run.user_seconds},
                         {"system_seconds", run.system_seconds},
                         {"mime_types", count_terms(db, "T")},
                         {"command", args}};
    }
    measure_compacted(database, figures);
    if (json) {
        fmt::print("{}\n", to_json(figures).dump());
    } else {
        print_text(figures);
        fmt::print("  indexed     {}\n", figures.extra["mime_types"].dump());
    }
    return 0;
}

}  // namespace cvdex::bench
