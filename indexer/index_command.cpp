// cvindex: parser threads read and extract CVs and build their documents; the main thread is the
// database's single writer, committing every few hundred documents and at the end. Unchanged
// files (same size and mtime, or same content) are not parsed again; vanished ones are removed.
#include "index_command.hpp"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "bounded_queue.hpp"
#include "cvdex/document.hpp"
#include "cvdex/errors.hpp"
#include "cvdex/extract.hpp"
#include "cvdex/read.hpp"
#include "cvdex/schema.hpp"
#include "progress.hpp"

namespace cvdex {
namespace {

std::atomic<bool> interrupted{false};

extern "C" void on_interrupt(int) { interrupted = true; }

/// What a parser thread hands the writer for one file.
struct Outcome {
    enum class Kind { document, same_content, failed } kind = Kind::failed;
    const FoundFile* file = nullptr;
    Xapian::Document document;
    std::string content_hash;
    std::string error;
};

struct Known {
    Xapian::docid docid = 0;
    FileStamp stamp;
};

struct Summary {
    std::size_t indexed = 0, unchanged = 0, removed = 0, skipped = 0, failed = 0, duplicates = 0;
    std::vector<std::string> failures;    // "path: error: reason"
    std::vector<std::string> duplicate_of;  // "path: same content as other"
    double seconds = 0;
    bool interrupted = false;
};

// The file's bytes, at most limit + 1 of them (read_cv reports the size error).
std::string read_bytes(const std::string& path, std::uint64_t size, std::size_t limit) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes(std::min<std::uint64_t>(size, limit) + 1, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

// Every document's stamp, by canonical path, read from the value slots (no document data).
std::unordered_map<std::string, Known> load_known(const Xapian::Database& db) {
    std::unordered_map<std::string, Known> known;
    for (auto it = db.valuestream_begin(schema::slot_path); it != db.valuestream_end(schema::slot_path); ++it)
        known[*it].docid = it.get_docid();
    return known;
}

FileStamp stored_stamp(const Xapian::Database& db, Xapian::docid docid) { return stamp_of(db.get_document(docid)); }

class Indexer {
public:
    Indexer(const IndexOptions& options, Xapian::WritableDatabase& db)
        : options_(options), db_(db), today_(resolve_today(options.today)),
          taxonomy_(options.skills_file.empty() ? Taxonomy::builtin() : Taxonomy::with_user_file(options.skills_file)) {}

    int run() {
        auto start = std::chrono::steady_clock::now();
        if (db_.get_metadata("cvdex:schema").empty()) {
            add_skill_synonyms(db_, *taxonomy_);
            db_.set_metadata("cvdex:schema", "1");
        }
        WalkResult walked = walk(options_.paths, options_.walk);
        summary_.skipped = walked.skipped;
        for (const std::string& error : walked.errors) {
            fmt::print(stderr, "{}\n", error);
            summary_.failures.push_back(error);
            ++summary_.failed;
        }
        auto known = load_known(db_);
        for (auto it = db_.valuestream_begin(schema::slot_content_hash); it != db_.valuestream_end(schema::slot_content_hash); ++it)
            content_owner_.emplace(*it, db_.get_document(it.get_docid()).get_value(schema::slot_path));

        // Unchanged files are decided here, without reading them.
        std::vector<const FoundFile*> work;
        std::set<std::string> seen;
        for (const FoundFile& file : walked.files) {
            seen.insert(file.canonical);
            auto it = known.find(file.canonical);
            if (it != known.end()) {
                it->second.stamp = stored_stamp(db_, it->second.docid);
                if (it->second.stamp.size == file.size && it->second.stamp.mtime == file.mtime) {
                    ++summary_.unchanged;
                    continue;
                }
            }
            work.push_back(&file);
        }
        process(work, known);
        if (options_.prune && !summary_.interrupted) prune(known, seen, walked.roots);
        commit();
        summary_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        db_.set_metadata("cvdex:last_run", summary_json().dump());
        db_.commit();
        report();
        if (summary_.interrupted) return 130;
        return summary_.failed ? 3 : 0;
    }

private:
    const IndexOptions& options_;
    Xapian::WritableDatabase& db_;
    YearMonth today_;
    std::shared_ptr<const Taxonomy> taxonomy_;
    Summary summary_;
    std::unordered_map<std::string, std::string> content_owner_;  // content hash -> canonical path
    std::size_t pending_ = 0;
    std::chrono::steady_clock::time_point last_commit_ = std::chrono::steady_clock::now();

    Outcome parse(const FoundFile& file, const Known* previous) const {
        Outcome outcome;
        outcome.file = &file;
        try {
            std::string bytes = read_bytes(file.path.string(), file.size, options_.max_file_size);
            outcome.content_hash = schema::fnv1a_hex(bytes);
            if (previous && previous->stamp.content_hash == outcome.content_hash && file.path.extension() != ".tex") {
                outcome.kind = Outcome::Kind::same_content;
                return outcome;
            }
            ReadOptions read_options;
            read_options.max_file_size = options_.max_file_size;
            RawText text = read_cv_bytes(file.path, bytes, read_options);  // the bytes are read once
            CvRecord record = extract_record(text, *taxonomy_, ExtractOptions{today_});
            record.path = file.path.string();
            FileStamp stamp{file.canonical, file.mtime, file.size, outcome.content_hash};
            outcome.document = build_document(record, text, stamp, *taxonomy_, today_);
            outcome.kind = Outcome::Kind::document;
        } catch (const InputError& error) {
            outcome.error = error.what();
        } catch (const Xapian::Error& error) {
            outcome.error = error.get_description();
        }
        return outcome;
    }

    void process(const std::vector<const FoundFile*>& work, const std::unordered_map<std::string, Known>& known) {
        unsigned threads = options_.threads ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
        BoundedQueue<Outcome> queue(4 * threads);
        std::atomic<std::size_t> next{0};
        std::vector<std::thread> workers;
        for (unsigned t = 0; t < threads; ++t) {
            workers.emplace_back([&] {
                for (std::size_t i; !interrupted && (i = next++) < work.size();) {
                    auto it = known.find(work[i]->canonical);
                    if (!queue.push(parse(*work[i], it == known.end() ? nullptr : &it->second))) return;
                }
            });
        }
        std::thread closer([&] {
            for (auto& worker : workers) worker.join();
            queue.close();
        });
        Progress progress(work.size(), options_.quiet || options_.json);
        std::size_t done = 0;
        while (auto outcome = queue.pop()) {
            write(*outcome, known);
            progress.update(++done, summary_.failed);
            if (interrupted) {
                summary_.interrupted = true;
                queue.close();
            }
        }
        closer.join();
        if (interrupted) summary_.interrupted = true;
    }

    void write(Outcome& outcome, const std::unordered_map<std::string, Known>& known) {
        const FoundFile& file = *outcome.file;
        const std::string id = schema::id_term(file.canonical);
        switch (outcome.kind) {
            case Outcome::Kind::failed:
                ++summary_.failed;
                summary_.failures.push_back(fmt::format("{}: error: {}", file.path.string(), outcome.error));
                fmt::print(stderr, "{}: error: {}\n", file.path.string(), outcome.error);
                return;
            case Outcome::Kind::same_content: {
                // Touched but not changed: refresh the stamp so the next run need not read it.
                auto it = known.find(file.canonical);
                Xapian::Document document = db_.get_document(it->second.docid);
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
                break;
            }
            case Outcome::Kind::document: {
                auto [owner, inserted] = content_owner_.emplace(outcome.content_hash, file.canonical);
                if (!inserted && owner->second != file.canonical) {
                    ++summary_.duplicates;
                    summary_.duplicate_of.push_back(fmt::format("{}: same content as {}", file.path.string(), owner->second));
                    if (options_.dedupe) return;
                }
                db_.replace_document(id, outcome.document);
                ++summary_.indexed;
                break;
            }
        }
        ++pending_;
        auto now = std::chrono::steady_clock::now();
        if (pending_ >= options_.commit_every ||
            std::chrono::duration<double>(now - last_commit_).count() >= options_.commit_seconds)
            commit();
    }

    void prune(const std::unordered_map<std::string, Known>& known, const std::set<std::string>& seen,
               const std::vector<std::string>& roots) {
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
        db_.commit();
        pending_ = 0;
        last_commit_ = std::chrono::steady_clock::now();
    }

    nlohmann::json summary_json() const {
        double rate = summary_.seconds > 0 ? static_cast<double>(summary_.indexed) / summary_.seconds : 0.0;
        return {{"database", options_.database}, {"indexed", summary_.indexed}, {"unchanged", summary_.unchanged},
                {"removed", summary_.removed},    {"skipped", summary_.skipped}, {"failed", summary_.failed},
                {"failures", summary_.failures},  {"duplicates", summary_.duplicates},
                {"duplicate_of", summary_.duplicate_of}, {"elapsed_seconds", summary_.seconds},
                {"docs_per_second", rate},        {"interrupted", summary_.interrupted},
                {"documents", db_.get_doccount()}};
    }

    void report() const {
        if (options_.json) {
            fmt::print("{}\n", summary_json().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
            return;
        }
        double rate = summary_.seconds > 0 ? static_cast<double>(summary_.indexed) / summary_.seconds : 0.0;
        fmt::print("{}: {} indexed, {} unchanged, {} removed, {} skipped, {} failed, {} duplicates in {:.1f}s "
                   "({:.0f} docs/s); {} documents{}\n",
                   options_.database, summary_.indexed, summary_.unchanged, summary_.removed, summary_.skipped,
                   summary_.failed, summary_.duplicates, summary_.seconds, rate, db_.get_doccount(),
                   summary_.interrupted ? " (interrupted: what was done is committed)" : "");
        for (const std::string& line : summary_.duplicate_of) fmt::print("duplicate: {}\n", line);
    }
};

}  // namespace

std::string resolve_database(const std::string& flag) {
    if (!flag.empty()) return flag;
    if (const char* env = std::getenv("CVDEX_DB"); env && *env) return env;
    return "cvdex.db";
}

// A new database is made beside its final path and renamed into place once it exists, so a
// kill during creation never leaves a half-made database at the path.
void create_if_missing(const std::string& database) {
    namespace fs = std::filesystem;
    if (fs::exists(database)) return;
    const std::string staging = database + ".creating";
    fs::remove_all(staging);
    {
        Xapian::WritableDatabase fresh(staging, Xapian::DB_CREATE);
        fresh.commit();
        fresh.close();
    }
    std::error_code error;
    fs::rename(staging, database, error);  // another indexer may have won the race: use its database
    if (error) fs::remove_all(staging);
}

int run_index(const IndexOptions& options) {
    Xapian::WritableDatabase db;
    try {
        create_if_missing(options.database);
        db = Xapian::WritableDatabase(options.database, Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::DatabaseLockError&) {
        fmt::print(stderr, "cvindex: error: database is locked by another indexer: {}\n", options.database);
        return 1;
    } catch (const Xapian::Error& error) {
        fmt::print(stderr, "cvindex: error: cannot open database {}: {}\n", options.database, error.get_description());
        return 1;
    }
    std::signal(SIGINT, on_interrupt);
    std::signal(SIGTERM, on_interrupt);
    try {
        Indexer indexer(options, db);
        int code = indexer.run();
        db.close();
        return code;
    } catch (const Xapian::Error& error) {
        fmt::print(stderr, "cvindex: error: database {}: {}\n", options.database, error.get_description());
        return 1;
    }
}

}  // namespace cvdex
