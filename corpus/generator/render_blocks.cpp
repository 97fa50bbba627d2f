// The CV as word-processor blocks. Job layouts (Layout::variant):
//   DOCX/ODT: 0 a Heading 2 "Title | Employer" + a bold "dates | place" line; 1 a bold "Title at
//   Employer" line + "dates · place"; 2 "**Employer** — Title (dates)"; 3 a table
//   "Dates | Employer, City | Title" with the bullets in the title cell.
//   PDF: 0 bold "Title | Employer" + "dates | place"; 1 bold "Title, Employer" with the dates
//   flush right; 2 "**Employer** — Title (dates)"; 3 a date column with employer, title and
//   bullets beside it.
// Headings (Layout::headings): 0 the name in the Title style and sections as Heading 1; 1 the
// name as a bold line and sections as Heading 1 (DOCX/ODT). A PDF sets headings in larger bold.
#include <fmt/format.h>

#include "doc_model.hpp"
#include "layout.hpp"
#include "render.hpp"

namespace cvdex::gen {
namespace {

Block paragraph(std::vector<Run> runs) {
    Block b;
    b.kind = BlockKind::paragraph;
    b.runs = std::move(runs);
    return b;
}

Block text_block(BlockKind kind, std::string text, bool bold = false, int level = 1) {
    Block b;
    b.kind = kind;
    b.level = level;
    b.runs.push_back(Run{std::move(text), bold, false});
    return b;
}

class BlockWriter {
public:
    explicit BlockWriter(const Cv& cv) : cv_(cv), rng_(cv.style_seed) {}

    std::vector<Block> write() {
        write_header();
        if (!cv_.summary.empty()) {
            heading(section_title(rng_, SectionName::summary, locale()));
            out_.push_back(text_block(BlockKind::paragraph, cv_.summary));
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
            std::string list;
            for (std::string_view language : cv_.spoken_languages)
                list += (list.empty() ? "" : ", ") + std::string(language);
            out_.push_back(text_block(BlockKind::paragraph, list));
        }
        return std::move(out_);
    }

private:
    const Cv& cv_;
    Rng rng_;
    std::vector<Block> out_;

    Locale locale() const { return cv_.layout.locale; }
    std::uint8_t variant() const { return cv_.layout.variant; }
    bool pdf() const { return cv_.layout.format == Format::pdf; }

    void heading(std::string_view title) { out_.push_back(text_block(BlockKind::heading, std::string(title), true, 1)); }

    void write_header() {
        const Person& p = cv_.person;
        if (cv_.layout.headings == 1 && !pdf()) out_.push_back(text_block(BlockKind::paragraph, p.name, true));
        else out_.push_back(text_block(BlockKind::title, p.name, true));
        out_.push_back(text_block(BlockKind::paragraph, cv_.headline));
        if (rng_.percent(50)) out_.push_back(text_block(BlockKind::paragraph, fmt::format("{} · {} · {}", p.email, p.phone, p.github)));
        else
            out_.push_back(text_block(BlockKind::paragraph,
                                      fmt::format("{}, {} | {} | {}", p.city, p.country, p.email, p.phone)));
    }

    // "2019 – 2021" as runs; in a PDF with drawn dashes the dash of a year range is a rule.
    std::vector<Run> date_runs(const Period& period, bool bold = false) {
        const std::string text = format_period(period, cv_.layout);
        if (cv_.layout.drawn_dash && period.end && period.start.month == 0 && text.size() >= 9) {
            const std::string start = format_date(period.start, cv_.layout);
            const std::string end = format_date(*period.end, cv_.layout);
            if (text.starts_with(start) && text.ends_with(end))
                return {Run{start, bold, false}, Run{"–", bold, true}, Run{end, bold, false}};
        }
        return {Run{text, bold, false}};
    }

    static void append(std::vector<Run>& to, std::vector<Run> more) {
        for (Run& run : more) to.push_back(std::move(run));
    }

    // The head of a job-like entry: jobs, and the activities and degrees written like them.
    void entry(std::string_view title, std::string_view organisation, std::string_view place, const Period& period) {
        const std::string where = place.empty() ? "" : std::string(place);
        switch (variant()) {
            case 1:
                if (pdf()) {
                    Block head = text_block(BlockKind::paragraph, fmt::format("{}, {}", title, organisation), true);
                    head.right = format_period(period, cv_.layout);
                    out_.push_back(std::move(head));
                    if (!where.empty()) out_.push_back(text_block(BlockKind::paragraph, where));
                } else {
                    out_.push_back(text_block(BlockKind::paragraph, fmt::format("{} at {}", title, organisation), true));
                    std::vector<Run> line = date_runs(period);
                    if (!where.empty()) line.push_back(Run{" · " + where, false, false});
                    out_.push_back(paragraph(std::move(line)));
                }
                break;
            case 2: {
                std::vector<Run> line{Run{std::string(organisation), true, false},
                                      Run{fmt::format(" — {} (", title), false, false}};
                append(line, date_runs(period));
                line.push_back(Run{")", false, false});
                out_.push_back(paragraph(std::move(line)));
                break;
            }
            default: {
                const std::string head = fmt::format("{} | {}", title, organisation);
                if (pdf()) out_.push_back(text_block(BlockKind::paragraph, head, true));
                else out_.push_back(text_block(BlockKind::heading, head, false, 2));
                std::vector<Run> line = date_runs(period, !pdf());
                if (!where.empty()) line.push_back(Run{" | " + where, !pdf(), false});
                out_.push_back(paragraph(std::move(line)));
                break;
            }
        }
    }

