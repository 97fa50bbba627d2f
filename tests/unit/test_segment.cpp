#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "cvdex/raw_text.hpp"
#include "cvdex/read.hpp"
#include "cvdex/segment.hpp"

namespace {

using cvdex::RawText;
using cvdex::SectionKind;

std::string kind_name(SectionKind kind) { return std::string(cvdex::section_kind_name(kind)); }

/// Sections one per row as "kind:heading(body lines)", e.g. "experience:Experience(4)"; the
/// preamble shows as "none:(n)". A failed CHECK prints both lists whole.
std::string show(const std::vector<cvdex::Section>& sections) {
    std::string shown;
    for (const cvdex::Section& s : sections)
        shown += kind_name(s.kind) + ":" + s.heading + "(" + std::to_string(s.end - s.begin) + ")\n";
    return shown;
}

std::string rows(const std::vector<std::string>& lines) {
    std::string joined;
    for (const std::string& line : lines) joined += line + "\n";
    return joined;
}

/// The text of the lines of one section's body, '\n'-joined.
std::string body_of(const RawText& raw, const cvdex::Section& section) {
    std::string body;
    for (int i = section.begin; i < section.end; ++i) body += raw.lines[static_cast<std::size_t>(i)].text + "\n";
    return body;
}

struct HeadingRow {
    const char* heading;
    SectionKind kind;
};

void check_headings(const std::vector<HeadingRow>& table) {
    for (const HeadingRow& row : table) {
        SUBCASE(row.heading) { CHECK(kind_name(cvdex::classify_heading(row.heading)) == kind_name(row.kind)); }
    }
}

struct SegmentRow {
    const char* name;
    RawText raw;
    std::vector<std::string> sections;
};

void check_segments(const std::vector<SegmentRow>& table) {
    for (const SegmentRow& row : table) {
        SUBCASE(row.name) { CHECK(show(cvdex::segment(row.raw)) == rows(row.sections)); }
    }
}

/// A RawText whose lines are given with a compact markup: "#2 text" heading level 2, "! text"
/// emphasized, "* text" bullet, "[4] text" indented by 4; "{experience} " after a heading mark
/// sets the section hint.
RawText lines(const std::vector<std::string>& spec) {
    RawText raw;
    raw.format = cvdex::Format::text;
    for (std::string text : spec) {
        int level = 0, indent = 0;
        bool emphasized = false, bullet = false;
        SectionKind hint = SectionKind::none;
        if (text.size() > 2 && text[0] == '#' && text[1] >= '1' && text[1] <= '6' && text[2] == ' ') {
            level = text[1] - '0';
            text.erase(0, 3);
        }
        if (text.starts_with("{experience} ")) {
            hint = SectionKind::experience;
            text.erase(0, 13);
        } else if (text.starts_with("{projects} ")) {
            hint = SectionKind::projects;
            text.erase(0, 11);
        }
        if (text.starts_with("! ")) {
            emphasized = true;
            text.erase(0, 2);
        }
        if (text.starts_with("* ")) {
            bullet = true;
            text.erase(0, 2);
        }
        if (text.starts_with("[")) {
            std::size_t close = text.find("] ");
            indent = std::stoi(text.substr(1, close - 1));
            text.erase(0, close + 2);
        }
        cvdex::TextLine& line = raw.add(text, static_cast<int>(raw.lines.size()) + 1);
        line.heading_level = level;
        line.emphasized = emphasized;
        line.bullet = bullet;
        line.indent = indent;
        line.section_hint = hint;
    }
    return raw;
}

}  // namespace

