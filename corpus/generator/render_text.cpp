// Plain text. Headings: 0 ALL CAPS, 1 "Experience:", 2 "="-underlined, 3 a bare line,
// 4 "-"-underlined. Job layouts: 0 "dates, Employer, Title" + indented bullets; 1 "Title,
// Employer (dates)"; 2 a date column ("2016 - present    Employer, City" + the title and text
// in the second column); 3 dates, then "Employer, City", then the title; 4 "EMPLOYER, Title ----
// City" with the dates on the next line.
#include <fmt/format.h>

#include "layout.hpp"
#include "render.hpp"

namespace cvdex::gen {
namespace {

constexpr std::size_t column = 18;

class TextWriter {
public:
    TextWriter(const Cv& cv, std::string& out) : cv_(cv), out_(out), rng_(cv.style_seed) {}

    void write() {
        write_header();
        if (!cv_.summary.empty()) {
            heading(section_title(rng_, SectionName::summary, locale()));
            append_wrapped(out_, cv_.summary, "", "");
            out_ += "\n\n";
        }
        write_jobs();
        write_skills();
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

    Locale locale() const { return cv_.layout.locale; }
    std::uint8_t variant() const { return cv_.layout.variant; }

    void heading(std::string_view title) {
        out_ += "\n";
        switch (cv_.layout.headings) {
            case 0: out_ += upper(title) + "\n\n"; break;
            case 1: out_ += std::string(title) + (locale() == Locale::fr ? " :\n\n" : ":\n\n"); break;
            case 2: out_ += fmt::format("{}\n{}\n\n", title, std::string(title.size(), '=')); break;
            case 4: out_ += fmt::format("{}\n{}\n", title, std::string(title.size(), '-')); break;
            default: out_ += fmt::format("{}\n\n", title); break;
        }
    }

    void write_header() {
        const Person& p = cv_.person;
        out_ += p.name + "\n" + cv_.headline + "\n";
        if (rng_.percent(50)) {
            out_ += fmt::format("{}, {}\n{} | {} | {}\n\n", p.city, p.country, p.email, p.phone, p.github);
        } else {
            out_ += fmt::format("Email: {}\nPhone: {}\n", p.email, p.phone);
            out_ += "\n";
        }
    }

    void bullets(const std::vector<std::string>& items, std::string_view indent = "  ") {
        const std::string first = std::string(indent) + std::string(cv_.layout.bullet) + " ";
        const std::string next(first.size(), ' ');
        for (const std::string& item : items) append_wrapped(out_, item, first, next);
    }

    // The entry head for a job-like entry (jobs, and activities written the same way).
    void entry(std::string_view title, std::string_view organisation, std::string_view place, const Period& period) {
        const std::string when = format_period(period, cv_.layout);
        switch (variant()) {
            case 0: out_ += fmt::format("{}, {}, {}\n", when, organisation, title); break;
            case 1: out_ += fmt::format("{}, {} ({})\n", title, organisation, when); break;
            case 2: {
                std::string head = when;
                head += std::string(head.size() < column ? column - head.size() : 2, ' ');
                out_ += head + std::string(organisation) + (place.empty() ? "" : ", " + std::string(place)) + "\n";
                out_ += std::string(column, ' ') + std::string(title) + "\n";
                break;
            }
            case 3:
                out_ += when + "\n" + std::string(organisation) + (place.empty() ? "" : ", " + std::string(place)) +
                        "\n" + std::string(title) + "\n";
                break;
            default:
                out_ += fmt::format("{}, {}{}\n{}\n", organisation, title,
                                    place.empty() ? "" : fmt::format(" ---- {}", place), when);
                break;
        }
    }

    void body(const std::string& context, const std::vector<std::string>& items) {
        if (variant() == 2) {
            // The date-column layout writes the text as wrapped prose in the second column.
            std::string text = context;
            for (const std::string& item : items) text += (text.empty() ? "" : " ") + item + ".";
            append_wrapped(out_, text, std::string(column, ' '), std::string(column, ' '));
        } else {
            if (!context.empty()) append_wrapped(out_, context, "  ", "  ");
            bullets(items);
        }
        out_ += "\n";
    }

    // A list wraps between its items, never inside "GitHub Actions": the spaces of an item are
    // held as \x01 while wrapping.
    static std::string unbreakable(std::string_view form) {
        std::string out(form);
        for (char& c : out)
            if (c == ' ') c = '\x01';
        return out;
    }
    void wrap_list(std::string_view list, std::string_view first_prefix, std::string_view next_prefix) {
        const std::size_t start = out_.size();
        append_wrapped(out_, list, first_prefix, next_prefix);
        for (std::size_t i = start; i < out_.size(); ++i)
            if (out_[i] == '\x01') out_[i] = ' ';
    }

    static std::string city_of(std::string_view location) {
        return std::string(location.substr(0, location.find(',')));
    }

    void write_jobs() {
        heading(section_title(rng_, SectionName::experience, locale()));
        for (const Job& job : cv_.jobs) {
            entry(job.title, job.employer, variant() == 4 ? city_of(job.location) : job.location, job.period);
            body(job.context, job.bullets);
        }
    }

    void write_skills() {
        if (cv_.skill_groups.empty()) return;
        heading(section_title(rng_, SectionName::skills, locale()));
        if (rng_.percent(30)) {
            std::string all;
            for (const SkillGroup& g : cv_.skill_groups)
                for (std::string_view form : g.forms) all += (all.empty() ? "" : ", ") + unbreakable(form);
            wrap_list(all, "", "");
            out_ += "\n";
            return;
        }
        for (const SkillGroup& g : cv_.skill_groups) {
            std::string list;
            for (std::string_view form : g.forms) list += (list.empty() ? "" : ", ") + unbreakable(form);
            std::string label = std::string(g.label) + ":";
            label += std::string(label.size() < 16 ? 16 - label.size() : 1, ' ');
            wrap_list(list, label, std::string(label.size(), ' '));
        }
        out_ += "\n";
    }

    void write_activities() {
        const Activity* previous = nullptr;
        for (const Activity& a : cv_.activities) {
            if (!previous || section_of(previous->kind) != section_of(a.kind))
                heading(section_title(rng_, section_of(a.kind), locale()));
            previous = &a;
            // Often exactly the job layout: the trap of dated entries that are not jobs.
            entry(a.role, a.name, variant() == 4 ? "" : a.city, a.period);
            body("", {a.text});
        }
    }

    void write_talks() {
        if (cv_.talks.empty()) return;
        heading(section_title(rng_, SectionName::talks, locale()));
        for (const Talk& t : cv_.talks)
            out_ += fmt::format("{}, {}, \"{}\"\n", format_date(t.date, cv_.layout), t.event, t.title);
    }

    void write_education() {
        if (cv_.education.empty()) return;
        heading(section_title(rng_, SectionName::education, locale()));
        for (const Education& e : cv_.education) {
            const std::string when = format_period(e.period, cv_.layout);
            switch (variant()) {
                case 0: out_ += fmt::format("{}, {}, {}\n\n", when, e.school, e.degree); break;
                case 2: {
                    std::string head = when;
                    head += std::string(head.size() < column ? column - head.size() : 2, ' ');
                    out_ += head + e.school + "\n" + std::string(column, ' ') + e.degree + "\n\n";
                    break;
                }
                default: out_ += fmt::format("{}, {}\n{}\n\n", e.degree, e.school, when); break;
            }
        }
    }
};

}  // namespace

void render_text(const Cv& cv, std::string& out) { TextWriter(cv, out).write(); }

}  // namespace cvdex::gen
