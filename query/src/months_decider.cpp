#include "months_decider.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "cvdex/schema.hpp"
#include "record_view.hpp"

namespace cvdex::query {
namespace {

std::string years_term(const std::string& key, int years) {
    if (years <= 0) return std::string(schema::field("skill").boolean_prefix) + key;
    return fmt::format("{}{}:{}", schema::skill_years_prefix, key, std::min(years, schema::max_skill_years));
}

// CVs with exactly `whole` whole years of the skill.
std::vector<Xapian::docid> boundary_year(const Xapian::Database& db, const std::string& key, int whole) {
    std::vector<Xapian::docid> out;
    const std::string at = years_term(key, whole), above = years_term(key, whole + 1);
    auto more = db.postlist_begin(above);
    for (auto p = db.postlist_begin(at); p != db.postlist_end(at); ++p) {
        if (more != db.postlist_end(above)) more.skip_to(*p);
        if (more == db.postlist_end(above) || *more != *p) out.push_back(*p);
    }
    return out;
}

}  // namespace

bool has_fraction(std::optional<double> years) { return years && std::floor(*years) != *years; }

MonthsDecider::MonthsDecider(const Xapian::Database& database, const std::vector<MonthsBound>& bounds) {
    for (const MonthsBound& bound : bounds) {
        // Only the boundary year can hold CVs on both sides of a fractional bound.
        // A fractional lower end L: the query took floor(L) whole years; (ceil(12L) - 1) / 12 is that.
        if (bound.min_months) bands_.push_back({bound, boundary_year(database, bound.key, (*bound.min_months - 1) / 12)});
        if (bound.max_months) bands_.push_back({bound, boundary_year(database, bound.key, *bound.max_months / 12)});
    }
}

bool MonthsDecider::operator()(const Xapian::Document& document) const {
    const Xapian::docid did = document.get_docid();
    for (const Band& band : bands_) {
        if (!std::binary_search(band.docids.begin(), band.docids.end(), did)) continue;
        RecordView record;
        (void)read_record(document.get_data(), record, false);
        int months = 0;
        for (const RecordView::SkillEntry& s : record.skills)
            if (s.name == band.bound.name || schema::normalise_value(s.name) == band.bound.key) months = s.months;
        if (band.bound.min_months && months < *band.bound.min_months) return false;
        if (band.bound.max_months && months > *band.bound.max_months) return false;
    }
    return true;
}

}  // namespace cvdex::query