TEST_CASE("segment: classify_heading in English") {
    check_headings({
        {"Experience", SectionKind::experience},
        {"Work Experience", SectionKind::experience},
        {"Professional Experience", SectionKind::experience},
        {"Employment History", SectionKind::experience},
        {"Work History", SectionKind::experience},
        {"Skills", SectionKind::skills},
        {"Technical Skills", SectionKind::skills},
        {"Education", SectionKind::education},
        {"Summary", SectionKind::summary},
        {"About Me", SectionKind::summary},
        {"Certifications", SectionKind::certifications},
        {"Contact", SectionKind::contacts},
        {"Interests", SectionKind::other},
        {"Languages", SectionKind::languages},
        {"## 2. Work Experience:", SectionKind::experience},
        {"EDUCATION", SectionKind::education},
        {"💼 Experience", SectionKind::experience},
        {"Relevant Experience", SectionKind::experience},
        {"Teaching Experience", SectionKind::experience},
        {"Skills & Languages", SectionKind::skills},
        {"Tools & Frameworks", SectionKind::skills},
        {"Languages & Technologies", SectionKind::skills},
        {"Mira Kovalenko", SectionKind::none},
        {"Nordlicht Systems GmbH", SectionKind::none},
        {"", SectionKind::none},
    });
}

TEST_CASE("segment: classify_heading in German, French, Spanish and Russian") {
    check_headings({
        {"Berufserfahrung", SectionKind::experience},
        {"Beruflicher Werdegang", SectionKind::experience},
        {"Ausbildung", SectionKind::education},
        {"IT-Kenntnisse", SectionKind::skills},
        {"Sprachen", SectionKind::languages},
        {"Projekte", SectionKind::projects},
        {"Über mich", SectionKind::summary},
        {"Expérience professionnelle", SectionKind::experience},
        {"Formation", SectionKind::education},
        {"Compétences techniques", SectionKind::skills},
        {"Langues", SectionKind::languages},
        {"Bénévolat", SectionKind::projects},
        {"Experiencia laboral", SectionKind::experience},
        {"Educación", SectionKind::education},
        {"Habilidades", SectionKind::skills},
        {"Idiomas", SectionKind::languages},
        {"Proyectos", SectionKind::projects},
        {"Опыт работы", SectionKind::experience},
        {"ОПЫТ РАБОТЫ", SectionKind::experience},
        {"Образование", SectionKind::education},
        {"Навыки", SectionKind::skills},
        {"Знание языков", SectionKind::languages},
        {"О себе", SectionKind::summary},
        {"Проекты", SectionKind::projects},
        {"Ключевые навыки", SectionKind::skills},
    });
}

TEST_CASE("segment: classify_heading in Chinese, Japanese and Korean") {
    check_headings({
        {"職歴", SectionKind::experience},
        {"職務 經歷", SectionKind::experience},
        {"職務經歷", SectionKind::experience},
        {"経歴", SectionKind::experience},
        {"工作经历", SectionKind::experience},
        {"경력", SectionKind::experience},
        {"경력 사항", SectionKind::experience},
        {"技術", SectionKind::skills},
        {"スキル", SectionKind::skills},
        {"기술 스택", SectionKind::skills},
        {"學歷", SectionKind::education},
        {"学歴", SectionKind::education},
        {"학력", SectionKind::education},
        {"槪要", SectionKind::summary},
        {"自己紹介", SectionKind::summary},
        {"프로젝트", SectionKind::projects},
        {"经历", SectionKind::experience},
        {"工作经验", SectionKind::experience},
        {"项目经验", SectionKind::projects},
        {"专业技能", SectionKind::skills},
        {"教育背景", SectionKind::education},
        {"職務経歴", SectionKind::experience},
        {"資格", SectionKind::certifications},
        {"경력사항", SectionKind::experience},
        {"학력사항", SectionKind::education},
        {"보유 기술", SectionKind::skills},
        {"オープンソース", SectionKind::projects},
    });
}

TEST_CASE("segment: classify_heading tells skills, projects and languages apart") {
    check_headings({
        {"Technical Summary", SectionKind::skills},
        {"Core Competencies", SectionKind::skills},
        {"Technologies", SectionKind::skills},
        {"Tech Stack", SectionKind::skills},
        {"Programming Languages", SectionKind::skills},
        {"Languages", SectionKind::languages},
        {"Spoken Languages", SectionKind::languages},
        {"Open Source", SectionKind::projects},
        {"Open-Source Contributions", SectionKind::projects},
        {"Open Source Experience", SectionKind::projects},
        {"Talks", SectionKind::projects},
        {"Talks & Publications", SectionKind::projects},
        {"Volunteering", SectionKind::projects},
        {"Volunteer Experience", SectionKind::projects},
        {"Mentoring", SectionKind::projects},
        {"Projects", SectionKind::projects},
        {"Side Projects", SectionKind::projects},
        {"Summary", SectionKind::summary},
    });
}

