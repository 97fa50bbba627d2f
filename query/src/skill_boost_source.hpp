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
///
/// `end_on_tie`: stop once a CV needs the most this source can give just to tie the last result
/// (the tenth by default). Xapian itself stops only when a CV cannot reach it, so a popular skill,
/// where thousands of CVs have the top score, was read to its end. Exact only where later CVs lose
/// ties: results by relevance alone (ties go to the lower docid) from a single shard (Xapian
/// reads shards one after another, so a later shard's CVs can have lower docids).
class SkillBoostSource : public Xapian::ValuePostingSource {
public:
    SkillBoostSource(QuerySkill skill, double share, YearMonth today, bool end_on_tie = false);

    void init(const Xapian::Database& database) override;
    void next(double min_wt) override;
    void skip_to(Xapian::docid min_docid, double min_wt) override;
    [[nodiscard]] bool check(Xapian::docid min_docid, double min_wt) override;
    [[nodiscard]] double get_weight() const override;
    [[nodiscard]] SkillBoostSource* clone() const override;
    [[nodiscard]] std::string name() const override { return {}; }
    [[nodiscard]] std::string get_description() const override;

private:
    QuerySkill skill_;
    double share_;
    YearMonth today_;
    bool end_on_tie_;

    // True once no CV left can beat the last result (and the source has ended).
    bool ended_on_tie(double min_wt);
};

}  // namespace cvdex::query
