#include "facets.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <queue>
#include <unordered_map>

#include "cvdex/errors.hpp"
#include "cvdex/schema.hpp"

namespace cvdex::query {
namespace {

constexpr std::size_t top_values = 20;
// Up to this many matches, each match's term list is read; above it, the facet terms' posting
// lists are intersected with the matches, most frequent terms first, stopping when a term's
// whole frequency cannot reach the top 20 (a term list costs tens of microseconds; a posting
// list walk costs per entry, and the pruning reads few lists).
constexpr std::size_t term_list_limit = 200;

// Records the matching documents. Cheap: the Document is lazy and only its id is read.
class DocidSpy : public Xapian::MatchSpy {
public:
    void operator()(const Xapian::Document& document, double) override { docids.push_back(document.get_docid()); }
    std::vector<Xapian::docid> docids;
};

// "XS" + lower case is a skill key; "XSW..." is another prefix.
bool own_term(const std::string& term, const std::string& prefix) {
    return term.size() > prefix.size() && !std::isupper(static_cast<unsigned char>(term[prefix.size()]));
}

using Counts = std::vector<std::pair<std::string, Xapian::doccount>>;

Counts top(std::unordered_map<std::string, Xapian::doccount>& counts) {
    Counts rows(counts.begin(), counts.end());
    std::sort(rows.begin(), rows.end(),
              [](const auto& a, const auto& b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
    if (rows.size() > top_values) rows.resize(top_values);
    return rows;
}

// Few matches: one pass over each match's term list, prefixes in sorted order.
std::vector<Counts> count_by_term_lists(const Xapian::Database& db, const std::vector<Xapian::docid>& docids,
                                        const std::vector<std::string>& prefixes) {
    std::vector<std::size_t> order(prefixes.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return prefixes[a] < prefixes[b]; });
    std::vector<std::unordered_map<std::string, Xapian::doccount>> counts(prefixes.size());
    for (Xapian::docid did : docids) {
        auto term = db.termlist_begin(did);
        for (std::size_t i : order) {
            const std::string& prefix = prefixes[i];
            term.skip_to(prefix);
            for (; term != db.termlist_end(did); ++term) {
                const std::string& t = *term;
                if (t.compare(0, prefix.size(), prefix) != 0) break;
                if (own_term(t, prefix)) ++counts[i][t.substr(prefix.size())];
            }
        }
    }
    std::vector<Counts> out;
    for (auto& c : counts) out.push_back(top(c));
    return out;
}

// Many matches: posting lists against a bitmap of the matches, most frequent terms first.
Counts count_by_posting_lists(const Xapian::Database& db, const std::vector<bool>& matched, const std::string& prefix) {
    std::vector<std::pair<Xapian::doccount, std::string>> terms;
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t)
        if (own_term(*t, prefix)) terms.emplace_back(t.get_termfreq(), *t);
    std::sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    auto worse = [](const std::pair<std::string, Xapian::doccount>& a, const std::pair<std::string, Xapian::doccount>& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    };
    std::priority_queue<std::pair<std::string, Xapian::doccount>, Counts, decltype(worse)> best(worse);
    for (const auto& [frequency, term] : terms) {
        if (best.size() >= top_values && frequency < best.top().second) break;  // cannot make the top
        Xapian::doccount count = 0;
        for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p)
            if (*p < matched.size() && matched[*p]) ++count;
        if (count == 0) continue;
        best.emplace(term.substr(prefix.size()), count);
        if (best.size() > top_values) best.pop();
    }
    Counts rows;
    for (; !best.empty(); best.pop()) rows.push_back(best.top());
    std::sort(rows.begin(), rows.end(), worse);
    return rows;
}

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
    DocidSpy docids;
    bool terms = false;
    std::vector<std::string> term_facets, prefixes;
    std::unique_ptr<Xapian::ValueCountMatchSpy> years;
};

FacetCounter::FacetCounter(const std::vector<std::string>& names, bool remote) : names_(names), spies_(std::make_unique<Spies>()) {
    for (const std::string& name : names) {
        if (name == "years") {
            if (!spies_->years) spies_->years = std::make_unique<Xapian::ValueCountMatchSpy>(schema::slot_experience_months);
        } else if (name == "skills" || name == "employers" || name == "locations") {
            if (std::find(spies_->term_facets.begin(), spies_->term_facets.end(), name) != spies_->term_facets.end()) continue;
            if (remote) {
                unavailable_.push_back(name);
                continue;
            }
            spies_->term_facets.push_back(name);
            spies_->prefixes.emplace_back(schema::field(field_for(name)).boolean_prefix);
        } else {
            throw UsageError("unknown facet '" + name + "' (use skills, employers, locations, years)");
        }
    }
}

FacetCounter::~FacetCounter() = default;

void FacetCounter::attach(Xapian::Enquire& enquire) {
    if (!spies_->term_facets.empty()) enquire.add_matchspy(&spies_->docids);
    if (spies_->years) enquire.add_matchspy(spies_->years.get());
}

nlohmann::json FacetCounter::result(const Xapian::Database& database, const Taxonomy& taxonomy) const {
    nlohmann::json out = nlohmann::json::object();
    if (!spies_->term_facets.empty()) {
        const std::vector<Xapian::docid>& docids = spies_->docids.docids;
        std::vector<Counts> counts;
        if (docids.size() <= term_list_limit) {
            counts = count_by_term_lists(database, docids, spies_->prefixes);
        } else {
            std::vector<bool> matched(database.get_lastdocid() + 1, false);
            for (Xapian::docid did : docids)
                if (did < matched.size()) matched[did] = true;
            for (const std::string& prefix : spies_->prefixes) counts.push_back(count_by_posting_lists(database, matched, prefix));
        }
        for (std::size_t i = 0; i < spies_->term_facets.size(); ++i) {
            const std::string& name = spies_->term_facets[i];
            nlohmann::json list = nlohmann::json::array();
            for (const auto& [value, count] : counts[i]) {
                std::string shown = value;
                if (name == "skills")
                    if (const Skill* skill = taxonomy.lookup(value)) shown = skill->name;
                list.push_back({{"value", shown}, {"count", count}});
            }
            out[name] = std::move(list);
        }
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
