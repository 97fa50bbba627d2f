#pragma once
// The figures every indexer of the comparison reports (cvindex, omindex, the FTS5 loader), in one
// shape, so the report can put them side by side.
#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "files.hpp"

namespace cvdex::bench {

struct IndexFigures {
    std::string engine;               ///< "cvdex", "omindex", "fts5"
    CorpusStats corpus;
    std::uint64_t documents = 0;      ///< documents in the database at the end
    std::uint64_t failed = 0;         ///< files the indexer reported as failed
    double seconds = 0;               ///< wall time end to end
    long peak_rss_kib = 0;
    std::uint64_t db_bytes = 0;
    std::optional<std::uint64_t> db_bytes_compact;  ///< after xapian-compact (Xapian databases)
    std::optional<double> compact_seconds;
    nlohmann::json extra = nlohmann::json::object();  ///< engine-specific details

    [[nodiscard]] double docs_per_second() const { return seconds > 0 ? static_cast<double>(documents) / seconds : 0; }
    /// Corpus megabytes (10^6 bytes) per second.
    [[nodiscard]] double mb_per_second() const { return seconds > 0 ? static_cast<double>(corpus.bytes) / 1e6 / seconds : 0; }
};

[[nodiscard]] nlohmann::json to_json(const IndexFigures& figures);
/// A few readable lines on stdout.
void print_text(const IndexFigures& figures);

/// Runs `xapian-compact` on `database` into a scratch folder beside it and fills in the compacted
/// size and time. Throws when xapian-compact is missing or fails.
void measure_compacted(const std::string& database, IndexFigures& figures);

}  // namespace cvdex::bench
