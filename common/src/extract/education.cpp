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
    // Every naming part, in order: "Degree, School, City", "School, Faculty" + "Degree" lines.
    std::vector<std::string> lines = entry.header_parts;
    if (!entry.date_line_rest.empty()) lines.push_back(entry.date_line_rest);
    if (!entry.complement.empty()) lines.push_back(entry.complement);
    // A whole line that names a degree keeps its commas ("B.S. in Computer Information Systems,
    // Business Administration"); lines that name a school are split into parts.
    std::vector<std::string> leftovers;
    for (const std::string& line : lines) {
        bool school = has_school_word(line);
        if (!school && has_degree_word(line)) {
            if (education.degree.empty()) education.degree = line;
            continue;
        }
        if (!school) {
            leftovers.push_back(line);
            continue;
        }
        auto parts = split_header_parts(line);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const std::string& part = parts[i];
            if (education.school.empty() && has_school_word(part)) {
                education.school = part;
            } else if (has_degree_word(part) && !has_school_word(part) && education.degree.empty()) {
                // The degree may run on over the next commas: "Specialist, Applied Mathematics".
                std::string degree = part;
                for (std::size_t j = i + 1; j < parts.size() && !has_school_word(parts[j]) && !is_location(parts[j]); ++j)
                    degree += ", " + parts[j];
                education.degree = degree;
            } else if (!is_location(part) && !has_school_word(part)) {
                leftovers.push_back(part);
            }
        }
    }
    // What is neither a school nor a place: the degree when none was named ("Ingeniería Civil").
    if (education.degree.empty() && !leftovers.empty() && !education.school.empty())
        education.degree = leftovers.front();
    if (education.school.empty() && !leftovers.empty()) {
        auto pieces = split_header_parts(leftovers.front());
        if (!pieces.empty() && pieces.front() != education.degree) education.school = pieces.front();
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
