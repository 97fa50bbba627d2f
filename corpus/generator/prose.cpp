// Template expansion. Slots: {b} build verb, {i} improve verb, {r} run verb, {l} lead verb,
// {w} work-with verb, {a} adjective, {m} modifier, {x} component, {d} domain, {u} audience,
// {k} metric, {t} team, {f} artifact, {q} practice, {P} period, {o} outcome clause, {p} percent,
// {n} digit, {N} thousands, {Y} years, {L} family label, {S} / {T} first / second skill,
// {Present|Past} a verb written inline.
#include "prose.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "roles.hpp"

namespace cvdex::gen {
namespace {

using sv = std::string_view;

// A pattern's signature names the kind of skill each skill slot takes: C code (languages),
// D data stores and data tools, I infrastructure, L frameworks and libraries, T tools,
// P practices ("TDD", "Microservices"), * any but a practice, = the same kind as the first.
}  // namespace

struct Pattern {
    sv signature;
    sv text;
};

namespace {

constexpr Pattern bullets_0[] = {
    {"", "{l} the {q} for the {t} team"},
    {"", "{Mentor|Mentored} {n} junior engineers through their first year"},
    {"", "{i} {k} by {p}%{P}"},
    {"", "{w} {u} and the {t} team on the {m} {x}"},
    {"", "{Write|Wrote} the {f} that every new {x} follows before release"},
    {"", "{Run|Ran} the weekly {q} for the {t} team"},
    {"", "{Take|Took} part in the on-call rotation for the {m} {x}"},
    {"", "{Interview|Interviewed} {n}0 candidates and {run|ran} the {t} team's onboarding"},
    {"", "{Present|Presented} the {m} {x} roadmap to {u} every quarter"},
    {"", "{Introduce|Introduced} {q} and {q} across the {t} team"},
    {"", "{b} the {a} {m} {x}{o}"},
    {"", "{b} the {m} {x} used by {u} in {d}"},
    {"", "{i} {k} of the {m} {x} by {p}%{P}"},
    {"", "{Write|Wrote} the {f} and the {f} for the {m} {x}"},
    {"", "{Lead|Led} {n} engineers on the {a} {m} {x}"},
    {"", "{Rotate|Rotated} through the {t} and {t} teams"},
    {"", "{r} the {m} {x} for {u} in {d}{o}"},
    {"", "{b} {a} {m} {X} for {u}"},
    {"", "{Turn|Turned} the {m} {x} into a {a} {x}{P}"},
    {"", "{Represent|Represented} the {t} team in {q}"},
};
constexpr Pattern bullets_1[] = {
    {"*", "{b} the {a} {m} {x} with {S}"},
    {"*", "{Introduce|Introduced} {S} in the {m} {x}{o}"},
    {"*", "{Teach|Taught} {n} {u} to use {S} for {m} work"},
    {"*", "{b} the {m} {x} using {S}{o}"},
    {"C", "{b} the {m} {x} in {S}{o}"},
    {"C", "{Write|Wrote} {S} code for the {a} {m} {x}{o}"},
    {"C", "{Write|Wrote} the {S} libraries shared by the {t} and {t} teams"},
    {"C", "{b} {m} tooling in {S} for the {t} team"},
    {"C", "{Review|Reviewed} {S} code for the {t} team and {write|wrote} its {f}"},
    {"C", "{Automate|Automated} the {m} {f} with {S} scripts"},
    {"C", "{Port|Ported} the {m} {x} to {S}{P}"},
    {"D", "{r} the {S} clusters behind the {m} {x}"},
    {"D", "{Profile|Profiled} and {tune|tuned} the {S} queries behind the {m} {x}"},
    {"D", "{Move|Moved} the {m} data to {S}{P}"},
    {"D", "{b} the {m} {x} on top of {S}{o}"},
    {"I", "{r} the {S} setup behind the {m} {x}"},
    {"I", "{Keep|Kept} the {S} setup of the {t} team healthy and documented"},
    {"I", "{l} the move of the {m} {x} to {S}{P}"},
    {"I", "{b} the {a} {m} {x} on {S} for {u}"},
    {"I", "{Deploy|Deployed} the {m} {x} to {S}{o}"},
    {"L", "{b} the {m} {x} on {S}{o}"},
    {"L", "{Upgrade|Upgraded} the {m} {x} to a current {S} release{P}"},
    {"L", "{Use|Used} {S} in the {m} {x}{o}"},
    {"T", "{Introduce|Introduced} {S} for the {m} {x}{o}"},
    {"T", "{Set up|Set up} {S} for the {t} team"},
    {"T", "{Roll out|Rolled out} {S} across the {t} team{P}"},
    {"P", "{Introduce|Introduced} {S} in the {t} team{P}"},
    {"P", "{l} the move to {S} for the {m} {x}"},
    {"P", "{Apply|Applied} {S} to the {a} {m} {x}{o}"},
    {"P", "{Coach|Coached} the {t} team in {S}"},
};
constexpr Pattern bullets_2[] = {
    {"**", "{b} the {m} {x} with {S} and {T}{o}"},
    {"**", "{Replace|Replaced} the {a} {m} {x} with {S} and {T}{o}"},
    {"**", "{l} the rewrite of the {m} {x} with {S} and {T}{P}"},
    {"**", "{b} {a} {m} {X} with {S} and {T}"},
    {"*=", "{Migrate|Migrated} the {m} {x} from {S} to {T}{P}"},
    {"C*", "{b} the {m} {x} in {S}, with {T} for the {a} parts"},
    {"C*", "{b} the {m} {x} in {S}; {T} for the {a} {x}"},
    {"CI", "{b} the {m} {x} in {S} and {run|ran} it on {T}"},
    {"D*", "{Connect|Connected} the {m} {x} to {S} through {T}"},
    {"II", "{r} the {S} and {T} setup behind the {m} {x}"},
    {"DD", "{Move|Moved} {m} reporting from {S} to {T}, cutting {k} by {p}%"},
    {"CC", "{l} the rewrite of the {m} {x} from {S} to {T}{P}"},
    {"P*", "{Introduce|Introduced} {S} in the {m} {x}, built with {T}"},
    {"*P", "{b} the {m} {x} with {S}, following {T}"},
    {"PP", "{Introduce|Introduced} {S} and {T} in the {t} team"},
};
constexpr Pattern contexts[] = {
    {"", "{a} {d} company with {n}0 engineers."},
    {"", "{d} start-up building {m} {X} for {u}."},
    {"", "Small team building {a} {m} {X} for {d} clients."},
    {"", "Consultancy; projects for {d} and {d} clients."},
    {"", "Joined the {t} team of a {d} scale-up."},
    {"", "Part of the {t} group, {n} teams and about {n}0 people."},
    {"", "{d} group; I worked on the {m} side."},
};
constexpr Pattern summary_open[] = {
    {"", "{L} with {Y} of experience in {d} and {d}."},
    {"", "{L} who has spent {Y} on {m} and {m} {X}."},
    {"", "{Y} in the industry, mostly in {d}."},
    {"", "{L}; {Y} of building {a} {m} {X} for {u}."},
};
constexpr Pattern summary_middle[] = {
    {"", "I care about {q}, {q} and {q}."},
    {"", "Happiest when working with {u} rather than guessing what they need."},
    {"", "Comfortable owning a {x} from the first {f} until it is retired."},
    {"", "I like {a} systems and small, reviewable changes."},
    {"", "Looking for a team that values {q} and {q}."},
    {"", "Recently I have been leading {q} and mentoring {u}."},
};
constexpr Pattern summary_skill_1[] = {
    {"*", "Day to day I work with {S}."},
    {"C", "Most of my work is in {S}."},
    {"C", "Lately I have been writing a lot of {S} code."},
    {"D", "I know {S} well, from schema design to failover."},
    {"I", "Most of what I run lives on {S}."},
    {"P", "I am a strong believer in {S}."},
};
constexpr Pattern summary_skill_2[] = {
    {"**", "Day to day I work with {S} and {T}."},
    {"C*", "Most of my work is in {S}, usually with {T}."},
    {"CC", "I write {S} for a living and keep a soft spot for {T}."},
    {"*P", "Day to day I work with {S}, and I care about {T}."},
    {"P*", "I care about {S}; day to day I work with {T}."},
    {"PP", "I care about {S} and {T}."},
};
constexpr Pattern activity_oss_0[] = {
    {"", "Open-source {x} for {d} teams; {n}00 GitHub stars and {n}0 contributors."},
    {"", "Reviewed pull requests and wrote documentation for {m} {X}."},
    {"", "Maintained with two friends in the evenings; used by {n} {d} companies."},
};
constexpr Pattern activity_oss_1[] = {
    {"C", "Open-source {a} {x} for {m} data, written in {S}."},
    {"C", "Command-line {x} for {m} work, written in {S} and maintained in my spare time."},
    {"*", "A {x} for {m} {f} built on {S}; {n}00 stars on GitHub."},
    {"*", "Library of {m} helpers for {S} users, with {n}0 contributors."},
    {"P", "Guides and examples on {S} for {m} teams; {n}00 stars on GitHub."},
};
constexpr Pattern activity_community_0[] = {
    {"", "Run a Saturday coding club for secondary-school students; {n}00 alumni so far."},
    {"", "Monthly one-to-one mentoring for {n} early-career engineers."},
    {"", "Organise evening meetups for about {n}0 {u}; recruit speakers."},
    {"", "Weekend projects for charities working in {d}."},
};
constexpr Pattern activity_community_1[] = {
    {"C", "Teach beginners to build small {X} in {S} every fortnight."},
    {"*", "Built the volunteer-run {m} {x} with {S} for a local charity."},
    {"*", "Weekend workshops on {S} for {u} changing careers."},
    {"P", "Monthly sessions on {S} for early-career engineers."},
};
constexpr Pattern talks_0[] = {
    {"", "Your {x} is a product"},
    {"", "What {n} years of {m} {X} taught us"},
    {"", "Lessons from a {a} {m} {x}"},
    {"", "{m} {X} without the drama"},
    {"", "The {m} {x} nobody wanted to own"},
    {"", "Paved roads for {u}"},
};
constexpr Pattern talks_1[] = {
    {"*", "{S} in production: {n} lessons"},
    {"*", "Moving to {S} without a big bang"},
    {"*", "{S} for {m} {X}"},
    {"*", "Boring {S}, happy {u}"},
    {"P", "{S} in practice: {n} lessons"},
};

constexpr sv safe_bullet = "Took part in the on-call rotation.";

WordClass class_of(char slot) {
    switch (slot) {
        case 'b': return WordClass::build_verb;
        case 'i': return WordClass::improve_verb;
        case 'r': return WordClass::run_verb;
        case 'l': return WordClass::lead_verb;
        case 'w': return WordClass::work_verb;
        case 'a': return WordClass::adjective;
        case 'm': return WordClass::modifier;
        case 'x': return WordClass::component;
        case 'd': return WordClass::domain;
        case 'u': return WordClass::audience;
        case 'k': return WordClass::metric;
        case 't': return WordClass::team;
        case 'f': return WordClass::artifact;
        case 'q': return WordClass::practice;
        case 'P': return WordClass::period;
        case 'o': return WordClass::outcome;
        default: return WordClass::count;
    }
}

bool is_verb(WordClass c) {
    return c == WordClass::build_verb || c == WordClass::improve_verb || c == WordClass::run_verb ||
           c == WordClass::lead_verb || c == WordClass::work_verb;
}

// "a" before a vowel sound (by spelling; 'u' and 'eu' are left alone: "a user", "a European").
void fix_articles(std::string& text) {
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        const bool word_start = i == 0 || text[i - 1] == ' ';
        if (!word_start || (text[i] != 'a' && text[i] != 'A') || text[i + 1] != ' ') continue;
        const char next = text[i + 2];
        if (next == 'a' || next == 'e' || next == 'i' || next == 'o' || next == 'A' || next == 'E' || next == 'I' ||
            next == 'O') {
            if (next == 'e' && i + 3 < text.size() && text[i + 3] == 'u') continue;
            text.insert(i + 1, "n");
        }
    }
}

// "service" -> "services", "bus" -> "buses", "library" -> "libraries"; "firmware" stays.
std::string plural(std::string_view noun) {
    std::string out(noun);
    if (out.ends_with("ware") || out.ends_with("data") || out.ends_with("OKRs") || out.ends_with("trees") ||
        out.ends_with("tests") || out.ends_with("rules"))
        return out;
    if (out.ends_with("s") || out.ends_with("x") || out.ends_with("ch") || out.ends_with("sh")) return out + "es";
    if (out.size() > 1 && out.back() == 'y' && std::string_view("aeiou").find(out[out.size() - 2]) == sv::npos)
        return out.substr(0, out.size() - 1) + "ies";
    return out + "s";
}

void capitalise(std::string& text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
}

}  // namespace

