#include "facets.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>

#include "cvdex/errors.hpp"
#include "cvdex/schema.hpp"

namespace cvdex::query {
namespace {

constexpr std::size_t top_values = 20;

// Counts the boolean terms under some prefixes in each matching document's term list. The
// cost is one term-list read per match: facets run over every match, so they cost about as
// much as the match itself again.
class TermFacetSpy : public Xapian::MatchSpy {
public:
    explicit TermFacetSpy(std::vector<std::string> prefixes) : prefixes_(std::move(prefixes)), counts_(prefixes_.size()) {}

    void operator()(const Xapian::Document& document, double) override {
        for (std::size_t i = 0; i < prefixes_.size(); ++i) {
            const std::string& prefix = prefixes_[i];
            auto term = document.termlist_begin();
            term.skip_to(prefix);
            for (; term != document.termlist_end(); ++term) {
                const std::string& t = *term;
                if (t.compare(0, prefix.size(), prefix) != 0) break;
                // "XS" + lower case is a skill key; "XSW..." is another prefix.
                if (t.size() > prefix.size() && std::isupper(static_cast<unsigned char>(t[prefix.size()]))) continue;
                ++counts_[i][t.substr(prefix.size())];
            }
        }
    }
    [[nodiscard]] const std::unordered_map<std::string, Xapian::doccount>& counts(std::size_t i) const { return counts_[i]; }

private:
    std::vector<std::string> prefixes_;
    std::vector<std::unordered_map<std::string, Xapian::doccount>> counts_;
};

struct YearBucket {
    const char* label;
    double below_months;
};
constexpr std::array<YearBucket, 6> year_buckets = {{{"0-2", 24}, {"2-5", 60}, {"5-10", 120}, {"10-15", 180},
                                                     {"15-20", 240}, {"20+", 1e9}}};

std::string field_for(const std::string& facet) {
    if (facet == "skills") return "skill";
    if (facet == "employers") return "employer";
    return "location";
}

}  // namespace

struct FacetCounter::Spies {
    std::unique_ptr<TermFacetSpy> terms;
    std::vector<std::string> term_facets;
    std::unique_ptr<Xapian::ValueCountMatchSpy> years;
};

FacetCounter::FacetCounter(const std::vector<std::string>& names, bool remote) : names_(names), spies_(std::make_unique<Spies>()) {
    std::vector<std::string> prefixes;
    for (const std::string& name : names) {
        if (name == "years") {
            spies_->years = std::make_unique<Xapian::ValueCountMatchSpy>(schema::slot_experience_months);
        } else if (name == "skills" || name == "employers" || name == "locations") {
            if (remote) {
                unavailable_.push_back(name);
                continue;
            }
            spies_->term_facets.push_back(name);
            prefixes.emplace_back(schema::field(field_for(name)).boolean_prefix);
        } else {
            throw UsageError("unknown facet '" + name + "' (use skills, employers, locations, years)");
        }
    }
    if (!prefixes.empty()) spies_->terms = std::make_unique<TermFacetSpy>(std::move(prefixes));
}

FacetCounter::~FacetCounter() = default;

void FacetCounter::attach(Xapian::Enquire& enquire) {
    if (spies_->terms) enquire.add_matchspy(spies_->terms.get());
    if (spies_->years) enquire.add_matchspy(spies_->years.get());
}

nlohmann::json FacetCounter::result(const Taxonomy& taxonomy) const {
    nlohmann::json out = nlohmann::json::object();
    for (std::size_t i = 0; i < spies_->term_facets.size(); ++i) {
        const std::string& name = spies_->term_facets[i];
        std::vector<std::pair<std::string, Xapian::doccount>> rows(spies_->terms->counts(i).begin(),
                                                                   spies_->terms->counts(i).end());
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (rows.size() > top_values) rows.resize(top_values);
        nlohmann::json list = nlohmann::json::array();
        for (const auto& [value, count] : rows) {
            std::string shown = value;
            if (name == "skills")
                if (const Skill* skill = taxonomy.lookup(value)) shown = skill->name;
            list.push_back({{"value", shown}, {"count", count}});
        }
        out[name] = std::move(list);
    }
    if (spies_->years) {
        std::array<Xapian::doccount, year_buckets.size()> counts{};
        for (auto it = spies_->years->values_begin(); it != spies_->years->values_end(); ++it) {
            double months = Xapian::sortable_unserialise(*it);
            std::size_t b = 0;
            while (b + 1 < year_buckets.size() && months >= year_buckets[b].below_months) ++b;
            counts[b] += it.get_termfreq();
        }
        nlohmann::json list = nlohmann::json::array();
        for (std::size_t b = 0; b < year_buckets.size(); ++b)
            list.push_back({{"value", year_buckets[b].label}, {"count", counts[b]}});
        out["years"] = std::move(list);
    }
    if (!unavailable_.empty()) out["unavailable"] = unavailable_;
    return out;
}

}  // namespace cvdex::query
