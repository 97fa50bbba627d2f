#pragma once
// The fixture CVs of tests/query/cvs indexed once per test process (about 60 ms), their records
// as `cvindex --parse` sees them, and `cvsearch --json` runs against that database. Results are
// named by file stem ("go-kafka-payments"): every fixture has a distinct stem.
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "process.hpp"

namespace cvdex::test {

inline constexpr const char* today = "2026-11";

/// The fixture folder, the job-description folder and the two binaries.
[[nodiscard]] fs::path fixture_cvs();
[[nodiscard]] fs::path fixture_jds();
[[nodiscard]] std::string cvsearch_binary();
[[nodiscard]] std::string cvindex_binary();

/// The database of all fixture CVs, built on first use and removed when the process ends.
struct FixtureIndex {
    fs::path db;
    std::vector<std::string> stems;                 ///< every fixture, sorted
    std::map<std::string, nlohmann::json> records;  ///< `cvindex --parse --json` by stem
};
[[nodiscard]] const FixtureIndex& fixture_index();

/// A scratch folder for the runs of this process that need no folder of their own.
[[nodiscard]] const fs::path& work_dir();

/// `cvindex --db DB --today 2026-11 -q PATHS...` (extra flags first); REQUIREs success.
void index_into(const fs::path& db, const std::vector<std::string>& paths, const std::vector<std::string>& flags = {});

/// `cvsearch --db D... --today 2026-11 ARGS...`, adding `--json` unless ARGS hold --csv or --json
/// or `plain` is set.
[[nodiscard]] Run cvsearch(const std::vector<std::string>& databases, const std::vector<std::string>& args,
                           bool plain = false);
/// The same on the fixture database.
[[nodiscard]] Run search(const std::vector<std::string>& args);

/// The file stems of a --json response's results, in rank order.
[[nodiscard]] std::vector<std::string> stems_of(const nlohmann::json& response);
[[nodiscard]] std::string stem_of(const std::string& path);
/// The fixtures whose record satisfies `keep`.
template <class Predicate>
[[nodiscard]] std::set<std::string> fixtures_where(Predicate keep) {
    std::set<std::string> out;
    for (const auto& [stem, record] : fixture_index().records)
        if (keep(record)) out.insert(stem);
    return out;
}
/// Months the record gives a skill (by canonical name), -1 when it does not have it.
[[nodiscard]] int skill_months(const nlohmann::json& record, const std::string& skill);
/// A result of a ranking: the CV's file stem and its score.
struct Ranked {
    std::string stem;
    double score;
};
/// The first 100 results of `cvsearch --json` on the databases; REQUIREs success.
[[nodiscard]] std::vector<Ranked> ranking(const std::vector<std::string>& databases, const std::vector<std::string>& args);
/// CHECKs that two rankings are equal: position by position the same scores, and the same CVs
/// within each run of equal scores (a tie may be broken differently when document ids differ).
void check_same_ranking(const std::vector<Ranked>& want, const std::vector<Ranked>& got);

/// "a, b, c" for messages.
[[nodiscard]] std::string join(const std::vector<std::string>& items);
[[nodiscard]] std::string join(const std::set<std::string>& items);

}  // namespace cvdex::test
