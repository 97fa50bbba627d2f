#pragma once
// The filter flags (--skill, --min-years, --employer ...) as one boolean query.
#include <optional>
#include <vector>

#include <xapian.h>

#include "cvdex/search.hpp"
#include "cvdex/skills.hpp"
#include "months_decider.hpp"
#include "ranking.hpp"

namespace cvdex::query {

struct FilterQuery {
    std::optional<Xapian::Query> query;  ///< nothing when no filter is set
    std::vector<QuerySkill> skills;      ///< the skills the filters name (shown in results, not ranked)
    std::vector<MonthsBound> months_bounds;  ///< fractional --skill-years, for a MonthsDecider
};

/// Every filter must hold (AND); the values of one list flag are alternatives (OR), except
/// --skill, where all are required. Throws UsageError on a value that names nothing (an empty
/// --employer, negative years).
/// `exact_months`: fractional years are checked in months by a MonthsDecider (local databases).
[[nodiscard]] FilterQuery build_filters(const Filters& filters, YearMonth today, const Taxonomy& taxonomy,
                                        bool exact_months);

/// Total experience in [low, high] years (value slot 0 holds months).
[[nodiscard]] Xapian::Query experience_range(std::optional<double> low, std::optional<double> high);

}  // namespace cvdex::query
