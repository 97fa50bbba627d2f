#include "latency.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numeric>
#include <stdexcept>

#include <fmt/format.h>

namespace cvdex::bench {
namespace {

// Nearest rank: the smallest sample with at least q of the samples at or below it.
double percentile(const std::vector<double>& sorted, double q) {
    if (sorted.empty()) return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

}  // namespace

LatencySummary summarise(std::vector<double> ms, const std::vector<std::size_t>& hits, double seconds) {
    LatencySummary s;
    s.count = ms.size();
    if (ms.empty()) return s;
    std::sort(ms.begin(), ms.end());
    s.p50_ms = percentile(ms, 0.50);
    s.p90_ms = percentile(ms, 0.90);
    s.p99_ms = percentile(ms, 0.99);
    s.p999_ms = percentile(ms, 0.999);
    s.max_ms = ms.back();
    s.mean_ms = std::accumulate(ms.begin(), ms.end(), 0.0) / static_cast<double>(ms.size());
    s.qps = seconds > 0 ? static_cast<double>(ms.size()) / seconds : 0;
    const auto zero = std::count(hits.begin(), hits.end(), std::size_t{0});
    s.zero_hit_share = static_cast<double>(zero) / static_cast<double>(hits.size());
    s.mean_hits = static_cast<double>(std::accumulate(hits.begin(), hits.end(), std::size_t{0})) / static_cast<double>(hits.size());
    return s;
}

nlohmann::json to_json(const LatencySummary& s) {
    return {{"count", s.count},   {"p50_ms", s.p50_ms},   {"p90_ms", s.p90_ms},       {"p99_ms", s.p99_ms},
            {"p999_ms", s.p999_ms}, {"max_ms", s.max_ms}, {"mean_ms", s.mean_ms},     {"qps", s.qps},
            {"zero_hit_share", s.zero_hit_share}, {"mean_hits", s.mean_hits}};
}

void print_latency_table(const std::map<std::string, LatencySummary>& classes, const LatencySummary& overall) {
    fmt::print("{:<14} {:>8} {:>8} {:>8} {:>8} {:>9} {:>8} {:>8} {:>7} {:>6}\n", "class", "queries", "p50 ms", "p90 ms",
               "p99 ms", "p99.9 ms", "max ms", "QPS", "0 hits", "hits");
    auto row = [](const std::string& name, const LatencySummary& s) {
        fmt::print("{:<14} {:>8} {:>8.3f} {:>8.3f} {:>8.3f} {:>9.3f} {:>8.3f} {:>8.1f} {:>6.1f}% {:>6.2f}\n", name, s.count,
                   s.p50_ms, s.p90_ms, s.p99_ms, s.p999_ms, s.max_ms, s.qps, 100 * s.zero_hit_share, s.mean_hits);
    };
    for (const auto& [name, s] : classes) row(name, s);
    row("all", overall);
}

void write_cdf(const std::string& path, std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    std::ofstream out(path);
    const std::size_t step = std::max<std::size_t>(1, ms.size() / 2000);
    for (std::size_t i = 0; i < ms.size(); i += step)
        out << fmt::format("{:.4f} {:.6f}\n", ms[i], static_cast<double>(i + 1) / static_cast<double>(ms.size()));
    if (!ms.empty()) out << fmt::format("{:.4f} 1.0\n", ms.back());
    if (!out.flush()) throw std::runtime_error(fmt::format("{}: error: cannot write", path));
}

}  // namespace cvdex::bench
