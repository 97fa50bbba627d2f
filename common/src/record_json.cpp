#include "cvdex/record_json.hpp"

namespace cvdex {
namespace {

using nlohmann::json;

json date_json(const std::optional<YearMonth>& date) { return date ? json(date->to_string()) : json(nullptr); }

std::optional<YearMonth> date_from(const json& value) {
    if (!value.is_string()) return std::nullopt;
    return YearMonth::parse(value.get<std::string>());
}

std::string text_from(const json& object, const char* key) {
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> strings_from(const json& object, const char* key) {
    std::vector<std::string> out;
    if (auto it = object.find(key); it != object.end() && it->is_array())
        for (const json& item : *it)
            if (item.is_string()) out.push_back(item.get<std::string>());
    return out;
}

SectionKind kind_from(std::string_view name) {
    for (SectionKind kind : {SectionKind::summary, SectionKind::experience, SectionKind::skills, SectionKind::education,
                             SectionKind::projects, SectionKind::languages, SectionKind::certifications,
                             SectionKind::contacts, SectionKind::other})
        if (section_kind_name(kind) == name) return kind;
    return SectionKind::other;
}

}  // namespace

json record_to_json(const CvRecord& record) {
    json jobs = json::array();
    for (const Job& job : record.jobs)
        jobs.push_back({{"employer", job.employer}, {"title", job.title}, {"start", date_json(job.start)},
                        {"end", date_json(job.end)}, {"current", job.current}, {"location", job.location},
                        {"skills", job.skills}, {"line", job.line}, {"text", job.text}});
    json skills = json::array();
    for (const SkillExperience& skill : record.skills)
        skills.push_back({{"name", skill.name}, {"category", skill.category}, {"months", skill.months},
                          {"last_used", date_json(skill.last_used)}});
    json education = json::array();
    for (const Education& e : record.education)
        education.push_back({{"school", e.school}, {"degree", e.degree}, {"start", date_json(e.start)},
                             {"end", date_json(e.end)}});
    json sections = json::array();
    for (const SectionInfo& s : record.sections)
        sections.push_back({{"kind", section_kind_name(s.kind)}, {"heading", s.heading}, {"line", s.line}});
    return json{{"path", record.path},         {"format", record.format},
                {"encoding", record.encoding}, {"language", record.language},
                {"name", record.name},         {"emails", record.emails},
                {"phones", record.phones},     {"location", record.location},
                {"links", record.links},       {"jobs", std::move(jobs)},
                {"experience_months", record.experience_months},
                {"skills", std::move(skills)}, {"education", std::move(education)},
                {"sections", std::move(sections)}, {"warnings", record.warnings}};
}

CvRecord record_from_json(const json& j) {
    CvRecord r;
    r.path = text_from(j, "path");
    r.format = text_from(j, "format");
    r.encoding = text_from(j, "encoding");
    r.language = text_from(j, "language");
    r.name = text_from(j, "name");
    r.emails = strings_from(j, "emails");
    r.phones = strings_from(j, "phones");
    r.location = text_from(j, "location");
    r.links = strings_from(j, "links");
    for (const json& job : j.value("jobs", json::array())) {
        Job out;
        out.employer = text_from(job, "employer");
        out.title = text_from(job, "title");
        out.start = date_from(job.value("start", json()));
        out.end = date_from(job.value("end", json()));
        out.current = job.value("current", false);
        out.location = text_from(job, "location");
        out.skills = strings_from(job, "skills");
        out.line = job.value("line", 0);
        out.text = text_from(job, "text");
        r.jobs.push_back(std::move(out));
    }
    r.experience_months = j.value("experience_months", 0);
    for (const json& s : j.value("skills", json::array()))
        r.skills.push_back({text_from(s, "name"), text_from(s, "category"), s.value("months", 0),
                            date_from(s.value("last_used", json()))});
    for (const json& e : j.value("education", json::array()))
        r.education.push_back({text_from(e, "school"), text_from(e, "degree"), date_from(e.value("start", json())),
                               date_from(e.value("end", json()))});
    for (const json& s : j.value("sections", json::array()))
        r.sections.push_back({kind_from(text_from(s, "kind")), text_from(s, "heading"), s.value("line", 0)});
    r.warnings = strings_from(j, "warnings");
    return r;
}

}  // namespace cvdex
