#include <doctest/doctest.h>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cvdex/extract.hpp"
#include "cvdex/raw_text.hpp"
#include "cvdex/read.hpp"
#include "cvdex/skills.hpp"
#include "extract/extractors.hpp"

namespace {

using cvdex::RawText;

const cvdex::Taxonomy& taxonomy() {
    static const std::shared_ptr<const cvdex::Taxonomy> builtin = cvdex::Taxonomy::builtin();
    return *builtin;
}

const cvdex::ExtractOptions options{{2026, 11}};

std::string show_range(const std::optional<cvdex::YearMonth>& start, const std::optional<cvdex::YearMonth>& end,
                       bool current) {
    return (start ? start->to_string() : "?") + ".." + (current ? "open" : end ? end->to_string() : "?");
}

/// One job as "title | employer | location | start..end" ("open" for a current job).
std::string show(const cvdex::Job& job) {
    return job.title + " | " + job.employer + " | " + job.location + " | " +
           show_range(job.start, job.end, job.current);
}

std::string show(const std::vector<cvdex::Job>& jobs) {
    std::string shown;
    for (const cvdex::Job& job : jobs) shown += show(job) + "\n";
    return shown;
}

std::string rows(const std::vector<std::string>& lines) {
    std::string joined;
    for (const std::string& line : lines) joined += line + "\n";
    return joined;
}

std::vector<cvdex::Job> jobs_of(const RawText& raw) { return cvdex::extract_record(raw, taxonomy(), options).jobs; }

struct JobRow {
    const char* name;
    RawText raw;
    std::vector<std::string> jobs;
};

void check_jobs(const std::vector<JobRow>& table) {
    for (const JobRow& row : table) {
        SUBCASE(row.name) { CHECK(show(jobs_of(row.raw)) == rows(row.jobs)); }
    }
}

/// An Entry with the naming lines, date-line leftover and complement that find_entries would give.
cvdex::Entry entry_of(std::vector<std::string> header_parts, std::string date_line_rest = {},
                      std::string complement = {}) {
    cvdex::Entry entry;
    entry.header_parts = std::move(header_parts);
    entry.date_line_rest = std::move(date_line_rest);
    entry.complement = std::move(complement);
    return entry;
}

struct HeaderRow {
    const char* name;
    cvdex::Entry entry;
    std::string expected;  ///< "title | employer | location"
};

}  // namespace

