#pragma once
// A search request turned into one Xapian query plus what ranking, snippets, explain and
// suggestions need to know about it. Needs no database.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "cvdex/search.hpp"
#include "cvdex/skills.hpp"
#include "months_decider.hpp"
#include "ranking.hpp"

namespace cvdex::query {

/// A word of the query text, where it stood (for "did you mean").
struct QueryWord {
    std::string word;       ///< lower case, as indexed
    std::size_t begin = 0;  ///< byte range in the cleaned query text
    std::size_t end = 0;
    bool skill = false;     ///< a skill: value the taxonomy does not know
};

struct QueryPlan {
    Xapian::Query query;
    nlohmann::json parsed;
    std::string clean_text;                  ///< the query after clean_query_text
    std::vector<QuerySkill> skills;          ///< ranked skills: the query's and the job description's
    std::vector<QuerySkill> filter_skills;   ///< skills named by filters: shown, never ranked
    std::vector<std::string> highlight;      ///< lower-case words and skill names to highlight
    std::vector<QueryWord> words;            ///< text words, for suggestions
    std::vector<MonthsBound> months_bounds;  ///< fractional skill years, checked by a MonthsDecider
    bool empty = true;                       ///< no query text and no job description
};

/// Where a database keeps the CV text. Every layout has it positional under the section prefixes
/// (XZSUM, XZEXP, ...), which phrases, wildcards and section fields search.
/// - stems: and every word again unprefixed as "Z" + its stem, without positions (cvindex today);
///   a plain word is one or two posting lists there instead of sixteen;
/// - unprefixed: and again unprefixed and positional (older databases);
/// - sections: nothing more (older databases).
enum class BodyLayout { unprefixed, sections, stems };

/// The term prefixes a bare word is searched under.
[[nodiscard]] std::vector<std::string> body_prefixes(BodyLayout layout);

/// Parses the query, reads the job description, and builds the query with its filters. Throws
/// QuerySyntaxError, UsageError for a bad filter value, and SearchError for an unreadable
/// --like file.
struct PlanOptions {
    BodyLayout layout = BodyLayout::stems;
    /// Stemmers ("english", "german") of the languages in the database, for the stems layout.
    std::vector<std::string> stem_languages = {"english"};
    /// The database searched: a section field's word looks up the section's forms of it there.
    const Xapian::Database* database = nullptr;
    bool exact_months = true;  ///< fractional skill years via a MonthsDecider (not for remote shards)
    /// Rank skills from their value slots (SkillBoostSource) where the database has them (not
    /// for remote shards: xapian-tcpsrv does not know the source).
    bool skill_values = true;
};
[[nodiscard]] QueryPlan plan_query(const SearchRequest& request, const Taxonomy& taxonomy,
                                   const PlanOptions& options = {});

}  // namespace cvdex::query
