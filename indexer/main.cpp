// cvindex: reads CVs and indexes them into a Xapian database.
#include <exception>

#include <boost/program_options/errors.hpp>
#include <fmt/format.h>

#include "cli.hpp"
#include "cvdex/errors.hpp"

int main(int argc, char** argv) {
    try {
        return cvdex::run_cvindex(argc, argv);
    } catch (const boost::program_options::error& e) {
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
