// JSON Resume. Variant 0 uses the current field names (work[].name, open = no endDate);
// variant 1 the legacy ones (work[].company, website, open = "endDate": "").
#include <nlohmann/json.hpp>

#include <fmt/format.h>

#include "layout.hpp"
#include "render.hpp"

namespace cvdex::gen {
namespace {

using Json = nlohmann::ordered_json;

std::string json_date(const YearMonth& date, bool with_day, bool end) {
    if (date.month == 0) return fmt::format("{}", date.year);
    if (!with_day) return fmt::format("{}-{:02}", date.year, date.month);
    constexpr int last_day[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return fmt::format("{}-{:02}-{:02}", date.year, date.month, end ? last_day[date.month - 1] : 1);
}

class JsonWriter {
public:
    explicit JsonWriter(const Cv& cv) : cv_(cv), rng_(cv.style_seed), legacy_(cv.layout.variant == 1) {
        with_day_ = rng_.percent(40);
    }

    Json build() {
        Json doc = Json::object();
        doc["$schema"] = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";
        doc["basics"] = basics();
        Json work = Json::array();
        for (const Job& job : cv_.jobs) {
            Json w = Json::object();
            w[legacy_ ? "company" : "name"] = job.employer;
            w["position"] = job.title;
            if (!job.location.empty() && rng_.percent(50)) w["location"] = job.location;
            dates(w, job.period);
            if (!job.context.empty()) w["summary"] = job.context;
            w["highlights"] = job.bullets;
            work.push_back(std::move(w));
        }
        doc["work"] = std::move(work);
        add_activities(doc);
        Json education = Json::array();
        for (const Education& e : cv_.education) {
            Json item = Json::object();
            item["institution"] = e.school;
            const auto space = e.degree.find(' ');
            item["area"] = space == std::string::npos ? e.degree : e.degree.substr(space + 1);
            item["studyType"] = space == std::string::npos ? "" : e.degree.substr(0, space);
            dates(item, e.period);
            education.push_back(std::move(item));
        }
        doc["education"] = std::move(education);
        Json skills = Json::array();
        for (const SkillGroup& g : cv_.skill_groups) {
            Json keywords = Json::array();
            for (std::string_view form : g.forms) keywords.push_back(form);
            skills.push_back(Json{{"name", g.label}, {"keywords", std::move(keywords)}});
        }
        doc["skills"] = std::move(skills);
        if (!cv_.spoken_languages.empty()) {
            Json languages = Json::array();
            for (std::string_view spoken : cv_.spoken_languages) {
                const auto paren = spoken.find(" (");
                languages.push_back(Json{{"language", std::string(spoken.substr(0, paren))},
                                         {"fluency", std::string(spoken.substr(paren + 2, spoken.size() - paren - 3))}});
            }
            doc["languages"] = std::move(languages);
        }
        return doc;
    }

private:
    const Cv& cv_;
    Rng rng_;
    bool legacy_;
    bool with_day_ = false;

    Json basics() {
        const Person& p = cv_.person;
        Json b = Json::object();
        b["name"] = p.name;
        b["label"] = cv_.headline.substr(0, cv_.headline.find(" · "));
        b["email"] = p.email;
        b["phone"] = p.phone;
        if (!cv_.summary.empty()) b["summary"] = cv_.summary;
        b["location"] = Json{{"city", p.city}, {"region", p.country}};
        b["profiles"] = Json::array({Json{{"network", "GitHub"}, {"url", p.github}}});
        return b;
    }

    void dates(Json& item, const Period& period) {
        item["startDate"] = json_date(period.start, with_day_, false);
        if (period.end) item["endDate"] = json_date(*period.end, with_day_, true);
        else if (legacy_) item["endDate"] = "";
    }

    void add_activities(Json& doc) {
        Json volunteer = Json::array();
        Json projects = Json::array();
        for (const Activity& a : cv_.activities) {
            Json item = Json::object();
            if (a.kind == ActivityKind::volunteering || a.kind == ActivityKind::mentoring) {
                item["organization"] = a.name;
                item["position"] = a.role;
                dates(item, a.period);
                item["summary"] = a.text;
                volunteer.push_back(std::move(item));
            } else {
                item["name"] = a.name;
                item["description"] = a.text;
                dates(item, a.period);
                item["roles"] = Json::array({a.role});
                projects.push_back(std::move(item));
            }
        }
        if (!volunteer.empty()) doc["volunteer"] = std::move(volunteer);
        if (!projects.empty()) doc["projects"] = std::move(projects);
        if (!cv_.talks.empty()) {
            Json publications = Json::array();
            for (const Talk& t : cv_.talks)
                publications.push_back(Json{{"name", t.title}, {"publisher", t.event},
                                            {"releaseDate", json_date(t.date, false, false)}});
            doc["publications"] = std::move(publications);
        }
    }
};

}  // namespace

void render_json(const Cv& cv, std::string& out) {
    out += JsonWriter(cv).build().dump(2, ' ', false);
    out += '\n';
}

}  // namespace cvdex::gen
