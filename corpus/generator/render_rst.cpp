// reStructuredText. Headings: 0 underlined, 1 over- and underlined. Job layouts:
// 0 "**Title, Employer, Country**, *dates*"; 1 a definition list "dates Employer" with the title
// in emphasis in the indented body.
#include <fmt/format.h>

#include "layout.hpp"
#include "render.hpp"

namespace cvdex::gen {
namespace {

// Inline markup characters would start emphasis or references in running text.
std::string rst_escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '*' || c == '`' || c == '|' || c == '_') out += '\\';
        out += c;
    }
    return out;
}

std::size_t width(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

class RstWriter {
public:
    RstWriter(const Cv& cv, std::string& out) : cv_(cv), out_(out), rng_(cv.style_seed) {}

    void write() {
        const Person& p = cv_.person;
        const std::string rule(width(p.name), '=');
        out_ += fmt::format("{0}\n{1}\n{0}\n\n{2}\n\n", rule, p.name, rst_escape(cv_.headline));
        out_ += fmt::format(":Email: {}\n:Phone: {}\n:GitHub: {}\n:Location: {}, {}\n\n", p.email, p.phone, p.github,
                            p.city, p.country);
        if (!cv_.summary.empty()) {
            heading(section_title(rng_, SectionName::summary, Locale::en));
            append_wrapped(out_, rst_escape(cv_.summary), "", "");
            out_ += "\n";
        }
        if (rng_.percent(40)) write_skills();
        heading(section_title(rng_, SectionName::experience, Locale::en));
        for (const Job& job : cv_.jobs) {
            entry(job.title, job.employer, job.location, job.period);
            body(job.context, job.bullets);
        }
        if (!skills_written_) write_skills();
        write_activities();
        write_talks();
        write_education();
        if (!cv_.spoken_languages.empty()) {
            heading(section_title(rng_, SectionName::languages, Locale::en));
            for (std::size_t i = 0; i < cv_.spoken_languages.size(); ++i)
                out_ += fmt::format("{}{}", i ? ", " : "", cv_.spoken_languages[i]);
            out_ += "\n";
        }
    }

private:
    const Cv& cv_;
    std::string& out_;
    Rng rng_;
    bool skills_written_ = false;

    std::uint8_t variant() const { return cv_.layout.variant; }

    void heading(std::string_view title) {
        const std::string rule(width(title), '-');
        if (cv_.layout.headings == 1) out_ += fmt::format("{0}\n{1}\n{0}\n\n", rule, title);
        else out_ += fmt::format("{}\n{}\n\n", title, rule);
    }

    void entry(std::string_view title, std::string_view organisation, std::string_view place, const Period& period) {
        const std::string when = format_period(period, cv_.layout);
        if (variant() == 1) {
            out_ += fmt::format("{} {}\n   *{}*\n\n", when, rst_escape(organisation), rst_escape(title));
            return;
        }
        if (place.empty()) out_ += fmt::format("**{}, {}**, *{}*\n\n", rst_escape(title), rst_escape(organisation), when);
        else out_ += fmt::format("**{}, {}, {}**, *{}*\n\n", rst_escape(title), rst_escape(organisation), rst_escape(place), when);
    }

    void body(const std::string& context, const std::vector<std::string>& items) {
        const std::string indent = variant() == 1 ? "   " : "";
        if (!context.empty()) {
            append_wrapped(out_, rst_escape(context), indent, indent);
            out_ += "\n";
        }
        for (const std::string& item : items) append_wrapped(out_, rst_escape(item), indent + "- ", indent + "  ");
        out_ += "\n";
    }

    void write_skills() {
        skills_written_ = true;
        if (cv_.skill_groups.empty()) return;
        heading(section_title(rng_, SectionName::skills, Locale::en));
        for (const SkillGroup& g : cv_.skill_groups) {
            std::string list;
            for (std::string_view form : g.forms) list += list.empty() ? std::string(form) : ", " + std::string(form);
            out_ += fmt::format("{}\n    {}\n\n", g.label, rst_escape(list));
        }
    }

    void write_activities() {
        const Activity* previous = nullptr;
        for (const Activity& a : cv_.activities) {
            if (!previous || section_of(previous->kind) != section_of(a.kind))
                heading(section_title(rng_, section_of(a.kind), Locale::en));
            previous = &a;
            entry(a.role, a.name, "", a.period);
            body("", {a.text});
        }
    }

    void write_talks() {
        if (cv_.talks.empty()) return;
        heading(section_title(rng_, SectionName::talks, Locale::en));
        for (const Talk& t : cv_.talks)
            out_ += fmt::format("- *{}*, {}, {}\n", rst_escape(t.title), t.event, format_date(t.date, cv_.layout));
        out_ += "\n";
    }

    void write_education() {
        if (cv_.education.empty()) return;
        heading(section_title(rng_, SectionName::education, Locale::en));
        for (const Education& e : cv_.education) entry(e.degree, e.school, "", e.period);
    }
};

}  // namespace

void render_rst(const Cv& cv, std::string& out) { RstWriter(cv, out).write(); }

}  // namespace cvdex::gen
