#pragma once
// A career as dates: main jobs one after another with gaps and short overlaps (notice periods),
// side jobs (freelance, part-time teaching) alongside them.
#include <vector>

#include "cv_model.hpp"
#include "roles.hpp"
#include "rng.hpp"

namespace cvdex::gen {

struct TimelineEntry {
    Period period;
    Seniority seniority = Seniority::mid;
    bool side = false;
    SideKind side_kind = SideKind::freelance;
};

struct TimelineOptions {
    YearMonth today;
    bool year_only = false;        ///< the CV writes years only ("2014-2016")
    bool open_year_only = false;   ///< open ranges are written "since 2019" / "2016--"
};

/// 1 to 8 jobs, newest first (by start month), as the CV lists them.
[[nodiscard]] std::vector<TimelineEntry> make_timeline(Rng& rng, const TimelineOptions& options);

/// Months covered by a set of periods: the union of [start, end] (inclusive; open = today; a
/// year-only start is January, a year-only end December; no end later than today).
[[nodiscard]] int union_months(const std::vector<const Period*>& periods, const YearMonth& today);

}  // namespace cvdex::gen
