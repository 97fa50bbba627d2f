#include "cvdex/raw_text.hpp"

namespace cvdex {

std::string_view format_name(Format format) {
    switch (format) {
        case Format::text: return "text";
        case Format::markdown: return "markdown";
        case Format::rst: return "rst";
        case Format::html: return "html";
        case Format::json_resume: return "json_resume";
        case Format::latex: return "latex";
        case Format::docx: return "docx";
        case Format::odt: return "odt";
        case Format::pdf: return "pdf";
        case Format::unknown: break;
    }
    return "unknown";
}

std::string_view section_kind_name(SectionKind kind) {
    switch (kind) {
        case SectionKind::summary: return "summary";
        case SectionKind::experience: return "experience";
        case SectionKind::skills: return "skills";
        case SectionKind::education: return "education";
        case SectionKind::projects: return "projects";
        case SectionKind::languages: return "languages";
        case SectionKind::certifications: return "certifications";
        case SectionKind::contacts: return "contacts";
        case SectionKind::other: return "other";
        case SectionKind::none: break;
    }
    return "none";
}

TextLine& RawText::add(std::string text, int source_line) {
    TextLine& line = lines.emplace_back();
    line.text = std::move(text);
    line.source_line = source_line;
    return line;
}

}  // namespace cvdex
