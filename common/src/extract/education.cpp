// Education entries: school and degree from the entry's naming parts.
#include <algorithm>
#include <cctype>

#include "cvdex/text_util.hpp"
#include "entry_text.hpp"
#include "extractors.hpp"

namespace cvdex {
namespace {

// Han, kana and Hangul have lead bytes 0xE3..0xED in UTF-8.
bool is_cjk_text(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        auto byte = static_cast<unsigned char>(c);
        return byte >= 0xE3 && byte <= 0xED;
    });
}

// "Đại học Bách khoa (Song Huong University of Technology)": a translation in brackets.
std::string drop_bracketed_tail(std::string school) {
    if (school.empty() || school.back() != ')') return school;
    std::size_t open = school.rfind('(');
    if (open == std::string::npos || open == 0) return school;
    return std::string(trim(std::string_view(school).substr(0, open)));
}

// "BSc (Hons) Computing, 2:1" -> "BSc (Hons) Computing"; "A levels: Mathematics (B), ..." -> "A levels".
std::string tidy_degree(std::string degree) {
    if (std::size_t colon = degree.find(':'); colon != std::string::npos && colon > 0 &&
                                              has_degree_word(degree.substr(0, colon)) &&
                                              !(colon + 1 < degree.size() && degree[colon + 1] >= '0' && degree[colon + 1] <= '9'))
        degree.resize(colon);
    while (true) {
        std::size_t comma = degree.rfind(", ");
        if (comma == std::string::npos) break;
        std::string_view tail = std::string_view(degree).substr(comma + 2);
        bool grade = !std::any_of(tail.begin(), tail.end(), [](unsigned char c) { return std::isalpha(c) || c >= 0x80; }) ||
                     starts_with_ci(tail, "gpa") || starts_with_ci(tail, "grade");
        if (!grade) break;
        degree.resize(comma);
    }
    return std::string(trim(degree));
}

void split_cjk_school(Education& education) {
    std::string line = education.school;
    std::vector<std::string> fields;
    std::size_t start = 0, space;
    while ((space = line.find(' ', start)) != std::string::npos) {
        fields.push_back(line.substr(start, space - start));
        start = space + 1;
    }
    fields.push_back(line.substr(start));
    for (const std::string& field : fields) {
        if (has_school_word(field)) {
            education.school = field;
            break;
        }
    }
    for (const std::string& field : fields) {
        if (!has_degree_word(field)) continue;
        // The degree is often in brackets after a word such as 卒業 (graduated): keep the bracket's content.
        std::size_t open = field.find("\uFF08");
        std::string degree = open == std::string::npos ? field : field.substr(open + 3);
        if (degree.ends_with("\uFF09")) degree.resize(degree.size() - 3);
        education.degree = degree;
        break;
    }
}

}  // namespace

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
    // CJK lines separate their fields by single spaces: "東都工業大学 工学部 情報工学科 卒業（学士（工学））".
    if (!education.school.empty() && education.degree.empty() && is_cjk_text(education.school))
        split_cjk_school(education);
    // What is neither a school nor a place: the degree when none was named ("Ingeniería Civil").
    if (education.degree.empty() && !leftovers.empty() && !education.school.empty())
        education.degree = leftovers.front();
    if (education.school.empty() && !leftovers.empty()) {
        auto pieces = split_header_parts(leftovers.front());
        if (!pieces.empty() && pieces.front() != education.degree) education.school = pieces.front();
    }
    education.degree = tidy_degree(education.degree);
    education.school = drop_bracketed_tail(education.school);
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
