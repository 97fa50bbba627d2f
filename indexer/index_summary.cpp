#include "index_summary.hpp"

#include <fmt/format.h>

namespace cvdex {

void IndexSummary::fail(const std::string& path, const std::string& reason) {
    add_failure(fmt::format("{}: error: {}", path, reason));
}

void IndexSummary::add_failure(std::string line) {
    std::lock_guard lock(mutex_);
    fmt::print(stderr, "{}\n", line);
    failures_.push_back(std::move(line));
    ++failed;
}

void IndexSummary::duplicate(const std::string& path, const std::string& other) {
    std::lock_guard lock(mutex_);
    duplicate_of_.push_back(fmt::format("{}: same content as {}", path, other));
    ++duplicates;
}

void IndexSummary::count_indexed() {
    std::lock_guard lock(mutex_);
    ++indexed;
}

std::size_t IndexSummary::failed_count() const {
    std::lock_guard lock(mutex_);
    return failed;
}

nlohmann::json IndexSummary::to_json(const std::string& database, std::size_t documents, std::size_t shards) const {
    std::lock_guard lock(mutex_);
    double rate = seconds > 0 ? static_cast<double>(indexed) / seconds : 0.0;
    return {{"database", database},   {"indexed", indexed},       {"unchanged", unchanged},
            {"removed", removed},     {"skipped", skipped},       {"files_read", files_read},       {"failed", failed},
            {"failures", failures_},  {"duplicates", duplicates}, {"duplicate_of", duplicate_of_},
            {"elapsed_seconds", seconds}, {"merge_seconds", merge_seconds}, {"docs_per_second", rate}, {"interrupted", interrupted},
            {"documents", documents}, {"shards", shards}};
}

void IndexSummary::report(const std::string& database, std::size_t documents, std::size_t shards, bool json) const {
    if (json) {
        fmt::print("{}\n", to_json(database, documents, shards).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        return;
    }
    std::lock_guard lock(mutex_);
    double rate = seconds > 0 ? static_cast<double>(indexed) / seconds : 0.0;
    fmt::print("{}: {} indexed, {} unchanged, {} removed, {} skipped, {} failed, {} duplicates in {:.1f}s "
               "({:.0f} docs/s); {} documents{}\n",
               database, indexed, unchanged, removed, skipped, failed, duplicates, seconds, rate, documents,
               interrupted ? " (interrupted: what was done is committed)" : "");
    for (const std::string& line : duplicate_of_) fmt::print("duplicate: {}\n", line);
}

}  // namespace cvdex