Prose::Prose(const SkillCatalog& catalog) : catalog_(catalog) {
    for (std::size_t c = 0; c < words_.size(); ++c) {
        const auto word_class = static_cast<WordClass>(c);
        for (sv word : words(word_class, Family::count)) {
            // Outcomes hold slots; check their literal text only.
            std::string literal;
            for (char ch : word)
                if (ch != '{' && ch != '}') literal += ch;
            if (catalog_.clean(is_verb(word_class) || word_class == WordClass::outcome ? sv(literal) : word))
                words_[c].push_back(word);
        }
    }
    for (std::size_t f = 0; f < family_count; ++f)
        for (sv word : words(WordClass::component, static_cast<Family>(f)))
            if (catalog_.clean(word)) components_[f].push_back(word);
}

std::string_view Prose::word(Rng& rng, WordClass word_class, Family family) const {
    if (word_class == WordClass::component && family != Family::count && rng.percent(55)) {
        const auto& list = components_[static_cast<std::size_t>(family)];
        if (!list.empty()) return list[rng.below(list.size())];
    }
    const auto& list = words_[static_cast<std::size_t>(word_class)];
    return list[rng.below(list.size())];
}

void Prose::expand(Rng& rng, std::string_view pattern, const Context& context, std::string& out, int depth) const {
    std::size_t i = 0;
    while (i < pattern.size()) {
        const char c = pattern[i];
        if (c != '{') {
            out += c;
            ++i;
            continue;
        }
        const std::size_t close = pattern.find('}', i);
        const sv slot = pattern.substr(i + 1, close - i - 1);
        i = close + 1;
        if (!slot.empty() && slot[0] == '?') {  // {?one;another;a third}: any of them
            std::vector<sv> choices;
            std::size_t from = 1;
            while (from <= slot.size()) {
                std::size_t semi = slot.find(';', from);
                if (semi == sv::npos) semi = slot.size();
                choices.push_back(slot.substr(from, semi - from));
                from = semi + 1;
            }
            out += choices[rng.below(choices.size())];
            continue;
        }
        if (const std::size_t bar = slot.find('|'); bar != sv::npos) {  // {Present|Past}
            out += context.present ? slot.substr(0, bar) : slot.substr(bar + 1);
            continue;
        }
        const char name = slot.empty() ? '?' : slot[0];
        switch (name) {
            case 'S':
            case 'T': {
                const std::size_t index = name == 'S' ? 0 : 1;
                if (index < context.skills.size()) out += catalog_.prose_form(rng, context.skills[index]);
                continue;
            }
            case 'p': out += fmt::format("{}", 10 * rng.between(1, 8) + 5 * rng.between(0, 1)); continue;
            case 'n': out += static_cast<char>('0' + rng.between(2, 9)); continue;
            case 'N': out += fmt::format("{},{}00", rng.between(1, 9), rng.between(0, 9)); continue;
            case 'Y': out += context.years == 1 ? std::string("1 year") : fmt::format("{} years", context.years); continue;
            case 'X': out += plural(word(rng, WordClass::component, context.family)); continue;
            case 'L': out += family_label(context.family); continue;
            default: break;
        }
        const WordClass word_class = class_of(name);
        if (word_class == WordClass::count) continue;
        const sv chosen = word(rng, word_class, context.family);
        if (is_verb(word_class)) {
            const std::size_t bar = chosen.find('|');
            out += context.present ? chosen.substr(0, bar) : chosen.substr(bar + 1);
        } else if (word_class == WordClass::outcome && depth < 2) {
            expand(rng, chosen, context, out, depth + 1);
        } else {
            out += chosen;
        }
    }
}

