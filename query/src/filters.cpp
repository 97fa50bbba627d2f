#include "filters.hpp"

#include <cctype>
#include <cmath>

#include "cvdex/errors.hpp"
#include "cvdex/schema.hpp"
#include "skill_terms.hpp"
#include "terms.hpp"

namespace cvdex::query {
namespace {

using Q = Xapian::Query;

std::string lower_ascii(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

QuerySkill resolve(const std::string& name, const Taxonomy& taxonomy, const char* flag) {
    if (const Skill* skill = taxonomy.lookup(name)) return {skill->key, skill->name, 0, 0, "filter"};
    std::string key = schema::normalise_value(name);
    if (key.empty()) throw UsageError(std::string(flag) + " needs a skill name");
    return {key, name, 0, 0, "filter"};
}

// A field value as a phrase of its words: "--employer 'New Relic'" finds "New Relic, Inc.".
Q field_phrase(const std::string& value, std::string_view field_name, TermMaker& terms, const char* flag) {
    const schema::Field& field = schema::field(field_name);
    std::vector<std::string> words = terms.words(value);
    if (words.empty()) throw UsageError(std::string(flag) + " needs a value with letters or digits");
    std::vector<Q> parts;
    for (const std::string& w : words) parts.emplace_back(std::string(field.text_prefix) + w);
    if (parts.size() == 1) return parts.front();
    return Q(Q::OP_PHRASE, parts.begin(), parts.end(), static_cast<Xapian::termcount>(parts.size()));
}

Q any_of_fields(const std::vector<std::string>& values, std::string_view field, TermMaker& terms, const char* flag) {
    std::vector<Q> parts;
    for (const std::string& v : values) parts.push_back(field_phrase(v, field, terms, flag));
    return Q(Q::OP_OR, parts.begin(), parts.end());
}

Q skill_query(const QuerySkill& skill, const Filters& filters, YearMonth today) {
    Q q = has_skill(skill.key);
    if (filters.recent_years) q = Q(Q::OP_FILTER, q, used_within(skill.key, *filters.recent_years, today));
    return q;
}

}  // namespace

Q experience_range(std::optional<double> low, std::optional<double> high) {
    auto months = [](double years) { return Xapian::sortable_serialise(years * 12.0); };
    if (low && high) return Q(Q::OP_VALUE_RANGE, schema::slot_experience_months, months(*low), months(*high));
    if (low) return Q(Q::OP_VALUE_GE, schema::slot_experience_months, months(*low));
    if (high) return Q(Q::OP_VALUE_LE, schema::slot_experience_months, months(*high));
    return Q::MatchAll;
}

FilterQuery build_filters(const Filters& filters, YearMonth today, const Taxonomy& taxonomy, bool exact_months) {
    FilterQuery out;
    std::vector<Q> all;
    TermMaker terms;
    if (filters.recent_years && *filters.recent_years < 1) throw UsageError("--recent-years must be at least 1");
    for (const std::string& name : filters.skills) {
        QuerySkill skill = resolve(name, taxonomy, "--skill");
        all.push_back(skill_query(skill, filters, today));
        out.skills.push_back(std::move(skill));
    }
    if (!filters.any_skills.empty()) {
        std::vector<Q> any;
        for (const std::string& name : filters.any_skills) {
            QuerySkill skill = resolve(name, taxonomy, "--any-skill");
            any.push_back(skill_query(skill, filters, today));
            out.skills.push_back(std::move(skill));
        }
        all.emplace_back(Q::OP_OR, any.begin(), any.end());
    }
    for (const SkillYears& sy : filters.skill_years) {
        if (!(sy.years >= 0)) throw UsageError("--skill-years needs SKILL=YEARS with YEARS >= 0");
        QuerySkill skill = resolve(sy.skill, taxonomy, "--skill-years");
        const bool exact = exact_months && has_fraction(sy.years);
        all.push_back(skill_years_range(skill.key, sy.years, std::nullopt, exact));
        if (exact) out.months_bounds.push_back({skill.key, skill.name, static_cast<int>(std::ceil(sy.years * 12)), std::nullopt});
        out.skills.push_back(std::move(skill));
    }
    if (filters.min_years && *filters.min_years < 0) throw UsageError("--min-years must not be negative");
    if (filters.max_years && *filters.max_years < 0) throw UsageError("--max-years must not be negative");
    if (filters.min_years || filters.max_years) all.push_back(experience_range(filters.min_years, filters.max_years));
    if (!filters.employers.empty()) all.push_back(any_of_fields(filters.employers, "employer", terms, "--employer"));
    if (!filters.titles.empty()) all.push_back(any_of_fields(filters.titles, "title", terms, "--title"));
    if (!filters.locations.empty()) all.push_back(any_of_fields(filters.locations, "location", terms, "--location"));
    if (!filters.langs.empty()) {
        std::vector<Q> langs;
        for (const std::string& l : filters.langs)
            langs.emplace_back(std::string(schema::field("lang").boolean_prefix) + lower_ascii(l));
        all.emplace_back(Q::OP_OR, langs.begin(), langs.end());
    }
    if (!all.empty()) out.query = all.size() == 1 ? all.front() : Q(Q::OP_AND, all.begin(), all.end());
    return out;
}

}  // namespace cvdex::query
