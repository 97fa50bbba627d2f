#include "hits.hpp"

#include <algorithm>
#include <cmath>

#include "cvdex/schema.hpp"
#include "ranking.hpp"

namespace cvdex::query {
namespace {

using nlohmann::json;

std::string string_of(const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<YearMonth> month_of(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return std::nullopt;
    return YearMonth::parse(it->get<std::string>());
}

// The CV's skills by taxonomy key.
struct RecordSkill {
    std::string key;
    int months = 0;
    std::optional<YearMonth> last_used;
};

std::vector<RecordSkill> record_skills(const json& data, const Taxonomy& taxonomy) {
    std::vector<RecordSkill> out;
    auto skills = data.find("skills");
    if (skills == data.end() || !skills->is_array()) return out;
    for (const json& s : *skills) {
        std::string name = string_of(s, "name");
        const Skill* skill = taxonomy.lookup(name);
        auto months = s.find("months");
        out.push_back({skill ? skill->key : schema::normalise_value(name),
                       months != s.end() && months->is_number() ? months->get<int>() : 0, month_of(s, "last_used")});
    }
    return out;
}

const RecordSkill* find_skill(const std::vector<RecordSkill>& skills, const std::string& key) {
    auto it = std::find_if(skills.begin(), skills.end(), [&](const RecordSkill& s) { return s.key == key; });
    return it == skills.end() ? nullptr : &*it;
}


json explain_of(const Hit& hit, const std::vector<RecordSkill>& skills, const HitContext& context) {
    double total_weight = 0;
    for (const QuerySkill& s : context.plan.skills) total_weight += s.weight;
    json parts = json::array();
    double boosts = 0;
    for (const QuerySkill& s : context.plan.skills) {
        const RecordSkill* have = find_skill(skills, s.key);
        double share = total_weight > 0 ? s.weight / total_weight : 0;
        json part = {{"skill", s.name}, {"source", s.source}, {"share", share}, {"matched", have != nullptr}};
        if (have) {
            SkillBoost b = skill_boost(s, have->months, have->last_used, context.today);
            part["months"] = have->months;
            part["last_used"] = have->last_used ? json(have->last_used->to_string()) : json(nullptr);
            part["coverage"] = share * b.coverage;
            part["experience"] = share * b.experience;
            part["recency"] = share * b.recency;
            if (s.min_years > 0) part["years_met"] = share * b.years_met;
            part["boost"] = share * b.total();
            boosts += share * b.total();
        }
        if (s.min_years > 0) part["min_years"] = s.min_years;
        parts.push_back(std::move(part));
    }
    double bm25 = hit.score - boosts;
    if (std::abs(bm25) < 1e-9) bm25 = 0;  // rounding of the sum, not a negative score
    return {{"score", hit.score}, {"bm25", bm25}, {"skill_boost", boosts}, {"skills", parts}};
}

}  // namespace

Hit make_hit(const Xapian::MSetIterator& match, std::size_t rank, const HitContext& context) {
    Hit hit;
    hit.rank = rank;
    hit.score = match.get_weight();
    Xapian::Document document = match.get_document();
    json data = json::parse(document.get_data(), nullptr, false);
    if (data.is_discarded() || !data.is_object()) data = json::object();
    auto file = data.find("file");
    hit.path = file != data.end() && file->is_object() ? string_of(*file, "path") : std::string();
    if (hit.path.empty()) hit.path = document.get_value(schema::slot_path);
    hit.name = string_of(data, "name");
    auto months = data.find("experience_months");
    hit.experience_months = months != data.end() && months->is_number() ? months->get<int>() : 0;
    hit.location = string_of(data, "location");
    // The current job, else the first the CV lists (CVs list the latest first).
    auto jobs = data.find("jobs");
    if (jobs != data.end() && jobs->is_array() && !jobs->empty()) {
        const json* chosen = &jobs->front();
        for (const json& job : *jobs)
            if (job.value("current", false)) {
                chosen = &job;
                break;
            }
        hit.employer = string_of(*chosen, "employer");
        hit.title = string_of(*chosen, "title");
        if (hit.location.empty()) hit.location = string_of(*chosen, "location");
    }
    std::vector<RecordSkill> skills = record_skills(data, context.taxonomy);
    for (const auto* list : {&context.plan.skills, &context.plan.filter_skills})
        for (const QuerySkill& s : *list)
            if (const RecordSkill* have = find_skill(skills, s.key))
                hit.matched_skills.push_back({s.name, have->months, have->last_used});
    if (context.snippeter) hit.snippet = context.snippeter->snippet(string_of(data, "text"));
    if (context.explain) hit.explain = explain_of(hit, skills, context);
    return hit;
}

}  // namespace cvdex::query
