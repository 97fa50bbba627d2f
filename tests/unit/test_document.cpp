// The document builder on whole corpus CVs: must-have and must-not-have terms kept in
// tests/golden/terms/<cv>.txt (Omega's omindexcheck), plus the rules every document obeys
// (skill year thresholds, value slots, the JSON record as data), with "present" = 2026-11.
//
// A golden term file has one term per line: "+TERM" must be in the document, "-TERM" must not;
// "#" starts a comment line. The term is the rest of the line (boolean terms may hold spaces).
// Set CVDEX_GOLDEN_ACTUAL=1 to write every term of each document, with its wdf, next to the
// golden file as "<cv>.actual.txt", for a human to read before editing a golden file.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "cvdex/document.hpp"
#include "cvdex/extract.hpp"
#include "cvdex/read.hpp"
#include "cvdex/record_json.hpp"
#include "cvdex/schema.hpp"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const cvdex::YearMonth today{2026, 11};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

struct GoldenTerms {
    std::vector<std::string> present;
    std::vector<std::string> absent;
};

GoldenTerms read_golden_terms(const fs::path& path) {
    GoldenTerms golden;
    std::istringstream lines(slurp(path));
    for (std::string line; std::getline(lines, line);) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        REQUIRE_MESSAGE((line[0] == '+' || line[0] == '-'), path.string(), ": a line must start with + or -: ", line);
        REQUIRE_MESSAGE(line.size() > 1, path.string(), ": empty term");
        (line[0] == '+' ? golden.present : golden.absent).push_back(line.substr(1));
    }
    return golden;
}

std::set<std::string> terms_of(const Xapian::Document& document);

// What the indexer builds for one corpus file (the same calls as indexer/index_command.cpp).
struct Built {
    cvdex::CvRecord record;
    cvdex::FileStamp stamp;
    Xapian::Document document;
    std::set<std::string> terms;
};

// Unix seconds, the documented meaning of FileStamp::mtime.
std::int64_t unix_mtime(const fs::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return static_cast<std::int64_t>(info.st_mtime);
}

Built build(const std::string& corpus_name) {
    const fs::path path = fs::path(CVDEX_CORPUS_DIR) / corpus_name;
    const auto taxonomy = cvdex::Taxonomy::builtin();
    Built built;
    const cvdex::RawText text = cvdex::read_cv(path);
    built.record = cvdex::extract_record(text, *taxonomy, cvdex::ExtractOptions{today});
    built.record.path = path.string();
    const std::string bytes = slurp(path);
    built.stamp = cvdex::FileStamp{fs::weakly_canonical(path).string(), unix_mtime(path), bytes.size(),
                                   cvdex::schema::fnv1a_hex(bytes)};
    built.document = cvdex::build_document(built.record, text, built.stamp, *taxonomy, today);
    built.terms = terms_of(built.document);
    return built;
}

void write_actual(const fs::path& golden, const Xapian::Document& document) {
    if (!std::getenv("CVDEX_GOLDEN_ACTUAL")) return;
    std::ofstream out(fs::path(golden).replace_extension(".actual.txt"), std::ios::binary);
    for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it)
        out << *it << '[' << it.get_wdf() << "]\n";
}

void check_golden_terms(const std::string& corpus_name, const Built& built) {
    const fs::path golden_path = fs::path(CVDEX_GOLDEN_DIR) / "terms" / (corpus_name + ".txt");
    write_actual(golden_path, built.document);
    REQUIRE_MESSAGE(fs::exists(golden_path), "no golden term file ", golden_path.string());
    const GoldenTerms golden = read_golden_terms(golden_path);
    CHECK(golden.present.size() >= 10);
    CHECK(golden.absent.size() >= 3);
    for (const std::string& term : golden.present) CHECK_MESSAGE(built.terms.count(term) == 1, "missing term: ", term);
    for (const std::string& term : golden.absent) CHECK_MESSAGE(built.terms.count(term) == 0, "unwanted term: ", term);
}

