#include "query_mix.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cvdex/schema.hpp"
#include "fts5_schema.hpp"

namespace cvdex::bench {
namespace {

// SplitMix64: a tiny generator with the same output everywhere (std distributions differ
// between standard libraries, and the mix must be the same for a seed).
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    int between(int low, int high) { return low + static_cast<int>(below(static_cast<std::size_t>(high - low + 1))); }

private:
    std::uint64_t state_;
};

struct Weighted {
    std::string value;
    double weight = 0;
};

/// Draws values with probability proportional to their weight.
class Sampler {
public:
    explicit Sampler(std::vector<Weighted> items) : items_(std::move(items)) {
        double total = 0;
        for (const auto& item : items_) cumulative_.push_back(total += item.weight);
    }
    [[nodiscard]] bool empty() const { return items_.empty(); }
    const std::string& draw(Random& random) const {
        const double at = static_cast<double>(random.next() >> 11) / 9007199254740992.0 * cumulative_.back();
        auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), at);
        return items_[std::min<std::size_t>(static_cast<std::size_t>(it - cumulative_.begin()), items_.size() - 1)].value;
    }
    /// `n` distinct values (fewer when there are not that many).
    std::vector<std::string> draw_distinct(Random& random, std::size_t n) const {
        std::vector<std::string> out;
        for (int tries = 0; out.size() < std::min(n, items_.size()) && tries < 100; ++tries) {
            const std::string& v = draw(random);
            if (std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
        }
        return out;
    }

private:
    std::vector<Weighted> items_;
    std::vector<double> cumulative_;
};

// The exact boolean values of a field prefix ("XS" + key), skipping the longer free-text prefix
// that starts the same way ("XSW" + word): values are lower case, prefixes upper case.
std::vector<Weighted> field_values(const Xapian::Database& db, const std::string& prefix, std::size_t keep) {
    std::vector<Weighted> values;
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
        const std::string term = *it;
        if (term.size() <= prefix.size() || std::isupper(static_cast<unsigned char>(term[prefix.size()]))) continue;
        values.push_back({term.substr(prefix.size()), static_cast<double>(it.get_termfreq())});
    }
    std::stable_sort(values.begin(), values.end(), [](const auto& a, const auto& b) { return a.weight > b.weight; });
    if (values.size() > keep) values.resize(keep);
    return values;
}

bool plain_word(const std::string& word) {
    return word.size() >= 4 && word.size() <= 15 &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Frequent words that are neither too common to mean anything nor skill names (a skill name
// would make the query a skill query). The CV text is indexed under its section prefixes
// (schema.hpp section_fields), so a word's count is summed over them.
std::vector<Weighted> vocabulary(const Xapian::Database& db, const Taxonomy& taxonomy, std::size_t keep) {
    const double documents = std::max<double>(1, db.get_doccount());
    std::map<std::string, double> counts;
    for (const auto& section : schema::section_fields) {
        const std::string prefix(section.prefix);
        for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
            const std::string word = (*it).substr(prefix.size());
            if (plain_word(word)) counts[word] += it.get_termfreq();
        }
    }
    std::vector<Weighted> words;
    for (const auto& [word, count] : counts) {
        const double share = count / documents;
        if (share < 0.002 || share > 0.25 || taxonomy.lookup(word)) continue;
        words.push_back({word, count});
    }
    std::stable_sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.weight > b.weight; });
    if (words.size() > keep) words.resize(keep);
    for (auto& w : words) w.weight = 1;  // uniform among the kept ones
    return words;
}