bool Prose::fits(std::string_view signature, std::span<const std::size_t> skills) const {
    if (signature.size() != skills.size()) return false;
    char first = 0;
    for (std::size_t i = 0; i < skills.size(); ++i) {
        const char kind = catalog_.kind(skills[i]);
        if (i == 0) first = kind;
        const char want = signature[i];
        if (want == '*' ? kind == 'P' : want != kind && !(want == '=' && kind == first)) return false;
    }
    return true;
}

Sentence Prose::draw(Rng& rng, std::span<const Pattern> patterns, const Context& context,
                     std::span<const Pattern> fallback, bool english) const {
    std::vector<const Pattern*> usable;
    for (const Pattern& p : patterns)
        if (fits(p.signature, context.skills)) usable.push_back(&p);
    std::vector<std::size_t> wanted(context.skills.begin(), context.skills.end());
    for (int attempt = 0; attempt < 6 && !usable.empty(); ++attempt) {
        Sentence sentence;
        expand(rng, usable[rng.below(usable.size())]->text, context, sentence.text);
        if (english) fix_articles(sentence.text);
        capitalise(sentence.text);
        if (catalog_.mentions_only(sentence.text, wanted)) {
            sentence.skills = wanted;
            return sentence;
        }
    }
    // The skills could not be written without naming others: write a sentence with none.
    Context plain = context;
    plain.skills = {};
    for (int attempt = 0; attempt < 6 && !fallback.empty(); ++attempt) {
        Sentence sentence;
        expand(rng, fallback[rng.below(fallback.size())].text, plain, sentence.text);
        if (english) fix_articles(sentence.text);
        capitalise(sentence.text);
        if (catalog_.clean(sentence.text)) return sentence;
    }
    return Sentence{std::string(safe_bullet), {}};
}

