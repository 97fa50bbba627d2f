#pragma once
// Skill subqueries over the XS, XY and XR terms of the schema: presence, years, recency, and
// the ranked form that carries the skill boosts of ranking.hpp inside the match itself.
#include <optional>
#include <string>

#include <xapian.h>

#include "cvdex/dates.hpp"
#include "ranking.hpp"

namespace cvdex::query {

/// The term of the CVs that list the skill: XS<key>.
[[nodiscard]] std::string skill_term(const std::string& key);

/// CVs that list the skill (XS<key>).
[[nodiscard]] Xapian::Query has_skill(const std::string& key);

/// CVs whose last use of the skill is within `years` of `today` (same month `years` ago or
/// later): the boundary year by month terms, the later years by year terms.
[[nodiscard]] Xapian::Query used_within(const std::string& key, int years, YearMonth today);

/// At least `low` and at most `high` years with the skill (XY<key>:<n> thresholds). The index
/// knows whole years only: a fractional lower end rounds up, unless `widen` (a MonthsDecider
/// then checks the boundary year), where it rounds down.
[[nodiscard]] Xapian::Query skill_years_range(const std::string& key, std::optional<double> low,
                                              std::optional<double> high, bool widen = false);

/// CVs that have the skill, weighted by its boost times `share` (the coverage, experience,
/// recency and years-met parts are constant weights on XS, XY and XR terms, so the whole
/// ranking runs inside Xapian's matcher, on local and remote shards alike).
[[nodiscard]] Xapian::Query ranked_skill(const QuerySkill& skill, double share, YearMonth today);

}  // namespace cvdex::query
