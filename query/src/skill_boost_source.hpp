#pragma once
// A skill's whole boost (ranking.hpp) from its value slot: one value stream per ranked skill
// where the term form (skill_terms.hpp) needs the skill term and seven year and recency terms.
#include <string>

#include <xapian.h>

#include "cvdex/dates.hpp"
#include "ranking.hpp"

namespace cvdex::query {

/// Matches the CVs with a value in the skill's slot (schema::skill_slot), which are exactly those
/// with its XS term, weighted share × skill_boost(). Not serialisable: xapian-tcpsrv does not
/// know it, so remote shards rank with the term form, which gives the same weights.
class SkillBoostSource : public Xapian::ValuePostingSource {
public:
    SkillBoostSource(QuerySkill skill, double share, YearMonth today);

    void init(const Xapian::Database& database) override;
    [[nodiscard]] double get_weight() const override;
    [[nodiscard]] SkillBoostSource* clone() const override;
    [[nodiscard]] std::string name() const override { return {}; }
    [[nodiscard]] std::string get_description() const override;

private:
    QuerySkill skill_;
    double share_;
    YearMonth today_;
};

}  // namespace cvdex::query