// A phrase of 2-3 consecutive plain words of one line of a stored CV text, separated by single
// spaces, so both engines' tokenisers see the same words in the same positions.
std::string cut_phrase(const Xapian::Database& db, const Taxonomy& taxonomy, Random& random) {
    const Xapian::docid last = db.get_lastdocid();
    for (int attempt = 0; attempt < 50 && last > 0; ++attempt) {
        std::string data;
        try {
            data = db.get_document(static_cast<Xapian::docid>(1 + random.below(last))).get_data();
        } catch (const Xapian::DocNotFoundError&) {
            continue;
        }
        const auto record = nlohmann::json::parse(data, nullptr, false);
        if (record.is_discarded() || !record.contains("text") || !record["text"].is_string()) continue;
        const std::string text = record["text"].get<std::string>();
        std::vector<std::string> lines;
        for (std::size_t start = 0; start < text.size();) {
            std::size_t end = text.find('\n', start);
            if (end == std::string::npos) end = text.size();
            lines.push_back(text.substr(start, end - start));
            start = end + 1;
        }
        if (lines.empty()) continue;
        const std::string& line = lines[random.below(lines.size())];
        std::vector<std::string> tokens;
        for (std::size_t start = 0; start <= line.size();) {
            std::size_t end = line.find(' ', start);
            if (end == std::string::npos) end = line.size();
            std::string token = line.substr(start, end - start);
            std::transform(token.begin(), token.end(), token.begin(), [](unsigned char c) { return std::tolower(c); });
            tokens.push_back(token);
            start = end + 1;
        }
        const std::size_t n = random.below(2) == 0 ? 2 : 3;
        std::vector<std::size_t> starts;
        for (std::size_t i = 0; i + n <= tokens.size(); ++i) {
            bool ok = true;
            for (std::size_t k = i; k < i + n && ok; ++k) ok = plain_word(tokens[k]) && !taxonomy.lookup(tokens[k]);
            if (ok) starts.push_back(i);
        }
        if (starts.empty()) continue;
        const std::size_t at = starts[random.below(starts.size())];
        std::string phrase;
        for (std::size_t k = at; k < at + n; ++k) phrase += (phrase.empty() ? "" : " ") + tokens[k];
        return phrase;
    }
    return {};
}

// The values of a boolean prefix in one random document ("XS" -> its skill keys), so queries
// combine things that occur together in real CVs instead of random pairs that match nobody.
std::vector<std::string> document_values(const Xapian::Database& db, Xapian::docid docid, const std::string& prefix) {
    std::vector<std::string> values;
    auto it = db.termlist_begin(docid);
    for (it.skip_to(prefix); it != db.termlist_end(docid); ++it) {
        const std::string term = *it;
        if (term.compare(0, prefix.size(), prefix) != 0) break;
        if (term.size() > prefix.size() && !std::isupper(static_cast<unsigned char>(term[prefix.size()])))
            values.push_back(term.substr(prefix.size()));
    }
    return values;
}

Xapian::docid random_document(const Xapian::Database& db, Random& random) {
    const Xapian::docid last = db.get_lastdocid();
    for (int attempt = 0; attempt < 20 && last > 0; ++attempt) {
        const auto docid = static_cast<Xapian::docid>(1 + random.below(last));
        try {
            (void)db.get_doclength(docid);
            return docid;
        } catch (const Xapian::DocNotFoundError&) {
        }
    }
    return 0;
}

// `n` distinct values drawn from `values` (all of them when there are fewer).
std::vector<std::string> pick(std::vector<std::string> values, std::size_t n, Random& random) {
    for (std::size_t i = 0; i < values.size() && i < n; ++i) std::swap(values[i], values[i + random.below(values.size() - i)]);
    if (values.size() > n) values.resize(n);
    return values;
}

// skill:go, or skill:"c++" when the key is more than letters and digits.
std::string skill_clause(const std::string& key) {
    const bool plain = std::all_of(key.begin(), key.end(), [](unsigned char c) { return std::isalnum(c); });
    return plain ? "skill:" + key : "skill:\"" + key + "\"";
}

std::string fts5_skill(const std::string& key) { return "skills:" + fts5::skill_token(key); }

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : separator) + p;
    return out;
}

class MixBuilder {
public:
    MixBuilder(const Xapian::Database& db, const Taxonomy& taxonomy, std::uint64_t seed)
        : db_(db), taxonomy_(taxonomy), random_(seed), skills_(skill_weights(db)),
          employers_(field_values(db, "XE", 500)), vocabulary_words_(vocabulary(db, taxonomy, 2000)),
          words_(vocabulary_words_) {
        if (skills_.empty()) throw std::runtime_error("the database lists no skills (no XS terms): is it a cvdex database?");
        for (const Skill& s : taxonomy.skills()) names_[s.key] = s.name;
        for (const Weighted& w : vocabulary_words_) vocabulary_set_.insert(w.value);
    }

