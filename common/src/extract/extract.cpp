// extract_record: the extraction stages in order, from a read CV to its record.
#include "cvdex/extract.hpp"

#include <chrono>
#include <cstdlib>

#include <fmt/format.h>

#include "cvdex/errors.hpp"
#include "cvdex/language.hpp"
#include "cvdex/segment.hpp"
#include "extractors.hpp"

namespace cvdex {

YearMonth parse_today(std::string_view text) {
    auto month = YearMonth::parse(text);
    if (!month || month->month == 0)
        throw UsageError(fmt::format("invalid reference month '{}': expected YYYY-MM", text));
    return *month;
}

YearMonth resolve_today(const std::string& flag) {
    if (!flag.empty()) return parse_today(flag);
    if (const char* env = std::getenv("CVDEX_TODAY"); env && *env) return parse_today(env);
    const auto now = std::chrono::system_clock::now();
    const std::chrono::year_month_day date{std::chrono::floor<std::chrono::days>(now)};
    return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month()))};
}

CvRecord extract_record(const RawText& text, const Taxonomy& taxonomy, const ExtractOptions& options) {
    return extract_record(text, segment(text), taxonomy, options);
}

CvRecord extract_record(const RawText& text, const std::vector<Section>& sections, const Taxonomy& taxonomy,
                        const ExtractOptions& options) {
    CvRecord record;
    record.format = std::string(format_name(text.format));
    record.encoding = text.encoding;
    record.warnings = text.warnings;

    for (const Section& section : sections) {
        if (section.heading_index < 0) continue;
        const TextLine& heading = text.lines[static_cast<std::size_t>(section.heading_index)];
        record.sections.push_back(SectionInfo{section.kind, section.heading, heading.source_line});
    }

    Contacts contacts = extract_contacts(text, sections);
    record.name = std::move(contacts.name);
    record.emails = std::move(contacts.emails);
    record.phones = std::move(contacts.phones);
    record.location = std::move(contacts.location);
    record.links = std::move(contacts.links);

    record.jobs = extract_jobs(text, sections, taxonomy);
    std::vector<const Job*> employment;
    for (const Job& job : record.jobs) employment.push_back(&job);
    record.experience_months = union_months(employment, options.today);
    record.education = extract_education(text, sections);
    record.skills = extract_skills(text, sections, record.jobs, taxonomy, options.today);

    std::string all_text;
    for (const TextLine& line : text.lines) {
        all_text += line.text;
        all_text += '\n';
    }
    record.language = detect_language(all_text);
    bool has_experience_section = false;
    for (const Section& section : sections) has_experience_section |= section.kind == SectionKind::experience;
    if (!has_experience_section) record.warnings.emplace_back("no experience section found");
    return record;
}

}  // namespace cvdex
