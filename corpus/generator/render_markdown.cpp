// Markdown. Headings: 0 ATX ("## Experience"), 1 setext (underlined), 2 bold-only lines.
// Job layouts: 0 "### Title | Company" + "**dates | place**"; 1 "**Title at Company**" + a date
// line; 2 "### Title - Company" + "#### dates" (with HTML entities); 3 "Employer — Title (dates)";
// 4 "**Employer** — Title (dates)"; 5 a table of jobs (also the Japanese 職歴 table).
#include <fmt/format.h>

#include "layout.hpp"
#include "render.hpp"

namespace cvdex::gen {
namespace {

class MarkdownWriter {
public:
    MarkdownWriter(const Cv& cv, std::string& out) : cv_(cv), out_(out), rng_(cv.style_seed) {
        entities_ = cv.layout.variant == 2 && rng_.percent(60);
    }

    void write() {
        write_header();
        if (!cv_.summary.empty()) {
            heading(section_title(rng_, SectionName::summary, locale()));
            out_ += cv_.summary;
            out_ += "\n\n";
        }
        const bool skills_first = rng_.percent(30);
        if (skills_first) write_skills();
        write_jobs();
        if (!skills_first) write_skills();
        write_activities();
        write_talks();
        write_education();
        if (!cv_.spoken_languages.empty()) {
            heading(section_title(rng_, SectionName::languages, locale()));
            for (std::size_t i = 0; i < cv_.spoken_languages.size(); ++i)
                out_ += fmt::format("{}{}", i ? ", " : "", cv_.spoken_languages[i]);
            out_ += "\n";
        }
    }

private:
    const Cv& cv_;
    std::string& out_;
    Rng rng_;
    bool entities_ = false;  // dashes written as HTML entities, as some hand-written Markdown does

    Locale locale() const { return cv_.layout.locale; }
    std::uint8_t variant() const { return cv_.layout.variant; }

    void heading(std::string_view title) {
        switch (cv_.layout.headings) {
            case 1: out_ += fmt::format("{}\n{}\n\n", title, std::string(std::max<std::size_t>(title.size(), 3), '-')); break;
            case 2: out_ += fmt::format("**{}**\n\n", title); break;
            default: out_ += fmt::format("## {}\n\n", title); break;
        }
    }

    void write_header() {
        const Person& p = cv_.person;
        if (cv_.layout.headings == 1) out_ += fmt::format("{}\n{}\n\n", p.name, std::string(p.name.size(), '='));
        else if (cv_.layout.headings == 2) out_ += fmt::format("{}\n\n", p.name);
        else out_ += fmt::format("# {}\n\n", p.name);
        if (locale() == Locale::ja) {
            out_ += fmt::format("- メール: {}\n- 電話: {}\n- 所在地: {}\n- GitHub: {}\n\n", p.email, p.phone, p.city, p.github);
            return;
        }
        out_ += cv_.headline;
        out_ += "\n\n";
        if (rng_.percent(50)) out_ += fmt::format("{} · {} · {}\n\n", p.email, p.phone, p.github);
        else out_ += fmt::format("[Email](mailto:{}) | Phone: {} | [GitHub]({}) | {}, {}\n\n", p.email, p.phone, p.github, p.city, p.country);
    }

    std::string dates(const Period& period) {
        std::string text = format_period(period, cv_.layout);
        if (entities_)
            if (auto at = text.find(" – "); at != std::string::npos) text.replace(at, 5, " &ndash; ");
        return text;
    }

    void bullets(const std::vector<std::string>& items) {
        for (const std::string& item : items) out_ += fmt::format("{} {}\n", cv_.layout.bullet, item);
        out_ += "\n";
    }

    // One entry in the job layout: jobs, and the activities and degrees written like them.
    void entry(std::string_view title, std::string_view organisation, std::string_view place, const Period& period) {
        const std::string when = dates(period);
        switch (variant()) {
            case 1:
                out_ += fmt::format("**{} at {}**\n{}{}\n\n", title, organisation, when,
                                    place.empty() ? "" : fmt::format(" · {}", place));
                break;
            case 2: out_ += fmt::format("### {} - {}\n#### {}\n\n", title, organisation, when); break;
            case 3: out_ += fmt::format("{} — {} ({})\n\n", organisation, title, when); break;
            case 4: out_ += fmt::format("**{}** — {} ({})\n\n", organisation, title, when); break;
            default:
                out_ += fmt::format("### {} | {}\n\n**{}{}**\n\n", title, organisation, when,
                                    place.empty() ? "" : fmt::format(" | {}", place));
                break;
        }
    }

