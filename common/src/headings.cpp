// Heading dictionaries: which words name which kind of section, in English, German, French,
// Spanish, Russian, a few more European languages, and Chinese/Japanese/Korean (including the
// Hanja forms Korean CVs use).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "cvdex/segment.hpp"
#include "cvdex/text_util.hpp"
#include "heading_text.hpp"

namespace cvdex {
namespace {

struct HeadingPattern {
    std::string_view words;  ///< folded; matched as whole words (or as a substring for CJK)
    SectionKind kind;
    bool weak_ok = true;     ///< may also classify a weak heading (bold, ALL-CAPS, "Text:")
};

using K = SectionKind;

// Order matters: the first pattern found in a heading decides, so the more specific patterns
// ("open source", "technical summary", "programming languages") come before the general ones
// ("experience", "summary", "languages").
constexpr HeadingPattern patterns[] = {
    // Not employment, although these sections often hold date ranges.
    {"open source", K::projects}, {"open-source", K::projects}, {"opensource", K::projects},
    {"oss", K::projects}, {"side projects", K::projects}, {"projects", K::projects},
    {"project", K::projects, false}, {"portfolio", K::projects}, {"talks", K::projects},
    {"speaking", K::projects}, {"conferences", K::projects}, {"presentations", K::projects},
    {"publications", K::projects}, {"volunteer", K::projects}, {"volunteering", K::projects},
    {"mentoring", K::projects}, {"mentorship", K::projects}, {"community", K::projects, false},
    {"hackathons", K::projects}, {"contributions", K::projects},
    {"projekte", K::projects}, {"vorträge", K::projects}, {"ehrenamt", K::projects},
    {"veröffentlichungen", K::projects}, {"projets", K::projects}, {"bénévolat", K::projects},
    {"conférences", K::projects}, {"proyectos", K::projects}, {"voluntariado", K::projects},
    {"publicaciones", K::projects}, {"charlas", K::projects}, {"проекты", K::projects},
    {"выступления", K::projects}, {"публикации", K::projects}, {"волонтерство", K::projects},
    {"волонтёрство", K::projects}, {"наставничество", K::projects}, {"менторство", K::projects}, {"projecten", K::projects}, {"progetti", K::projects},
    {"發表", K::projects}, {"发表", K::projects}, {"發表", K::projects}, {"プロジェクト", K::projects},
    {"项目", K::projects}, {"專案", K::projects}, {"프로젝트", K::projects}, {"멘토링", K::projects},
    {"오픈 소스", K::projects}, {"오픈소스", K::projects}, {"オープンソース", K::projects},
    {"开源", K::projects}, {"開源", K::projects}, {"발표", K::projects},

    // Skills (before "summary" and "languages").
    {"technical summary", K::skills}, {"programming languages", K::skills}, {"frameworks", K::skills},
    {"languages and frameworks", K::skills},
    {"skills", K::skills}, {"skill", K::skills}, {"competencies", K::skills},
    {"competences", K::skills}, {"core competencies", K::skills}, {"technologies", K::skills},
    {"technology", K::skills, false}, {"tech stack", K::skills}, {"technical", K::skills, false},
    {"expertise", K::skills}, {"toolbox", K::skills}, {"tools", K::skills, false},
    {"stack", K::skills, false}, {"proficiencies", K::skills}, {"specialties", K::skills},
    {"kenntnisse", K::skills}, {"it-kenntnisse", K::skills}, {"fähigkeiten", K::skills},
    {"kompetenzen", K::skills}, {"technologien", K::skills}, {"fertigkeiten", K::skills},
    {"compétences", K::skills}, {"savoir-faire", K::skills}, {"habilidades", K::skills},
    {"conocimientos", K::skills}, {"competencias", K::skills}, {"tecnologías", K::skills},
    {"aptitudes", K::skills}, {"навыки", K::skills}, {"технологии", K::skills},
    {"умения", K::skills}, {"компетенции", K::skills}, {"kompetencer", K::skills},
    {"vaardigheden", K::skills}, {"competenze", K::skills}, {"技術", K::skills}, {"技术", K::skills},
    {"技能", K::skills}, {"기술", K::skills}, {"スキル", K::skills}, {"專長", K::skills},

    // Summaries whose names contain an experience word: 職務要約 ("career summary").
    {"職務要約", K::summary}, {"職務概要", K::summary}, {"経歴要約", K::summary}, {"登壇", K::projects},
    {"コミュニティ", K::projects}, {"社区", K::projects}, {"커뮤니티", K::projects},

    // Employment.
    {"experience", K::experience}, {"experiences", K::experience}, {"employment", K::experience},
    {"work history", K::experience}, {"career", K::experience}, {"positions", K::experience, false},
    {"professional background", K::experience}, {"work", K::experience, false},
    {"berufserfahrung", K::experience}, {"erfahrung", K::experience},
    {"werdegang", K::experience}, {"berufliche", K::experience}, {"beruflicher", K::experience},
    {"expérience", K::experience}, {"expériences", K::experience},
    {"parcours professionnel", K::experience}, {"experiencia", K::experience},
    {"trayectoria", K::experience}, {"опыт", K::experience},
    {"трудовая деятельность", K::experience}, {"места работы", K::experience},
    {"erhvervserfaring", K::experience}, {"erfaring", K::experience}, {"werkervaring", K::experience},
    {"esperienza", K::experience}, {"esperienze", K::experience}, {"experiência", K::experience},
    {"職務", K::experience}, {"職歴", K::experience}, {"経歴", K::experience}, {"經歷", K::experience},
    {"经历", K::experience}, {"工作经验", K::experience}, {"경력", K::experience},

    // Education.
    {"education", K::education}, {"academic", K::education}, {"qualifications", K::education},
    {"degrees", K::education}, {"studies", K::education}, {"ausbildung", K::education},
    {"bildung", K::education}, {"studium", K::education}, {"formation", K::education},
    {"études", K::education}, {"educación", K::education}, {"formación", K::education},
    {"estudios", K::education}, {"образование", K::education}, {"uddannelse", K::education},
    {"opleiding", K::education}, {"istruzione", K::education}, {"學歷", K::education},
    {"学历", K::education}, {"学歴", K::education}, {"학력", K::education}, {"教育", K::education},

    {"certifications", K::certifications}, {"certification", K::certifications},
    {"certificates", K::certifications}, {"licenses", K::certifications},
    {"courses", K::certifications}, {"zertifikate", K::certifications},
    {"zertifizierungen", K::certifications}, {"certificats", K::certifications},
    {"certificaciones", K::certifications}, {"сертификаты", K::certifications},
    {"курсы", K::certifications}, {"資格", K::certifications}, {"자격증", K::certifications},

    {"languages", K::languages}, {"language", K::languages}, {"sprachen", K::languages},
    {"sprachkenntnisse", K::languages}, {"langues", K::languages}, {"idiomas", K::languages},
    {"языки", K::languages}, {"знание языков", K::languages}, {"sprog", K::languages},
    {"語学", K::languages}, {"언어", K::languages}, {"语言", K::languages},

    {"summary", K::summary}, {"profile", K::summary, false}, {"about me", K::summary},
    {"about", K::summary, false}, {"objective", K::summary}, {"overview", K::summary},
    {"introduction", K::summary}, {"resume", K::summary, false}, {"résumé", K::summary, false},
    {"resumé", K::summary, false}, {"personal statement", K::summary}, {"profil", K::summary},
    {"zusammenfassung", K::summary}, {"über mich", K::summary}, {"kurzprofil", K::summary},
    {"à propos", K::summary}, {"perfil", K::summary}, {"resumen", K::summary},
    {"sobre mí", K::summary}, {"о себе", K::summary}, {"обо мне", K::summary},
    {"резюме", K::summary, false}, {"概要", K::summary}, {"槪要", K::summary},
    {"자기소개", K::summary}, {"요약", K::summary}, {"簡介", K::summary}, {"简介", K::summary},
    {"自己紹介", K::summary}, {"个人简介", K::summary},

    {"contact", K::contacts}, {"contacts", K::contacts}, {"personal information", K::contacts},
    {"personal details", K::contacts}, {"personal data", K::contacts}, {"kontakt", K::contacts},
    {"persönliche daten", K::contacts}, {"coordonnées", K::contacts}, {"contacto", K::contacts},
    {"datos personales", K::contacts}, {"контакты", K::contacts},
    {"личная информация", K::contacts}, {"個人 情報", K::contacts}, {"個人情報", K::contacts},
    {"연락처", K::contacts}, {"联系方式", K::contacts}, {"个人信息", K::contacts},

    // Known headings that are none of the above: they end the previous section.
    {"interests", K::other}, {"hobbies", K::other}, {"awards", K::other}, {"honors", K::other},
    {"honours", K::other}, {"references", K::other}, {"activities", K::other},
    {"personal characteristics", K::other}, {"interessen", K::other}, {"hobbys", K::other},
    {"centres d'intérêt", K::other}, {"intereses", K::other}, {"интересы", K::other},
    {"хобби", K::other}, {"關心事", K::other}, {"受賞", K::other},
};

bool has_cjk_or_hangul(std::string_view text) {
    for (unsigned char c : text)
        if (c >= 0xE3 && c <= 0xED) return true;  // lead bytes of U+3000..U+DFFF
    return false;
}

// A pattern as it is searched for: CJK words as a substring, others as " words " in the
// space-padded heading. Made once: every line that might be a heading is classified.
struct PatternNeedle {
    std::string needle;
    bool substring;
    const HeadingPattern* pattern;
};

const std::vector<PatternNeedle>& pattern_needles() {
    static const std::vector<PatternNeedle> needles = [] {
        std::vector<PatternNeedle> out;
        for (const HeadingPattern& p : patterns) {
            const bool cjk = has_cjk_or_hangul(p.words);
            std::string needle(p.words);
            if (!cjk) needle = std::string(1, ' ').append(p.words).append(1, ' ');  // appended: GCC 12 warns wrongly on +
            out.push_back({std::move(needle), cjk, &p});
        }
        return out;
    }();
    return needles;
}

SectionKind classify(std::string_view heading, bool weak) {
    std::string normal = normalize_heading(heading);
    if (normal.empty() || normal.size() > 80) return SectionKind::none;
    const std::string padded = " " + normal + " ";
    for (const PatternNeedle& p : pattern_needles()) {
        if (weak && !p.pattern->weak_ok) continue;
        if ((p.substring ? normal : padded).find(p.needle) != std::string::npos) return p.pattern->kind;
    }
    return SectionKind::none;
}

}  // namespace

SectionKind classify_heading(std::string_view heading) { return classify(heading, false); }

SectionKind classify_weak_heading(std::string_view heading) {
    if (word_count(normalize_heading(heading)) > 5) return SectionKind::none;
    return classify(heading, true);
}

}  // namespace cvdex
