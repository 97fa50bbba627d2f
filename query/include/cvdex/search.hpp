#pragma once
// The cvdex search library: a query (text, filters, a job description) in, ranked CVs out.
// Used by cvsearch, its tests and cvbench. The query language is docs/query-language.md, the
// ranking formula docs/ranking.md.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "cvdex/dates.hpp"
#include "cvdex/search_errors.hpp"

namespace cvdex::query {

/// Snippets are plain text with each highlighted match between these markers (« and »); the
/// snippeter turns guillemets of the CV itself into '"' so the markers stay unambiguous.
inline constexpr std::string_view highlight_open = "\u00AB";
inline constexpr std::string_view highlight_close = "\u00BB";

/// "--skill-years S=N": at least N years with skill S.
struct SkillYears {
    std::string skill;
    double years = 0;
};

/// Restrictions: they remove candidates and never change the ranking of the others.
struct Filters {
    std::vector<std::string> skills;       ///< --skill: all required
    std::vector<std::string> any_skills;   ///< --any-skill: at least one
    std::vector<SkillYears> skill_years;   ///< --skill-years S=N
    std::optional<double> min_years, max_years;  ///< total experience, in years
    std::optional<int> recent_years;       ///< required skills used within the last N years
    std::vector<std::string> employers, titles, locations, langs;  ///< each list: at least one matches
};

enum class Sort { relevance, experience, recent };

struct SearchRequest {
    std::string query;                 ///< the query language text (may be empty: filters only)
    Filters filters;
    std::size_t limit = 10, offset = 0;
    Sort sort = Sort::relevance;
    bool explain = false;
    bool snippets = true;
    std::vector<std::string> facets;   ///< "skills", "employers", "locations", "years"
    std::string like_file;             ///< job description file (--like), any supported format
    YearMonth today;                   ///< reference month (from --today / CVDEX_TODAY / clock)
};

/// A query skill the candidate has, with the experience the CV gives it.
struct MatchedSkill {
    std::string name;
    int months = 0;
    std::optional<YearMonth> last_used;
};

struct Hit {
    std::size_t rank = 0;  ///< 1-based, counting from the first result of the whole ranking
    std::string path, name;
    double score = 0;
    int experience_months = 0;
    std::vector<MatchedSkill> matched_skills;
    std::string employer, title, location;  ///< current (else latest) job; the person's location
    std::string snippet;                    ///< plain text; highlights marked «like this»
    std::optional<nlohmann::json> explain;  ///< with SearchRequest::explain
};

struct SearchResponse {
    std::string query;
    nlohmann::json parsed;           ///< how the query was understood (see docs/query-language.md)
    std::size_t estimated = 0, offset = 0;
    std::vector<Hit> results;
    std::optional<nlohmann::json> facets;
    std::optional<std::string> suggestion;  ///< "did you mean", when the query finds little
};

/// Opens one or more databases as one (a path: a Xapian database directory or stub;
/// "tcp://HOST:PORT": a remote shard served by xapian-tcpsrv). Not thread-safe: one Searcher per
/// thread.
class Searcher {
public:
    /// Throws SearchError when a database cannot be opened.
    explicit Searcher(const std::vector<std::string>& databases);
    ~Searcher();
    Searcher(const Searcher&) = delete;
    Searcher& operator=(const Searcher&) = delete;
    Searcher(Searcher&&) noexcept;
    Searcher& operator=(Searcher&&) noexcept;

    /// Runs one search. Throws QuerySyntaxError on bad query text, SearchError on database
    /// failures (after bounded retries when the index changes underneath), UsageError-like
    /// SearchError on an unreadable --like file.
    [[nodiscard]] SearchResponse search(const SearchRequest& request);

    /// The number of documents in all databases together.
    [[nodiscard]] std::size_t document_count() const;

    /// Moves to the databases' latest commits (search() does this itself when a commit
    /// overtakes it). Throws SearchError.
    void reopen();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// The documented --json object of a response.
[[nodiscard]] nlohmann::json to_json(const SearchResponse& response);

}  // namespace cvdex::query
