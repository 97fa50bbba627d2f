// LaTeX. Variant 0: moderncv \cventry{dates}{title}{employer}{city}{}{description};
// 1: Awesome-CV \cventry{title}{employer}{location}{dates}{cvitems} inside cventries;
// 2: article class, "\subsection*{Title \hfill dates}" + "\textit{Employer, City}" + itemize;
// 3: Awesome-CV class with the jobs as a plain itemize: "\item \textbf{Title}, Employer, City
// \hfill \textit{dates}" with a nested itemize (the other sections as in 1).
#include <fmt/format.h>

#include "layout.hpp"
#include "render.hpp"

namespace cvdex::gen {
namespace {

class LatexWriter {
public:
    LatexWriter(const Cv& cv, std::string& out)
        : cv_(cv), out_(out), rng_(cv.style_seed), jobs_as_items_(cv.layout.variant == 3),
          style_(cv.layout.variant == 3 ? 1 : cv.layout.variant) {}

    void write() {
        preamble();
        if (!cv_.summary.empty()) {
            section(SectionName::summary);
            if (variant() == 0) out_ += fmt::format("\\cvitem{{}}{{{}}}\n\n", latex_escape(cv_.summary));
            else out_ += latex_escape(cv_.summary) + "\n\n";
        }
        section(SectionName::experience);
        if (jobs_as_items_) {
            write_job_items();
        } else {
            open_entries();
            for (const Job& job : cv_.jobs) entry(job.title, job.employer, job.location, job.period, job.context, job.bullets);
            close_entries();
        }
        write_activities();
        write_talks();
        write_education();
        write_skills();
        out_ += "\\end{document}\n";
    }

private:
    const Cv& cv_;
    std::string& out_;
    Rng rng_;
    bool jobs_as_items_;
    std::uint8_t style_;  // 0 moderncv, 1 Awesome-CV, 2 article

    std::uint8_t variant() const { return style_; }

    void write_job_items() {
        out_ += "\\begin{itemize}\n";
        for (const Job& job : cv_.jobs) {
            const std::string place = job.location.empty() ? "" : ", " + latex_escape(job.location.substr(0, job.location.find(',')));
            out_ += fmt::format("  \\item \\textbf{{{}}}, {}{} \\hfill \\textit{{{}}}\n", latex_escape(job.title),
                                latex_escape(job.employer), place, format_period(job.period, cv_.layout));
            out_ += "    \\begin{itemize}\n";
            for (const std::string& b : job.bullets) out_ += fmt::format("      \\item {}\n", latex_escape(b));
            out_ += "    \\end{itemize}\n";
        }
        out_ += "\\end{itemize}\n\n";
    }

    void preamble() {
        const Person& p = cv_.person;
        out_ += fmt::format("%% Curriculum vitae of {}.\n", p.name);
        switch (variant()) {
            case 0:
                out_ += "\\documentclass[11pt,a4paper,sans]{moderncv}\n\\moderncvstyle{classic}\n\\moderncvcolor{blue}\n"
                        "\\usepackage[utf8]{inputenc}\n\\usepackage[scale=0.78]{geometry}\n\n";
                out_ += fmt::format("\\name{{{}}}{{{}}}\n\\title{{{}}}\n\\address{{{}}}{{{}}}{{}}\n\\phone[mobile]{{{}}}\n"
                                    "\\email{{{}}}\n\\homepage{{{}}}\n\n\\begin{{document}}\n\\makecvtitle\n\n",
                                    latex_escape(p.given), latex_escape(p.family), latex_escape(cv_.headline),
                                    latex_escape(p.city), latex_escape(p.country), p.phone, p.email, p.github);
                break;
            case 1:
                out_ += "\\documentclass[11pt, a4paper]{awesome-cv}\n\\geometry{left=1.4cm, top=.8cm, right=1.4cm, bottom=1.8cm}\n\n";
                out_ += fmt::format("\\name{{{}}}{{{}}}\n\\position{{{}}}\n\\address{{{}, {}}}\n\\mobile{{{}}}\n"
                                    "\\email{{{}}}\n\n\\begin{{document}}\n\\makecvheader\n\n",
                                    latex_escape(p.given), latex_escape(p.family), latex_escape(cv_.headline),
                                    latex_escape(p.city), latex_escape(p.country), p.phone, p.email);
                break;
            default:
                out_ += "\\documentclass[11pt]{article}\n\\usepackage[utf8]{inputenc}\n\\usepackage[margin=2cm]{geometry}\n"
                        "\\begin{document}\n\n";
                out_ += fmt::format("{{\\LARGE\\bfseries {}}}\\\\\n{}\\\\\n{} \\textbar{{}} {} \\textbar{{}} {}\n\n",
                                    latex_escape(p.name), latex_escape(cv_.headline), p.email, p.phone, p.github);
                break;
        }
    }

    void section(SectionName name) {
        const std::string title = latex_escape(section_title(rng_, name, Locale::en));
        switch (variant()) {
            case 1: out_ += fmt::format("\\cvsection{{{}}}\n", title); break;
            case 2: out_ += fmt::format("\\section*{{{}}}\n", title); break;
            default: out_ += fmt::format("\\section{{{}}}\n", title); break;
        }
    }