// XY<key>:<n> exists for n = 1..floor(months/12) and for no other n, for every skill.
void check_skill_years(const Built& built) {
    const auto taxonomy = cvdex::Taxonomy::builtin();
    const std::string prefix(cvdex::schema::skill_years_prefix);
    std::set<std::string> expected;
    for (const cvdex::SkillExperience& skill : built.record.skills) {
        const cvdex::Skill* entry = taxonomy->lookup(skill.name);
        REQUIRE_MESSAGE(entry != nullptr, "skill not in the taxonomy: ", skill.name);
        const std::string xs = std::string(cvdex::schema::field("skill").boolean_prefix) + entry->key;
        CHECK_MESSAGE(built.terms.count(xs) == 1, "missing skill term: ", xs);
        const int years = std::min(skill.months / 12, cvdex::schema::max_skill_years);
        for (int n = 1; n <= years; ++n) expected.insert(prefix + entry->key + ":" + std::to_string(n));
        const std::string one_more = prefix + entry->key + ":" + std::to_string(years + 1);
        CHECK_MESSAGE(built.terms.count(one_more) == 0, "threshold past ", skill.months, " months: ", one_more);
        // The skill's value slot holds what the ranking reads: months and last use.
        const auto value = cvdex::schema::decode_skill_value(built.document.get_value(cvdex::schema::skill_slot(entry->key)));
        REQUIRE_MESSAGE(value.has_value(), "no skill value for ", entry->key);
        CHECK(value->months == skill.months);
        CHECK(value->last_month_index == (skill.last_used ? std::min(skill.last_used->last_month_index(), today.last_month_index()) : -1));
    }
    std::set<std::string> actual;
    for (const std::string& term : built.terms)
        if (term.starts_with(prefix)) actual.insert(term);
    for (const std::string& term : expected) CHECK_MESSAGE(actual.count(term) == 1, "missing threshold: ", term);
    for (const std::string& term : actual) CHECK_MESSAGE(expected.count(term) == 1, "unexpected threshold: ", term);
}

void check_values_and_data(const std::string& corpus_name, const Built& built) {
    const Xapian::Document& doc = built.document;
    const json golden_record = json::parse(slurp(fs::path(CVDEX_GOLDEN_DIR) / (corpus_name + ".json")));
    const int golden_months = golden_record.at("experience_months").get<int>();

    CHECK(built.terms.count(cvdex::schema::id_term(built.stamp.canonical_path)) == 1);
    CHECK(Xapian::sortable_unserialise(doc.get_value(cvdex::schema::slot_experience_months)) == golden_months);
    CHECK(Xapian::sortable_unserialise(doc.get_value(cvdex::schema::slot_experience_months)) ==
          built.record.experience_months);
    // Someone with a current job was last employed in the reference month.
    const bool current = std::any_of(built.record.jobs.begin(), built.record.jobs.end(),
                                     [](const cvdex::Job& j) { return j.current; });
    if (current)
        CHECK(Xapian::sortable_unserialise(doc.get_value(cvdex::schema::slot_last_employment)) ==
              today.last_month_index());
    CHECK(doc.get_value(cvdex::schema::slot_path) == built.stamp.canonical_path);
    CHECK(doc.get_value(cvdex::schema::slot_content_hash) == built.stamp.content_hash);
    CHECK(doc.get_value(cvdex::schema::slot_content_hash).size() == 16);
    CHECK(Xapian::sortable_unserialise(doc.get_value(cvdex::schema::slot_mtime)) ==
          static_cast<double>(built.stamp.mtime));
    CHECK(Xapian::sortable_unserialise(doc.get_value(cvdex::schema::slot_size)) ==
          static_cast<double>(built.stamp.size));
    CHECK(cvdex::stamp_of(doc) == built.stamp);

    const json data = json::parse(doc.get_data());
    for (const char* key : {"path", "format", "language", "name", "emails", "phones", "location", "links", "jobs",
                            "experience_months", "skills", "education", "sections", "warnings", "file"})
        CHECK_MESSAGE(data.contains(key), "document data lacks ", key);
    CHECK(data["experience_months"] == golden_months);
    CHECK(data["format"] == golden_record["format"]);
    CHECK(data["language"] == golden_record["language"]);
    CHECK(data["name"] == golden_record["name"]);
    CHECK(data["file"]["path"] == built.stamp.canonical_path);
    CHECK(data["file"]["hash"] == built.stamp.content_hash);
    CHECK(data["file"]["size"] == built.stamp.size);
    CHECK(data["file"]["mtime"] == built.stamp.mtime);
    CHECK(cvdex::record_from_json(data) == built.record);

    // Every term fits Xapian's limit, and boolean filter terms do not add to the document length.
    for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
        const std::string term = *it;
        CHECK_MESSAGE(term.size() <= 245, "term too long: ", term);
        const bool boolean = term.starts_with("Q") || term.starts_with("XY") || term.starts_with("XF") ||
                             term.starts_with("XC") || (term.starts_with("L") && term.size() <= 3);
        if (boolean) CHECK_MESSAGE(it.get_wdf() == 0, "boolean term with wdf: ", term);
    }
}

