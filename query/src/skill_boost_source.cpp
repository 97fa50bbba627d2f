#include "skill_boost_source.hpp"

#include <fmt/format.h>

#include "cvdex/schema.hpp"

namespace cvdex::query {

SkillBoostSource::SkillBoostSource(QuerySkill skill, double share, YearMonth today, bool end_on_tie)
    : Xapian::ValuePostingSource(schema::skill_slot(skill.key)),
      skill_(std::move(skill)),
      share_(share),
      today_(today),
      end_on_tie_(end_on_tie) {}

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

bool SkillBoostSource::ended_on_tie(double min_wt) {
    // min_wt is what this source must give for a CV to reach the last result's weight; 0 until
    // the results are full and Xapian has counted the matches it was asked to (check_at_least).
    if (!end_on_tie_ || min_wt <= 0 || min_wt < get_maxweight()) return false;
    done();
    return true;
}

void SkillBoostSource::next(double min_wt) {
    if (!ended_on_tie(min_wt)) Xapian::ValuePostingSource::next(min_wt);
}

void SkillBoostSource::skip_to(Xapian::docid min_docid, double min_wt) {
    if (!ended_on_tie(min_wt)) Xapian::ValuePostingSource::skip_to(min_docid, min_wt);
}

bool SkillBoostSource::check(Xapian::docid min_docid, double min_wt) {
    return ended_on_tie(min_wt) || Xapian::ValuePostingSource::check(min_docid, min_wt);
}

SkillBoostSource* SkillBoostSource::clone() const {
    return new SkillBoostSource(skill_, share_, today_, end_on_tie_);
}

std::string SkillBoostSource::get_description() const {
    return fmt::format("SkillBoostSource({}, share {:.3f})", skill_.key, share_);
}

}  // namespace cvdex::query
