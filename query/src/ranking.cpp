#include "ranking.hpp"

#include <algorithm>

namespace cvdex::query {

double experience_factor(int months) {
    double f = 0;
    for (const YearStep& step : experience_ladder)
        if (months / 12 >= step.years) f += step.increment;
    return f;
}

double recency_factor(const std::optional<YearMonth>& last_used, YearMonth today) {
    if (!last_used) return 0;
    // The index caps last use at the reference month, as here.
    int year = YearMonth::from_index(std::min(last_used->last_month_index(), today.last_month_index())).year;
    int age = today.year - year;
    if (age < 0 || age >= static_cast<int>(recency_by_age.size())) return 0;
    return recency_by_age[static_cast<std::size_t>(age)];
}

SkillBoost skill_boost(const QuerySkill& skill, int months, const std::optional<YearMonth>& last_used,
                       YearMonth today) {
    SkillBoost boost;
    boost.coverage = RankingWeights::coverage;
    boost.experience = RankingWeights::experience * experience_factor(months);
    boost.recency = RankingWeights::recency * recency_factor(last_used, today);
    if (skill.min_years > 0 && months / 12 >= std::min(skill.min_years, 40)) boost.years_met = RankingWeights::years_met;
    return boost;
}

}  // namespace cvdex::query
