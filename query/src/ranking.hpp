#pragma once
// The ranking formula of docs/ranking.md, in one place: the query builder turns it into Xapian
// subqueries, and --explain recomputes the same numbers from a hit's record.
//
//   score = BM25(text) + sum over query skills s the CV has of
//           share(s) * (coverage + experience * f(years with s) + recency * g(last use of s)
//                       + years_met * [years with s >= years the job description asks])
#include <array>
#include <optional>
#include <string>

#include "cvdex/dates.hpp"

namespace cvdex::query {

struct RankingWeights {
    static constexpr double coverage = 6.0;    ///< the whole set of query skills present
    static constexpr double experience = 4.0;  ///< at f = 1 (12 years or more with the skill)
    static constexpr double recency = 2.0;     ///< at g = 1 (used this year)
    static constexpr double years_met = 3.0;   ///< meets the job description's years for the skill
    static constexpr double skill_text = 0.3;  ///< BM25 factor of a bare skill word's text match
};

/// f(years): a saturating ladder over the XY<skill>:<years> terms. The increments add up to 1.
struct YearStep {
    int years;
    double increment;
};
inline constexpr std::array<YearStep, 4> experience_ladder = {{{1, 0.25}, {3, 0.25}, {6, 0.25}, {10, 0.25}}};

/// g: by calendar year of last use, this year first (XR<skill>:<yyyy> terms).
inline constexpr std::array<double, 2> recency_by_age = {1.0, 0.5};

/// A skill the ranking asks for.
struct QuerySkill {
    std::string key;    ///< taxonomy key, the XS term's suffix
    std::string name;   ///< display name
    double weight = 1;  ///< relative; share = weight / sum of weights
    int min_years = 0;  ///< the job description asks for at least this many years (0: none)
    std::string source; ///< "query" or "like"
};

[[nodiscard]] double experience_factor(int months);
[[nodiscard]] double recency_factor(const std::optional<YearMonth>& last_used, YearMonth today);

/// One skill's boost for a CV that has it, before multiplying by its share.
struct SkillBoost {
    double coverage = 0, experience = 0, recency = 0, years_met = 0;
    [[nodiscard]] double total() const { return coverage + experience + recency + years_met; }
};
[[nodiscard]] SkillBoost skill_boost(const QuerySkill& skill, int months, const std::optional<YearMonth>& last_used,
                                     YearMonth today);

}  // namespace cvdex::query
