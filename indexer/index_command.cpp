// cvindex: walks the folders, decides per file from its stamp whether it changed, and indexes.
// Files new to the database go through the shard writers (every thread parses and writes a shard
// of its own; the shards are merged at the end). Changed files, and small runs, go through one
// writer that replaces documents wherever they are. Vanished files are removed.
#include "index_command.hpp"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "bounded_queue.hpp"
#include "cvdex/document.hpp"
#include "cvdex/extract.hpp"
#include "cvdex/schema.hpp"
#include "index_summary.hpp"
#include "parse_file.hpp"
#include "progress.hpp"
#include "shard_set.hpp"
#include "shard_writer.hpp"

namespace cvdex {
namespace {

std::atomic<bool> interrupted{false};

extern "C" void on_interrupt(int) { interrupted = true; }

struct Known {
    Xapian::docid docid = 0;
    FileStamp stamp;
};
using KnownFiles = std::unordered_map<std::string, Known>;

// Every document's stamp, by canonical path, read from the value slots (no document data).
KnownFiles load_known(const Xapian::Database& db) {
    KnownFiles known;
    for (auto it = db.valuestream_begin(schema::slot_path); it != db.valuestream_end(schema::slot_path); ++it)
        known[*it].docid = it.get_docid();
    return known;
}

class Indexer {
public:
    Indexer(const IndexOptions& options, ShardSet& shards)
        : options_(options), shards_(shards), db_(shards.combined()), today_(resolve_today(options.today)),
          taxonomy_(options.skills_file.empty() ? Taxonomy::builtin() : Taxonomy::with_user_file(options.skills_file)),
          context_{*taxonomy_, today_, options.max_file_size} {}

    int run() {
        auto start = std::chrono::steady_clock::now();
        if (shards_.first().get_metadata("cvdex:schema").empty()) {
            add_skill_synonyms(shards_.first(), *taxonomy_);
            shards_.first().set_metadata("cvdex:schema", "1");
        }
        WalkResult walked = walk(options_.paths, options_.walk);
        summary_.skipped = walked.skipped;
        for (std::string& error : walked.errors) summary_.add_failure(std::move(error));
        KnownFiles known = load_known(db_);
        for (auto it = db_.valuestream_begin(schema::slot_content_hash); it != db_.valuestream_end(schema::slot_content_hash); ++it)
            content_owner_.emplace(*it, db_.get_document(it.get_docid()).get_value(schema::slot_path));

        // Unchanged files are decided here, without reading them.
        std::vector<const FoundFile*> changed, fresh;
        std::set<std::string> seen;
        for (const FoundFile& file : walked.files) {
            seen.insert(file.canonical);
            auto it = known.find(file.canonical);
            if (it == known.end()) {
                fresh.push_back(&file);
                continue;
            }
            it->second.stamp = stamp_of(db_.get_document(it->second.docid));
            if (it->second.stamp.size == file.size && it->second.stamp.mtime == file.mtime)
                ++summary_.unchanged;
            else
                changed.push_back(&file);
        }
        Progress progress(changed.size() + fresh.size(), options_.quiet || options_.json);
        auto tick = [&] { progress.update(done_, summary_.failed_count()); };
        // Few new files are not worth shards (each is a commit and, later, a merge).
        if (fresh.size() > options_.commit_every) {
            write_one_by_one(changed, known, tick);
            write_sharded(fresh, tick);
        } else {
            changed.insert(changed.end(), fresh.begin(), fresh.end());
            write_one_by_one(changed, known, tick);
        }
        summary_.files_read = done_;
        summary_.interrupted = interrupted;
        if (options_.prune && !summary_.interrupted) prune(known, seen, walked.roots);
        shards_.commit();
        if (!summary_.interrupted) {
            auto merge_start = std::chrono::steady_clock::now();
            shards_.merge_new_shards();
            summary_.merge_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - merge_start).count();
        }
        summary_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const std::size_t documents = Xapian::Database(shards_.root().string()).get_doccount();
        const std::size_t shard_count = shards_.shard_names().size();
        shards_.first().set_metadata("cvdex:last_run", summary_.to_json(options_.database, documents, shard_count).dump(
                                                           -1, ' ', false, nlohmann::json::error_handler_t::replace));
        shards_.commit();
        summary_.report(options_.database, documents, shard_count, options_.json);
        if (summary_.interrupted) return 130;
        return summary_.failed ? 3 : 0;
    }

private:
    const IndexOptions& options_;
    ShardSet& shards_;
    Xapian::WritableDatabase& db_;
    YearMonth today_;
    std::shared_ptr<const Taxonomy> taxonomy_;
    ParseContext context_;
    IndexSummary summary_;
    std::atomic<std::size_t> done_{0};
    std::unordered_map<std::string, std::string> content_owner_;  // content hash -> canonical path
    std::mutex content_mutex_;
    std::size_t pending_ = 0;
    std::chrono::steady_clock::time_point last_commit_ = std::chrono::steady_clock::now();

