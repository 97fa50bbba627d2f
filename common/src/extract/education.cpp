// Education entries: school and degree from the entry's naming parts.
#include "entry_text.hpp"
#include "extractors.hpp"

namespace cvdex {

Education parse_education_entry(const Entry& entry) {
    Education education;
    if (entry.dates) {
        education.start = entry.dates->start;
        education.end = entry.dates->end;
    }
    if (entry.hint) {
        education.school = entry.hint->organization;
        education.degree = entry.hint->title;
        return education;
    }
    std::vector<std::string> parts;
    for (const std::string& line : entry.header_parts) parts.push_back(line);
    if (!entry.date_line_rest.empty()) parts.push_back(entry.date_line_rest);
    // Whole lines first: "B.S. in Computer Information Systems, Business Administration" is one
    // degree even with a comma inside; split only a line that holds both.
    for (const std::string& part : parts) {
        bool school = has_school_word(part);
        bool degree = has_degree_word(part);
        if (school && degree) {
            for (const std::string& piece : split_header_parts(part)) {
                if (education.school.empty() && has_school_word(piece)) education.school = piece;
                else if (education.degree.empty() && has_degree_word(piece)) education.degree = piece;
            }
        } else if (school && education.school.empty()) {
            education.school = part;
        } else if (degree && education.degree.empty()) {
            education.degree = part;
        }
    }
    if (education.school.empty() && !parts.empty() && parts.front() != education.degree) {
        auto pieces = split_header_parts(parts.front());
        if (!pieces.empty()) education.school = pieces.front();
    }
    return education;
}

std::vector<Education> extract_education(const RawText& text, const std::vector<Section>& sections) {
    std::vector<Education> result;
    for (const Section& section : sections) {
        if (section.kind != SectionKind::education) continue;
        for (const Entry& entry : find_entries(text, section.begin, section.end)) {
            Education education = parse_education_entry(entry);
            if (education.school.empty() && education.degree.empty()) continue;
            result.push_back(std::move(education));
        }
    }
    return result;
}

}  // namespace cvdex
