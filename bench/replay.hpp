#pragma once
// The measurement loop shared by every engine: warm-up, then each thread replays the mix with
// its own engine handle, timing each query from request to the serialised response.
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "latency.hpp"
#include "query_spec.hpp"

namespace cvdex::bench {

struct ReplayOptions {
    unsigned threads = 1;
    std::optional<double> duration;     ///< seconds of timed queries
    std::optional<std::size_t> count;   ///< or this many timed queries (all threads together)
    std::size_t warmup = 100;           ///< untimed queries per thread first
    bool quiet = false;
};

/// Runs one query and returns how many results it returned. Throws on failure.
using RunQuery = std::function<std::size_t(const QuerySpec&)>;
/// Makes the per-thread engine handle (a Searcher, a SQLite connection) for thread `index`;
/// called on that thread.
using MakeRunner = std::function<RunQuery(unsigned index)>;

struct ReplayResult {
    double seconds = 0;                        ///< wall time of the timed part
    std::map<std::string, LatencySummary> classes;
    LatencySummary overall;
    std::vector<double> all_ms;                ///< every timed sample, for the CDF
    std::size_t errors = 0;
    std::map<std::string, std::size_t> errors_by_class;
    std::vector<std::string> error_examples;   ///< "query: message", the first few
};

[[nodiscard]] ReplayResult replay(const std::vector<QuerySpec>& mix, const MakeRunner& make_runner,
                                  const ReplayOptions& options);

/// The JSON report of a run (shared keys for every engine).
[[nodiscard]] nlohmann::json to_json(const ReplayResult& result);

}  // namespace cvdex::bench
