// Section names are those real CVs use and the cvdex heading dictionary knows.
#include <array>

#include "charset.hpp"
#include "doc_model.hpp"
#include "render.hpp"

namespace cvdex::gen {
namespace {

using sv = std::string_view;

struct Titles {
    SectionName section;
    std::array<std::initializer_list<sv>, 6> by_locale;  // en de fr es ru ja
};

const Titles titles[] = {
    {SectionName::summary,
     {{{"Summary", "Profile", "About", "About me", "Overview", "Personal statement", "Introduction"},
       {"Kurzprofil", "Profil", "Über mich", "Zusammenfassung"},
       {"Profil", "À propos"}, {"Perfil", "Resumen", "Sobre mí"},
       {"О себе", "Обо мне"}, {"概要"}}}},
    {SectionName::experience,
     {{{"Experience", "Work Experience", "Professional Experience", "Employment History", "Notable experience",
        "Career", "Work History", "Employment", "Professional Background", "Experiences"},
       {"Berufserfahrung", "Beruflicher Werdegang", "Berufliche Erfahrung"},
       {"Expérience professionnelle", "Parcours professionnel", "Expériences professionnelles", "Expérience"},
       {"Experiencia laboral", "Experiencia profesional", "Trayectoria profesional"},
       {"Опыт работы", "Трудовая деятельность", "Места работы"},
       {"職歴"}}}},
    {SectionName::skills,
     {{{"Skills", "Technical Skills", "Technologies", "Core Competencies", "Technical Summary", "Tech Stack",
        "Expertise", "Toolbox", "Proficiencies"},
       {"Kenntnisse", "IT-Kenntnisse", "Kompetenzen", "Fähigkeiten", "Technologien"},
       {"Compétences", "Compétences techniques", "Savoir-faire"},
       {"Conocimientos técnicos", "Habilidades", "Competencias", "Tecnologías", "Aptitudes"},
       {"Навыки", "Технологии", "Компетенции"},
       {"技術"}}}},
    {SectionName::education,
     {{{"Education", "Qualifications", "Studies"}, {"Ausbildung", "Studium"}, {"Formation", "Études"},
       {"Formación académica", "Estudios", "Educación"}, {"Образование"}, {"学歴"}}}},
    {SectionName::projects,
     {{{"Projects", "Side Projects"}, {"Projekte"}, {"Projets"}, {"Proyectos"}, {"Проекты"}, {"プロジェクト"}}}},
    {SectionName::open_source,
     {{{"Open Source"}, {"Projekte"}, {"Projets"}, {"Proyectos"}, {"Проекты"}, {"オープンソース"}}}},
    {SectionName::volunteering,
     {{{"Volunteering"}, {"Ehrenamt"}, {"Bénévolat"}, {"Voluntariado"}, {"Волонтёрство"}, {"プロジェクト"}}}},
    {SectionName::mentoring,
     {{{"Mentoring"}, {"Ehrenamt"}, {"Bénévolat"}, {"Voluntariado"}, {"Наставничество"}, {"プロジェクト"}}}},
    {SectionName::talks,
     {{{"Talks", "Speaking", "Conferences"}, {"Vorträge"}, {"Conférences"}, {"Charlas"}, {"Выступления"}, {"発表"}}}},
    {SectionName::languages,
     {{{"Languages"}, {"Sprachen", "Sprachkenntnisse"}, {"Langues"}, {"Idiomas"}, {"Языки", "Знание языков"}, {"語学"}}}},
};

// Decodes one UTF-8 sequence at `i`; returns the code point and advances `i`.
char32_t next_code_point(std::string_view text, std::size_t& i) {
    auto byte = static_cast<unsigned char>(text[i]);
    char32_t code = byte;
    std::size_t length = 1;
    if (byte >= 0xF0) code = byte & 0x07, length = 4;
    else if (byte >= 0xE0) code = byte & 0x0F, length = 3;
    else if (byte >= 0xC0) code = byte & 0x1F, length = 2;
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
        code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    i += length;
    return code;
}

void append_code_point(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::size_t code_points(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace

std::string_view section_title(Rng& rng, SectionName section, Locale locale) {
    for (const Titles& t : titles)
        if (t.section == section) {
            const auto& list = t.by_locale[static_cast<std::size_t>(locale)];
            return *(list.begin() + static_cast<std::ptrdiff_t>(rng.below(list.size())));
        }
    return "Other";
}

SectionName section_of(ActivityKind kind) {
    switch (kind) {
        case ActivityKind::project: return SectionName::projects;
        case ActivityKind::open_source: return SectionName::open_source;
        case ActivityKind::volunteering: return SectionName::volunteering;
        case ActivityKind::mentoring: return SectionName::mentoring;
    }
    return SectionName::projects;
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string latex_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (char c : text) {
        switch (c) {
            case '&': out += "\\&"; break;
            case '%': out += "\\%"; break;
            case '$': out += "\\$"; break;
            case '#': out += "\\#"; break;
            case '_': out += "\\_"; break;
            case '{': out += "\\{"; break;
            case '}': out += "\\}"; break;
            case '~': out += "\\textasciitilde{}"; break;
            case '^': out += "\\textasciicircum{}"; break;
            case '\\': out += "\\textbackslash{}"; break;
            default: out += c;
        }
    }
    return out;
}

std::string upper(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t c = next_code_point(text, i);
        if (c >= U'a' && c <= U'z') c -= 32;
        else if (c >= 0xE0 && c <= 0xFE && c != 0xF7) c -= 32;
        else if (c >= 0x100 && c <= 0x17F && c != 0x131) {
            const bool odd_capitals = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
            if (odd_capitals ? (c % 2 == 0) : (c % 2 == 1)) c -= 1;
        } else if (c >= 0x430 && c <= 0x44F) c -= 32;
        else if (c == 0x451) c = 0x401;
        append_code_point(out, c);
    }
    return out;
}

void append_wrapped(std::string& out, std::string_view text, std::string_view first_prefix,
                    std::string_view next_prefix, std::size_t width) {
    std::string_view prefix = first_prefix;
    std::size_t column = 0;
    bool line_open = false;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view word = text.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        const std::size_t length = code_points(word);
        if (line_open && column + 1 + length > width) {
            out += '\n';
            line_open = false;
            prefix = next_prefix;
        }
        if (!line_open) {
            out += prefix;
            column = code_points(prefix);
            line_open = true;
        } else {
            out += ' ';
            ++column;
        }
        out += word;
        column += length;
    }
    if (line_open) out += '\n';
}

std::string_view render_cv(const Cv& cv, std::string& out) {
    switch (cv.layout.format) {
        case Format::markdown: render_markdown(cv, out); break;
        case Format::rst: render_rst(cv, out); break;
        case Format::text: render_text(cv, out); break;
        case Format::html: render_html(cv, out); break;
        case Format::json: render_json(cv, out); break;
        case Format::latex: render_latex(cv, out); break;
        case Format::docx: write_docx(build_blocks(cv), cv, out); break;
        case Format::pdf: write_pdf(build_blocks(cv), cv, out); break;
        case Format::odt: write_odt(build_blocks(cv), cv, out); break;
        case Format::count: break;
    }
    if (!cv.layout.charset.empty() && encode_legacy(out, cv.layout.charset)) return cv.layout.charset;
    return "UTF-8";
}

}  // namespace cvdex::gen