TEST_CASE("jobs: parse_job_header tells title, employer and place apart in any order") {
    const HeaderRow table[] = {
        {"Title | Company", entry_of({"Backend Engineer | Nordlicht Systems GmbH"}),
         "Backend Engineer | Nordlicht Systems GmbH | "},
        {"Company | Title", entry_of({"Nordlicht Systems GmbH | Backend Engineer"}),
         "Backend Engineer | Nordlicht Systems GmbH | "},
        {"Title at Company", entry_of({"Data Engineer at Quillfeather Analytics"}),
         "Data Engineer | Quillfeather Analytics | "},
        {"Title @ Company, City", entry_of({"Staff Engineer @ Bramblecode, Lisbon"}),
         "Staff Engineer | Bramblecode | Lisbon"},
        {"Titel bei Firma", entry_of({"Softwareentwickler bei Feldhaus AG"}), "Softwareentwickler | Feldhaus AG | "},
        {"EMPLOYER, Title ---- City", entry_of({"BRIGHTWATER LABS, Senior Developer ---- Lisbon"}),
         "Senior Developer | BRIGHTWATER LABS | Lisbon"},
        {"Employer — Title", entry_of({"Corvid Robotics — Firmware Engineer"}),
         "Firmware Engineer | Corvid Robotics | "},
        {"Freelance Title above the employer line", entry_of({"Freelance Python Developer"}, "", "Self-Employed, Boston"),
         "Freelance Python Developer | Self-Employed | Boston"},
        {"Freelance Title alone", entry_of({"Freelance Python Developer"}), "Python Developer | Freelance | "},
        {"Title, Employer, Country", entry_of({"Site Reliability Engineer, Hollowpine Ltd, Ireland"}),
         "Site Reliability Engineer | Hollowpine Ltd | Ireland"},
        {"employer, title", entry_of({"Ostara Media, Junior Developer"}), "Junior Developer | Ostara Media | "},
        {"employer line, title line", entry_of({"Kestrel Bank", "IT Analyst"}), "IT Analyst | Kestrel Bank | "},
        {"legal form after a comma stays with its name", entry_of({"Lead Engineer, Pinecrest, Inc."}),
         "Lead Engineer | Pinecrest, Inc. | "},
        {"Company (City)", entry_of({"Mobile Developer | Fernwood Labs (Porto)"}),
         "Mobile Developer | Fernwood Labs | Porto"},
        {"Freelance as employer", entry_of({"Web Developer | Freelance"}), "Web Developer | Freelance | "},
        {"Self-employed as employer", entry_of({"Self-employed — Data Consultant"}),
         "Data Consultant | Self-employed | "},
        {"a place on the date line", entry_of({"Backend Engineer | Nordlicht Systems GmbH"}, "Berlin, Germany"),
         "Backend Engineer | Nordlicht Systems GmbH | Berlin, Germany"},
        {"the employer on the date line", entry_of({"Backend Engineer"}, "Nordlicht Systems GmbH"),
         "Backend Engineer | Nordlicht Systems GmbH | "},
        {"a title line completes an employer header", entry_of({"Tidewater Logistics"}, {}, "Platform Lead"),
         "Platform Lead | Tidewater Logistics | "},
        {"part-time stays with the title", entry_of({"Tutor, part-time, Westmark College"}),
         "Tutor, part-time | Westmark College | "},
    };
    for (const HeaderRow& row : table) {
        SUBCASE(row.name) {
            const cvdex::JobHeader header = cvdex::parse_job_header(row.entry);
            CHECK(header.title + " | " + header.employer + " | " + header.location == row.expected);
        }
    }
}

TEST_CASE("jobs: parse_job_header trusts entry hints") {
    cvdex::Entry entry = entry_of({"Analyst, Umber Bank, Oslo, 2016--"});
    entry.hint = cvdex::EntryHint{"2016--", "Analyst", "Umber Bank", "Oslo"};
    const cvdex::JobHeader header = cvdex::parse_job_header(entry);
    CHECK(header.title == "Analyst");
    CHECK(header.employer == "Umber Bank");
    CHECK(header.location == "Oslo");
}

TEST_CASE("jobs: find_entries anchors entries on their date lines") {
    RawText raw;
    raw.add("Backend Engineer | Nordlicht Systems GmbH").heading_level = 3;
    raw.add("Mar 2018 – Feb 2020 | Berlin").emphasized = true;
    raw.add("Built billing services.").bullet = true;
    raw.add("Moved to Kafka in 2019 – 2020.").bullet = true;
    raw.add("2016 – 2018 Pellucid Software");
    raw.add("Wrote the reporting tool.").indent = 4;
    const auto entries = cvdex::find_entries(raw, 0, static_cast<int>(raw.lines.size()));
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].header == "Backend Engineer | Nordlicht Systems GmbH");
    CHECK(entries[0].date_line_rest == "Berlin");
    CHECK(entries[0].first_line == 0);
    CHECK(entries[0].body_begin == 2);
    CHECK(entries[0].body_end == 4);
    REQUIRE(entries[0].dates);
    CHECK(show_range(entries[0].dates->start, entries[0].dates->end, entries[0].dates->current) ==
          "2018-03..2020-02");
    CHECK(entries[1].header == "Pellucid Software");
    CHECK(entries[1].first_line == 4);
    CHECK(entries[1].body_begin == 5);
    CHECK(entries[1].body_end == 6);
}

