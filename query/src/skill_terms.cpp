#include "skill_terms.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>

#include "cvdex/schema.hpp"

namespace cvdex::query {
namespace {

std::string years_term(const std::string& key, int years) {
    return fmt::format("{}{}:{}", schema::skill_years_prefix, key, std::clamp(years, 1, schema::max_skill_years));
}
std::string recency_term(const std::string& key, const std::string& when) {
    return fmt::format("{}{}:{}", schema::skill_recency_prefix, key, when);
}

// A constant weight on the CVs holding `term`: FixedWeightPostingSource is one of Xapian's
// registered sources, so xapian-tcpsrv shards evaluate it too.
Xapian::Query weighted_term(const std::string& term, double weight) {
    auto* source = new Xapian::FixedWeightPostingSource(weight);
    Xapian::Query constant(source->release());  // the query owns it from here
    return Xapian::Query(Xapian::Query::OP_FILTER, constant, Xapian::Query(term));
}

}  // namespace

std::string skill_term(const std::string& key) { return std::string(schema::field("skill").boolean_prefix) + key; }

Xapian::Query has_skill(const std::string& key) { return Xapian::Query(skill_term(key)); }

Xapian::Query used_within(const std::string& key, int years, YearMonth today) {
    std::vector<Xapian::Query> terms;
    YearMonth since{today.year - years, today.month == 0 ? 1 : today.month};
    for (int month = since.month; month <= 12; ++month)
        terms.emplace_back(recency_term(key, fmt::format("{:04}-{:02}", since.year, month)));
    for (int year = since.year + 1; year <= today.year; ++year) terms.emplace_back(recency_term(key, std::to_string(year)));
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

Xapian::Query skill_years_range(const std::string& key, std::optional<double> low, std::optional<double> high,
                                bool widen) {
    int at_least = low ? static_cast<int>(widen ? std::floor(*low) : std::ceil(*low)) : 0;
    Xapian::Query query = at_least > 0 ? Xapian::Query(years_term(key, at_least)) : has_skill(key);
    if (high) {
        int too_many = static_cast<int>(std::floor(*high)) + 1;
        if (too_many <= schema::max_skill_years)
            query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(years_term(key, too_many)));
    }
    return query;
}

Xapian::Query ranked_skill(const QuerySkill& skill, double share, YearMonth today) {
    // The skill term decides the match; the year and recency terms only add weight
    // (AND_MAYBE), which keeps Xapian's match-count estimate that of the skill term and lets
    // the matcher skip the optional lists past documents it does not need.
    Xapian::Query has = weighted_term(skill_term(skill.key), share * RankingWeights::coverage);
    std::vector<Xapian::Query> extra;
    for (const YearStep& step : experience_ladder)
        extra.push_back(weighted_term(years_term(skill.key, step.years),
                                      share * RankingWeights::experience * step.increment));
    for (std::size_t age = 0; age < recency_by_age.size(); ++age)
        extra.push_back(weighted_term(recency_term(skill.key, std::to_string(today.year - static_cast<int>(age))),
                                      share * RankingWeights::recency * recency_by_age[age]));
    if (skill.min_years > 0)
        extra.push_back(weighted_term(years_term(skill.key, skill.min_years), share * RankingWeights::years_met));
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, has, Xapian::Query(Xapian::Query::OP_OR, extra.begin(), extra.end()));
}
}  // namespace cvdex::query
