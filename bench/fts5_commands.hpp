#pragma once
// The SQLite FTS5 side: loading a corpus and replaying a query mix.
#include <string>

#include "cvdex/dates.hpp"
#include "index_figures.hpp"
#include "replay.hpp"

namespace cvdex::bench::fts5 {

struct LoadOptions {
    std::string corpus, database;
    unsigned threads = 2;  ///< parser threads (the writer is the calling thread)
    YearMonth today;
    bool quiet = false;
};

/// Loads every file of the corpus into a new database file; throws on database errors.
[[nodiscard]] IndexFigures load(const LoadOptions& options);

/// A runner for replay(): one read-only connection, the mix's `fts5` MATCH text with its
/// filters in SQL, bm25 ranking (ORDER BY rank), snippet(), top `limit`, and the same JSON
/// fields cvsearch prints, serialised.
[[nodiscard]] RunQuery make_query_runner(const std::string& database, std::size_t limit);

}  // namespace cvdex::bench::fts5