    void body(const std::string& context, const std::vector<std::string>& bullets) {
        if (!context.empty()) out_.push_back(text_block(BlockKind::paragraph, context));
        for (const std::string& b : bullets) out_.push_back(text_block(BlockKind::bullet, b));
    }

    // Variant 3: one row per job. DOCX/ODT: Dates | Employer, City | Title + bullets; PDF: the
    // dates beside a column with the employer, the title and the bullets.
    void table_row(std::string_view title, std::string_view organisation, std::string_view place, const Period& period,
                   const std::string& context, const std::vector<std::string>& bullets) {
        Block row;
        row.kind = BlockKind::table_row;
        row.cells.push_back({paragraph(date_runs(period))});
        std::vector<Block> second;
        if (pdf()) {
            second.push_back(text_block(BlockKind::paragraph,
                                        place.empty() ? std::string(organisation) : fmt::format("{}, {}", organisation, place)));
            second.push_back(text_block(BlockKind::paragraph, std::string(title), true));
            if (!context.empty()) second.push_back(text_block(BlockKind::paragraph, context));
            for (const std::string& b : bullets) second.push_back(text_block(BlockKind::bullet, b));
            row.cells.push_back(std::move(second));
        } else {
            second.push_back(text_block(BlockKind::paragraph, std::string(organisation)));
            if (!place.empty()) second.push_back(text_block(BlockKind::paragraph, std::string(place)));
            row.cells.push_back(std::move(second));
            std::vector<Block> third{text_block(BlockKind::paragraph, std::string(title), true)};
            if (!context.empty()) third.push_back(text_block(BlockKind::bullet, context));
            for (const std::string& b : bullets) third.push_back(text_block(BlockKind::bullet, b));
            row.cells.push_back(std::move(third));
        }
        out_.push_back(std::move(row));
    }

    static std::string city_of(std::string_view location) { return std::string(location.substr(0, location.find(','))); }

    void write_jobs() {
        heading(section_title(rng_, SectionName::experience, locale()));
        for (const Job& job : cv_.jobs) {
            if (variant() == 3) {
                table_row(job.title, job.employer, city_of(job.location), job.period, job.context, job.bullets);
                continue;
            }
            entry(job.title, job.employer, job.location, job.period);
            body(job.context, job.bullets);
        }
    }

    void write_skills() {
        if (cv_.skill_groups.empty()) return;
        heading(section_title(rng_, SectionName::skills, locale()));
        if (rng_.percent(30)) {
            std::string all;
            for (const SkillGroup& g : cv_.skill_groups)
                for (std::string_view form : g.forms) all += (all.empty() ? "" : " · ") + std::string(form);
            out_.push_back(text_block(BlockKind::paragraph, all));
            return;
        }
        const bool as_bullets = rng_.percent(50);
        for (const SkillGroup& g : cv_.skill_groups) {
            std::string list;
            for (std::string_view form : g.forms) list += (list.empty() ? "" : ", ") + std::string(form);
            Block b = paragraph({Run{std::string(g.label) + ":", true, false}, Run{" " + list, false, false}});
            if (as_bullets) b.kind = BlockKind::bullet;
            out_.push_back(std::move(b));
        }
    }

    void write_activities() {
        const Activity* previous = nullptr;
        for (const Activity& a : cv_.activities) {
            if (!previous || section_of(previous->kind) != section_of(a.kind))
                heading(section_title(rng_, section_of(a.kind), locale()));
            previous = &a;
            if (variant() == 3 && rng_.percent(50)) {
                // Often exactly the job layout: the trap of dated entries that are not jobs.
                table_row(a.role, a.name, "", a.period, "", {a.text});
                continue;
            }
            if (variant() == 3 || rng_.percent(40)) {
                std::vector<Run> line{Run{a.name, true, false}, Run{" (", false, false}};
                append(line, date_runs(a.period));
                line.push_back(Run{")", false, false});
                out_.push_back(paragraph(std::move(line)));
                out_.push_back(text_block(BlockKind::paragraph, a.text));
                continue;
            }
            entry(a.role, a.name, "", a.period);
            body("", {a.text});
        }
    }

    void write_talks() {
        if (cv_.talks.empty()) return;
        heading(section_title(rng_, SectionName::talks, locale()));
        for (const Talk& t : cv_.talks) {
            Block b = paragraph({Run{t.title, true, false},
                                 Run{fmt::format(" — {}, {}, {}", t.event, t.city, format_date(t.date, cv_.layout)), false,
                                     false}});
            b.kind = BlockKind::bullet;
            out_.push_back(std::move(b));
        }
    }

    void write_education() {
        if (cv_.education.empty()) return;
        heading(section_title(rng_, SectionName::education, locale()));
        for (const Education& e : cv_.education) {
            if (variant() == 3 || rng_.percent(50)) {
                std::vector<Run> line{Run{fmt::format("{}, {}", e.degree, e.school), true, false},
                                      Run{" (", false, false}};
                append(line, date_runs(e.period));
                line.push_back(Run{")", false, false});
                out_.push_back(paragraph(std::move(line)));
                continue;
            }
            entry(e.degree, e.school, "", e.period);
        }
    }
};

}  // namespace

std::vector<Block> build_blocks(const Cv& cv) { return BlockWriter(cv).write(); }

std::string plain_text(const Block& block) {
    std::string text;
    for (const Run& run : block.runs) text += run.text;
    return text;
}

}  // namespace cvdex::gen