// Localised bullets: whole phrases chosen with {?a;b} slots, skills as {S} and {T}; noun style,
// so no tense. Words that name a skill are caught by the same check as the English ones.
constexpr Pattern de_0[] = {
    {"", "{?Entwicklung;Wartung;Betrieb;Modernisierung} der {?Abrechnungsplattform;Kundendatenbank;Zahlungsschnittstelle;Lagerverwaltung;Tourenplanung} für {?den Vertrieb;den Kundendienst;die Logistik;die Buchhaltung}"},
    {"", "Betreuung von {n} Werkstudenten und Praktikanten"},
    {"", "Senkung der Betriebskosten um {p}% durch {?Automatisierung;bessere Überwachung;klare Zuständigkeiten}"},
    {"", "Verantwortung für {?Bereitschaftsdienst;Releaseplanung;Code-Reviews} im Team von {n} Personen"},
    {"", "Abstimmung mit {?Fachabteilungen;Kunden;dem Produktmanagement} zu {?Anforderungen;Prioritäten;Schnittstellen}"},
};
constexpr Pattern de_1[] = {
    {"*", "{?Entwicklung;Neuentwicklung;Umstellung} der {?Abrechnungsplattform;Kundendatenbank;Zahlungsschnittstelle;Lagerverwaltung} mit {S}"},
    {"*", "Einführung von {S} im {?Vertrieb;Kundenportal;Rechnungswesen;Onlineshop}"},
    {"*", "Schulung von {n} Kolleginnen und Kollegen in {S}"},
    {"*", "Betrieb und Weiterentwicklung der {?Schnittstellen;Berichte;Datenstrecken} auf Basis von {S}"},
};
constexpr Pattern de_2[] = {
    {"**", "Aufbau der {?Abrechnungsplattform;Kundendatenbank;Tourenplanung} mit {S} und {T}"},
    {"**", "Migration der {?Lagerverwaltung;Zahlungsschnittstelle;Berichte} von {S} auf {T}"},
};
constexpr Pattern fr_0[] = {
    {"", "{?Conception;Maintenance;Refonte} de la {?plateforme de facturation;base clients;passerelle de paiement;gestion des stocks} pour {?les ventes;le service client;la logistique}"},
    {"", "Encadrement de {n} stagiaires et alternants"},
    {"", "Réduction des coûts d’exploitation de {p} % grâce à {?l’automatisation;une meilleure supervision}"},
    {"", "Animation des {?revues de code;rétrospectives;points techniques} d’une équipe de {n} personnes"},
};
constexpr Pattern fr_1[] = {
    {"*", "{?Développement;Refonte;Migration} de la {?plateforme de facturation;base clients;passerelle de paiement} avec {S}"},
    {"*", "Mise en place de {S} pour {?le portail client;la comptabilité;la boutique en ligne}"},
    {"*", "Formation de {n} collègues à {S}"},
};
constexpr Pattern fr_2[] = {
    {"**", "Conception de la {?plateforme de facturation;base clients;gestion des stocks} avec {S} et {T}"},
    {"**", "Migration des {?rapports;interfaces;traitements} de {S} vers {T}"},
};
constexpr Pattern es_0[] = {
    {"", "{?Desarrollo;Mantenimiento;Rediseño} de la {?plataforma de facturación;base de clientes;pasarela de pagos;gestión de almacén} para {?ventas;atención al cliente;logística}"},
    {"", "Formación de {n} becarios del equipo"},
    {"", "Reducción de los costes de operación en un {p} % con {?automatización;mejor monitorización}"},
    {"", "Coordinación de {?revisiones de código;guardias;entregas} en un equipo de {n} personas"},
};
constexpr Pattern es_1[] = {
    {"*", "{?Desarrollo;Rediseño;Migración} de la {?plataforma de facturación;base de clientes;pasarela de pagos} con {S}"},
    {"*", "Implantación de {S} en {?el portal de clientes;la contabilidad;la tienda en línea}"},
    {"*", "Formación de {n} compañeros en {S}"},
};
constexpr Pattern es_2[] = {
    {"**", "Diseño de la {?plataforma de facturación;base de clientes;gestión de almacén} con {S} y {T}"},
    {"**", "Migración de los {?informes;procesos;servicios} de {S} a {T}"},
};
constexpr Pattern ru_0[] = {
    {"", "{?Разработка;Поддержка;Модернизация} {?системы биллинга;клиентской базы;платёжного шлюза;складского учёта} для {?отдела продаж;службы поддержки;логистики}"},
    {"", "Наставничество для {n} стажёров"},
    {"", "Снижение затрат на эксплуатацию на {p}% за счёт {?автоматизации;улучшенного мониторинга}"},
    {"", "Проведение {?код-ревью;ретроспектив;планирования релизов} в команде из {n} человек"},
};
constexpr Pattern ru_1[] = {
    {"*", "{?Разработка;Переработка;Поддержка} {?системы биллинга;клиентского портала;платёжного шлюза} на {S}"},
    {"*", "Внедрение {S} в {?отделе продаж;бухгалтерии;интернет-магазине}"},
    {"*", "Обучение {n} коллег работе с {S}"},
};
constexpr Pattern ru_2[] = {
    {"**", "Создание {?системы биллинга;складского учёта;клиентской базы} на {S} и {T}"},
    {"**", "Перенос {?отчётов;сервисов;интеграций} с {S} на {T}"},
};

