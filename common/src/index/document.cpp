// The document builder, after Omega's index_file.cc: free text per field with a prefix and
// increase_termpos() between fields, boolean filter terms, sortable values, the record as data.
#include "cvdex/document.hpp"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cvdex/record_json.hpp"
#include "cvdex/schema.hpp"
#include "cvdex/segment.hpp"

namespace cvdex {
namespace {

constexpr Xapian::termpos field_gap = 100;  // stops phrases from spanning two fields

std::string stemmer_language(std::string_view language) {
    for (const StemmedLanguage& l : stemmed_languages)
        if (language == l.code) return l.stemmer;
    return "none";
}

bool is_cjk(std::string_view language) { return language == "ko" || language == "ja" || language == "zh"; }

void add_boolean(Xapian::Document& document, std::string_view prefix, std::string_view value) {
    std::string normal = schema::normalise_value(value);
    if (!normal.empty()) document.add_boolean_term(std::string(prefix) + normal);
}

void add_field(Xapian::Document& document, Xapian::TermGenerator& generator, std::string_view name,
               std::string_view value) {
    if (value.empty()) return;
    const schema::Field& f = schema::field(name);
    if (!f.boolean_prefix.empty()) add_boolean(document, f.boolean_prefix, value);
    if (!f.text_prefix.empty()) {
        generator.index_text(std::string(value), f.weight, std::string(f.text_prefix));
        generator.increase_termpos(field_gap);
    }
}

std::string_view section_prefix(SectionKind kind) {
    std::string_view name = section_kind_name(kind);
    for (const schema::SectionField& s : schema::section_fields)
        if (s.name == name) return s.prefix;
    return "XZOTH";
}

bool is_section_term(const std::string& term) {
    return term.size() > schema::section_prefix_size &&
           schema::is_section_prefix(std::string_view(term).substr(0, schema::section_prefix_size));
}

// A thread's stemmers, one per language, and the "Z" + stem term of each word it has stemmed:
// stemming was most of the cost of add_body_stems, and CVs repeat one another's words. The
// cache is bounded: cleared when full, between documents.
class ThreadStemmers {
public:
    static ThreadStemmers& mine() {
        thread_local ThreadStemmers stemmers;
        return stemmers;
    }

    const Xapian::Stem& stemmer(const std::string& language) {
        return stemmers_.try_emplace(language, language).first->second;
    }

    // Valid until the next clear_if_full().
    const std::string& z_term(const std::string& language, std::string_view word) {
        key_.assign(language).push_back('\0');
        key_.append(word);
        auto [entry, added] = terms_.try_emplace(key_);
        if (added) entry->second = schema::stem_term(stemmer(language)(std::string(word)));
        return entry->second;
    }

    void clear_if_full() {
        if (terms_.size() > max_entries) terms_.clear();
    }

private:
    static constexpr std::size_t max_entries = 200000;  // a few tens of MB at most
    std::unordered_map<std::string, Xapian::Stem> stemmers_;
    std::unordered_map<std::string, std::string> terms_;
    std::string key_;
};

// Every word of the CV's text once more, unprefixed and stemmed by the CV's language (unchanged
// where it has no stemmer), without positions: "Z" + stem, with the word's wdf summed over the
// sections. A plain query word is one or two such posting lists instead of sixteen section
// terms (docs/schema.md). Derived from the section terms already made: no second tokenising.
void add_body_stems(Xapian::Document& document, const std::string& language) {
    ThreadStemmers& stemmers = ThreadStemmers::mine();
    stemmers.clear_if_full();
    // Keys point into the cache, which nothing clears before the terms are added.
    std::unordered_map<std::string_view, Xapian::termcount> stems;
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
        const std::string name = *term;
        if (!is_section_term(name)) continue;
        stems[stemmers.z_term(language, std::string_view(name).substr(schema::section_prefix_size))] += term.get_wdf();
    }
    for (const auto& [stem, wdf] : stems) document.add_term(std::string(stem), wdf);
}

int newest_month(const CvRecord& record, YearMonth today) {
    int newest = 0;
    auto consider = [&](const std::optional<YearMonth>& date) {
        if (date) newest = std::max(newest, std::min(date->last_month_index(), today.last_month_index()));
    };
    for (const Job& job : record.jobs) {
        consider(job.start);
        consider(job.end);
    }
    for (const Education& e : record.education) {
        consider(e.start);
        consider(e.end);
    }
    return newest;
}

}  // namespace

Xapian::Document build_document(const CvRecord& record, const RawText& text, const FileStamp& stamp,
                                const Taxonomy& taxonomy, YearMonth today) {
    return build_document(record, text, segment(text), stamp, taxonomy, today);
}

