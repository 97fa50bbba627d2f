#pragma once

namespace cvdex::query {

/// Parses cvsearch's command line, searches and prints; returns the exit code. Throws
/// UsageError, boost::program_options::error, QuerySyntaxError, SearchError and InputError for
/// main() to report.
[[nodiscard]] int run_cvsearch(int argc, char** argv);

}  // namespace cvdex::query