Sentence Prose::local_bullet(Rng& rng, Family family, Locale locale, std::span<const std::size_t> skills,
                             bool present) const {
    struct Tables {
        std::span<const Pattern> none, one, two;
    };
    Tables tables;
    switch (locale) {
        case Locale::de: tables = {de_0, de_1, de_2}; break;
        case Locale::fr: tables = {fr_0, fr_1, fr_2}; break;
        case Locale::es: tables = {es_0, es_1, es_2}; break;
        case Locale::ru: tables = {ru_0, ru_1, ru_2}; break;
        default: return bullet(rng, family, skills, present);
    }
    const Context context{family, present, skills.first(std::min<std::size_t>(skills.size(), 2)), 0};
    const std::span<const Pattern> patterns =
        context.skills.empty() ? tables.none : context.skills.size() == 1 ? tables.one : tables.two;
    return draw(rng, patterns, context, tables.none, false);
}

Sentence Prose::bullet(Rng& rng, Family family, std::span<const std::size_t> skills, bool present) const {
    const Context context{family, present, skills.first(std::min<std::size_t>(skills.size(), 2)), 0};
    if (context.skills.empty()) return draw(rng, bullets_0, context, bullets_0);
    if (context.skills.size() == 1) return draw(rng, bullets_1, context, bullets_0);
    return draw(rng, bullets_2, context, bullets_0);
}

