#include "shard_writer.hpp"

#include <algorithm>
#include <chrono>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace cvdex {
namespace {

using Clock = std::chrono::steady_clock;

// One thread's shard: created on the first document, published when full, old or at the end.
class OpenShard {
public:
    explicit OpenShard(ShardSet& shards) : shards_(shards) {}

    void add(const Xapian::Document& document) {
        if (!database_) {
            path_ = shards_.new_shard_path();
            database_.emplace(path_.string(), Xapian::DB_CREATE);
            opened_ = Clock::now();
        }
        database_->add_document(document);
    }

    [[nodiscard]] double age_seconds() const {
        return database_ ? std::chrono::duration<double>(Clock::now() - opened_).count() : 0.0;
    }

    void publish() {
        if (!database_) return;
        database_->commit();
        database_->close();
        database_.reset();
        shards_.publish(path_);
    }

private:
    ShardSet& shards_;
    std::optional<Xapian::WritableDatabase> database_;
    std::filesystem::path path_;
    Clock::time_point opened_;
};

}  // namespace

void write_new_files(const std::vector<const FoundFile*>& files, const ParseContext& context, ShardSet& shards,
                     const ShardWriterOptions& options, const AcceptFile& accept, std::atomic<bool>& stop,
                     std::atomic<std::size_t>& done, const std::function<void()>& tick) {
    const std::size_t batch = std::max<std::size_t>(1, options.batch);
    std::atomic<std::size_t> next{0};
    std::atomic<unsigned> running{std::max(1u, options.threads)};
    std::exception_ptr failure;
    std::mutex failure_mutex;

    auto work = [&] {
        OpenShard shard(shards);
        try {
            for (std::size_t begin; !stop && (begin = next.fetch_add(batch)) < files.size();) {
                const std::size_t end = std::min(files.size(), begin + batch);
                for (std::size_t i = begin; i < end && !stop; ++i) {
                    ParsedFile parsed = parse_file(*files[i], context, nullptr);
                    if (accept(parsed)) shard.add(parsed.document);
                    ++done;
                    if (shard.age_seconds() >= options.batch_seconds) shard.publish();
                }
                shard.publish();
            }
            shard.publish();
        } catch (...) {
            std::lock_guard lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            stop = true;
        }
        --running;
    };
    std::vector<std::thread> threads;
    for (unsigned t = 0; t < std::max(1u, options.threads); ++t) threads.emplace_back(work);
    while (running > 0) {
        tick();
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (std::thread& thread : threads) thread.join();
    tick();
    if (failure) std::rethrow_exception(failure);
}

}  // namespace cvdex