    void open_entries() {
        if (variant() == 1) out_ += "\\begin{cventries}\n";
    }
    void close_entries() {
        if (variant() == 1) out_ += "\\end{cventries}\n";
        out_ += "\n";
    }

    void items(const std::vector<std::string>& bullets, std::string_view indent) {
        if (bullets.empty()) return;
        const bool awesome = variant() == 1;
        out_ += fmt::format("{}\\begin{{{}}}\n", indent, awesome ? "cvitems" : "itemize");
        for (const std::string& b : bullets) {
            if (awesome) out_ += fmt::format("{}  \\item {{{}}}\n", indent, latex_escape(b));
            else out_ += fmt::format("{}  \\item {}\n", indent, latex_escape(b));
        }
        out_ += fmt::format("{}\\end{{{}}}\n", indent, awesome ? "cvitems" : "itemize");
    }

    void entry(std::string_view title, std::string_view organisation, std::string_view place, const Period& period,
               std::string_view context, const std::vector<std::string>& bullets) {
        const std::string when = format_period(period, cv_.layout);
        const std::string t = latex_escape(title), o = latex_escape(organisation), p = latex_escape(place);
        const std::string city = latex_escape(place.substr(0, place.find(',')));
        switch (variant()) {
            case 0:
                out_ += fmt::format("\\cventry{{{}}}{{{}}}{{{}}}{{{}}}{{}}{{%\n", when, t, o, city);
                if (!context.empty()) out_ += latex_escape(context) + "\n";
                items(bullets, "");
                out_ += "}\n\n";
                break;
            case 1:
                out_ += fmt::format("  \\cventry\n    {{{}}}\n    {{{}}}\n    {{{}}}\n    {{{}}}\n    {{\n", t, o, p, when);
                items(bullets, "      ");
                out_ += "    }\n";
                break;
            default:
                // The city only: cvindex does not read a longer "Employer, City, Country" line
                // as the employer line.
                out_ += fmt::format("\\subsection*{{{} \\hfill {}}}\n\\textit{{{}{}}}\n", t, when, o,
                                    city.empty() ? "" : ", " + city);
                // No description paragraph in this layout: the list follows the employer line
                // (a paragraph between them hides the employer from cvindex).
                items(bullets, "");
                out_ += "\n";
                break;
        }
    }

    void write_activities() {
        const Activity* previous = nullptr;
        for (const Activity& a : cv_.activities) {
            if (!previous || section_of(previous->kind) != section_of(a.kind)) {
                if (previous) close_entries();
                section(section_of(a.kind));
                open_entries();
            }
            previous = &a;
            entry(a.role, a.name, "", a.period, "", {a.text});
        }
        if (previous) close_entries();
    }

    void write_talks() {
        if (cv_.talks.empty()) return;
        section(SectionName::talks);
        if (variant() == 1) {
            out_ += "\\begin{cvhonors}\n";
            for (const Talk& t : cv_.talks)
                out_ += fmt::format("  \\cvhonor{{{}}}{{{}}}{{{}}}{{{}}}\n", latex_escape(t.title), latex_escape(t.event),
                                    latex_escape(t.city), t.date.year);
            out_ += "\\end{cvhonors}\n\n";
            return;
        }
        for (const Talk& t : cv_.talks) {
            if (variant() == 0)
                out_ += fmt::format("\\cvitem{{{}}}{{\\emph{{{}}}, {}}}\n", t.date.year, latex_escape(t.title),
                                    latex_escape(t.event));
            else
                out_ += fmt::format("\\emph{{{}}}, {}, {}\\\\\n", latex_escape(t.title), latex_escape(t.event), t.date.year);
        }
        out_ += "\n";
    }

    void write_education() {
        if (cv_.education.empty()) return;
        section(SectionName::education);
        open_entries();
        for (const Education& e : cv_.education) entry(e.degree, e.school, e.city, e.period, "", {});
        close_entries();
    }

    void write_skills() {
        if (cv_.skill_groups.empty()) return;
        section(SectionName::skills);
        if (variant() == 1) out_ += "\\begin{cvskills}\n";
        for (const SkillGroup& g : cv_.skill_groups) {
            std::string list;
            for (std::string_view form : g.forms) list += list.empty() ? std::string(form) : ", " + std::string(form);
            switch (variant()) {
                case 0: out_ += fmt::format("\\cvitem{{{}}}{{{}}}\n", g.label, latex_escape(list)); break;
                case 1: out_ += fmt::format("  \\cvskill{{{}}}{{{}}}\n", g.label, latex_escape(list)); break;
                default: out_ += fmt::format("\\textbf{{{}:}} {}\\\\\n", g.label, latex_escape(list)); break;
            }
        }
        if (variant() == 1) out_ += "\\end{cvskills}\n";
        out_ += "\n";
    }
};

}  // namespace

void render_latex(const Cv& cv, std::string& out) { LatexWriter(cv, out).write(); }

}  // namespace cvdex::gen
