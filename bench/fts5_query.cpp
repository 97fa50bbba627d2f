// FTS5 queries: the mix's MATCH text, the years filters as correlated lookups (one primary-key
// probe per candidate), ranking by the table's bm25 rank, snippet() from the body.
#include <memory>
#include <string>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "fts5_commands.hpp"
#include "fts5_schema.hpp"
#include "sqlite_handle.hpp"

namespace cvdex::bench::fts5 {
namespace {

// The SQL for a spec's shape (which filters it has); parameters: ?1 MATCH text, ?2 limit, then
// min months, then (skill, months) pairs.
std::string select_sql(const QuerySpec& spec) {
    std::string sql = fmt::format(
        "SELECT c.rowid, c.rank, snippet(cv, {}, '«', '»', '…', 16) FROM cv c WHERE cv MATCH ?1", body_column);
    int parameter = 3;
    if (spec.min_years)
        sql += fmt::format(" AND (SELECT experience_months FROM docs WHERE id = c.rowid) >= ?{}", parameter++);
    for (std::size_t i = 0; i < spec.skill_years.size(); ++i, parameter += 2)
        sql += fmt::format(" AND EXISTS (SELECT 1 FROM skill_months WHERE skill = ?{} AND doc = c.rowid AND months >= ?{})",
                           parameter, parameter + 1);
    return sql + " ORDER BY c.rank LIMIT ?2";
}

class Fts5Runner {
public:
    Fts5Runner(const std::string& database, std::size_t limit)
        : db_(database, false), limit_(limit),
          doc_(db_.prepare("SELECT path, name, experience_months FROM docs WHERE id = ?1")) {}

    std::size_t run(const QuerySpec& spec) {
        if (spec.fts5.empty()) throw std::runtime_error("the query has no FTS5 translation (dump the mix with cvbench query)");
        const std::string sql = select_sql(spec);
        auto it = statements_.find(sql);
        if (it == statements_.end()) it = statements_.emplace(sql, std::make_unique<SqliteStatement>(db_.prepare(sql))).first;
        SqliteStatement& select = *it->second;
        select.bind(1, spec.fts5);
        select.bind(2, static_cast<std::int64_t>(limit_));
        int parameter = 3;
        if (spec.min_years) select.bind(parameter++, std::int64_t{*spec.min_years} * 12);
        for (const auto& sy : spec.skill_years) {
            select.bind(parameter++, sy.skill);  // skill_months holds taxonomy keys, as the mix names them
            select.bind(parameter++, std::int64_t{sy.years} * 12);
        }
        nlohmann::json results = nlohmann::json::array();
        try {
            while (select.step()) {
                nlohmann::json hit = {{"rank", results.size() + 1},
                                      {"score", -select.column_double(1)},  // bm25 is better when lower
                                      {"snippet", std::string(select.column_text(2))}};
                doc_.bind(1, select.column_int(0));
                if (doc_.step()) {
                    hit["path"] = std::string(doc_.column_text(0));
                    hit["name"] = std::string(doc_.column_text(1));
                    hit["experience_months"] = doc_.column_int(2);
                }
                doc_.reset();
                results.push_back(std::move(hit));
            }
        } catch (...) {
            select.reset();
            throw;
        }
        select.reset();
        const nlohmann::json response = {{"query", spec.fts5}, {"results", results}};
        const std::string printed = response.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return printed.empty() ? 0 : results.size();
    }

private:
    SqliteDb db_;
    std::size_t limit_;
    SqliteStatement doc_;
    std::unordered_map<std::string, std::unique_ptr<SqliteStatement>> statements_;
};

}  // namespace

RunQuery make_query_runner(const std::string& database, std::size_t limit) {
    auto runner = std::make_shared<Fts5Runner>(database, limit);
    return [runner](const QuerySpec& spec) { return runner->run(spec); };
}

}  // namespace cvdex::bench::fts5
