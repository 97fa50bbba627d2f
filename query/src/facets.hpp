#pragma once
// --facets: counts among all matches (not only the page shown).
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "cvdex/skills.hpp"

namespace cvdex::query {

/// The match spies a facet list needs, and their counts as JSON afterwards.
class FacetCounter {
public:
    /// `names`: any of "skills", "employers", "locations", "years". Throws UsageError on others.
    /// Term facets read the matches' term lists (few matches) or intersect the facet terms'
    /// posting lists with the matches (many), so they need local databases;
    /// `remote` leaves them out (the years facet uses a value spy xapian-tcpsrv knows).
    FacetCounter(const std::vector<std::string>& names, bool remote);
    ~FacetCounter();
    FacetCounter(const FacetCounter&) = delete;
    FacetCounter& operator=(const FacetCounter&) = delete;

    void attach(Xapian::Enquire& enquire);
    /// {"skills": [{"value", "count"}...], ..., "unavailable": [...]}: top 20 per facet, most
    /// frequent first (ties by value).
    [[nodiscard]] nlohmann::json result(const Xapian::Database& database, const Taxonomy& taxonomy) const;

private:
    struct Spies;
    std::vector<std::string> names_;
    std::vector<std::string> unavailable_;
    std::unique_ptr<Spies> spies_;
};

}  // namespace cvdex::query
