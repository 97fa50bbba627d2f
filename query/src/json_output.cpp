// to_json: the documented --json object (docs/query-language.md, "Output").
#include "cvdex/search.hpp"

namespace cvdex::query {

nlohmann::json to_json(const SearchResponse& response) {
    using nlohmann::json;
    json results = json::array();
    for (const Hit& hit : response.results) {
        json skills = json::array();
        for (const MatchedSkill& s : hit.matched_skills)
            skills.push_back({{"name", s.name},
                              {"months", s.months},
                              {"last_used", s.last_used ? json(s.last_used->to_string()) : json(nullptr)}});
        json r = {{"rank", hit.rank},         {"path", hit.path},         {"name", hit.name},
                  {"score", hit.score},       {"experience_months", hit.experience_months},
                  {"matched_skills", skills}, {"employer", hit.employer}, {"title", hit.title},
                  {"location", hit.location}, {"snippet", hit.snippet}};
        if (hit.explain) r["explain"] = *hit.explain;
        results.push_back(std::move(r));
    }
    json out = {{"query", response.query},       {"parsed", response.parsed}, {"estimated", response.estimated},
                {"offset", response.offset},     {"results", results}};
    if (response.facets) out["facets"] = *response.facets;
    if (response.suggestion) out["suggestion"] = *response.suggestion;
    return out;
}

}  // namespace cvdex::query
