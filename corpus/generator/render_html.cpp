// HTML: <h2> sections. Job layouts: 0 "<h3>Employer &mdash; Title (dates)</h3>"; 1 "<h3>Title
// at Employer</h3>" + "<p>dates · place</p>"; 2 "<h3>Title | Employer</h3>" + "<p><em>dates</em>
// · place</p>". Bullets are <ul> lists.
#include <fmt/format.h>

#include "layout.hpp"
#include "render.hpp"

namespace cvdex::gen {
namespace {

class HtmlWriter {
public:
    HtmlWriter(const Cv& cv, std::string& out) : cv_(cv), out_(out), rng_(cv.style_seed) {
        entities_ = rng_.percent(60);
    }

    void write() {
        const Person& p = cv_.person;
        out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
        out_ += fmt::format("<title>{} &ndash; CV</title>\n", html_escape(p.name));
        out_ += "<style>\n  body { font-family: Arial, sans-serif; max-width: 46em; margin: 2em auto; }\n"
                "  .dates { color: #555; }\n</style>\n</head>\n<body>\n<header>\n";
        out_ += fmt::format("  <h1>{}</h1>\n  <p>{}</p>\n", html_escape(p.name), html_escape(cv_.headline));
        out_ += fmt::format("  <p><a href=\"mailto:{0}\">{0}</a> &middot; {1} &middot; <a href=\"{2}\">{2}</a></p>\n",
                            p.email, p.phone, p.github);
        out_ += "</header>\n";
        if (!cv_.summary.empty()) {
            open_section(SectionName::summary);
            out_ += fmt::format("  <p>{}</p>\n", html_escape(cv_.summary));
            close_section();
        }
        open_section(SectionName::experience);
        for (const Job& job : cv_.jobs) {
            entry(job.title, job.employer, job.location, job.period);
            if (!job.context.empty()) out_ += fmt::format("  <p>{}</p>\n", html_escape(job.context));
            list(job.bullets);
        }
        close_section();
        write_skills();
        write_activities();
        write_talks();
        write_education();
        out_ += "</body>\n</html>\n";
    }

private:
    const Cv& cv_;
    std::string& out_;
    Rng rng_;
    bool entities_ = false;  // "&ndash;" rather than the character

    void open_section(SectionName name) {
        out_ += fmt::format("\n<section>\n  <h2>{}</h2>\n", html_escape(section_title(rng_, name, Locale::en)));
    }
    void close_section() { out_ += "</section>\n"; }

    std::string dates(const Period& period) {
        std::string text = html_escape(format_period(period, cv_.layout));
        if (auto at = text.find(" – "); at != std::string::npos && entities_) text.replace(at, 5, " &ndash; ");
        return text;
    }

    void entry(std::string_view title, std::string_view organisation, std::string_view place, const Period& period) {
        const std::string when = dates(period);
        const std::string where = place.empty() ? "" : " &middot; " + html_escape(place);
        switch (cv_.layout.variant) {
            case 1:
                out_ += fmt::format("  <h3>{} at {}</h3>\n  <p class=\"dates\">{}{}</p>\n", html_escape(title),
                                    html_escape(organisation), when, where);
                break;
            case 2:
                out_ += fmt::format("  <h3>{} | {}</h3>\n  <p><em>{}</em>{}</p>\n", html_escape(title),
                                    html_escape(organisation), when, where);
                break;
            default:
                out_ += fmt::format("  <h3>{} &mdash; {} ({})</h3>\n", html_escape(organisation), html_escape(title), when);
                break;
        }
    }

    void list(const std::vector<std::string>& items) {
        out_ += "  <ul>\n";
        for (const std::string& item : items) out_ += fmt::format("    <li>{}</li>\n", html_escape(item));
        out_ += "  </ul>\n";
    }

    void write_skills() {
        if (cv_.skill_groups.empty()) return;
        open_section(SectionName::skills);
        const bool table = rng_.percent(50);
        out_ += table ? "  <table>\n" : "  <ul>\n";
        for (const SkillGroup& g : cv_.skill_groups) {
            std::string list;
            for (std::string_view form : g.forms) list += list.empty() ? std::string(form) : ", " + std::string(form);
            if (table) out_ += fmt::format("    <tr><th>{}</th><td>{}</td></tr>\n", g.label, html_escape(list));
            else out_ += fmt::format("    <li><strong>{}:</strong> {}</li>\n", g.label, html_escape(list));
        }
        out_ += table ? "  </table>\n" : "  </ul>\n";
        close_section();
    }

    void write_activities() {
        const Activity* previous = nullptr;
        for (const Activity& a : cv_.activities) {
            if (!previous || section_of(previous->kind) != section_of(a.kind)) {
                if (previous) close_section();
                open_section(section_of(a.kind));
            }
            previous = &a;
            entry(a.role, a.name, "", a.period);
            list({a.text});
        }
        if (previous) close_section();
    }

    void write_talks() {
        if (cv_.talks.empty()) return;
        open_section(SectionName::talks);
        out_ += "  <ul>\n";
        for (const Talk& t : cv_.talks)
            out_ += fmt::format("    <li><strong>{}</strong> &mdash; {}, {} ({})</li>\n", html_escape(t.title),
                                html_escape(t.event), html_escape(t.city), format_date(t.date, cv_.layout));
        out_ += "  </ul>\n";
        close_section();
    }

    void write_education() {
        if (cv_.education.empty()) return;
        open_section(SectionName::education);
        for (const Education& e : cv_.education)
            out_ += fmt::format("  <h3>{} &mdash; {} ({})</h3>\n", html_escape(e.school), html_escape(e.degree),
                                dates(e.period));
        close_section();
    }
};

}  // namespace

void render_html(const Cv& cv, std::string& out) { HtmlWriter(cv, out).write(); }

}  // namespace cvdex::gen
