#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "file_walk.hpp"

namespace cvdex {

/// Options of `cvindex [options] PATH...`.
struct IndexOptions {
    std::string database;
    std::vector<std::string> paths;
    WalkOptions walk;
    unsigned threads = 0;            ///< parser threads; 0: one per core
    std::string today;
    std::string skills_file;
    std::size_t max_file_size = 20u << 20;
    bool json = false;
    bool quiet = false;
    bool prune = true;
    bool dedupe = false;
    std::size_t commit_every = 200;  ///< documents per commit (and per shard of new files)
    double commit_seconds = 10.0;    ///< and at least this often
};

/// Indexes the CVs under the paths into the database. Returns the exit code: 0 all indexed, 3 some
/// files failed, 1 fatal (database), 130 interrupted (what was done is committed).
[[nodiscard]] int run_index(const IndexOptions& options);

/// `cvindex info`: what the database holds.
[[nodiscard]] int run_info(const std::string& database, bool json);

/// The database path: the flag, else $CVDEX_DB, else ./cvdex.db.
[[nodiscard]] std::string resolve_database(const std::string& flag);

}  // namespace cvdex
