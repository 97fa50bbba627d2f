// cvindex's command line: `--parse FILE...`, `info`, or indexing `PATH...`.
#include "cli.hpp"

#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "cvdex/errors.hpp"
#include "index_command.hpp"
#include "parse_command.hpp"

namespace po = boost::program_options;

namespace cvdex {
namespace {

constexpr const char* usage =
    "Usage: cvindex [options] PATH...        index CVs into a Xapian database\n"
    "       cvindex info [--db PATH] [--json] what the database holds\n"
    "       cvindex --parse FILE... [--json]  print each CV's record\n";

int run_info_command(int argc, char** argv) {
    std::string database;
    bool json = false;
    po::options_description options("Options");
    options.add_options()("db", po::value(&database), "database (default $CVDEX_DB, else ./cvdex.db)")(
        "json", po::bool_switch(&json), "print JSON");
    po::variables_map vm;
    po::store(po::command_line_parser(argc - 1, argv + 1).options(options).run(), vm);
    po::notify(vm);
    return run_info(resolve_database(database), json);
}

}  // namespace

int run_cvindex(int argc, char** argv) {
    if (argc > 1 && std::string(argv[1]) == "info") return run_info_command(argc, argv);
    ParseOptions parse;
    IndexOptions index;
    std::string max_size = "20MB", database;
    po::options_description visible(std::string(usage) + "\nOptions");
    visible.add_options()
        ("help,h", "show this help")
        ("version", "show the version")
        ("db", po::value(&database), "database (default $CVDEX_DB, else ./cvdex.db)")
        ("threads", po::value(&index.threads), "parser threads (default: one per core)")
        ("include", po::value(&index.walk.include), "only files whose name matches this glob (repeatable)")
        ("exclude", po::value(&index.walk.exclude), "skip files and folders matching this glob (repeatable)")
        ("no-prune", "keep documents whose files are gone")
        ("dedupe", "index one file of several with the same content")
        ("commit-every", po::value(&index.commit_every), "commit after this many documents (default 200; new files: one shard each)")
        ("commit-seconds", po::value(&index.commit_seconds), "and at least this often (default 10)")
        ("quiet,q", po::bool_switch(&index.quiet), "no progress on stderr")
        ("parse", "print each file's record instead of indexing")
        ("lines", po::bool_switch(&parse.show_lines), "with --parse: the lines and structure the reader saw")
        ("json", po::bool_switch(&parse.json), "JSON output (records as JSON Lines; the summary as JSON)")
        ("today", po::value(&parse.today), "reference month for 'present' (YYYY-MM; default $CVDEX_TODAY, else now)")
        ("skills-file", po::value(&parse.skills_file), "extra skill taxonomy rows (TSV, as common/data/skills.tsv)")
        ("max-file-size", po::value(&max_size), "skip files larger than this (default 20MB)");
    po::options_description hidden;
    hidden.add_options()("path", po::value(&parse.files));
    po::options_description all;
    all.add(visible).add(hidden);
    po::positional_options_description positional;
    positional.add("path", -1);
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
        std::cout << visible << '\n';
        return 0;
    }
    if (vm.count("version")) {
        fmt::print("cvindex 0.1.0\n");
        return 0;
    }
    std::size_t max_file_size = parse_size(max_size);
    if (vm.count("parse")) {
        if (parse.files.empty()) throw UsageError("--parse needs at least one FILE");
        parse.max_file_size = max_file_size;
        return run_parse(parse);
    }
    if (parse.files.empty()) throw UsageError("give at least one file or folder to index");
    if (index.commit_every == 0) throw UsageError("--commit-every must be at least 1");
    index.database = resolve_database(database);
    index.paths = parse.files;
    index.today = parse.today;
    index.skills_file = parse.skills_file;
    index.json = parse.json;
    index.max_file_size = max_file_size;
    index.prune = !vm.count("no-prune");
    index.dedupe = vm.count("dedupe") > 0;
    return run_index(index);
}

}  // namespace cvdex
