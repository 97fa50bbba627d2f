#include "truth.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "timeline.hpp"

namespace cvdex::gen {
namespace {

std::string_view locale_code(Locale locale) {
    switch (locale) {
        case Locale::de: return "de";
        case Locale::fr: return "fr";
        case Locale::es: return "es";
        case Locale::ru: return "ru";
        case Locale::ja: return "ja";
        case Locale::en: break;
    }
    return "en";
}

}  // namespace

void append_truth(const Cv& cv, const SkillCatalog& catalog, std::string& out) {
    using Json = nlohmann::ordered_json;
    Json line = Json::object();
    line["path"] = cv.path;
    line["name"] = cv.person.name;
    line["format"] = extension(cv.layout.format);
    line["encoding"] = cv.encoding;
    line["language"] = locale_code(cv.layout.locale);
    Json employers = Json::array();
    Json jobs = Json::array();
    std::vector<const Period*> periods;
    for (const Job& job : cv.jobs) {
        employers.push_back(job.employer);
        Json j = Json::object();
        j["employer"] = job.employer;
        j["title"] = job.title;
        j["start"] = job.period.start.to_string();
        j["end"] = job.period.end ? Json(job.period.end->to_string()) : Json(nullptr);
        j["current"] = job.period.current();
        jobs.push_back(std::move(j));
        periods.push_back(&job.period);
    }
    line["employers"] = std::move(employers);
    line["jobs"] = std::move(jobs);
    line["experience_months"] = union_months(periods, cv.today);

    std::vector<std::size_t> all;
    auto add = [&](std::size_t s) {
        if (std::find(all.begin(), all.end(), s) == all.end()) all.push_back(s);
    };
    for (const Job& job : cv.jobs)
        for (std::size_t s : job.skills) add(s);
    for (std::size_t s : cv.other_mentions) add(s);
    // A job naming "Spring Boot" is work with Spring too (SkillCatalog::parent).
    std::vector<std::vector<std::size_t>> job_skills;
    for (const Job& job : cv.jobs) {
        std::vector<std::size_t> named = job.skills;
        for (std::size_t s : job.skills)
            if (auto parent = catalog.parent(s); parent && std::find(named.begin(), named.end(), *parent) == named.end())
                named.push_back(*parent);
        for (std::size_t s : named) add(s);
        job_skills.push_back(std::move(named));
    }
    std::vector<std::pair<int, std::size_t>> months;
    for (std::size_t s : all) {
        std::vector<const Period*> used;
        for (std::size_t j = 0; j < cv.jobs.size(); ++j)
            if (std::find(job_skills[j].begin(), job_skills[j].end(), s) != job_skills[j].end())
                used.push_back(&cv.jobs[j].period);
        months.emplace_back(union_months(used, cv.today), s);
    }
    std::sort(months.begin(), months.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first > b.first;
        return catalog.skill(a.second).name < catalog.skill(b.second).name;
    });
    Json skills = Json::array();
    for (const auto& [m, s] : months) skills.push_back(Json{{"name", catalog.skill(s).name}, {"months", m}});
    line["skills"] = std::move(skills);
    out += line.dump(-1, ' ', false);
    out += '\n';
}

}  // namespace cvdex::gen