// Every word of the text is there once more, unprefixed, as "Z" + its stem and without
// positions: unchanged for CJK n-grams (no stemmer), changed for some words in a stemmed language.
void check_stemming(const Built& built) {
    const bool cjk = built.record.language == "ja" || built.record.language == "zh" || built.record.language == "ko";
    std::set<std::string> section_words;
    for (const std::string& t : built.terms)
        if (t.starts_with("XZ") && t.size() > 5) section_words.insert(t.substr(5));
    int stems = 0, changed = 0;
    for (auto it = built.document.termlist_begin(); it != built.document.termlist_end(); ++it) {
        const std::string term = *it;
        if (!term.starts_with("Z")) continue;
        ++stems;
        if (section_words.count(term.substr(1)) == 0) ++changed;
        CHECK_MESSAGE(it.positionlist_count() == 0, "stem with positions: ", term);
    }
    CHECK(stems > 0);
    if (cjk)
        CHECK(changed == 0);
    else
        CHECK(changed > 0);
}

std::set<std::string> terms_of(const Xapian::Document& document) {
    std::set<std::string> terms;
    for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) terms.insert(*it);
    return terms;
}

void check_cv(const std::string& corpus_name) {
    INFO("CV: ", corpus_name);
    const Built built = build(corpus_name);
    check_golden_terms(corpus_name, built);
    check_skill_years(built);
    check_values_and_data(corpus_name, built);
    check_stemming(built);
}

}  // namespace

TEST_CASE("document terms: English Markdown CV with open-source entries (index golden)") {
    check_cv("md-title-pipe-company.md");
}

TEST_CASE("document terms: German CV with seit/heute jobs and volunteering (index golden)") {
    check_cv("de-bis-heute.md");
}

TEST_CASE("document terms: JSON Resume with volunteer and projects (index golden)") {
    check_cv("json-resume-current.json");
}

TEST_CASE("document terms: Japanese CV with a job table and CJK n-grams (index golden)") {
    check_cv("ja-shokureki-table.md");
}

TEST_CASE("document terms: the golden term files name only existing corpus CVs (index golden)") {
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(CVDEX_GOLDEN_DIR) / "terms")) {
        const std::string name = entry.path().filename().string();
        if (name.ends_with(".actual.txt") || entry.path().extension() != ".txt") continue;
        ++files;
        const std::string cv = name.substr(0, name.size() - 4);
        CHECK_MESSAGE(fs::exists(fs::path(CVDEX_CORPUS_DIR) / cv), "golden term file for a missing CV: ", name);
    }
    CHECK(files == 4);
}