TEST_CASE("jobs: header and date layouts") {
    check_jobs({
        {"\"Title | Company\" and a bold date line",
         cvdex::read_markdown("## Experience\n\n### Backend Engineer | Nordlicht Systems GmbH\n"
                              "**Mar 2018 – Feb 2020 | Berlin**\n\n- Built Go services.\n"),
         {"Backend Engineer | Nordlicht Systems GmbH | Berlin | 2018-03..2020-02"}},
        {"\"Title at Company\" and dates on the next line",
         cvdex::read_markdown("## Experience\n\nData Engineer at Quillfeather Analytics\nJan 2021 - Dec 2022\n\n"
                              "- Ran Spark jobs.\n"),
         {"Data Engineer | Quillfeather Analytics |  | 2021-01..2022-12"}},
        {"\"### Title - Company\" and \"#### Month YYYY – Present\"",
         cvdex::read_markdown("## Experience\n\n### Platform Lead - Tidewater Logistics\n#### June 2023 – Present\n\n"
                              "- Ran the platform team.\n"),
         {"Platform Lead | Tidewater Logistics |  | 2023-06..open"}},
        {"\"EMPLOYER, Title ---- City\" with dates",
         cvdex::read_plain_text("EXPERIENCE\n\nBRIGHTWATER LABS, Senior Developer ---- Lisbon\n"
                                "September 2015 - May 2019\nBuilt the booking engine.\n"),
         {"Senior Developer | BRIGHTWATER LABS | Lisbon | 2015-09..2019-05"}},
        {"\"Employer — Title (dates)\"",
         cvdex::read_plain_text("EXPERIENCE\n\nCorvid Robotics — Firmware Engineer (2016 – 2019)\n"
                                "Wrote motor controllers in C.\n"),
         {"Firmware Engineer | Corvid Robotics |  | 2016..2019"}},
        {"\"**Title, Employer, Country**, *Mon YYYY - Mon YYYY*\"",
         cvdex::read_markdown("## Experience\n\n**Site Reliability Engineer, Hollowpine Ltd, Ireland**, "
                              "*Apr 2019 - Aug 2021*\n\n- Kept the lights on.\n"),
         {"Site Reliability Engineer | Hollowpine Ltd | Ireland | 2019-04..2021-08"}},
        {"\"dates, employer, title\"",
         cvdex::read_plain_text("EXPERIENCE\n\n2012 – 2014, Ostara Media, Junior Developer\n"
                                "Maintained the CMS.\n"),
         {"Junior Developer | Ostara Media |  | 2012..2014"}},
        {"dates alone, then the employer line, then the title line",
         cvdex::read_plain_text("EXPERIENCE\n\n2010 – 2012\nKestrel Bank\nIT Analyst\n"
                                "Reconciled ledgers for the treasury desk.\n"),
         {"IT Analyst | Kestrel Bank |  | 2010..2012"}},
        {"definition list \"2014--2018 Company\" with indented text",
         cvdex::read_plain_text("EXPERIENCE\n\n2014--2018 Pellucid Software\n    Wrote the reporting tool in Java.\n"
                                "2018-- Marrowind Labs\n    Lead of the data team.\n"),
         {" | Pellucid Software |  | 2014..2018", " | Marrowind Labs |  | 2018..open"}},
        {"table rows \"dates | employer | title\"",
         cvdex::read_markdown("## Experience\n\n| Dates | Employer | Title |\n|---|---|---|\n"
                              "| 2017 – 2019 | Marrow Games | Gameplay Programmer |\n"
                              "| 2019 – 2022 | Lumen Works Ltd | Engine Developer |\n"),
         {"Gameplay Programmer | Marrow Games |  | 2017..2019", "Engine Developer | Lumen Works Ltd |  | 2019..2022"}},
        {"\"Company (City)\" gives the place",
         cvdex::read_markdown("## Experience\n\n### Mobile Developer | Fernwood Labs (Porto)\n**2020 – 2022**\n"),
         {"Mobile Developer | Fernwood Labs | Porto | 2020..2022"}},
        {"a single year opening the line",
         cvdex::read_plain_text("EXPERIENCE\n\n2013 Quillon Studio, Intern\nTested builds.\n"),
         {"Intern | Quillon Studio |  | 2013..2013"}},
    });
}

