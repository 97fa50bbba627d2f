// Word lists that tell the parts of an entry header apart: job titles, organisations, places,
// schools and degrees, in the languages the heading dictionaries cover.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "cvdex/text_util.hpp"
#include "entry_text.hpp"

namespace cvdex {
namespace {

constexpr std::string_view title_words[] = {
    "engineer", "engineers", "developer", "dev", "programmer", "manager", "lead", "leader", "head",
    "director", "intern", "internship", "trainee", "apprentice", "consultant", "architect", "analyst",
    "officer", "specialist", "scientist", "designer", "administrator", "admin", "cto", "ceo", "cfo", "coo",
    "cio", "vp", "president", "founder", "co-founder", "cofounder", "owner", "technician", "assistant",
    "researcher", "fellow", "teacher", "instructor", "lecturer", "professor", "tutor", "coach", "editor",
    "writer", "producer", "strategist", "coordinator", "associate", "executive", "contractor", "freelancer",
    "novice", "sre", "tester", "operator", "maintainer", "webmaster", "devops", "hacker", "evangelist",
    "advocate", "mentor", "volunteer", "student", "postdoc", "clerk", "sales", "accountant", "auditor",
    "werkstudent", "praktikant", "praktikantin", "entwickler", "entwicklerin", "ingenieur", "ingenieurin",
    "berater", "beraterin", "leiter", "leiterin", "geschäftsführer", "mitarbeiter", "architekt",
    "développeur", "développeuse", "ingénieur", "ingénieure", "chef", "responsable", "stagiaire",
    "directeur", "directrice", "consultante", "chargé", "desarrollador", "desarrolladora", "ingeniero",
    "ingeniera", "jefe", "gerente", "programador", "programadora", "analista", "becario", "becaria",
    "consultor", "consultora", "разработчик", "инженер", "программист", "руководитель", "ведущий",
    "старший", "аналитик", "директор", "менеджер", "стажер", "стажёр", "тестировщик", "администратор",
    "архитектор", "консультант", "тимлид", "сотрудник", "младший", "специалист", "преподаватель",
    "lehrbeauftragte", "lehrbeauftragter", "dozent", "dozentin", "werkstudentin", "referent", "referentin",
    "enseignant", "enseignante", "profesor", "profesora", "udvikler", "konsulent", "praktikant", "ontwikkelaar",
    "sviluppatore", "desenvolvedor",
};
// Suffixes of compound titles: "Softwareentwickler", "Systemadministrator".
constexpr std::string_view title_suffixes[] = {"entwickler", "ingenieur", "berater", "leiter", "architekt",
                                               "entwicklerin", "ingenieurin", "beraterin", "leiterin",
                                               "architektin", "administrator", "engineer", "developer",
                                               "manager", "managerin"};
constexpr std::string_view title_cjk[] = {"개발자", "엔지니어", "연구원", "開発者", "エンジニア", "工程师",
                                          "开发者", "經理", "经理", "総監", "主任"};

// Legal forms and institution words: a part holding one names an organisation even when it
// also holds a title word ("Consulting Engineers Ltd").
constexpr std::string_view org_words[] = {
    "inc", "llc", "ltd", "limited", "gmbh", "ag", "se", "sa", "srl", "s.r.l", "bv", "b.v", "nv", "plc", "corp",
    "corporation", "co", "company", "university", "universität", "université", "universidad",
    "universidade", "college", "institute", "institut", "instituto", "laboratory", "bank", "foundation",
    "ооо", "оао", "зао", "пао", "ао", "университет", "институт", "компания", "kg", "ug", "oy", "ab", "aps",
    "spa", "pty", "kk", "gbr", "e.v", "ltda", "jsc", "k.k", "s.p.a", "sas", "sarl", "oü", "a.s", "s.r.o",
    "d.o.o", "kft", "zrt", "z.o.o", "oyj", "asa", "pvt", "bhd", "sdn", "llp", "lp", "pllc", "ooo", "s.a", "s.l",
    "b.v", "n.v", "a.g", "ab", "gmbh&co",
};
// Words common in company names but also in titles ("Software Engineer", "Solutions Architect"):
// they name an organisation only in a part without a title word.
constexpr std::string_view weak_org_words[] = {
    "group", "labs", "lab", "technologies", "technology", "solutions", "systems", "studio", "studios",
    "agency", "consulting", "software", "services", "partners", "holding", "holdings", "ventures",
    "interactive", "media", "networks", "digital", "games", "analytics", "data", "logistics", "health",
};
constexpr std::string_view org_cjk[] = {"株式会社", "有限公司", "公司", "會社", "会社", "주식회사", "大學", "大学",
                                        "學校", "学校", "대학교"};

constexpr std::string_view location_words[] = {
    "remote", "hybrid", "onsite", "on-site", "worldwide", "anywhere", "homeoffice", "home", "office",
    "удаленно", "удалённо", "télétravail", "remoto", "fernarbeit",
    "usa", "us", "u.s", "united", "states", "america", "uk", "kingdom", "england", "scotland", "wales",
    "ireland", "canada", "mexico", "brazil", "argentina", "chile", "colombia", "peru", "germany",
    "deutschland", "austria", "österreich", "switzerland", "schweiz", "france", "spain", "españa",
    "portugal", "italy", "italia", "netherlands", "nederland", "belgium", "denmark", "danmark", "sweden",
    "sverige", "norway", "norge", "finland", "poland", "polska", "czechia", "czech", "republic", "slovakia",
    "hungary", "romania", "bulgaria", "greece", "turkey", "ukraine", "russia", "россия", "украина",
    "belarus", "беларусь", "kazakhstan", "estonia", "latvia", "lithuania", "serbia", "croatia", "slovenia",
    "israel", "egypt", "nigeria", "kenya", "south", "africa", "india", "pakistan", "bangladesh",
    "sri", "lanka", "nepal", "china", "japan", "korea", "taiwan", "singapore", "malaysia", "indonesia",
    "vietnam", "thailand", "philippines", "australia", "zealand", "new", "uae", "emirates", "arab",
    "saudi", "qatar", "europe", "eu", "emea", "apac", "latam", "north", "area", "bay", "city", "remote-first",
    "london", "berlin", "munich", "münchen", "hamburg", "paris", "madrid", "barcelona", "amsterdam",
    "dublin", "vienna", "wien", "zurich", "zürich", "prague", "warsaw", "moscow", "москва", "санкт-петербург",
    "saint", "st", "petersburg", "kyiv", "kiev", "tokyo", "seoul", "beijing", "shanghai", "bangalore",
    "bengaluru", "mumbai", "delhi", "kolkata", "hyderabad", "pune", "chennai", "sydney", "melbourne",
    "toronto", "vancouver", "montreal", "york", "san", "francisco", "seattle", "boston", "chicago",
    "austin", "los", "angeles", "portland", "denver", "atlanta",
};

constexpr std::string_view school_words[] = {
    "university", "universität", "universitat", "université", "universidad", "universidade", "università",
    "college", "school", "institute", "institut", "instituto", "academy", "akademie", "hochschule",
    "gymnasium", "polytechnic", "politecnico", "polytechnique", "école", "ecole", "lycée", "escuela",
    "faculty", "fakultät", "campus", "tu", "eth", "epfl", "mit", "университет", "институт", "академия",
    "училище", "колледж", "школа", "лицей", "мгу", "спбгу", "uni",
};
constexpr std::string_view school_cjk[] = {"大學", "大学", "學校", "学校", "高等學校", "高校", "대학교", "대학",
                                           "학교", "學院", "学院",
                                           "Đại học", "đại học", "Ysgol", "ysgol"};

constexpr std::string_view degree_words[] = {
    "bsc", "b.sc", "ba", "b.a", "bs", "b.s", "beng", "b.eng", "msc", "m.sc", "ma", "m.a", "ms", "m.s",
    "meng", "m.eng", "mba", "phd", "ph.d", "dphil", "bachelor", "bachelors", "bachelor's", "master",
    "masters", "master's", "diploma", "diplom", "degree", "doctorate", "doctor", "associate", "abitur",
    "licence", "licenciatura", "licenciado", "grado", "máster", "magister", "specialist", "engineer's",
    "certificate", "hnd", "a-levels", "gcse", "бакалавр", "магистр", "специалист", "аспирантура", "диплом",
    "кандидат", "ingénieur", "ingeniero", "mphil", "jd", "md", "dipl", "dipl.-ing", "studium", "ingeniería",
    "diplôme", "licenciada", "hons", "levels", "gcses", "b.e", "b.tech", "m.tech", "btech", "mtech",
    "学士", "修士", "博士", "学位", "학사", "석사", "박사",
};

constexpr std::string_view self_employment_words[] = {"freelance", "freelancer", "self-employed", "self employed", "indépendante",
                                                      "independent", "selbstständig", "selbständig",
                                                      "freiberuflich", "indépendant", "autónomo",
                                                      "фриланс", "самозанятый"};

// Case-folded words of a part, split at anything but letters, digits, '-', '\'' and '.' inside words.
std::vector<std::string> words_of(std::string_view part) {
    std::string folded = fold_case(part);
    std::vector<std::string> words;
    std::string word;
    const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
    const auto length = static_cast<int32_t>(folded.size());
    int32_t i = 0;
    while (i < length) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        bool inner = c == '-' || c == '\'' || c == '.';
        if (c >= 0 && (u_isalnum(c) || (inner && !word.empty()))) {
            word.append(folded, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    for (std::string& w : words)
        while (!w.empty() && (w.back() == '.' || w.back() == '-' || w.back() == '\'')) w.pop_back();
    // "University-Chico" is "university" too: add the pieces of hyphenated words.
    std::size_t whole = words.size();
    for (std::size_t w = 0; w < whole; ++w) {
        const std::string hyphenated = words[w];
        std::size_t start = 0, dash;
        if (hyphenated.find('-') == std::string::npos) continue;
        while ((dash = hyphenated.find('-', start)) != std::string::npos) {
            if (dash > start) words.push_back(hyphenated.substr(start, dash - start));
            start = dash + 1;
        }
        if (start < hyphenated.size()) words.push_back(hyphenated.substr(start));
    }
    return words;
}

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

template <std::size_t N>
bool any_word_in(std::string_view part, const std::string_view (&list)[N]) {
    for (const std::string& word : words_of(part))
        if (contains(list, word)) return true;
    return false;
}

template <std::size_t N>
bool any_substring(std::string_view part, const std::string_view (&list)[N]) {
    for (std::string_view s : list)
        if (part.find(s) != std::string_view::npos) return true;
    return false;
}

}  // namespace

bool has_title_word(std::string_view part) {
    for (const std::string& word : words_of(part)) {
        if (contains(title_words, word)) return true;
        for (std::string_view suffix : title_suffixes)
            if (word.size() >= suffix.size() + 2 && word.ends_with(suffix)) return true;  // "webentwickler"
    }
    return any_substring(part, title_cjk);
}

bool has_org_marker(std::string_view part) { return any_word_in(part, org_words) || any_substring(part, org_cjk); }

// Company names end with these words ("Acme Services"); in the middle they are prose ("Built
// services in Go").
bool has_weak_org_word(std::string_view part) {
    std::vector<std::string> words = words_of(part);
    return !words.empty() && contains(weak_org_words, words.back());
}

bool is_location(std::string_view part) {
    std::vector<std::string> words = words_of(part);
    if (words.empty() || words.size() > 5) return false;
    // A US state or country code after a city: "Portland, OR" arrives here as "OR".
    std::string_view trimmed = trim(part);
    if (trimmed.size() == 2 && trimmed[0] >= 'A' && trimmed[0] <= 'Z' && trimmed[1] >= 'A' && trimmed[1] <= 'Z')
        return true;
    return std::all_of(words.begin(), words.end(), [](const std::string& w) { return contains(location_words, w); });
}

bool has_school_word(std::string_view part) {
    return any_word_in(part, school_words) || any_substring(part, school_cjk);
}

bool has_degree_word(std::string_view part) { return any_word_in(part, degree_words); }

bool is_self_employment(std::string_view part) {
    std::string folded = fold_case(part);
    for (std::string_view word : self_employment_words)
        if (folded.find(word) != std::string::npos) return true;
    return false;
}

std::string split_self_employment(std::string_view part, std::string& role) {
    std::string_view text = trim(part);
    std::string folded = fold_case(text);
    for (std::string_view word : self_employment_words) {
        // Folding keeps these ASCII words' byte lengths, so positions carry over.
        if (folded.starts_with(word) && folded.size() > word.size() && folded[word.size()] == ' ') {
            role = std::string(trim(text.substr(word.size())));
            return has_title_word(role) ? std::string(text.substr(0, word.size())) : std::string();
        }
        if (folded.ends_with(word) && folded.size() > word.size() && folded[folded.size() - word.size() - 1] == ' ') {
            role = std::string(trim(text.substr(0, text.size() - word.size())));
            return has_title_word(role) ? std::string(text.substr(text.size() - word.size())) : std::string();
        }
    }
    return {};
}

bool is_private_activity(std::string_view employer) {
    std::string folded = fold_case(trim(employer));
    return folded == "private" || folded == "privat" || folded == "personal" || folded == "privé" ||
           folded == "privado" || folded == "личное";
}

}  // namespace cvdex