Xapian::Document build_document(const CvRecord& record, const RawText& text, const std::vector<Section>& sections,
                                const FileStamp& stamp, const Taxonomy& taxonomy, YearMonth today) {
    Xapian::Document document;
    const std::string id = schema::id_term(stamp.canonical_path);
    document.add_boolean_term(id);

    Xapian::TermGenerator generator;
    generator.set_document(document);
    std::string language = stemmer_language(record.language);
    generator.set_stemmer(ThreadStemmers::mine().stemmer(language));
    generator.set_stemming_strategy(language == "none" ? Xapian::TermGenerator::STEM_NONE
                                                       : Xapian::TermGenerator::STEM_SOME);
    if (is_cjk(record.language)) generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);

    // Fields: exact filter terms and weighted word terms.
    add_field(document, generator, "name", record.name);
    add_field(document, generator, "location", record.location);
    for (const Job& job : record.jobs) {
        add_field(document, generator, "employer", job.employer);
        add_field(document, generator, "title", job.title);
        add_field(document, generator, "location", job.location);
    }
    for (const Education& e : record.education) add_field(document, generator, "school", e.school);
    const schema::Field& skill_field = schema::field("skill");
    for (const SkillExperience& s : record.skills) {
        const Skill* skill = taxonomy.lookup(s.name);
        std::string key = skill ? skill->key : schema::normalise_value(s.name);
        document.add_boolean_term(std::string(skill_field.boolean_prefix) + key);
        generator.index_text(s.name, skill_field.weight, std::string(skill_field.text_prefix));
        generator.increase_termpos(field_gap);
        for (int years = 1; years <= std::min(s.months / 12, schema::max_skill_years); ++years)
            document.add_boolean_term(std::string(schema::skill_years_prefix) + key + ":" + std::to_string(years));
        // Last use as the recency terms have it: at most the reference month.
        const int last_index = s.last_used ? std::min(s.last_used->last_month_index(), today.last_month_index()) : -1;
        if (skill && taxonomy.owns_value_slot(*skill))
            document.add_value(schema::skill_slot(key), schema::encode_skill_value({s.months, last_index}));
        if (s.last_used) {
            YearMonth last = YearMonth::from_index(last_index);
            const std::string recency = std::string(schema::skill_recency_prefix) + key + ":";
            document.add_boolean_term(recency + std::to_string(last.year));
            document.add_boolean_term(recency + fmt::format("{:04}-{:02}", last.year, last.month));
        }
    }
    if (!record.language.empty()) document.add_boolean_term(std::string(schema::field("lang").boolean_prefix) + record.language);
    document.add_boolean_term(std::string(schema::field("format").boolean_prefix) + record.format);
    bool current = std::any_of(record.jobs.begin(), record.jobs.end(), [](const Job& j) { return j.current; });
    if (current) document.add_boolean_term(std::string(schema::field("current").boolean_prefix) + "yes");

    // The CV's text once, each line under the prefix of its section's kind, positional. There is
    // no second, unprefixed copy: the query side searches all section prefixes for plain words,
    // which halves what the writer must buffer (docs/schema.md).
    std::vector<std::string_view> line_prefix(text.lines.size(), section_prefix(SectionKind::other));
    for (const Section& section : sections) {
        const std::string_view prefix = section_prefix(section.kind == SectionKind::none ? SectionKind::other : section.kind);
        const int first = section.heading_index >= 0 ? section.heading_index : section.begin;  // the heading too
        for (int i = std::max(0, first); i < section.end && i < static_cast<int>(line_prefix.size()); ++i)
            line_prefix[static_cast<std::size_t>(i)] = prefix;
    }
    // Unstemmed: the stems follow once, unprefixed (add_body_stems).
    generator.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
    std::string_view previous;
    for (std::size_t i = 0; i < text.lines.size(); ++i) {
        if (line_prefix[i] != previous) generator.increase_termpos(field_gap);
        previous = line_prefix[i];
        generator.index_text(text.lines[i].text, 1, std::string(previous));
    }
    add_body_stems(document, language);

    // Values.
    document.add_value(schema::slot_experience_months, Xapian::sortable_serialise(record.experience_months));
    int last_employment = 0;
    for (const Job& job : record.jobs) {
        int end = job.current || !job.end ? today.last_month_index()
                                          : std::min(job.end->last_month_index(), today.last_month_index());
        if (job.start) last_employment = std::max(last_employment, end);
    }
    document.add_value(schema::slot_last_employment, Xapian::sortable_serialise(last_employment));
    document.add_value(schema::slot_revision, Xapian::sortable_serialise(newest_month(record, today)));
    document.add_value(schema::slot_mtime, Xapian::sortable_serialise(static_cast<double>(stamp.mtime)));
    document.add_value(schema::slot_size, Xapian::sortable_serialise(static_cast<double>(stamp.size)));
    document.add_value(schema::slot_content_hash, stamp.content_hash);
    document.add_value(schema::slot_path, stamp.canonical_path);

    nlohmann::json data = record_to_json(record);
    data["file"] = {{"path", stamp.canonical_path}, {"mtime", stamp.mtime}, {"size", stamp.size},
                    {"hash", stamp.content_hash}};
    // The CV's text, line by line, for snippets: a snippet is cut from what the reader saw.
    std::string body;
    for (const TextLine& line : text.lines) {
        body += line.text;
        body += '\n';
    }
    data["text"] = std::move(body);
    document.set_data(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return document;
}

FileStamp stamp_of(const Xapian::Document& document) {
    FileStamp stamp;
    stamp.canonical_path = document.get_value(schema::slot_path);
    stamp.content_hash = document.get_value(schema::slot_content_hash);
    std::string mtime = document.get_value(schema::slot_mtime);
    std::string size = document.get_value(schema::slot_size);
    if (!mtime.empty()) stamp.mtime = static_cast<std::int64_t>(Xapian::sortable_unserialise(mtime));
    if (!size.empty()) stamp.size = static_cast<std::uint64_t>(Xapian::sortable_unserialise(size));
    return stamp;
}

void add_skill_synonyms(Xapian::WritableDatabase& database, const Taxonomy& taxonomy) {
    for (const Skill& skill : taxonomy.skills()) {
        std::string canonical = schema::normalise_value(skill.name);
        for (const std::string& alias : skill.aliases) {
            std::string normal = schema::normalise_value(alias);
            if (!normal.empty() && normal != canonical && canonical.find(' ') == std::string::npos)
                database.add_synonym(normal, canonical);
        }
    }
}

}  // namespace cvdex