TEST_CASE("segment: heading forms") {
    check_segments({
        {"markdown # headings",
         cvdex::read_markdown("# Mira Kovalenko\n\n## Experience\n\nEngineer at Acme, 2019 - 2021\n\n"
                              "## Skills\n\nGo, Rust\n"),
         {"other:Mira Kovalenko(0)", "experience:Experience(1)", "skills:Skills(1)"}},
        {"setext headings",
         cvdex::read_markdown("Mira Kovalenko\n==============\n\nExperience\n----------\n\n"
                              "Engineer at Acme, 2019 - 2021\n\nEducation\n---------\n\nBSc, Tallinn University\n"),
         {"other:Mira Kovalenko(0)", "experience:Experience(1)", "education:Education(1)"}},
        {"bold-only lines",
         cvdex::read_markdown("Mira Kovalenko\n\n**Experience**\n\nEngineer at Acme, 2019 - 2021\n\n"
                              "**Skills**\n\nGo, Rust\n"),
         {"none:(1)", "experience:Experience(1)", "skills:Skills(1)"}},
        {"ALL-CAPS lines",
         cvdex::read_plain_text("Mira Kovalenko\n\nWORK EXPERIENCE\nEngineer at Acme, 2019 - 2021\n\n"
                                "EDUCATION\nBSc, Tallinn University\n"),
         {"none:(1)", "experience:WORK EXPERIENCE(1)", "education:EDUCATION(1)"}},
        {"\"Text:\" lines",
         cvdex::read_plain_text("Mira Kovalenko\nExperience:\nEngineer at Acme, 2019 - 2021\n"
                                "Skills:\nGo, Rust\n"),
         {"none:(1)", "experience:Experience:(1)", "skills:Skills:(1)"}},
        {"definition-list terms",
         lines({"Mira Kovalenko", "Berufserfahrung", "[4] 2019 - 2021 Acme GmbH", "Kenntnisse",
                "[4] Go, Rust"}),
         {"none:(1)", "experience:Berufserfahrung(1)", "skills:Kenntnisse(1)"}},
        {"CJK definition-list terms",
         lines({"職務經歷", "[3] 2019 - 2021 株式会社サンプル", "技術", "[3] Go, Rust"}),
         {"experience:職務經歷(1)", "skills:技術(1)"}},
        {"JSON key hints win over the dictionary",
         lines({"#1 Mira Kovalenko", "#2 {experience} Jobs held", "Engineer, Acme", "#2 {projects} Work",
                "Side thing"}),
         {"other:Mira Kovalenko(0)", "experience:Jobs held(1)", "projects:Work(1)"}},
        {"LaTeX \\section",
         cvdex::read_latex("\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n"
                           "Engineer at Acme, 2019 -- 2021\n\n\\section{Education}\nBSc, Tallinn University\n"
                           "\\end{document}\n"),
         {"experience:Experience(1)", "education:Education(1)"}},
    });
}

TEST_CASE("segment: deeper headings stay inside their section") {
    const RawText raw = cvdex::read_markdown(
        "# Mira Kovalenko\n\n## Experience\n\n### Backend Engineer | Acme GmbH\n\n**2019 - 2021**\n\n"
        "- Go services\n\n### Data Engineer | Quill Ltd\n\n**2016 - 2019**\n\n## Education\n\nBSc\n");
    const auto sections = cvdex::segment(raw);
    CHECK(show(sections) == rows({"other:Mira Kovalenko(0)", "experience:Experience(5)", "education:Education(1)"}));
    REQUIRE(sections.size() == 3);
    CHECK(body_of(raw, sections[1]) ==
          "Backend Engineer | Acme GmbH\n2019 - 2021\nGo services\nData Engineer | Quill Ltd\n2016 - 2019\n");
}

