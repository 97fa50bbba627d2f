// The career is laid out backwards from the reference month: the latest job first, then each
// earlier one ending just before (45%), overlapping it by a notice period (20%) or after a gap.
#include "timeline.hpp"

#include <algorithm>

namespace cvdex::gen {
namespace {

constexpr int earliest_year = 1990;

int job_count(Rng& rng) {
    constexpr std::uint32_t cumulative[] = {8, 26, 51, 71, 84, 92, 97, 100};  // 1..8 jobs
    return static_cast<int>(rng.weighted(cumulative)) + 1;
}

int main_duration(Rng& rng) {
    const int roll = static_cast<int>(rng.below(100));
    if (roll < 30) return rng.between(6, 18);
    if (roll < 80) return rng.between(18, 48);
    return rng.between(48, 110);
}

Seniority seniority_at(Rng& rng, int years_in) {
    const int level = years_in < 1 ? 1 : years_in < 3 ? 2 : years_in < 7 ? 3 : years_in < 12 ? 4 : 5;
    return static_cast<Seniority>(std::clamp(level - (rng.percent(30) ? 1 : 0), 1, 5));
}

YearMonth at(int index) { return YearMonth::from_index(index); }

}  // namespace

std::vector<TimelineEntry> make_timeline(Rng& rng, const TimelineOptions& options) {
    const int today = options.today.first_month_index();
    const int mains = job_count(rng);
    int sides = 0;
    if (mains < 8) sides = rng.percent(30) ? (rng.percent(20) ? 2 : 1) : 0;
    sides = std::min(sides, 8 - mains);

    struct Raw {
        int start, end;  // month indexes; end > today means open
        bool side;
        SideKind kind;
    };
    std::vector<Raw> raw;
    const bool current = rng.percent(75);
    int end = current ? today + 1 : today - rng.between(1, 14);
    for (int k = 0; k < mains; ++k) {
        int duration = main_duration(rng);
        const bool internship = k == mains - 1 && mains >= 2 && rng.percent(20);
        if (internship) duration = rng.between(3, 6);
        const int last = std::min(end, today);
        int start = last - duration + 1;
        if (start < earliest_year * 12) break;
        raw.push_back({start, end, false, SideKind::part_time});
        const int roll = static_cast<int>(rng.below(100));
        if (roll < 45) end = start - 1;
        else if (roll < 65) end = start + rng.between(0, 2);
        else end = start - rng.between(2, 14);
        // A promotion at the same employer starts right after the previous role: handled by the
        // builder. Here the overlap must not swallow the earlier job.
        end = std::min(end, last - 1);
    }
    if (raw.empty()) raw.push_back({today - 23, today + 1, false, SideKind::part_time});
    const int career_start = raw.back().start;
    for (int s = 0; s < sides; ++s) {
        const int span = today - career_start;
        if (span < 12) break;
        const int start = career_start + static_cast<int>(rng.below(static_cast<std::size_t>(span - 6)));
        int stop = start + rng.between(6, 48) - 1;
        constexpr SideKind kinds[] = {SideKind::freelance, SideKind::freelance, SideKind::lecturer,
                                      SideKind::part_time, SideKind::consultant};
        raw.push_back({start, stop >= today ? today + 1 : stop, true, rng.pick(kinds)});
    }

    std::vector<TimelineEntry> entries;
    for (const Raw& r : raw) {
        TimelineEntry entry;
        entry.side = r.side;
        entry.side_kind = r.kind;
        entry.period.start = at(r.start);
        if (r.end <= today) entry.period.end = at(r.end);
        const int years_in = (r.start - career_start) / 12;
        entry.seniority = seniority_at(rng, years_in);
        if (!r.side && r.start == career_start && raw.size() > 1 && r.end - r.start < 7) entry.seniority = Seniority::intern;
        if (options.year_only) {
            entry.period.start.month = 0;
            if (entry.period.end) entry.period.end->month = 0;
        }
        if (options.open_year_only && !entry.period.end) entry.period.start.month = 0;
        entries.push_back(entry);
    }
    // Newest first by start; side jobs fall between the main jobs they overlap.
    std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        return a.period.start.first_month_index() > b.period.start.first_month_index();
    });
    return entries;
}

int union_months(const std::vector<const Period*>& periods, const YearMonth& today) {
    std::vector<std::pair<int, int>> spans;
    const int now = today.first_month_index();
    for (const Period* p : periods) {
        const int first = p->start.first_month_index();
        // Open ranges run to the reference month; a year-only end in the current year ("2024 -
        // 2026" read in November 2026) cannot reach past it either.
        const int last = p->end ? std::min(p->end->last_month_index(), now) : now;
        if (last >= first) spans.emplace_back(first, last);
    }
    std::sort(spans.begin(), spans.end());
    int total = 0, open_first = 0, open_last = -1;
    bool open = false;
    for (const auto& [first, last] : spans) {
        if (open && first <= open_last + 1) {
            open_last = std::max(open_last, last);
            continue;
        }
        if (open) total += open_last - open_first + 1;
        open_first = first, open_last = last, open = true;
    }
    if (open) total += open_last - open_first + 1;
    return total;
}

}  // namespace cvdex::gen
