// cvbench fts5 load: the same corpus into SQLite FTS5. Each CV is read and extracted with the
// cvdex extractor (so both engines index the same text and fields) by parser threads, and one
// writer inserts everything in ONE transaction.
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "bounded_queue.hpp"
#include "cvdex/errors.hpp"
#include "cvdex/extract.hpp"
#include "cvdex/read.hpp"
#include "cvdex/schema.hpp"
#include "fts5_commands.hpp"
#include "fts5_schema.hpp"
#include "index_figures.hpp"
#include "progress.hpp"
#include "sqlite_handle.hpp"

namespace fs = std::filesystem;

namespace cvdex::bench::fts5 {
namespace {

/// One CV as the FTS5 tables hold it.
struct Row {
    std::string path, name, skills, employers, titles, body;
    int experience_months = 0;
    std::vector<std::pair<std::string, int>> skill_months;  ///< taxonomy key, months
};

// The files cvindex would look at: regular, not hidden, in a stable order.
std::vector<fs::path> list_files(const fs::path& corpus) {
    std::vector<fs::path> files;
    auto it = fs::recursive_directory_iterator(corpus);
    for (; it != fs::recursive_directory_iterator(); ++it) {
        if (it->path().filename().string().starts_with(".")) {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (it->is_regular_file()) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

Row make_row(const fs::path& file, const Taxonomy& taxonomy, YearMonth today) {
    const RawText text = read_cv(file);
    const CvRecord record = extract_record(text, taxonomy, ExtractOptions{today});
    Row row;
    row.path = fs::absolute(file).string();
    row.name = record.name;
    row.experience_months = record.experience_months;
    for (const SkillExperience& s : record.skills) {
        const Skill* skill = taxonomy.lookup(s.name);
        const std::string key = skill ? skill->key : schema::normalise_value(s.name);
        if (!row.skills.empty()) row.skills += ' ';  // not "" + ...: GCC 12 warns wrongly on that
        row.skills += skill_token(key);
        row.skill_months.emplace_back(key, s.months);
    }
    std::set<std::string> seen_employers, seen_titles;
    for (const Job& job : record.jobs) {
        if (!job.employer.empty() && seen_employers.insert(job.employer).second) row.employers += job.employer + "\n";
        if (!job.title.empty() && seen_titles.insert(job.title).second) row.titles += job.title + "\n";
    }
    for (const TextLine& line : text.lines) row.body += line.text + "\n";
    return row;
}

class Writer {
public:
    explicit Writer(SqliteDb& db)
        : doc_(db.prepare("INSERT INTO docs(id, path, name, experience_months) VALUES(?1, ?2, ?3, ?4)")),
          cv_(db.prepare("INSERT INTO cv(rowid, name, skills, employers, titles, body) VALUES(?1, ?2, ?3, ?4, ?5, ?6)")),
          skill_(db.prepare("INSERT OR REPLACE INTO skill_months(skill, doc, months) VALUES(?1, ?2, ?3)")) {}

    void insert(const Row& row) {
        const auto id = static_cast<std::int64_t>(++documents_);
        doc_.bind(1, id);
        doc_.bind(2, row.path);
        doc_.bind(3, row.name);
        doc_.bind(4, std::int64_t{row.experience_months});
        doc_.run();
        cv_.bind(1, id);
        cv_.bind(2, row.name);
        cv_.bind(3, row.skills);
        cv_.bind(4, row.employers);
        cv_.bind(5, row.titles);
        cv_.bind(6, row.body);
        cv_.run();
        for (const auto& [key, months] : row.skill_months) {
            skill_.bind(1, key);
            skill_.bind(2, id);
            skill_.bind(3, std::int64_t{months});
            skill_.run();
        }
    }
    [[nodiscard]] std::uint64_t documents() const { return documents_; }

private:
    SqliteStatement doc_, cv_, skill_;
    std::uint64_t documents_ = 0;
};

}  // namespace

IndexFigures load(const LoadOptions& options) {
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    IndexFigures figures;
    figures.engine = "fts5";
    figures.corpus = corpus_stats(options.corpus);
    const std::vector<fs::path> files = list_files(options.corpus);
    const auto taxonomy = Taxonomy::builtin();

    SqliteDb db(options.database, true);
    db.exec("BEGIN");
    db.exec(std::string(create_sql));
    Writer writer(db);

    BoundedQueue<Row> queue(256);
    std::atomic<std::size_t> next{0};
    std::atomic<std::uint64_t> failed{0};
    const unsigned threads = std::max(1u, options.threads);
    queue.set_producers(threads);
    std::vector<std::thread> parsers;
    for (unsigned t = 0; t < threads; ++t)
        parsers.emplace_back([&] {
            for (std::size_t i = next++; i < files.size(); i = next++) {
                try {
                    queue.push(make_row(files[i], *taxonomy, options.today));
                } catch (const InputError& e) {
                    ++failed;
                    if (!options.quiet) fmt::print(stderr, "{}: error: {}\n", files[i].string(), e.what());
                } catch (const std::exception& e) {
                    ++failed;
                    fmt::print(stderr, "{}: error: {}\n", files[i].string(), e.what());
                }
            }
            queue.close();
        });

    Clock::duration inserting{};
    try {
        Progress progress("fts5 load", options.quiet);
        while (auto row = queue.pop()) {
            const auto t0 = Clock::now();
            writer.insert(*row);
            inserting += Clock::now() - t0;
            progress.update(fmt::format("{} of {} files", writer.documents(), files.size()));
        }
        const auto t0 = Clock::now();
        db.exec("COMMIT");
        inserting += Clock::now() - t0;
    } catch (...) {
        queue.abandon();
        for (auto& p : parsers) p.join();
        throw;
    }
    for (auto& p : parsers) p.join();

    figures.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    figures.documents = writer.documents();
    figures.failed = failed;
    struct rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    figures.peak_rss_kib = usage.ru_maxrss;
    figures.db_bytes = size_on_disk(options.database);
    const double insert_seconds = std::chrono::duration<double>(inserting).count();
    auto seconds_of = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    figures.extra = {{"threads", threads},
                     {"user_seconds", seconds_of(usage.ru_utime)},
                     {"system_seconds", seconds_of(usage.ru_stime)},
                     {"insert_seconds", insert_seconds},
                     {"insert_docs_per_second", insert_seconds > 0 ? static_cast<double>(figures.documents) / insert_seconds : 0.0},
                     {"sqlite_version", sqlite3_libversion()}};
    return figures;
}

}  // namespace cvdex::bench::fts5