TEST_CASE("jobs: self-employment") {
    check_jobs({
        {"\"Freelance\" as the employer",
         cvdex::read_markdown("## Experience\n\n### Web Developer | Freelance\n**2016 – 2018**\n"),
         {"Web Developer | Freelance |  | 2016..2018"}},
        {"\"Self-employed\" as the employer",
         cvdex::read_plain_text("EXPERIENCE\n\nSelf-employed — Data Consultant (2019 – 2021)\n"),
         {"Data Consultant | Self-employed |  | 2019..2021"}},
    });
}

TEST_CASE("jobs: jobs listed as bullets") {
    check_jobs({
        {"every job a bullet",
         cvdex::read_markdown("## Experience\n\n- **DevOps Engineer**, Quarry Cloud Inc., 2019 – 2021\n"
                              "- **Support Engineer**, Halden Bank, 2016 – 2019\n"),
         {"DevOps Engineer | Quarry Cloud Inc. |  | 2019..2021", "Support Engineer | Halden Bank |  | 2016..2019"}},
    });
}

TEST_CASE("jobs: what is not a job") {
    check_jobs({
        {"ranges inside a job's bullets",
         cvdex::read_markdown("## Experience\n\n### Backend Engineer | Nordlicht Systems GmbH\n**2018 – 2022**\n\n"
                              "- Led the 2019 – 2020 migration to Kubernetes.\n"
                              "- 2021 – 2022: ran the on-call rota.\n"),
         {"Backend Engineer | Nordlicht Systems GmbH |  | 2018..2022"}},
        {"entries under projects, open source, talks, volunteering, mentoring and education",
         cvdex::read_markdown("## Experience\n\n### Backend Engineer | Nordlicht Systems GmbH\n**2018 – 2022**\n\n"
                              "## Projects\n\n### Maintainer | Kettle CLI\n**2019 – 2021**\n\n"
                              "## Open Source\n\n### Contributor, Rustacean Tools\n**2020 – present**\n\n"
                              "## Talks\n\n### Speaker, GopherCon EU\n**2021**\n\n"
                              "## Volunteering\n\n### Developer, Food Bank Foundation\n**2015 – 2017**\n\n"
                              "## Mentoring\n\n### Mentor, Code Club\n**2016 – 2018**\n\n"
                              "## Education\n\n### BSc Computer Science, Tallinn University\n**2011 – 2014**\n"),
         {"Backend Engineer | Nordlicht Systems GmbH |  | 2018..2022"}},
        {"an entry whose organisation is \"private\" before its name",
         cvdex::read_markdown("## Experience\n\n### Backend Engineer | Nordlicht Systems GmbH\n**2018 – 2022**\n\n"
                              "### Private — Home automation server\n**2020 – present**\n"),
         {"Backend Engineer | Nordlicht Systems GmbH |  | 2018..2022"}},
        {"an entry whose organisation is \"private\" after a title",
         cvdex::read_markdown("## Experience\n\n### Backend Engineer | Nordlicht Systems GmbH\n**2018 – 2022**\n\n"
                              "### Game Developer | private\n**2020 – present**\n"),
         {"Backend Engineer | Nordlicht Systems GmbH |  | 2018..2022"}},
    });
}

