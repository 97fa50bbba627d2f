// Employer names are stems joined into invented compounds ("Harbour" + "line"), a sector word and
// the legal form of the employer's country. No name is a real company on purpose; a collision
// with one would be a coincidence of common English words.
#include "organisations.hpp"

#include <algorithm>
#include <unordered_set>

namespace cvdex::gen {
namespace {

using sv = std::string_view;

constexpr sv stem_heads[] = {
    "North", "South", "East", "West", "Blue", "Red", "Green", "Silver", "Golden", "Iron", "Copper", "Stone",
    "River", "Harbour", "Quill", "Saffron", "Lumen", "Kestrel", "Granite", "Cedar", "Maple", "Willow", "Birch",
    "Aspen", "Oak", "Pine", "Ember", "Frost", "Storm", "Sun", "Moon", "Star", "Sky", "Tide", "Wave", "Coral",
    "Reef", "Summit", "Ridge", "Vale", "Glen", "Brook", "Meadow", "Fern", "Heather", "Thistle", "Bracken",
    "Juniper", "Hazel", "Rowan", "Alder", "Hawthorn", "Falcon", "Heron", "Otter", "Badger", "Fox", "Wren",
    "Lark", "Raven", "Osprey", "Lynx", "Bison", "Marten", "Sable", "Amber", "Indigo", "Cobalt", "Scarlet",
    "Ivory", "Onyx", "Jade", "Pearl", "Opal", "Quartz", "Flint", "Slate", "Chalk", "Clay", "Brick", "Mill",
    "Forge", "Anchor", "Beacon", "Compass", "Lantern", "Keystone", "Cinder", "Bright", "Clear", "True", "Rapid",
    "Nimble", "Bold", "Wise", "Far", "High", "Deep", "Long", "Wild", "Still", "Quiet", "Hollow", "Crown",
    "Castle", "Tower", "Bridge", "Haven", "Port", "Cove", "Isle", "Marsh", "Fen", "Moor", "Heath", "Dune",
    "Mesa", "Canyon", "Prairie", "Glacier", "Nova", "Orbit", "Pixel", "Cipher", "Signal", "Lattice", "Prism",
    "Helix", "Axiom", "Tangent", "Corrib", "Shannon", "Severn", "Mersey", "Tamar", "Kennet", "Lumen", "Vesper",
    "Hollin", "Gorse", "Sorrel", "Tansy", "Yarrow", "Bramble", "Clover", "Nettle", "Briar", "Larch", "Spruce",
};
constexpr sv stem_tails[] = {
    "wind", "line", "feather", "leaf", "fold", "field", "gate", "stone", "bridge", "works", "peak", "forge",
    "light", "wood", "brook", "mark", "point", "path", "way", "shore", "crest", "fall", "ford", "haven", "ridge",
    "well", "hill", "dale", "moor", "wick", "ton", "bury", "mere", "stead", "vale", "glade", "bloom", "root",
    "seed", "craft", "shift", "wise", "ly", "io", "ora", "ex", "on", "ium", "era", "ara", "ova", "ix", "yx",
    "loop", "beam", "spire", "field", "water", "harbour", "holm", "combe", "ness", "worth", "gard",
};
constexpr sv sectors[] = {
    "Payments", "Logistics", "Analytics", "Systems", "Labs", "Software", "Health", "Insurance", "Energy",
    "Robotics", "Media", "Games", "Bank", "Retail", "Mobility", "Telecom", "Capital", "Studios", "Technologies",
    "Solutions", "Networks", "Digital", "Security", "Foods", "Travel", "Learning", "Biotech", "Motors", "Markets",
    "Pharma", "Works", "Interactive", "Data", "Group", "Partners", "Consulting", "Ventures", "Grid", "Maps",
    "Freight", "Aerospace", "Semiconductors", "Fintech", "Marine", "Agritech", "Logic", "Devices", "Commerce",
    "Mutual", "Credit", "Wealth", "Clinics", "Diagnostics", "Shipping", "Airlines", "Rail", "Utilities",
    "Broadcasting", "Publishing", "Education", "Properties", "Brewing", "Outdoor", "Fashion", "Audio",
    "Instruments", "Sensors", "Vision", "Mapping", "Weather", "Satellites", "Exchange", "Ledger", "Lending",
};
constexpr sv word_pairs_first[] = {"Blue", "Red", "Silver", "Golden", "Little", "Grey", "Black", "White", "Green",
                                   "Tall", "Old", "New", "Quiet", "Iron", "Seven", "Twin", "Northern", "Southern"};
constexpr sv word_pairs_second[] = {"Heron", "Otter", "Fox", "Oak", "Harbour", "Lantern", "Anchor", "Kite", "Owl",
                                    "Hare", "Gate", "Bridge", "Pine", "Crow", "Finch", "Mill", "Orchard", "Ferry"};

struct LegalForm {
    sv text;
    int percent;  // cumulative
};

// Cumulative percentages: the rest of the time the employer is named without a legal form.
constexpr LegalForm uk_forms[] = {{"Ltd", 40}, {"Limited", 50}, {"plc", 54}};
constexpr LegalForm us_forms[] = {{"Inc.", 35}, {"LLC", 50}, {"Corp.", 55}};
constexpr LegalForm ie_forms[] = {{"Ltd", 40}, {"DAC", 45}};
constexpr LegalForm de_forms[] = {{"GmbH", 55}, {"AG", 70}, {"SE", 73}, {"GmbH & Co. KG", 78}};
constexpr LegalForm fr_forms[] = {{"SAS", 45}, {"SA", 60}, {"SARL", 65}};
constexpr LegalForm es_forms[] = {{"S.L.", 45}, {"S.A.", 65}};
constexpr LegalForm pl_forms[] = {{"sp. z o.o.", 55}, {"S.A.", 70}};
constexpr LegalForm ru_forms[] = {{"LLC", 30}, {"JSC", 40}};
constexpr LegalForm jp_forms[] = {{"K.K.", 20}, {"Inc.", 40}};
constexpr LegalForm cn_forms[] = {{"Ltd", 30}, {"Co. Ltd", 50}};
constexpr LegalForm in_forms[] = {{"Pvt Ltd", 45}, {"Private Limited", 60}};
constexpr LegalForm ng_forms[] = {{"Ltd", 45}, {"Limited", 60}};
constexpr LegalForm br_forms[] = {{"Ltda.", 40}, {"S.A.", 55}};
constexpr LegalForm vn_forms[] = {{"JSC", 40}, {"Co. Ltd", 60}};
constexpr LegalForm tr_forms[] = {{"A.Ş.", 40}};
constexpr LegalForm eg_forms[] = {{"LLC", 35}, {"S.A.E.", 45}};
constexpr LegalForm kr_forms[] = {{"Co. Ltd", 30}, {"Inc.", 50}};
constexpr LegalForm nordic_forms[] = {{"AB", 25}, {"ApS", 40}, {"AS", 50}, {"Oy", 60}};
constexpr LegalForm it_forms[] = {{"S.r.l.", 40}, {"S.p.A.", 55}};
constexpr LegalForm nl_forms[] = {{"B.V.", 55}, {"N.V.", 60}};
constexpr LegalForm gh_forms[] = {{"Ltd", 40}, {"Limited", 50}};

std::span<const LegalForm> legal_forms(Region region) {
    switch (region) {
        case Region::uk: return uk_forms;
        case Region::us: return us_forms;
        case Region::ie: return ie_forms;
        case Region::de: return de_forms;
        case Region::fr: return fr_forms;
        case Region::es: return es_forms;
        case Region::pl: return pl_forms;
        case Region::ru: return ru_forms;
        case Region::jp: return jp_forms;
        case Region::cn: return cn_forms;
        case Region::in: return in_forms;
        case Region::ng: return ng_forms;
        case Region::br: return br_forms;
        case Region::vn: return vn_forms;
        case Region::tr: return tr_forms;
        case Region::eg: return eg_forms;
        case Region::kr: return kr_forms;
        case Region::nordic: return nordic_forms;
        case Region::it: return it_forms;
        case Region::nl: return nl_forms;
        case Region::gh:
        case Region::ke: return gh_forms;
        case Region::count: break;
    }
    return uk_forms;
}

// Native stems for some regions: German compounds, French, Spanish and Portuguese names.
constexpr sv de_heads[] = {"Elb", "Nord", "Süd", "Rhein", "Alster", "Isar", "Küsten", "Berg", "Wald", "Stern",
                           "Licht", "Hafen", "Brücken", "Spree", "Weser", "Ostsee", "Harz", "Eifel", "Linden",
                           "Eichen", "Tannen", "Mosel", "Donau", "Neckar", "Main", "Fichten", "Heide", "Moor"};
constexpr sv de_tails[] = {"werk", "logik", "licht", "feld", "haus", "brücke", "tor", "blick", "quelle", "bau",
                           "kraft", "stein", "weg", "hof", "land", "wacht", "turm", "kontor", "schmiede", "winkel"};
constexpr sv de_sectors[] = {"Digital", "Software", "Versicherung", "Logistik", "Systeme", "Energie", "Medien",
                             "Technik", "Daten", "Bank", "Handel", "Mobilität", "Consulting", "Informatik",
                             "Verkehrsbetriebe", "Stadtwerke", "Maschinenbau", "Lebensmittel"};
constexpr sv fr_nouns[] = {"Galaxie", "Horizon", "Lumière", "Étoile", "Océan", "Rivage", "Azur", "Alpage",
                           "Mistral", "Calanque", "Garrigue", "Bocage", "Méridien", "Boréal", "Sillon",
                           "Chênaie", "Falaise", "Estuaire", "Vignoble", "Clairière"};
constexpr sv fr_sectors[] = {"Numérique", "Logiciels", "Assurances", "Mobilité", "Énergie", "Conseil",
                             "Systèmes", "Données", "Santé", "Transports", "Paiements", "Informatique"};
constexpr sv es_nouns[] = {"Cóndor", "Araucaria", "Lapislázuli", "Olivo", "Sierra", "Alba", "Brisa", "Faro",
                           "Cumbre", "Mareas", "Quetzal", "Jacarandá", "Ceiba", "Nopal", "Colibrí", "Alcázar",
                           "Azahar", "Médula"};
constexpr sv es_sectors[] = {"Pagos", "Soluciones", "Sistemas", "Consultores", "Software", "Datos",
                             "Logística", "Seguros", "Energía", "Digital", "Tecnología", "Servicios"};
constexpr sv br_nouns[] = {"Jabuticaba", "Ipê", "Pindorama", "Capivara", "Sabiá", "Caju", "Araucária",
                           "Guaraná", "Tucano", "Jangada", "Cerrado", "Maracujá", "Buriti", "Carnaúba"};
constexpr sv br_sectors[] = {"Sistemas", "Software", "Pagamentos", "Tecnologia", "Dados", "Logística", "Saúde",
                             "Games", "Seguros", "Soluções"};

constexpr sv ru_heads[] = {"Северный", "Волжский", "Ладожский", "Таёжный", "Уральский", "Байкальский",
                           "Алтайский", "Енисейский", "Полярный", "Амурский", "Камский", "Донской"};
constexpr sv ru_names[] = {"Вектор", "Сигма", "Кедр", "Полюс", "Орион", "Горизонт", "Меридиан", "Спектр",
                           "Импульс", "Магистраль", "Ладога", "Тайга", "Байкал", "Енисей"};
constexpr sv ru_sectors[] = {"Софт", "Системс", "Код", "Аналитика", "Технологии", "Данные", "Телеком",
                             "Логистика", "Ритейл", "Банк", "Платформа", "Лаборатория"};
constexpr sv cyrillic_forms[] = {"ООО", "АО", "ЗАО", "ПАО"};

constexpr sv ja_heads[] = {"ミナモ", "コトバ", "ヒカリ", "アオバ", "ツバサ", "カエデ", "ホシゾラ", "ミライ",
                           "シズク", "ハヤテ", "さくら", "あかね", "ソラ", "イロハ"};
constexpr sv ja_tails[] = {"テック", "データ", "リンク", "システムズ", "ソフト", "ラボ", "ネット", "ワークス"};

constexpr sv en_school_patterns[] = {"University of {}", "{} University", "{} Institute of Technology",
                                     "{} Polytechnic", "{} College", "University of {} Valley",
                                     "{} Technical University", "{} School of Engineering"};
constexpr sv de_schools[] = {"Hochschule {}tal", "Universität {}berg", "Technische Hochschule {}feld",
                             "Fachhochschule {}stadt"};
constexpr sv fr_schools[] = {"Université de {}", "École Supérieure d’Informatique de {}",
                             "Institut National des Sciences Appliquées de {}", "École d’ingénieurs {}"};
constexpr sv es_schools[] = {"Universidad de {}", "Universidad Politécnica de {}", "Instituto Tecnológico {}"};
constexpr sv ru_schools[] = {"Приокский технический университет", "Заречный институт информатики",
                             "Ладожский государственный университет", "Таёжный политехнический институт",
                             "Волжский университет информационных технологий",
                             "Северный институт программной инженерии"};
constexpr sv ja_schools[] = {"東都工業大学", "西和大学", "北斗情報大学", "みなと工科大学", "青嶺大学",
                             "南海情報技術専門学校"};

constexpr sv project_tails[] = {"-cli", "-rs", "kit", "watch", "lint", "db", "-ui", "-sync", "-proxy", "-bench",
                                "-store", "-trace", "-map", ".nvim", "-lang", "fmt", "-diff", "-queue", "-mock",
                                "line", "-gen", "scope", "-probe", "-viz"};

constexpr sv community_patterns[] = {"Code Club {}", "{} Young Coders", "{} Hackerspace", "Open Data {}",
                                     "{} Tech Meetup", "{} Developer Circle", "Women in Tech {}",
                                     "{} Coding Dojo", "{} Software Craft Community", "{} Civic Tech",
                                     "Tech Mentors {}", "{} Open Source Night"};
constexpr sv conference_patterns[] = {"{}Conf", "{} Dev Days", "{} Tech Summit", "Code {}", "{} Engineering Forum",
                                      "{} Software Days", "Build {}"};

std::string replace_slot(sv pattern, sv value) {
    std::string out(pattern);
    if (auto at = out.find("{}"); at != std::string::npos) out.replace(at, 2, value);
    return out;
}

std::string lower_ascii(sv text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

}  // namespace

void Organisations::Pool::add(std::string name) { names.push_back(std::move(name)); }

void Organisations::Pool::finish() {
    std::uint32_t total = 0;
    cumulative.clear();
    for (std::size_t i = 0; i < names.size(); ++i) cumulative.push_back(total += 100000u / static_cast<std::uint32_t>(i + 15));
}

Organisations::Organisations(std::uint64_t seed, const SkillCatalog& catalog) : catalog_(catalog) {
    Rng rng(mix_seed(seed, 0x6f726773ULL));
    std::unordered_set<std::string> seen;
    auto compound = [&] {
        std::string name(rng.pick(stem_heads));
        name += rng.pick(stem_tails);
        return name;
    };
    auto accept = [&](Pool& pool, std::string name) {
        if (name.empty() || !seen.insert(name).second || !catalog_.clean(name)) return;
        pool.add(std::move(name));
    };
    constexpr int per_region = 420;
    for (std::size_t r = 0; r < employers_.size(); ++r) {
        const auto region = static_cast<Region>(r);
        Pool& pool = employers_[r];
        for (int attempt = 0; attempt < per_region * 3 && static_cast<int>(pool.names.size()) < per_region; ++attempt) {
            std::string name;
            const int pattern = static_cast<int>(rng.below(100));
            if (region == Region::de && pattern < 45) {
                name = std::string(rng.pick(de_heads)) + std::string(rng.pick(de_tails));
                if (rng.percent(60)) name += " " + std::string(rng.pick(de_sectors));
            } else if (region == Region::fr && pattern < 45) {
                name = rng.percent(30) ? "Groupe " + std::string(rng.pick(fr_nouns))
                                       : std::string(rng.pick(fr_nouns)) + " " + std::string(rng.pick(fr_sectors));
            } else if (region == Region::es && pattern < 45) {
                name = std::string(rng.pick(es_nouns)) + " " + std::string(rng.pick(es_sectors));
            } else if (region == Region::br && pattern < 45) {
                name = std::string(rng.pick(br_nouns)) + " " + std::string(rng.pick(br_sectors));
            } else if (pattern < 40) {
                name = compound() + " " + std::string(rng.pick(sectors));
            } else if (pattern < 65) {
                name = compound();
            } else if (pattern < 85) {
                name = compound() + " " + std::string(rng.pick(sectors));
            } else {
                name = std::string(rng.pick(word_pairs_first)) + " " + std::string(rng.pick(word_pairs_second)) + " " +
                       std::string(rng.pick(sectors));
            }
            // The legal form of the country, by its cumulative percentages.
            const int roll = static_cast<int>(rng.below(100));
            for (const LegalForm& form : legal_forms(region))
                if (roll < form.percent) {
                    name += " ";
                    name += form.text;
                    break;
                }
            accept(pool, std::move(name));
        }
        pool.finish();
    }
    for (int attempt = 0; attempt < 600 && cyrillic_.names.size() < 200; ++attempt) {
        std::string inner = rng.percent(50) ? std::string(rng.pick(ru_heads)) + " " + std::string(rng.pick(ru_sectors))
                                            : std::string(rng.pick(ru_names)) + " " + std::string(rng.pick(ru_sectors));
        std::string name = std::string(rng.pick(cyrillic_forms)) + (rng.percent(75) ? " «" + inner + "»" : " \"" + inner + "\"");
        accept(cyrillic_, std::move(name));
    }
    cyrillic_.finish();
    for (int attempt = 0; attempt < 400 && japanese_.names.size() < 100; ++attempt) {
        std::string inner = std::string(rng.pick(ja_heads)) + std::string(rng.pick(ja_tails));
        accept(japanese_, rng.percent(75) ? "株式会社" + inner : inner + "株式会社");
    }
    japanese_.finish();

    // Schools by locale.
    auto add_school = [&](Locale locale, std::string name) {
        if (catalog_.clean(name)) schools_[static_cast<std::size_t>(locale)].push_back(std::move(name));
    };
    for (int i = 0; i < 300; ++i) add_school(Locale::en, replace_slot(rng.pick(en_school_patterns), compound()));
    for (int i = 0; i < 60; ++i) add_school(Locale::de, replace_slot(rng.pick(de_schools), rng.pick(de_heads)));
    for (int i = 0; i < 60; ++i) add_school(Locale::fr, replace_slot(rng.pick(fr_schools), rng.pick(fr_nouns)));
    for (int i = 0; i < 60; ++i) add_school(Locale::es, replace_slot(rng.pick(es_schools), rng.pick(es_nouns)));
    for (sv name : ru_schools) add_school(Locale::ru, std::string(name));
    for (sv name : ja_schools) add_school(Locale::ja, std::string(name));
    for (auto& list : schools_) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }

