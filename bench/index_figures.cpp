#include "index_figures.hpp"

#include <filesystem>
#include <stdexcept>

#include <fmt/format.h>

#include "child_process.hpp"

namespace cvdex::bench {

nlohmann::json to_json(const IndexFigures& f) {
    nlohmann::json j = {{"engine", f.engine},
                        {"corpus", {{"files", f.corpus.files}, {"bytes", f.corpus.bytes}}},
                        {"documents", f.documents},
                        {"failed", f.failed},
                        {"seconds", f.seconds},
                        {"docs_per_second", f.docs_per_second()},
                        {"mb_per_second", f.mb_per_second()},
                        {"peak_rss_bytes", static_cast<std::uint64_t>(f.peak_rss_kib) * 1024},
                        {"db_bytes", f.db_bytes},
                        {"db_bytes_compact", f.db_bytes_compact ? nlohmann::json(*f.db_bytes_compact) : nlohmann::json()},
                        {"compact_seconds", f.compact_seconds ? nlohmann::json(*f.compact_seconds) : nlohmann::json()}};
    for (const auto& [key, value] : f.extra.items()) j[key] = value;
    return j;
}

void print_text(const IndexFigures& f) {
    fmt::print("{} index: {} documents ({} failed) from {} files, {:.1f} MB, in {:.2f} s\n", f.engine, f.documents,
               f.failed, f.corpus.files, static_cast<double>(f.corpus.bytes) / 1e6, f.seconds);
    fmt::print("  throughput  {:.0f} docs/s, {:.2f} MB/s\n", f.docs_per_second(), f.mb_per_second());
    fmt::print("  peak RSS    {}\n", mib(static_cast<std::uint64_t>(f.peak_rss_kib) * 1024));
    if (f.db_bytes_compact)
        fmt::print("  database    {}; after xapian-compact {} (compacted in {:.2f} s)\n", mib(f.db_bytes),
                   mib(*f.db_bytes_compact), f.compact_seconds.value_or(0));
    else
        fmt::print("  database    {}\n", mib(f.db_bytes));
}

void measure_compacted(const std::string& database, IndexFigures& figures) {
    const std::string compact = find_in_path("xapian-compact");
    if (compact.empty()) throw std::runtime_error("xapian-compact: error: not installed (Debian package xapian-tools)");
    // Beside the database, so the copy is written to the same disk.
    const auto parent = std::filesystem::absolute(database).parent_path();
    TempDir scratch(parent, ".cvbench-compact");
    const std::string target = (scratch.path() / "db").string();
    const ChildResult run = run_child({compact, database, target}, false, true);
    if (run.exit_code != 0)
        throw std::runtime_error(fmt::format("{}: error: xapian-compact exited with {}", database, run.exit_code));
    figures.db_bytes_compact = size_on_disk(target);
    figures.compact_seconds = run.seconds;
}

}  // namespace cvdex::bench
