#pragma once
// Skill years with a fraction ("--skill-years go=4.5"): the index holds whole years only, so the
// query takes the whole years below and this decider reads the months from the record of the
// few CVs in the boundary year. Local databases only (xapian-tcpsrv cannot run a MatchDecider):
// remote searches round the fraction up.
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

namespace cvdex::query {

/// At least / at most this many months with a skill.
struct MonthsBound {
    std::string key;   ///< taxonomy key
    std::string name;  ///< canonical name, as the record names the skill
    std::optional<int> min_months, max_months;
};

class MonthsDecider : public Xapian::MatchDecider {
public:
    MonthsDecider(const Xapian::Database& database, const std::vector<MonthsBound>& bounds);
    bool operator()(const Xapian::Document& document) const override;

private:
    struct Band {
        MonthsBound bound;
        std::vector<Xapian::docid> docids;  ///< sorted: CVs whose whole years sit on the boundary
    };
    std::vector<Band> bands_;
};

/// The whole-years term range a bound needs before the decider: [floor(low), floor(high)].
[[nodiscard]] bool has_fraction(std::optional<double> years);

}  // namespace cvdex::query