    static std::string cell(std::string_view text) {
        std::string out;
        for (char c : text) out += c == '|' ? '/' : c;
        return out;
    }

    void write_job_table() {
        if (locale() == Locale::ja) out_ += "| 期間 | 会社名 | 役職 | 主な業務と技術 |\n|------|--------|------|----------------|\n";
        else out_ += "| Dates | Employer | Title | Highlights |\n|-------|----------|-------|------------|\n";
        for (const Job& job : cv_.jobs) {
            std::string highlights;
            for (const std::string& b : job.bullets) {
                if (!highlights.empty()) highlights += locale() == Locale::ja ? "。" : "; ";
                highlights += b;
            }
            out_ += fmt::format("| {} | {} | {} | {} |\n", format_period(job.period, cv_.layout), cell(job.employer),
                                cell(job.title), cell(highlights));
        }
        out_ += "\n";
    }

    void write_jobs() {
        heading(section_title(rng_, SectionName::experience, locale()));
        if (variant() == 5) {
            write_job_table();
            return;
        }
        for (const Job& job : cv_.jobs) {
            entry(job.title, job.employer, job.location, job.period);
            if (!job.context.empty()) out_ += job.context + "\n\n";
            bullets(job.bullets);
        }
    }

    void write_skills() {
        if (cv_.skill_groups.empty()) return;
        heading(section_title(rng_, SectionName::skills, locale()));
        const int style = static_cast<int>(rng_.below(3));
        if (style == 2) {
            bool first = true;
            for (const SkillGroup& g : cv_.skill_groups)
                for (std::string_view form : g.forms) {
                    out_ += first ? "" : " · ";
                    out_ += form;
                    first = false;
                }
            out_ += "\n\n";
            return;
        }
        for (const SkillGroup& g : cv_.skill_groups) {
            std::string list;
            for (std::string_view form : g.forms) list += list.empty() ? std::string(form) : ", " + std::string(form);
            if (style == 0) out_ += fmt::format("- **{}:** {}\n", g.label, list);
            else out_ += fmt::format("- {}: {}\n", g.label, list);
        }
        out_ += "\n";
    }

    void write_activities() {
        const Activity* previous = nullptr;
        for (const Activity& a : cv_.activities) {
            if (!previous || section_of(previous->kind) != section_of(a.kind))
                heading(section_title(rng_, section_of(a.kind), locale()));
            previous = &a;
            if (variant() == 5 || rng_.percent(40)) {
                out_ += fmt::format("**{}** ({})\n{}\n\n", a.name, format_period(a.period, cv_.layout), a.text);
                continue;
            }
            entry(a.role, a.name, "", a.period);
            bullets({a.text});
        }
    }

    void write_talks() {
        if (cv_.talks.empty()) return;
        heading(section_title(rng_, SectionName::talks, locale()));
        for (const Talk& t : cv_.talks)
            out_ += fmt::format("- **{}** — {}, {}, {}\n", t.title, t.event, t.city, format_date(t.date, cv_.layout));
        out_ += "\n";
    }

    void write_education() {
        if (cv_.education.empty()) return;
        heading(section_title(rng_, SectionName::education, locale()));
        for (const Education& e : cv_.education) {
            if (locale() == Locale::ja) {
                out_ += fmt::format("- {}　{} {}\n", format_period(e.period, cv_.layout), e.school, e.degree);
                continue;
            }
            if (variant() == 5 || rng_.percent(50)) {
                out_ += fmt::format("**{}, {}** ({})\n\n", e.degree, e.school, format_period(e.period, cv_.layout));
                continue;
            }
            entry(e.degree, e.school, "", e.period);
        }
        if (locale() == Locale::ja) out_ += "\n";
    }
};

}  // namespace

void render_markdown(const Cv& cv, std::string& out) { MarkdownWriter(cv, out).write(); }

}  // namespace cvdex::gen