    for (int i = 0; i < 800; ++i) {
        std::string name = rng.percent(70) ? lower_ascii(rng.pick(stem_heads)) + std::string(rng.pick(project_tails))
                                           : compound();
        if (seen.insert(name).second && catalog_.clean(name)) projects_.push_back(std::move(name));
    }
}

const std::string& Organisations::employer(Rng& rng, Region region, Locale locale) const {
    const Pool* pool = &employers_[static_cast<std::size_t>(region)];
    if (locale == Locale::ru) pool = &cyrillic_;
    else if (locale == Locale::ja) pool = &japanese_;
    else if (rng.percent(20)) pool = &employers_[rng.below(employers_.size())];  // worked abroad
    return pool->names[rng.weighted(pool->cumulative)];
}

const std::string& Organisations::school(Rng& rng, Locale locale) const {
    const auto& list = schools_[static_cast<std::size_t>(locale)];
    return list[rng.below(list.size())];
}

const std::string& Organisations::project(Rng& rng) const { return projects_[rng.below(projects_.size())]; }

std::string Organisations::community(Rng& rng, std::string_view city) const {
    std::string name = replace_slot(rng.pick(community_patterns), city);
    return catalog_.clean(name) ? name : "Code Club " + std::string(city);
}

std::string Organisations::conference(Rng& rng, std::string_view city) const {
    std::string name = replace_slot(rng.pick(conference_patterns), city);
    return catalog_.clean(name) ? name : std::string(city) + " Tech Summit";
}

std::size_t Organisations::employer_count() const {
    std::size_t total = cyrillic_.names.size() + japanese_.names.size();
    for (const Pool& pool : employers_) total += pool.names.size();
    return total;
}

}  // namespace cvdex::gen