TEST_CASE("segment: sub-headings and section boundaries") {
    check_segments({
        {"\"Languages\" and \"Tools\" inside skills are sub-headings",
         cvdex::read_markdown("## Skills\n\n**Languages**\n\nGo, Python\n\n**Tools**\n\nDocker, Terraform\n\n"
                              "## Education\n\nBSc\n"),
         {"skills:Skills(4)", "education:Education(1)"}},
        {"\"Programming languages:\" inside skills is a sub-heading",
         cvdex::read_plain_text("SKILLS\nProgramming languages:\nGo, Python\nTools:\nDocker\nEDUCATION\nBSc\n"),
         {"skills:SKILLS(4)", "education:EDUCATION(1)"}},
        {"a deeper \"### Languages\" inside \"## Skills\" stays in skills",
         cvdex::read_markdown("## Skills\n\n### Languages\n\nGo, Python\n\n### Tools\n\nDocker\n\n## Education\n\nBSc\n"),
         {"skills:Skills(4)", "education:Education(1)"}},
        {"a structural \"Languages\" heading after skills starts languages",
         cvdex::read_markdown("## Skills\n\nGo, Python\n\n## Languages\n\nEnglish, Polish\n"),
         {"skills:Skills(1)", "languages:Languages(1)"}},
        {"an unknown heading at section level ends the section",
         cvdex::read_markdown("## Skills\n\nGo\n\n## Hobbies and Stuff Around Town\n\nChess\n"),
         {"skills:Skills(1)", "other:Hobbies and Stuff Around Town(1)"}},
        {"an undated unknown heading at section level after experience is a new section",
         cvdex::read_markdown("## Experience\n\nEngineer, Acme, 2019 - 2021\n\n## Miscellany\n\nChess\n"),
         {"experience:Experience(1)", "other:Miscellany(1)"}},
        {"a dated heading at section level under experience is an entry",
         cvdex::read_markdown("## Experience\n\n## Acme GmbH\n\n2019 - 2021, Backend Engineer\n\n"
                              "## Education\n\nBSc\n"),
         {"experience:Experience(2)", "education:Education(1)"}},
    });
}

TEST_CASE("segment: plain short lines are headings only without structural headings") {
    check_segments({
        {"plain text CV",
         cvdex::read_plain_text("Mira Kovalenko\nExperience\nEngineer at Acme, 2019 - 2021\nEducation\n"
                                "BSc, Tallinn University\n"),
         {"none:(1)", "experience:Experience(1)", "education:Education(1)"}},
        {"CV with structural headings",
         cvdex::read_markdown("## Summary\n\nBackend engineer.\n\nExperience\n\nI like Go.\n\n## Skills\n\nGo\n"),
         {"summary:Summary(3)", "skills:Skills(1)"}},
        {"an indented plain line is not a heading",
         lines({"Mira Kovalenko", "Experience", "[4] Education", "Engineer at Acme, 2019 - 2021"}),
         {"none:(1)", "experience:Experience(2)"}},
        {"a long plain line naming a section is prose",
         cvdex::read_plain_text("Mira Kovalenko\nExperience\nI have broad experience with large systems\n"),
         {"none:(1)", "experience:Experience(1)"}},
    });
}

TEST_CASE("segment: an ALL-CAPS LANGUAGES peer heading after SKILLS") {
    check_segments({
        {"plain text, every heading ALL-CAPS",
         cvdex::read_plain_text("SKILLS\nProgramming languages:\nGo, Python\nLANGUAGES\nEnglish, Polish\n"),
         {"skills:SKILLS(2)", "languages:LANGUAGES(1)"}},
    });
}

TEST_CASE("segment: \"Languages & Frameworks\" is a skills heading") {
    check_headings({
        {"Languages & Frameworks", SectionKind::skills},
        {"Languages and Frameworks", SectionKind::skills},
    });
}

TEST_CASE("segment: a \"# Resume\" document title above \"##\" sections") {
    const RawText raw = cvdex::read_markdown(
        "# Resume\n\n## Experience\n\nBackend Engineer, Acme Ltd, 2019 - 2021\n\n## Skills\n\nGo, Rust\n");
    const std::string shown = show(cvdex::segment(raw));
    INFO("sections:\n", shown);
    CHECK(shown.ends_with("experience:Experience(1)\nskills:Skills(1)\n"));
}