std::string Prose::job_context(Rng& rng, Family family) const {
    return draw(rng, contexts, {family, false, {}, 0}, contexts).text;
}

Sentence Prose::summary(Rng& rng, Family family, int years, std::span<const std::size_t> skills) const {
    Sentence out = draw(rng, summary_open, {family, true, {}, years}, summary_open);
    // One or two different middle sentences.
    const std::size_t n = std::size(summary_middle);
    const std::size_t first = rng.below(n);
    const std::size_t second = rng.percent(50) ? (first + 1 + rng.below(n - 1)) % n : n;
    for (std::size_t i : {first, second}) {
        if (i == n) continue;
        out.text += ' ';
        out.text += draw(rng, {&summary_middle[i], 1}, {family, true, {}, years}, summary_middle).text;
    }
    if (!skills.empty()) {
        const auto named = skills.first(std::min<std::size_t>(skills.size(), 2));
        Sentence part = draw(rng, named.size() == 1 ? std::span<const Pattern>(summary_skill_1) : summary_skill_2,
                             {family, true, named, years}, summary_middle);
        out.text += ' ';
        out.text += part.text;
        out.skills = std::move(part.skills);
    }
    return out;
}

Sentence Prose::activity(Rng& rng, Family family, std::span<const std::size_t> skills, bool open_source) const {
    const Context context{family, false, skills.first(std::min<std::size_t>(skills.size(), 1)), 0};
    std::span<const Pattern> none = open_source ? std::span<const Pattern>(activity_oss_0) : activity_community_0;
    std::span<const Pattern> one = open_source ? std::span<const Pattern>(activity_oss_1) : activity_community_1;
    return draw(rng, context.skills.empty() ? none : one, context, none);
}

Sentence Prose::talk_title(Rng& rng, Family family, std::span<const std::size_t> skills) const {
    const Context context{family, false, skills.first(std::min<std::size_t>(skills.size(), 1)), 0};
    return draw(rng, context.skills.empty() ? std::span<const Pattern>(talks_0) : talks_1, context, talks_0);
}

std::size_t Prose::vocabulary_size() const {
    std::set<std::string> distinct;
    auto add_words = [&](sv text) {
        std::string current;
        for (char c : text) {
            const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '\'';
            if (letter) {
                current += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            } else if (!current.empty()) {
                distinct.insert(current);
                current.clear();
            }
        }
        if (!current.empty()) distinct.insert(current);
    };
    for (const auto& list : words_)
        for (sv w : list) add_words(w);
    for (const auto& list : components_)
        for (sv w : list) add_words(w);
    for (auto patterns : {std::span<const Pattern>(bullets_0), std::span<const Pattern>(bullets_1),
                          std::span<const Pattern>(bullets_2), std::span<const Pattern>(contexts),
                          std::span<const Pattern>(summary_open), std::span<const Pattern>(summary_middle)})
        for (const Pattern& p : patterns) add_words(p.text);
    return distinct.size();
}

}  // namespace cvdex::gen
