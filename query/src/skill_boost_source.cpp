#include "skill_boost_source.hpp"

#include <fmt/format.h>

#include "cvdex/schema.hpp"

namespace cvdex::query {

SkillBoostSource::SkillBoostSource(QuerySkill skill, double share, YearMonth today)
    : Xapian::ValuePostingSource(schema::skill_slot(skill.key)), skill_(std::move(skill)), share_(share), today_(today) {}

void SkillBoostSource::init(const Xapian::Database& database) {
    Xapian::ValuePostingSource::init(database);
    // The most a CV can get: every ladder step, used this month, the years met.
    const int plenty = 12 * (schema::max_skill_years + 1);
    set_maxweight(share_ * skill_boost(skill_, plenty, today_, today_).total());
}

double SkillBoostSource::get_weight() const {
    const std::optional<schema::SkillValue> value = schema::decode_skill_value(get_value());
    if (!value) return share_ * skill_boost(skill_, 0, std::nullopt, today_).total();
    std::optional<YearMonth> last_used;
    if (value->last_month_index >= 0) last_used = YearMonth::from_index(value->last_month_index);
    return share_ * skill_boost(skill_, value->months, last_used, today_).total();
}

SkillBoostSource* SkillBoostSource::clone() const { return new SkillBoostSource(skill_, share_, today_); }

std::string SkillBoostSource::get_description() const {
    return fmt::format("SkillBoostSource({}, share {:.3f})", skill_.key, share_);
}

}  // namespace cvdex::query
