#include "shard_set.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <thread>

#include <fmt/format.h>

namespace cvdex {
namespace fs = std::filesystem;
namespace {

constexpr const char* lock_file_name = "cvindex.lock";
constexpr const char* shard_prefix = "shard-";

// A shard may be merged with older ones while these are at most this many times its size.
constexpr double merge_ratio = 2.0;

void fsync_path(const fs::path& path, int flags) {
    int fd = ::open(path.c_str(), flags);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

std::vector<std::string> read_stub(const fs::path& root) {
    std::ifstream in(root / stub_file_name);
    if (!in) throw std::runtime_error(fmt::format("{} has no {} file: not a cvdex database", root.string(), stub_file_name));
    std::vector<std::string> names;
    std::string backend, name;
    while (in >> backend >> name) names.push_back(name);
    if (names.empty()) throw std::runtime_error(fmt::format("{}: the database lists no shards", root.string()));
    return names;
}

void write_stub_file(const fs::path& root, const std::vector<std::string>& names) {
    const fs::path staging = root / (std::string(stub_file_name) + ".new");
    {
        std::ofstream out(staging, std::ios::trunc);
        for (const std::string& name : names) out << "glass " << name << '\n';
        out.flush();
        if (!out) throw std::runtime_error(fmt::format("cannot write {}", staging.string()));
    }
    fsync_path(staging, O_RDONLY);
    fs::rename(staging, root / stub_file_name);  // atomic: readers see the old list or the new one
    fsync_path(root, O_RDONLY | O_DIRECTORY);
}

std::string run_tag() {
    auto now = std::chrono::system_clock::now().time_since_epoch();
    return fmt::format("{:x}{:04x}", std::chrono::duration_cast<std::chrono::milliseconds>(now).count(),
                       static_cast<unsigned>(::getpid()) & 0xFFFFu);
}

// A new database is made beside its final path and renamed into place once complete, so a kill
// during creation never leaves a half-made database at the path.
void create_if_missing(const fs::path& root) {
    if (fs::exists(root)) return;
    const fs::path staging = root.string() + ".creating";
    fs::remove_all(staging);
    fs::create_directories(staging);
    const std::string first = std::string(shard_prefix) + "0";
    {
        Xapian::WritableDatabase fresh((staging / first).string(), Xapian::DB_CREATE);
        fresh.commit();
        fresh.close();
    }
    write_stub_file(staging, {first});
    std::error_code error;
    fs::rename(staging, root, error);  // another indexer may have won the race: use its database
    if (error) fs::remove_all(staging);
}

}  // namespace

std::vector<fs::path> listed_shards(const fs::path& root) {
    std::vector<fs::path> paths;
    for (const std::string& name : read_stub(root)) paths.push_back(root / name);
    return paths;
}

ShardSet::ShardSet(fs::path root) : root_(std::move(root)), run_tag_(run_tag()) {
    create_if_missing(root_);
    if (fs::exists(root_ / "iamglass"))
        throw std::runtime_error(fmt::format("{} was made by an older cvindex (one glass database, no shard list): "
                                             "remove it and index again", root_.string()));
    names_ = read_stub(root_);
    lock_fd_ = ::open((root_ / lock_file_name).c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock_fd_ < 0) throw std::runtime_error(fmt::format("cannot open {}: {}", (root_ / lock_file_name).string(), std::strerror(errno)));
    if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
        ::close(lock_fd_);
        throw DatabaseLocked(root_.string());
    }
    names_ = read_stub(root_);  // again, now that no other indexer can change it
    try {
        open_writers();
    } catch (const Xapian::DatabaseLockError&) {
        throw DatabaseLocked(root_.string());
    }
    remove_unlisted();
}

ShardSet::~ShardSet() {
    try {
        combined_.close();
    } catch (const Xapian::Error&) {
        // Closing after a failed write: the last commit stands.
    }
    if (lock_fd_ >= 0) ::close(lock_fd_);
}

void ShardSet::open_writers() {
    writers_.clear();
    combined_ = Xapian::WritableDatabase();
    for (const std::string& name : names_) {
        writers_.emplace_back((root_ / name).string(), Xapian::DB_OPEN);
        combined_.add_database(writers_.back());
    }
    opened_count_ = names_.size();
}

void ShardSet::remove_unlisted() {
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(root_, error)) {
        const std::string name = entry.path().filename().string();
        if (!name.starts_with(shard_prefix)) continue;
        if (std::find(names_.begin(), names_.end(), name) == names_.end()) fs::remove_all(entry.path(), error);
    }
}

fs::path ShardSet::new_shard_path() {
    std::lock_guard lock(mutex_);
    return root_ / fmt::format("{}{}-{:05}", shard_prefix, run_tag_, next_shard_++);
}

void ShardSet::publish(const fs::path& shard) {
    std::lock_guard lock(mutex_);
    names_.push_back(shard.filename().string());
    write_stub_file(root_, names_);
}

std::vector<std::string> ShardSet::shard_names() const {
    std::lock_guard lock(mutex_);
    return names_;
}

void ShardSet::commit() { combined_.commit(); }

void ShardSet::merge_new_shards() {
    combined_.commit();
    std::lock_guard lock(mutex_);
    if (names_.size() == opened_count_) return;
    auto documents = [&](const std::string& name) { return Xapian::Database((root_ / name).string()).get_doccount(); };
    std::size_t begin = opened_count_;
    double merged = 0;
    for (std::size_t i = begin; i < names_.size(); ++i) merged += documents(names_[i]);
    while (begin > 0 && documents(names_[begin - 1]) <= merge_ratio * merged) merged += documents(names_[--begin]);
    if (names_.size() - begin < 2) return;

    Xapian::Database sources;
    for (std::size_t i = begin; i < names_.size(); ++i) sources.add_database(Xapian::Database((root_ / names_[i]).string()));
    const fs::path target = root_ / fmt::format("{}{}-{:05}", shard_prefix, run_tag_, next_shard_++);
    // One pass over all sources: on 20,000 CVs (100 shards) the merge took 2.7 s, against 5.5 s
    // with DBCOMPACT_MULTIPASS.
    sources.compact(target.string(), 0);
    sources.close();

    std::vector<std::string> retired(names_.begin() + static_cast<std::ptrdiff_t>(begin), names_.end());
    combined_.close();  // our folder lock keeps other indexers out while the shards change
    writers_.clear();
    names_.resize(begin);
    names_.push_back(target.filename().string());
    write_stub_file(root_, names_);
    open_writers();
    // A searcher that read the old list a moment ago may still be opening its shards.
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    std::error_code error;
    for (const std::string& name : retired) fs::remove_all(root_ / name, error);
}

}  // namespace cvdex
