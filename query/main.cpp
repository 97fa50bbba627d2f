// cvsearch: searches an index of CVs (docs/query-language.md, docs/ranking.md).
#include <exception>

#include <boost/program_options/errors.hpp>
#include <fmt/format.h>
#include <xapian.h>

#include "cli/cli.hpp"
#include "cvdex/errors.hpp"
#include "cvdex/search_errors.hpp"

int main(int argc, char** argv) {
    try {
        return cvdex::query::run_cvsearch(argc, argv);
    } catch (const boost::program_options::error& e) {
        fmt::print(stderr, "cvsearch: {}\nTry 'cvsearch --help'.\n", e.what());
        return 2;
    } catch (const cvdex::UsageError& e) {
        fmt::print(stderr, "cvsearch: {}\nTry 'cvsearch --help'.\n", e.what());
        return 2;
    } catch (const cvdex::query::QuerySyntaxError& e) {
        fmt::print(stderr, "cvsearch: query error at position {}: {}\n", e.position(), e.what());
        return 2;
    } catch (const cvdex::InputError& e) {
        fmt::print(stderr, "cvsearch: {}: error: {}\n", e.path(), e.what());
        return 2;
    } catch (const cvdex::query::SearchError& e) {
        fmt::print(stderr, "cvsearch: error: {}\n", e.what());
        return 1;
    } catch (const Xapian::Error& e) {  // not a std::exception; the library maps them, this is a safety net
        fmt::print(stderr, "cvsearch: error: {}: {}\n", e.get_type(), e.get_msg());
        return 1;
    } catch (const std::exception& e) {
        fmt::print(stderr, "cvsearch: error: {}\n", e.what());
        return 1;
    }
}