    QuerySpec make(const std::string& query_class) {
        if (query_class == "skill") return one_skill();
        if (query_class == "skills") return several_skills();
        if (query_class == "skills_years") return skills_with_years();
        if (query_class == "free_text" && !words_.empty()) return free_text();
        if (query_class == "phrase") {
            if (QuerySpec spec = phrase(); !spec.text.empty()) return spec;
        }
        if (query_class == "boolean") return boolean();
        if (query_class == "jd") return job_description();
        // A class the database cannot feed (no vocabulary, no stored text): said, then replaced.
        if (warned_.insert(query_class).second)
            fmt::print(stderr, "cvbench: warning: the database gives nothing to draw {} queries from; "
                               "skill queries stand in for them\n", query_class);
        return one_skill();
    }

private:
    // Popular skills are asked for more often, but not overwhelmingly: weight sqrt(CVs).
    static Sampler skill_weights(const Xapian::Database& db) {
        std::vector<Weighted> skills = field_values(db, "XS", 300);
        for (auto& s : skills) s.weight = std::sqrt(s.weight);
        return Sampler(std::move(skills));
    }

    QuerySpec one_skill() {
        const std::string key = skills_.draw(random_);
        return {"skill", skill_clause(key), {}, {}, {}, fts5_skill(key)};
    }

    // Skills that occur together: two or three of one random CV's skills.
    std::vector<std::string> skills_of_a_cv(std::size_t n, Xapian::docid& docid) {
        docid = random_document(db_, random_);
        std::vector<std::string> keys = docid ? pick(document_values(db_, docid, "XS"), n, random_) : std::vector<std::string>{};
        if (keys.size() < n) keys = skills_.draw_distinct(random_, n);
        return keys;
    }

    QuerySpec several_skills() {
        Xapian::docid docid = 0;
        const auto keys = skills_of_a_cv(2 + random_.below(2), docid);
        std::vector<std::string> ours, theirs;
        for (const auto& k : keys) {
            ours.push_back(skill_clause(k));
            theirs.push_back(fts5_skill(k));
        }
        return {"skills", join(ours, " "), {}, {}, {}, join(theirs, " AND ")};
    }

    QuerySpec skills_with_years() {
        Xapian::docid docid = 0;
        const auto keys = skills_of_a_cv(1 + random_.below(2), docid);
        QuerySpec spec{"skills_years", {}, {}, {}, {}, {}};
        std::vector<std::string> ours, theirs;
        for (const auto& k : keys) {
            ours.push_back(skill_clause(k));
            theirs.push_back(fts5_skill(k));
        }
        spec.text = join(ours, " ");
        spec.fts5 = join(theirs, " AND ");
        // At most the years that CV has with the skill, so the query finds at least that CV.
        int years = 1;
        if (docid)
            for (const std::string& v : document_values(db_, docid, "XY" + keys.front() + ":"))
                years = std::max(years, std::atoi(v.c_str()));
        spec.skill_years.push_back({keys.front(), random_.between(1, std::min(years, 5))});
        if (random_.below(2) == 0) spec.min_years = random_.between(2, 8);
        return spec;
    }

    // Two or three words of the vocabulary that one CV uses.
    QuerySpec free_text() {
        const std::size_t n = 2 + random_.below(2);
        std::vector<std::string> words;
        if (const Xapian::docid docid = random_document(db_, random_)) {
            std::set<std::string> in_vocabulary;
            for (const auto& section : schema::section_fields)
                for (const std::string& word : document_values(db_, docid, std::string(section.prefix)))
                    if (vocabulary_set_.count(word)) in_vocabulary.insert(word);
            words = pick({in_vocabulary.begin(), in_vocabulary.end()}, n, random_);
        }
        if (words.size() < n) words = words_.draw_distinct(random_, n);
        return {"free_text", join(words, " "), {}, {}, {}, join(words, " ")};
    }