TEST_CASE("document terms: a skill outside the taxonomy still gets XS and year terms (index golden)") {
    // Built from a record directly: the taxonomy does not know "Zorblax", so its key is the
    // normalised name; 25 months give XY...:1 and :2 but not :3.
    const auto taxonomy = cvdex::Taxonomy::builtin();
    cvdex::CvRecord record;
    record.format = "text";
    record.language = "en";
    record.name = "Lee Moss";
    record.skills.push_back({"Zorblax Pro", "tool", 25, cvdex::YearMonth{2020, 1}});
    record.skills.push_back({"Python", "language", 11, cvdex::YearMonth{2020, 1}});
    record.skills.push_back({"Rust", "language", 3, cvdex::YearMonth{2031, 5}});  // capped at today
    cvdex::RawText text;
    text.format = cvdex::Format::text;
    cvdex::TextLine line;
    line.text = "Lee Moss";
    text.lines.push_back(line);
    const cvdex::FileStamp stamp{"/cv/lee.txt", 1700000000, 8, cvdex::schema::fnv1a_hex("Lee Moss")};
    const Xapian::Document doc = cvdex::build_document(record, text, stamp, *taxonomy, today);
    const std::set<std::string> terms = terms_of(doc);
    for (const std::string want : {"XSzorblax pro", "XYzorblax pro:1", "XYzorblax pro:2", "XSpython", "XFtext", "Len",
                                   "XRpython:2020", "XRpython:2020-01", "XRrust:2026", "XRrust:2026-11"})
        CHECK_MESSAGE(terms.count(want) == 1, "missing term: ", want);
    for (const std::string unwanted : {"XYzorblax pro:3", "XYpython:1", "XCyes", "XRrust:2031", "XRrust:2031-05"})
        CHECK_MESSAGE(terms.count(unwanted) == 0, "unwanted term: ", unwanted);
    CHECK(Xapian::sortable_unserialise(doc.get_value(cvdex::schema::slot_last_employment)) == 0);
    // Skill values: only taxonomy skills have a slot; a last use after today is capped like XR.
    const auto python = cvdex::schema::decode_skill_value(doc.get_value(cvdex::schema::skill_slot("python")));
    REQUIRE(python.has_value());
    CHECK(python->months == 11);
    CHECK(python->last_month_index == (cvdex::YearMonth{2020, 1}.last_month_index()));
    const auto rust = cvdex::schema::decode_skill_value(doc.get_value(cvdex::schema::skill_slot("rust")));
    REQUIRE(rust.has_value());
    CHECK(rust->last_month_index == today.last_month_index());
    CHECK(doc.get_value(cvdex::schema::skill_slot("zorblax pro")).empty());
}

TEST_CASE("document values: two skills of a taxonomy that share a value slot get none (index golden)") {
    // "Zorblax40829" and "Zorblax59812" hash to the same slot; "Python" has its own.
    const auto taxonomy = cvdex::Taxonomy::from_tsv(
        "Zorblax40829\ttool\t\t\nZorblax59812\ttool\t\t\nPython\tlanguage\t\t\n", "colliding.tsv");
    const cvdex::Skill* first = taxonomy->lookup("Zorblax40829");
    const cvdex::Skill* second = taxonomy->lookup("Zorblax59812");
    const cvdex::Skill* python = taxonomy->lookup("Python");
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    REQUIRE(python != nullptr);
    REQUIRE(cvdex::schema::skill_slot(first->key) == cvdex::schema::skill_slot(second->key));
    CHECK_FALSE(taxonomy->owns_value_slot(*first));
    CHECK_FALSE(taxonomy->owns_value_slot(*second));
    CHECK(taxonomy->owns_value_slot(*python));

    cvdex::CvRecord record;
    record.format = "text";
    record.language = "en";
    record.skills.push_back({"Zorblax40829", "tool", 30, cvdex::YearMonth{2025, 3}});
    record.skills.push_back({"Python", "language", 40, cvdex::YearMonth{2025, 3}});
    cvdex::RawText text;
    text.format = cvdex::Format::text;
    const cvdex::FileStamp stamp{"/cv/zorblax.txt", 1700000000, 1, cvdex::schema::fnv1a_hex("z")};
    const Xapian::Document doc = cvdex::build_document(record, text, stamp, *taxonomy, today);
    CHECK(doc.get_value(cvdex::schema::skill_slot(first->key)).empty());
    CHECK(terms_of(doc).count("XSzorblax40829") == 1);
    const auto value = cvdex::schema::decode_skill_value(doc.get_value(cvdex::schema::skill_slot("python")));
    REQUIRE(value.has_value());
    CHECK(value->months == 40);
}

// 職務要約 ("career summary") is the summary of a Japanese 職務経歴書, and 登壇・コミュニティ活動
// ("talks, community activities") is what schema.hpp files under projects. The segmenter reads
// the first as experience and the second as other, so the summary's words are searchable as
// experience text (and a "section:experience" phrase can match the summary).
TEST_CASE("Japanese summary and community sections get their section prefixes (index golden)") {
    const Built built = build("ja-shokureki-table.md");
    for (const std::string want : {"XZSUM勤務", "XZSUM卒業", "XZPRJkumo", "XZPRJkanazawa"})
        CHECK_MESSAGE(built.terms.count(want) == 1, "missing term: ", want);
    for (const std::string unwanted : {"XZEXP勤務", "XZEXP卒業", "XZOTHkumo", "XZOTHkanazawa"})
        CHECK_MESSAGE(built.terms.count(unwanted) == 0, "unwanted term: ", unwanted);
}