TEST_CASE("jobs: entry hints from structured readers") {
    RawText raw;
    cvdex::TextLine& heading = raw.add("Work", 1);
    heading.heading_level = 2;
    heading.section_hint = cvdex::SectionKind::experience;
    raw.add("Analyst, Umber Bank, Oslo, 2016--", 2).entry = cvdex::EntryHint{"2016--", "Analyst", "Umber Bank", "Oslo"};
    raw.add("Built risk reports in SQL.", 3).bullet = true;
    raw.add("Intern, Vale Ltd, 2014-06 - 2015-08", 4).entry = cvdex::EntryHint{"2014-06 - 2015-08", "Intern", "Vale Ltd", ""};
    const auto jobs = jobs_of(raw);
    CHECK(show(jobs) == rows({"Analyst | Umber Bank | Oslo | 2016..open", "Intern | Vale Ltd |  | 2014-06..2015-08"}));
    REQUIRE(jobs.size() == 2);
    CHECK(jobs[0].line == 2);
    CHECK(jobs[0].text == "Built risk reports in SQL.");
    CHECK(jobs[0].skills == std::vector<std::string>{"SQL"});
}

TEST_CASE("jobs: LaTeX \\cventry entries") {
    check_jobs({
        {"moderncv \\cventry under experience and projects",
         cvdex::read_latex("\\documentclass{moderncv}\n\\begin{document}\n\\section{Experience}\n"
                           "\\cventry{2016--2019}{Backend Engineer}{Nordlicht Systems GmbH}{Berlin}{}{Go services.}\n"
                           "\\cventry{2019--}{Staff Engineer}{Quill Ltd}{Remote}{}{Kubernetes.}\n"
                           "\\section{Projects}\n\\cventry{2015--2017}{Maintainer}{Kettle CLI}{}{}{Rust.}\n"
                           "\\end{document}\n"),
         {"Backend Engineer | Nordlicht Systems GmbH | Berlin | 2016..2019", "Staff Engineer | Quill Ltd | Remote | 2019..open"}},
    });
}

TEST_CASE("jobs: a job keeps its text, source line and skills") {
    const RawText raw = cvdex::read_markdown(
        "# Mira Kovalenko\n\n## Experience\n\n### Backend Engineer | Nordlicht Systems GmbH\n"
        "**Mar 2018 – Feb 2020 | Berlin**\n\n- Built Go services on PostgreSQL.\n- Ran them on Kubernetes.\n");
    const auto jobs = jobs_of(raw);
    REQUIRE(jobs.size() == 1);
    CHECK(jobs[0].line == 5);
    CHECK(jobs[0].text == "Built Go services on PostgreSQL.\nRan them on Kubernetes.");
    CHECK(jobs[0].skills == std::vector<std::string>{"Go", "PostgreSQL", "Kubernetes"});
}

// "private" names who the work was for: an entry with a "private" part is a personal activity
// wherever the part stands, even beside a name that reads as an organisation ("Home Lab").
TEST_CASE("jobs: \"private\" after an organisation-like name is not a job") {
    check_jobs({
        {"\"Home Lab | private\"",
         cvdex::read_markdown("## Experience\n\n### Backend Engineer | Nordlicht Systems GmbH\n**2018 – 2022**\n\n"
                              "### Home Lab | private\n**2020 – present**\n"),
         {"Backend Engineer | Nordlicht Systems GmbH |  | 2018..2022"}},
        {"\"Home automation server, private\"",
         cvdex::read_markdown("## Experience\n\n### Backend Engineer | Nordlicht Systems GmbH\n**2018 – 2022**\n\n"
                              "### Home automation server, private\n**2020 – present**\n"),
         {"Backend Engineer | Nordlicht Systems GmbH |  | 2018..2022"}},
    });
}