    QuerySpec phrase() {
        const std::string words = cut_phrase(db_, taxonomy_, random_);
        if (words.empty()) return {};
        return {"phrase", "\"" + words + "\"", {}, {}, {}, "\"" + words + "\""};
    }

    QuerySpec boolean() {
        const auto keys = skills_.draw_distinct(random_, 3);
        if (keys.size() < 3) return one_skill();
        switch (random_.below(3)) {
            case 0:
                return {"boolean", fmt::format("({} OR {}) -{}", skill_clause(keys[0]), skill_clause(keys[1]), skill_clause(keys[2])),
                        {}, {}, {}, fmt::format("({} OR {}) NOT {}", fts5_skill(keys[0]), fts5_skill(keys[1]), fts5_skill(keys[2]))};
            case 1:
                if (words_.empty()) break;
                {
                    const auto words = words_.draw_distinct(random_, 2);
                    if (words.size() < 2) break;
                    return {"boolean", fmt::format("{} ({} OR {})", skill_clause(keys[0]), words[0], words[1]), {}, {}, {},
                            fmt::format("{} AND ({} OR {})", fts5_skill(keys[0]), words[0], words[1])};
                }
            default:
                if (employers_.empty()) break;
                {
                    const std::string employer = employers_.draw(random_);
                    return {"boolean", fmt::format("{} OR employer:\"{}\"", skill_clause(keys[0]), employer), {}, {}, {},
                            fmt::format("{} OR employers:\"{}\"", fts5_skill(keys[0]), employer)};
                }
        }
        return {"boolean", fmt::format("{} OR {}", skill_clause(keys[0]), skill_clause(keys[1])), {}, {}, {},
                fmt::format("{} OR {}", fts5_skill(keys[0]), fts5_skill(keys[1]))};
    }

    // A short job description: must-haves, years, nice-to-haves, in the words JDs use.
    QuerySpec job_description() {
        const auto keys = skills_.draw_distinct(random_, 3 + random_.below(3));
        std::vector<std::string> names, theirs;
        for (const auto& k : keys) {
            auto it = names_.find(k);
            names.push_back(it != names_.end() ? it->second : k);
            theirs.push_back(fts5_skill(k));
        }
        const std::size_t must = std::min<std::size_t>(2, names.size());
        const int years = random_.between(2, 7);
        std::string jd = "Senior Software Engineer\n\nAbout the role\nWe are hiring an engineer to build and run our platform.\n\n"
                         "Requirements\n";
        jd += fmt::format("- {}+ years of professional experience\n", years);
        jd += fmt::format("- Must have: {}\n", join({names.begin(), names.begin() + static_cast<long>(must)}, ", "));
        jd += fmt::format("- Strong experience with {}\n", names.front());
        if (names.size() > must) {
            jd += "\nNice to have\n";
            for (std::size_t i = must; i < names.size(); ++i) jd += "- " + names[i] + "\n";
        }
        return {"jd", "", {}, {}, jd, join(theirs, " OR ")};
    }

    const Xapian::Database& db_;
    const Taxonomy& taxonomy_;
    Random random_;
    Sampler skills_, employers_;
    std::vector<Weighted> vocabulary_words_;
    std::set<std::string> vocabulary_set_;
    std::set<std::string> warned_;
    Sampler words_;
    std::map<std::string, std::string> names_;
};

}  // namespace

std::vector<QuerySpec> generate_mix(const Xapian::Database& db, const Taxonomy& taxonomy, const MixOptions& options) {
    MixBuilder builder(db, taxonomy, options.seed);
    std::vector<QuerySpec> mix;
    mix.reserve(options.size);
    // Whole classes by their share, then one shuffle, so every class gets its share exactly.
    for (const ClassShare& c : mix_classes) {
        const std::size_t n = std::max<std::size_t>(1, options.size * c.percent / 100);
        for (std::size_t i = 0; i < n; ++i) mix.push_back(builder.make(c.name));
    }
    Random shuffle(options.seed ^ 0x5bd1e995u);
    for (std::size_t i = mix.size(); i > 1; --i) std::swap(mix[i - 1], mix[shuffle.below(i)]);
    return mix;
}

}  // namespace cvdex::bench
