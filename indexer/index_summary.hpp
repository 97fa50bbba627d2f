#pragma once
// What an indexing run did: counted by the writers (from any thread), printed at the end as a
// line or as JSON, and stored in the database's metadata for `cvindex info`.
#include <cstddef>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cvdex {

class IndexSummary {
public:
    std::size_t indexed = 0, unchanged = 0, removed = 0, skipped = 0, failed = 0, duplicates = 0;
    std::size_t files_read = 0;  ///< files opened at all (hashed, and parsed unless the hash matched)
    double seconds = 0;
    double merge_seconds = 0;  ///< of which merging this run's shards
    bool interrupted = false;

    /// Records and prints "path: error: reason" (thread-safe).
    void fail(const std::string& path, const std::string& reason);
    /// Records and prints a failure line made elsewhere (thread-safe).
    void add_failure(std::string line);
    /// Records "path: same content as other" (thread-safe).
    void duplicate(const std::string& path, const std::string& other);
    /// Counts one indexed document (thread-safe).
    void count_indexed();
    /// The failures so far (thread-safe, for progress).
    [[nodiscard]] std::size_t failed_count() const;

    [[nodiscard]] nlohmann::json to_json(const std::string& database, std::size_t documents, std::size_t shards) const;
    /// The final report on stdout: the JSON object, or one line plus the duplicates.
    void report(const std::string& database, std::size_t documents, std::size_t shards, bool json) const;

private:
    std::vector<std::string> failures_;      // "path: error: reason"
    std::vector<std::string> duplicate_of_;  // "path: same content as other"
    mutable std::mutex mutex_;
};

}  // namespace cvdex