// When the header line names only the employer (and maybe a place), a title beside the dates on
// the next line is the title, not part of the location.
TEST_CASE("jobs: a title beside the dates under an employer line") {
    check_jobs({
        {"\"ORBITAL INC.\" then \"Staff Engineer, 2020 - Present\"",
         cvdex::read_plain_text("EXPERIENCE\n\nORBITAL INC.\nStaff Engineer, 2020 - Present\nScaled the API.\n"),
         {"Staff Engineer | ORBITAL INC. |  | 2020..open"}},
        {"\"**Orbital Inc.** — Remote\" then \"*Staff Engineer*, Jan 2020 – Present\"",
         cvdex::read_markdown("## Work Experience\n\n**Orbital Inc.** — Remote\n*Staff Engineer*, Jan 2020 – Present\n\n"
                              "- Scaled the API.\n"),
         {"Staff Engineer | Orbital Inc. | Remote | 2020-01..open"}},
        {"\"### Galaxie Mobilité SAS (Lyon)\" then \"Développeur backend, 2018 – 2021\"",
         cvdex::read_markdown("## Expérience professionnelle\n\n### Galaxie Mobilité SAS (Lyon)\n"
                              "Développeur backend, 2018 – 2021\n"),
         {"Développeur backend | Galaxie Mobilité SAS | Lyon | 2018..2021"}},
    });
}

// "Freelance Web Developer" alone names both the kind of employment and the role.
TEST_CASE("jobs: \"Freelance Web Developer\" as the only header") {
    check_jobs({
        {"\"### Freelance Web Developer\"",
         cvdex::read_markdown("## Experience\n\n### Freelance Web Developer\n**2016 – 2018**\n\n"
                              "- Sites for local shops.\n"),
         {"Web Developer | Freelance |  | 2016..2018"}},
    });
}

TEST_CASE("jobs: names that hold prepositions, legal forms and section words") {
    check_jobs({
        {"\"am\" inside a place name",
         cvdex::read_plain_text("EXPERIENCE\n\nHARZFELD GMBH, Lead Developer ---- Frankfurt am Main\n2021 - present\n"),
         {"Lead Developer | HARZFELD GMBH | Frankfurt am Main | 2021..open"}},
        {"\"en\" inside a title",
         cvdex::read_markdown("## Expérience\n\n### Développeur en alternance | Alpage Systèmes\n**2019 – 2020 | Lyon**\n"),
         {"Développeur en alternance | Alpage Systèmes | Lyon | 2019..2020"}},
        {"a German compound title",
         cvdex::read_plain_text("BERUFSERFAHRUNG\n\n2019 - 2021 Südhof Handel, Webentwickler\n"),
         {"Webentwickler | Südhof Handel |  | 2019..2021"}},
        {"Ltda. keeps its dot",
         cvdex::read_plain_text("EXPERIENCE\n\nSoftware Engineer, Jangada Soluções Ltda.\nMar 2018 - present\n"),
         {"Software Engineer | Jangada Soluções Ltda. |  | 2018-03..open"}},
        {"a table row with a highlights column",
         cvdex::read_markdown("## Experience\n\n| Dates | Employer | Title | Highlights |\n|---|---|---|---|\n"
                              "| 2016 – 2019 | Alpage Systèmes | Ingénieur logiciel | Built services in Go |\n"),
         {"Ingénieur logiciel | Alpage Systèmes | Built services in Go | 2016..2019"}},
        {"a bold job line naming an education company is not an Education heading",
         cvdex::read_markdown("## Experience\n\n**Data Engineer at Towerford Education**\n*Apr 2024 – Present*\n\n"
                              "**Data Engineer at Quillpeak Logic**\n*Jan 2020 – Mar 2024*\n"),
         {"Data Engineer | Towerford Education |  | 2024-04..open", "Data Engineer | Quillpeak Logic |  | 2020-01..2024-03"}},
        {"an italic employer line under a dated heading",
         cvdex::read_latex("\\section*{Experience}\n\\subsection*{QA Engineer \\hfill Feb 2010--Apr 2011}\n"
                           "\\textit{Twin Fox Satellites S.A., Sao Paulo, Brazil}\n\\begin{itemize}\\item Tests.\\end{itemize}\n"),
         {"QA Engineer | Twin Fox Satellites S.A. | Sao Paulo, Brazil | 2010-02..2011-04"}},
    });
}
