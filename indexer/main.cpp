// cvindex: reads CVs (`--parse` prints their records); indexing into a database comes next.
#include <iostream>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "cvdex/errors.hpp"
#include "parse_command.hpp"

namespace po = boost::program_options;

int main(int argc, char** argv) {
    cvdex::ParseOptions options;
    std::string max_size = "20MB";
    po::options_description visible("Usage: cvindex --parse FILE... [options]\n\nOptions");
    visible.add_options()
        ("help,h", "show this help")
        ("version", "show the version")
        ("parse", "print each file's record instead of indexing")
        ("json", po::bool_switch(&options.json), "one JSON object per line (JSON Lines)")
        ("lines", po::bool_switch(&options.show_lines), "print the lines and structure the reader saw (for debugging)")
        ("today", po::value(&options.today), "reference month for 'present' (YYYY-MM; default $CVDEX_TODAY, else now)")
        ("skills-file", po::value(&options.skills_file), "extra skill taxonomy rows (TSV, same format as the built-in one)")
        ("max-file-size", po::value(&max_size), "skip files larger than this (default 20MB)");
    po::options_description hidden;
    hidden.add_options()("file", po::value(&options.files));
    po::options_description all;
    all.add(visible).add(hidden);
    po::positional_options_description positional;
    positional.add("file", -1);
    try {
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
        if (!vm.count("parse")) throw cvdex::UsageError("indexing is not available yet: use --parse FILE...");
        if (options.files.empty()) throw cvdex::UsageError("--parse needs at least one FILE");
        options.max_file_size = cvdex::parse_size(max_size);
        return cvdex::run_parse(options);
    } catch (const po::error& e) {
        fmt::print(stderr, "cvindex: {}\nTry 'cvindex --help'.\n", e.what());
        return 2;
    } catch (const cvdex::UsageError& e) {
        fmt::print(stderr, "cvindex: {}\nTry 'cvindex --help'.\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        fmt::print(stderr, "cvindex: error: {}\n", e.what());
        return 1;
    }
}
