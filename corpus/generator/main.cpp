// generate: writes a synthetic CV corpus (see corpus/generator/README.md).
#include <iostream>

#include <boost/program_options.hpp>
#include <fmt/format.h>

#include "cvdex/errors.hpp"
#include "generator.hpp"

namespace po = boost::program_options;

int main(int argc, char** argv) {
    cvdex::gen::GenerateOptions options;
    std::string formats = "md,rst,txt,html,json,tex,docx,pdf,odt", truth, today = "2026-11", out;
    po::options_description visible("Usage: generate --count N --seed S --out DIR [options]\n\nOptions");
    visible.add_options()
        ("help,h", "show this help")
        ("version", "show the version")
        ("count", po::value(&options.count)->required(), "number of CVs to write")
        ("seed", po::value(&options.seed)->required(), "seed; the same seed and count give identical files")
        ("out", po::value(&out)->required(), "output directory (CVs go to DIR/000/, DIR/001/, ...)")
        ("formats", po::value(&formats), "comma-separated mix of md,rst,txt,html,json,tex,docx,pdf,odt (default: all, equally)")
        ("truth", po::value(&truth), "write the expected records as JSON Lines to this file")
        ("today", po::value(&today), "reference month for open ranges, YYYY-MM (default 2026-11)")
        ("quiet,q", po::bool_switch(&options.quiet), "no progress and no summary on stderr");
    try {
        po::variables_map vm;
        po::store(po::parse_command_line(argc, argv, visible), vm);
        if (vm.count("help")) {
            std::cout << visible << '\n';
            return 0;
        }
        if (vm.count("version")) {
            fmt::print("generate 0.1.0\n");
            return 0;
        }
        po::notify(vm);
        options.out = out;
        options.formats = cvdex::gen::parse_formats(formats);
        options.today = cvdex::gen::parse_today(today);
        if (!truth.empty()) options.truth = truth;
        return cvdex::gen::run_generate(options);
    } catch (const po::error& e) {
        fmt::print(stderr, "generate: {}\nTry 'generate --help'.\n", e.what());
        return 2;
    } catch (const cvdex::UsageError& e) {
        fmt::print(stderr, "generate: {}\nTry 'generate --help'.\n", e.what());
        return 2;
    } catch (const std::exception& e) {
        fmt::print(stderr, "generate: error: {}\n", e.what());
        return 1;
    }
}
