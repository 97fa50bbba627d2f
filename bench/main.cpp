// cvbench: indexing throughput, query latency and extraction accuracy of cvdex, and the same
// figures for SQLite FTS5 and Xapian's omindex (see docs/benchmarks.md).
#include <exception>
#include <string_view>

#include <boost/program_options/errors.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "cvdex/errors.hpp"

namespace {

constexpr const char* usage =
    "Usage: cvbench index    --corpus DIR [--threads N] [--db PATH] [--json]\n"
    "       cvbench query    [--db PATH]... [--queries FILE] [--threads N] [--duration S | --count N] [--json]\n"
    "       cvbench accuracy --corpus DIR --truth FILE [--json]\n"
    "       cvbench omindex  --corpus DIR [--db PATH] [--json]\n"
    "       cvbench fts5 load --corpus DIR --db FILE [--json]\n"
    "       cvbench fts5 query --db FILE --queries FILE [--threads N] [--duration S | --count N] [--json]\n"
    "       cvbench report   --dir DIR\n"
    "Each command has --help.\n";

int dispatch(int argc, char** argv) {
    using namespace cvdex::bench;
    const std::string_view command = argc > 1 ? argv[1] : "";
    if (command == "index") return run_index_command(argc - 1, argv + 1);
    if (command == "query") return run_query_command(argc - 1, argv + 1);
    if (command == "accuracy") return run_accuracy_command(argc - 1, argv + 1);
    if (command == "omindex") return run_omindex_command(argc - 1, argv + 1);
    if (command == "fts5") return run_fts5_command(argc - 1, argv + 1);
    if (command == "report") return run_report_command(argc - 1, argv + 1);
    if (command == "--help" || command == "-h") {
        fmt::print("{}", usage);
        return 0;
    }
    fmt::print(stderr, "cvbench: {}\n{}", command.empty() ? "missing command" : "unknown command", usage);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return dispatch(argc, argv);
    } catch (const boost::program_options::error& e) {
        fmt::print(stderr, "cvbench: {}\nTry 'cvbench {} --help'.\n", e.what(), argc > 1 ? argv[1] : "");
        return 2;
    } catch (const cvdex::UsageError& e) {
        fmt::print(stderr, "cvbench: {}\nTry 'cvbench {} --help'.\n", e.what(), argc > 1 ? argv[1] : "");
        return 2;
    } catch (const std::exception& e) {
        // Most messages already name their file ("path: error: reason"); the others get ours.
        const std::string_view message = e.what();
        if (message.find(": error: ") != std::string_view::npos) fmt::print(stderr, "{}\n", message);
        else fmt::print(stderr, "cvbench: error: {}\n", message);
        return 1;
    }
}