    // Whether a parsed file is to be written: failures are recorded, and with --dedupe a second
    // file with the same content is not. Thread-safe.
    bool accept(const ParsedFile& parsed) {
        const FoundFile& file = *parsed.file;
        if (parsed.kind == ParsedFile::Kind::failed) {
            summary_.fail(file.path.string(), parsed.error);
            return false;
        }
        if (parsed.kind != ParsedFile::Kind::document) return true;
        std::lock_guard lock(content_mutex_);
        auto [owner, inserted] = content_owner_.emplace(parsed.content_hash, file.canonical);
        if (!inserted && owner->second != file.canonical) {
            summary_.duplicate(file.path.string(), owner->second);
            if (options_.dedupe) return false;
        }
        return true;
    }

    void write_sharded(const std::vector<const FoundFile*>& files, const std::function<void()>& tick) {
        ShardWriterOptions writer_options;
        writer_options.threads = options_.threads ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
        writer_options.batch = options_.commit_every;
        writer_options.batch_seconds = options_.commit_seconds;
        std::atomic<bool> stop{false};
        write_new_files(files, context_, shards_, writer_options,
                        [&](const ParsedFile& parsed) {
                            bool write = accept(parsed);
                            if (write) summary_.count_indexed();
                            return write;
                        },
                        stop, done_, [&] {
                            if (interrupted) stop = true;
                            tick();
                        });
    }

    // Parser threads feed this thread, the single writer, through a bounded queue.
    void write_one_by_one(const std::vector<const FoundFile*>& work, const KnownFiles& known,
                          const std::function<void()>& tick) {
        if (work.empty()) return;
        unsigned threads = options_.threads ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
        BoundedQueue<ParsedFile> queue(4 * threads);
        std::atomic<std::size_t> next{0};
        std::vector<std::thread> workers;
        for (unsigned t = 0; t < threads; ++t) {
            workers.emplace_back([&] {
                for (std::size_t i; !interrupted && (i = next++) < work.size();) {
                    auto it = known.find(work[i]->canonical);
                    if (!queue.push(parse_file(*work[i], context_, it == known.end() ? nullptr : &it->second.stamp))) return;
                }
            });
        }
        std::thread closer([&] {
            for (auto& worker : workers) worker.join();
            queue.close();
        });
        while (auto parsed = queue.pop()) {
            write(*parsed, known);
            ++done_;
            tick();
            if (interrupted) queue.close();
        }
        closer.join();
    }

    void write(const ParsedFile& parsed, const KnownFiles& known) {
        if (!accept(parsed)) return;
        const FoundFile& file = *parsed.file;
        const std::string id = schema::id_term(file.canonical);
        if (parsed.kind == ParsedFile::Kind::same_content) {
            // Touched but not changed: refresh the stamp so the next run need not read it.
            Xapian::Document document = db_.get_document(known.at(file.canonical).docid);
            document.add_value(schema::slot_mtime, Xapian::sortable_serialise(static_cast<double>(file.mtime)));
            document.add_value(schema::slot_size, Xapian::sortable_serialise(static_cast<double>(file.size)));
            nlohmann::json data = nlohmann::json::parse(document.get_data(), nullptr, false);
            if (data.is_object()) {
                data["file"]["mtime"] = file.mtime;
                data["file"]["size"] = file.size;
                document.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
            }
            db_.replace_document(id, document);
            ++summary_.unchanged;
        } else {
            db_.replace_document(id, parsed.document);
            summary_.count_indexed();
        }
        ++pending_;
        auto now = std::chrono::steady_clock::now();
        if (pending_ >= options_.commit_every ||
            std::chrono::duration<double>(now - last_commit_).count() >= options_.commit_seconds)
            commit();
    }

    void prune(const KnownFiles& known, const std::set<std::string>& seen, const std::vector<std::string>& roots) {
        for (const auto& [known_path, entry] : known) {
            const std::string& path = known_path;  // a structured binding cannot be captured before C++20 in clang 14
            if (seen.count(path)) continue;
            bool under_root = std::any_of(roots.begin(), roots.end(), [&](const std::string& root) {
                return path.size() > root.size() && path.compare(0, root.size(), root) == 0 && path[root.size()] == '/';
            });
            if (!under_root) continue;
            db_.delete_document(entry.docid);
            ++summary_.removed;
            ++pending_;
        }
    }

    void commit() {
        shards_.commit();
        pending_ = 0;
        last_commit_ = std::chrono::steady_clock::now();
    }
};

}  // namespace

std::string resolve_database(const std::string& flag) {
    if (!flag.empty()) return flag;
    if (const char* env = std::getenv("CVDEX_DB"); env && *env) return env;
    return "cvdex.db";
}

int run_index(const IndexOptions& options) {
    std::unique_ptr<ShardSet> shards;
    try {
        shards = std::make_unique<ShardSet>(options.database);
    } catch (const DatabaseLocked&) {
        fmt::print(stderr, "cvindex: error: database is locked by another indexer: {}\n", options.database);
        return 1;
    } catch (const Xapian::Error& error) {
        fmt::print(stderr, "cvindex: error: cannot open database {}: {}\n", options.database, error.get_description());
        return 1;
    } catch (const std::exception& error) {
        fmt::print(stderr, "cvindex: error: cannot open database {}: {}\n", options.database, error.what());
        return 1;
    }
    std::signal(SIGINT, on_interrupt);
    std::signal(SIGTERM, on_interrupt);
    try {
        Indexer indexer(options, *shards);
        return indexer.run();
    } catch (const Xapian::Error& error) {
        fmt::print(stderr, "cvindex: error: database {}: {}\n", options.database, error.get_description());
        return 1;
    }
}

}  // namespace cvdex
