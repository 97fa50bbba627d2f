#pragma once
// Latency samples and their summary: percentiles (nearest rank), max, mean and QPS, overall and
// per query class, in the same shape for every engine.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cvdex::bench {

struct LatencySummary {
    std::size_t count = 0;
    double p50_ms = 0, p90_ms = 0, p99_ms = 0, p999_ms = 0, max_ms = 0, mean_ms = 0;
    double qps = 0;          ///< queries of this kind per second of the timed run
    double zero_hit_share = 0;
    double mean_hits = 0;    ///< results returned per query (at most the limit)
};

/// Summarises samples (milliseconds); `hits` is parallel to `ms`.
[[nodiscard]] LatencySummary summarise(std::vector<double> ms, const std::vector<std::size_t>& hits, double seconds);

[[nodiscard]] nlohmann::json to_json(const LatencySummary& summary);

/// The text table of a query run: one row per class, then "all".
void print_latency_table(const std::map<std::string, LatencySummary>& classes, const LatencySummary& overall);

/// Writes the cumulative distribution ("milliseconds fraction" per line, at most ~2,000 points)
/// for plotting.
void write_cdf(const std::string& path, std::vector<double> ms);

}  // namespace cvdex::bench
