// Titles carry a word the CV reader knows as a role ("Engineer", "Entwickler", "разработчик"),
// as real titles do.
#include "roles.hpp"

#include <array>

namespace cvdex::gen {
namespace {

using sv = std::string_view;

struct FamilyTitles {
    std::array<sv, 6> bases;   // mid-level titles
    std::array<sv, 3> interns;
    std::array<sv, 4> heads;   // lead / principal level
    sv label;
};

constexpr FamilyTitles family_titles[] = {
    {{"Backend Engineer", "Software Engineer", "Software Developer", "Backend Developer", "Java Developer",
      "Python Developer"},
     {"Software Engineering Intern", "Backend Intern", "Graduate Software Engineer"},
     {"Tech Lead", "Engineering Manager", "Head of Backend Engineering", "Software Architect"},
     "Backend engineer"},
    {{"Frontend Engineer", "Front-End Developer", "UI Engineer", "Web Developer", "JavaScript Developer",
      "React Developer"},
     {"Frontend Intern", "Web Development Intern", "Junior Web Developer"},
     {"Frontend Lead", "Head of Frontend", "Engineering Manager", "Frontend Architect"},
     "Frontend engineer"},
    {{"Full-Stack Developer", "Full Stack Engineer", "Web Developer", "Software Engineer", "Software Developer",
      "Product Engineer"},
     {"Software Engineering Intern", "Web Development Intern", "Graduate Developer"},
     {"Tech Lead", "Engineering Manager", "CTO", "Lead Developer"},
     "Full-stack developer"},
    {{"Data Engineer", "Analytics Engineer", "ETL Developer", "BI Developer", "Data Analyst",
      "Data Platform Engineer"},
     {"Data Engineering Intern", "Graduate Data Analyst", "Data Analyst Intern"},
     {"Data Engineering Lead", "Head of Data", "Data Architect", "Data Engineering Manager"},
     "Data engineer"},
    {{"Machine Learning Engineer", "Data Scientist", "ML Engineer", "Research Scientist", "Applied Scientist",
      "Computer Vision Engineer"},
     {"Data Science Intern", "Research Intern", "Machine Learning Intern"},
     {"Head of Machine Learning", "ML Lead", "Principal Data Scientist", "Director of Data Science"},
     "Machine learning engineer"},
    {{"DevOps Engineer", "Site Reliability Engineer", "Cloud Engineer", "Infrastructure Engineer",
      "Systems Engineer", "Platform Engineer"},
     {"Infrastructure Intern", "Graduate Systems Engineer", "Junior Systems Administrator"},
     {"Head of Infrastructure", "SRE Lead", "Cloud Architect", "Platform Engineering Manager"},
     "Platform engineer"},
    {{"Android Developer", "iOS Developer", "Mobile Engineer", "Mobile Developer", "Android Engineer",
      "iOS Engineer"},
     {"Mobile Development Intern", "Android Intern", "Graduate Mobile Developer"},
     {"Mobile Lead", "Head of Mobile", "Mobile Engineering Manager", "Mobile Architect"},
     "Mobile engineer"},
    {{"Embedded Software Engineer", "Firmware Engineer", "Embedded Developer", "Embedded Systems Engineer",
      "Software Engineer", "Systems Programmer"},
     {"Embedded Software Intern", "Graduate Engineer", "Firmware Intern"},
     {"Firmware Lead", "Embedded Software Architect", "Head of Embedded Software", "Engineering Manager"},
     "Embedded software engineer"},
    {{"QA Engineer", "Test Automation Engineer", "Software Development Engineer in Test", "Quality Assurance Analyst",
      "Software Tester", "QA Analyst"},
     {"QA Intern", "Junior Tester", "Graduate Test Engineer"},
     {"QA Lead", "Head of Quality", "Test Manager", "Quality Engineering Manager"},
     "Test automation engineer"},
    {{"Security Engineer", "Application Security Engineer", "Penetration Tester", "Security Analyst",
      "Cloud Security Engineer", "Security Consultant"},
     {"Security Intern", "Graduate Security Analyst", "SOC Analyst Intern"},
     {"Head of Security", "Security Architect", "Principal Security Engineer", "Security Engineering Manager"},
     "Security engineer"},
    {{"Game Developer", "Gameplay Programmer", "Graphics Programmer", "Engine Programmer", "Tools Programmer",
      "Game Programmer"},
     {"Game Programming Intern", "Junior Gameplay Programmer", "QA Tester"},
     {"Lead Engine Programmer", "Technical Director", "Lead Programmer", "Head of Engineering"},
     "Game programmer"},
    {{"Software Engineer", "Software Developer", "Technical Lead", "Team Lead", "Engineering Manager",
      "Product Engineer"},
     {"Software Engineering Intern", "Graduate Developer", "Junior Developer"},
     {"Head of Engineering", "VP of Engineering", "Director of Engineering", "CTO"},
     "Engineering leader"},
};

struct LocalTitles {
    std::array<sv, 6> bases;
    std::array<sv, 3> interns;
    std::array<sv, 3> heads;
    sv senior;  // prefix or pattern for senior titles
    sv junior;
};

constexpr LocalTitles de_titles{
    {"Softwareentwickler", "Backend-Entwickler", "Frontend-Entwickler", "Softwareingenieur", "Webentwickler",
     "Systemadministrator"},
    {"Werkstudent Softwareentwicklung", "Praktikant Softwareentwicklung", "Werkstudent IT"},
    {"Teamleiter Softwareentwicklung", "Leiter Entwicklung", "Softwarearchitekt"},
    "Senior ",
    "Junior "};
constexpr LocalTitles fr_titles{
    {"Développeur backend", "Ingénieur logiciel", "Développeur full-stack", "Développeur web",
     "Ingénieur d’études et développement", "Développeur mobile"},
    {"Stagiaire développeur", "Stagiaire ingénieur logiciel", "Développeur en alternance"},
    {"Responsable technique", "Directeur technique", "Chef de projet technique"},
    " senior",
    " junior"};
constexpr LocalTitles es_titles{
    {"Desarrollador backend", "Ingeniero de software", "Desarrollador full stack", "Programador",
     "Ingeniero de datos", "Desarrollador web"},
    {"Becario de desarrollo", "Práctica profesional (becario de desarrollo)", "Programador en prácticas"},
    {"Jefe de desarrollo", "Gerente de tecnología", "Jefe de proyecto"},
    " sénior",
    " júnior"};
constexpr LocalTitles ru_titles{
    {"Разработчик", "Программист", "Инженер-программист", "Backend-разработчик", "Аналитик данных",
     "Frontend-разработчик"},
    {"Стажёр-программист", "Стажёр-разработчик", "Младший программист (стажировка)"},
    {"Руководитель группы разработки", "Технический директор", "Руководитель отдела разработки"},
    "Ведущий ",
    "Младший "};
constexpr LocalTitles ja_titles{
    {"ソフトウェアエンジニア", "バックエンドエンジニア", "データエンジニア", "インフラエンジニア",
     "フロントエンドエンジニア", "アプリケーションエンジニア"},
    {"インターンエンジニア", "アシスタントエンジニア", "ジュニアエンジニア"},
    {"エンジニアリングマネージャー", "リードエンジニア", "主任エンジニア"},
    "シニア",
    "ジュニア"};

const LocalTitles& local_titles(Locale locale) {
    switch (locale) {
        case Locale::de: return de_titles;
        case Locale::fr: return fr_titles;
        case Locale::es: return es_titles;
        case Locale::ru: return ru_titles;
        default: return ja_titles;
    }
}

// "Разработчик" -> "разработчик" after a modifier ("Ведущий разработчик"); Latin too
// ("Backend-разработчик" -> "backend-разработчик").
std::string lower_first(std::string text) {
    if (text.empty()) return text;
    auto b0 = static_cast<unsigned char>(text[0]);
    if (b0 >= 'A' && b0 <= 'Z') {
        text[0] = static_cast<char>(b0 + 32);
    } else if (b0 == 0xD0 && text.size() > 1) {
        auto b1 = static_cast<unsigned char>(text[1]);
        if (b1 >= 0x90 && b1 <= 0x9F) text[1] = static_cast<char>(b1 + 0x20);  // А..П
        else if (b1 >= 0xA0 && b1 <= 0xAF) text[0] = static_cast<char>(0xD1), text[1] = static_cast<char>(b1 - 0x20);  // Р..Я
    }
    return text;
}

std::string local_title(Rng& rng, Seniority seniority, Locale locale) {
    const LocalTitles& t = local_titles(locale);
    const bool suffix = locale == Locale::fr || locale == Locale::es;
    auto with = [&](sv modifier) {
        std::string base(rng.pick(t.bases));
        if (locale == Locale::ru) base = lower_first(std::move(base));
        return suffix ? base + std::string(modifier) : std::string(modifier) + base;
    };
    switch (seniority) {
        case Seniority::intern: return std::string(rng.pick(t.interns));
        case Seniority::junior: return rng.percent(60) ? with(t.junior) : std::string(rng.pick(t.bases));
        case Seniority::mid: return std::string(rng.pick(t.bases));
        case Seniority::senior: return with(t.senior);
        case Seniority::lead:
        case Seniority::principal: return rng.percent(50) ? std::string(rng.pick(t.heads)) : with(t.senior);
    }
    return std::string(rng.pick(t.bases));
}

constexpr sv en_degrees[] = {"BSc Computer Science", "BSc Software Engineering", "BEng Electronic Engineering",
                             "BEng Computer Engineering", "B.Tech Information Technology", "BA Mathematics",
                             "BSc Physics", "BSc Statistics", "BSc Information Systems",
                             "B.E. Computer Science and Engineering", "BSc Mathematics and Computing",
                             "BSc Electrical Engineering", "BA Economics", "BSc Cognitive Science"};
constexpr sv en_postgrad[] = {"MSc Computer Science", "MSc Data Science", "MSc Artificial Intelligence",
                              "MEng Software Engineering", "MSc Information Security", "PhD Computer Science",
                              "MBA", "MSc Distributed Systems", "MSc Applied Mathematics", "PhD Physics",
                              "MSc Human-Computer Interaction", "M.Tech Computer Science"};
constexpr sv de_degrees[] = {"B.Sc. Informatik", "B.Sc. Wirtschaftsinformatik", "B.Eng. Elektrotechnik",
                             "B.Sc. Mathematik"};
constexpr sv de_postgrad[] = {"M.Sc. Informatik", "Diplom-Informatiker", "Diplom-Ingenieur Elektrotechnik",
                              "M.Sc. Data Science"};
constexpr sv fr_degrees[] = {"Licence Informatique", "Licence Mathématiques", "DUT Informatique",
                             "Licence professionnelle Développement web"};
constexpr sv fr_postgrad[] = {"Master Informatique", "Diplôme d’ingénieur en informatique", "Master Science des données",
                              "Doctorat en informatique"};
constexpr sv es_degrees[] = {"Grado en Ingeniería Informática", "Licenciatura en Matemáticas",
                             "Grado en Ingeniería de Telecomunicación", "Ingeniería Civil en Computación"};
constexpr sv es_postgrad[] = {"Máster en Ciencia de Datos", "Máster en Ingeniería del Software",
                              "Doctorado en Informática", "Máster en Ciberseguridad"};
constexpr sv ru_degrees[] = {"Бакалавр, Прикладная математика и информатика", "Бакалавр, Программная инженерия",
                             "Специалист, Информатика и вычислительная техника"};
constexpr sv ru_postgrad[] = {"Магистр, Программная инженерия", "Магистр, Прикладная математика",
                              "Аспирантура, Системный анализ"};
constexpr sv ja_degrees[] = {"工学部 情報工学科 卒業（学士（工学））", "理学部 数学科 卒業（学士（理学））",
                             "情報学部 情報科学科 卒業（学士（情報学））"};
constexpr sv ja_postgrad[] = {"大学院 情報理工学研究科 修了（修士（工学））", "大学院 情報学研究科 修了（修士（情報学））"};

constexpr sv self_employed_en[] = {"Freelance", "Self-employed", "Freelance", "Self-Employed"};

constexpr sv oss_roles[] = {"Maintainer", "Author", "Core Contributor", "Contributor", "Co-maintainer"};
constexpr sv community_roles[] = {"Mentor", "Organiser", "Volunteer", "Co-organiser", "Coach", "Board Member"};

}  // namespace

std::string job_title(Rng& rng, Family family, Seniority seniority, Locale locale) {
    if (locale != Locale::en && rng.percent(85)) return local_title(rng, seniority, locale);
    const FamilyTitles& t = family_titles[static_cast<std::size_t>(family)];
    std::string base(t.bases[rng.below(family == Family::management ? 2 : t.bases.size())]);
    switch (seniority) {
        case Seniority::intern: return std::string(rng.pick(t.interns));
        case Seniority::junior: return rng.percent(55) ? "Junior " + base : base;
        case Seniority::mid: return base;
        case Seniority::senior: return rng.percent(85) ? "Senior " + base : "Lead " + base;
        case Seniority::lead:
            if (rng.percent(40)) return std::string(rng.pick(t.heads));
            return (rng.percent(50) ? "Staff " : "Lead ") + base;
        case Seniority::principal:
            if (rng.percent(60)) return std::string(rng.pick(t.heads));
            return "Principal " + base;
    }
    return base;
}

std::string side_title(Rng& rng, Family family, SideKind kind, Locale locale) {
    const FamilyTitles& t = family_titles[static_cast<std::size_t>(family)];
    std::string base(t.bases[rng.below(t.bases.size())]);
    switch (kind) {
        case SideKind::freelance:
            if (locale == Locale::de) return "Freiberuflicher Softwareentwickler";
            if (locale == Locale::fr) return "Développeur freelance";
            if (locale == Locale::es) return "Desarrollador freelance";
            if (locale == Locale::ru) return "Разработчик (фриланс)";
            return rng.percent(50) ? base : "Freelance " + base;
        case SideKind::lecturer:
            if (locale == Locale::de) return "Lehrbeauftragter für Softwaretechnik (Teilzeit)";
            if (locale == Locale::fr) return "Enseignant vacataire";
            if (locale == Locale::es) return "Profesor asociado (medio tiempo)";
            if (locale == Locale::ru) return "Преподаватель (по совместительству)";
            return rng.percent(50) ? "Part-time Lecturer" : "Visiting Lecturer";
        case SideKind::part_time:
            if (locale != Locale::en) return base;
            return base + " (part-time)";
        case SideKind::consultant:
            if (locale == Locale::de) return "IT-Berater";
            if (locale == Locale::fr) return "Consultant indépendant";
            if (locale == Locale::es) return "Consultor independiente";
            if (locale == Locale::ru) return "Консультант";
            return rng.percent(50) ? "Technical Consultant" : "Consultant";
    }
    return base;
}

std::string self_employed_name(Rng& rng, Locale locale) {
    switch (locale) {
        case Locale::de: return rng.percent(50) ? "Selbstständig" : "Freiberuflich";
        case Locale::fr: return "Indépendant";
        case Locale::es: return "Autónomo";
        case Locale::ru: return "Фриланс";
        default: return std::string(rng.pick(self_employed_en));
    }
}

std::string degree(Rng& rng, bool postgraduate, Locale locale) {
    switch (locale) {
        case Locale::de: return std::string(postgraduate ? rng.pick(de_postgrad) : rng.pick(de_degrees));
        case Locale::fr: return std::string(postgraduate ? rng.pick(fr_postgrad) : rng.pick(fr_degrees));
        case Locale::es: return std::string(postgraduate ? rng.pick(es_postgrad) : rng.pick(es_degrees));
        case Locale::ru: return std::string(postgraduate ? rng.pick(ru_postgrad) : rng.pick(ru_degrees));
        case Locale::ja: return std::string(postgraduate ? rng.pick(ja_postgrad) : rng.pick(ja_degrees));
        case Locale::en: break;
    }
    return std::string(postgraduate ? rng.pick(en_postgrad) : rng.pick(en_degrees));
}

std::string_view activity_role(Rng& rng, bool open_source) {
    return open_source ? rng.pick(oss_roles) : rng.pick(community_roles);
}

std::string_view family_label(Family family) { return family_titles[static_cast<std::size_t>(family)].label; }

}  // namespace cvdex::gen
