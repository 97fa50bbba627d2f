#pragma once
// A cvdex database on disk: a folder holding Xapian shards (glass databases in sub-folders) and a
// stub file, XAPIANDB, that names them. Xapian opens such a folder as one database, so searchers
// and tools see one path. The indexer adds a shard by rewriting the stub atomically (write, then
// rename), so a kill at any moment leaves the old list or the new one, each naming only shards
// that were committed and closed before they were listed.
#include <stdexcept>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include <xapian.h>

namespace cvdex {

/// Thrown when another indexer holds the database.
struct DatabaseLocked : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class ShardSet {
public:
    /// Creates the database when missing, takes the folder's indexer lock, opens every listed shard
    /// for writing and removes shard folders the stub does not list (left by a killed run).
    /// Throws DatabaseLocked when another indexer holds it, Xapian::Error or
    /// std::runtime_error when it cannot be opened.
    explicit ShardSet(std::filesystem::path root);
    ~ShardSet();
    ShardSet(const ShardSet&) = delete;
    ShardSet& operator=(const ShardSet&) = delete;

    /// Every shard as one writable database: replace and delete by id term reach whichever
    /// shard holds the document. Shards published after opening are not in it.
    [[nodiscard]] Xapian::WritableDatabase& combined() { return combined_; }
    /// The first shard: it holds the metadata and the synonyms (a merge keeps the first's).
    [[nodiscard]] Xapian::WritableDatabase& first() { return writers_.front(); }

    /// A fresh, unlisted folder for a new shard. Thread-safe.
    [[nodiscard]] std::filesystem::path new_shard_path();
    /// Lists a committed and closed shard, atomically. Thread-safe.
    void publish(const std::filesystem::path& shard);

    /// Compacts the shards published by this run, with the older shards that are not much bigger
    /// (so the number of shards stays logarithmic in the database size), into one shard, lists it
    /// in their place and deletes them. Commits `combined()` first.
    void merge_new_shards();

    /// Commits every open shard.
    void commit();

    [[nodiscard]] const std::filesystem::path& root() const { return root_; }
    /// Names of the listed shards, oldest first.
    [[nodiscard]] std::vector<std::string> shard_names() const;

private:
    void open_writers();
    void remove_unlisted();

    std::filesystem::path root_;
    int lock_fd_ = -1;
    std::vector<std::string> names_;           ///< as listed in the stub, oldest first
    std::size_t opened_count_ = 0;             ///< names_[0, opened_count_) are open in writers_
    std::vector<Xapian::WritableDatabase> writers_;
    Xapian::WritableDatabase combined_;
    mutable std::mutex mutex_;
    std::string run_tag_;
    std::size_t next_shard_ = 0;
};

/// The stub file's name inside a database folder.
inline constexpr const char* stub_file_name = "XAPIANDB";

/// The shard folders a database's stub lists (for checks and tools), oldest first.
[[nodiscard]] std::vector<std::filesystem::path> listed_shards(const std::filesystem::path& root);

}  // namespace cvdex
