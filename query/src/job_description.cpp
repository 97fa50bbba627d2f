#include "job_description.hpp"

#include <algorithm>
#include <map>
#include <regex>

#include "cvdex/read.hpp"
#include "cvdex/text_util.hpp"

namespace cvdex::query {
namespace {

enum class Stress { normal, required, optional };

bool has_any(const std::string& lower, std::initializer_list<const char*> words) {
    return std::any_of(words.begin(), words.end(), [&](const char* w) { return lower.find(w) != std::string::npos; });
}

Stress stress_of(const std::string& lower) {
    if (has_any(lower, {"nice to have", "nice-to-have", "a plus", "is a plus", "bonus", "preferred", "desirable",
                        "optional", "would be great", "advantage", "wünschenswert", "von vorteil", "un plus", "souhaité"}))
        return Stress::optional;
    if (has_any(lower, {"must", "required", "requirement", "essential", "mandatory", "you have", "you bring",
                        "qualifications", "we expect", "strong", "solid", "proven", "voraussetzung", "anforderungen",
                        "exigences", "requis", "obligatoire"}))
        return Stress::required;
    return Stress::normal;
}

// "5+ years", "at least 3 years", "3-5 years", "minimum of 4 yrs", "5 Jahre".
int years_on_line(const std::string& lower) {
    static const std::regex pattern(R"((\d{1,2})\s*(?:\+|plus)?\s*(?:-|–|to)?\s*(?:\d{1,2})?\s*\+?\s*(?:years?|yrs?|jahre?n?|ans|años))");
    std::smatch m;
    if (!std::regex_search(lower, m, pattern)) return 0;
    int years = std::stoi(m[1].str());
    return years >= 1 && years <= 40 ? years : 0;
}

struct Found {
    const Skill* skill = nullptr;
    double weight = 0;
    int mentions = 0;
    int min_years = 0;
};

}  // namespace

std::vector<QuerySkill> job_description_skills(const std::filesystem::path& path, const Taxonomy& taxonomy) {
    RawText text = read_cv(path);
    std::map<std::size_t, Found> found;
    Stress section = Stress::normal;
    std::size_t order = 0;
    std::map<std::size_t, std::size_t> first_seen;
    for (const TextLine& line : text.lines) {
        std::string lower = fold_case(line.text);
        Stress own = stress_of(lower);
        auto hits = taxonomy.find(line.text, line.bullet ? SkillContext::skills_list : SkillContext::prose);
        // A heading, or a line that names no skill, sets the stress of the lines after it.
        if (line.heading_level > 0 || hits.empty()) {
            if (own != Stress::normal || line.heading_level > 0) section = own;
            if (hits.empty()) continue;
        }
        Stress stress = own != Stress::normal ? own : section;
        double weight = stress == Stress::required ? 2.0 : stress == Stress::optional ? 0.5 : 1.0;
        int years = years_on_line(lower);
        for (const SkillHit& hit : hits) {
            Found& f = found[hit.skill];
            f.skill = &taxonomy.skills()[hit.skill];
            f.weight = std::max(f.weight, weight);
            ++f.mentions;
            f.min_years = std::max(f.min_years, years);
            first_seen.emplace(hit.skill, order++);
        }
    }
    std::vector<std::pair<std::size_t, QuerySkill>> ordered;
    for (const auto& [index, f] : found) {
        QuerySkill skill;
        skill.key = f.skill->key;
        skill.name = f.skill->name;
        skill.weight = std::min(3.0, f.weight + 0.5 * (f.mentions - 1));
        skill.min_years = f.min_years;
        skill.source = "like";
        ordered.emplace_back(first_seen[index], std::move(skill));
    }
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<QuerySkill> out;
    for (auto& [_, skill] : ordered) out.push_back(std::move(skill));
    return out;
}

}  // namespace cvdex::query
