#pragma once
// The fast path for files new to the database: every thread parses files and adds them to a
// shard of its own, so the threads never wait for one writer (Xapian allows one per database,
// and its in-memory batch is the cost of indexing). Each shard is committed, closed and published
// once it holds a batch; the indexer merges the shards at the end of the run.
#include <atomic>
#include <cstddef>
#include <functional>
#include <vector>

#include "file_walk.hpp"
#include "parse_file.hpp"
#include "shard_set.hpp"

namespace cvdex {

struct ShardWriterOptions {
    unsigned threads = 1;
    std::size_t batch = 500;     ///< documents per shard: each is one commit
    double batch_seconds = 10;   ///< a shard open longer than this is published early
};

/// Called on the worker threads for every parsed file; returns whether to index it (false for
/// failures and skipped duplicates, which it records). Must be thread-safe.
using AcceptFile = std::function<bool(const ParsedFile&)>;

/// Indexes files that are not in the database yet. Threads claim whole batches of files, so
/// every published shard holds a whole batch except for the run's last one and early
/// publications. `tick` runs on the calling thread about ten times a second (progress);
/// `done` counts the files handled. When `stop` becomes true the threads publish what they have
/// and return. A database error on any thread stops the others and is rethrown here.
void write_new_files(const std::vector<const FoundFile*>& files, const ParseContext& context, ShardSet& shards,
                     const ShardWriterOptions& options, const AcceptFile& accept, std::atomic<bool>& stop,
                     std::atomic<std::size_t>& done, const std::function<void()>& tick);

}  // namespace cvdex
