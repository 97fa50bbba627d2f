#include "hits.hpp"

#include <algorithm>
#include <cmath>

#include "cvdex/schema.hpp"
#include "ranking.hpp"
#include "record_view.hpp"

namespace cvdex::query {
namespace {

using nlohmann::json;

// The record names skills by their canonical taxonomy name, as QuerySkill::name does; a skill
// the taxonomy does not know is compared by its normalised key.
const RecordView::SkillEntry* find_skill(const RecordView& record, const QuerySkill& wanted, const Taxonomy& taxonomy) {
    for (const RecordView::SkillEntry& s : record.skills)
        if (s.name == wanted.name) return &s;
    if (taxonomy.lookup(wanted.name)) return nullptr;
    for (const RecordView::SkillEntry& s : record.skills)
        if (schema::normalise_value(s.name) == wanted.key) return &s;
    return nullptr;
}

json explain_of(const Hit& hit, const RecordView& record, const HitContext& context) {
    double total_weight = 0;
    for (const QuerySkill& s : context.plan.skills) total_weight += s.weight;
    json parts = json::array();
    double boosts = 0;
    for (const QuerySkill& s : context.plan.skills) {
        const RecordView::SkillEntry* have = find_skill(record, s, context.taxonomy);
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
    RecordView record;
    (void)read_record(document.get_data(), record, context.snippeter != nullptr);  // partial data still shows
    hit.path = record.path.empty() ? document.get_value(schema::slot_path) : record.path;
    hit.name = record.name;
    hit.experience_months = record.experience_months;
    hit.location = record.location;
    // The current job, else the first the CV lists (CVs list the latest first).
    if (!record.jobs.empty()) {
        auto current = std::find_if(record.jobs.begin(), record.jobs.end(), [](const RecordView::Job& j) { return j.current; });
        const RecordView::Job& job = current != record.jobs.end() ? *current : record.jobs.front();
        hit.employer = job.employer;
        hit.title = job.title;
        if (hit.location.empty()) hit.location = job.location;
    }
    for (const auto* list : {&context.plan.skills, &context.plan.filter_skills})
        for (const QuerySkill& s : *list)
            if (const RecordView::SkillEntry* have = find_skill(record, s, context.taxonomy))
                hit.matched_skills.push_back({s.name, have->months, have->last_used});
    if (context.snippeter) hit.snippet = context.snippeter->snippet(record.text);
    if (context.explain) hit.explain = explain_of(hit, record, context);
    return hit;
}

}  // namespace cvdex::query
