#include "suggest.hpp"

#include <algorithm>
#include <unordered_map>
#include <cctype>
#include <vector>

#include "cvdex/schema.hpp"

namespace cvdex::query {
namespace {

constexpr Xapian::doccount frequent = 2;      // a correction must be in at least this many CVs
constexpr std::size_t max_scanned = 200000;   // database terms read per word, at most

// Optimal string alignment distance (adjacent transpositions count 1), or limit + 1 when over.
std::size_t distance(const std::string& a, const std::string& b, std::size_t limit) {
    if (a.size() > b.size() + limit || b.size() > a.size() + limit) return limit + 1;
    std::vector<std::size_t> before(b.size() + 1), previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        std::size_t row_min = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
            row_min = std::min(row_min, current[j]);
        }
        if (row_min > limit) return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[b.size()];
}

struct Candidate {
    std::string word;
    std::size_t distance = 99;
    Xapian::doccount frequency = 0;
    bool better_than(const Candidate& other) const {
        return distance != other.distance ? distance < other.distance : frequency > other.frequency;
    }
};

// Where the text's words are: unprefixed, or (sections layout) under every section prefix.
std::vector<std::string> vocabulary_prefixes(BodyLayout layout) { return body_prefixes(layout); }

bool in_index(const std::string& word, const Xapian::Database& database, BodyLayout layout) {
    for (const std::string& prefix : body_prefixes(layout))
        if (database.term_exists(prefix + word)) return true;
    return false;
}

Candidate best_for(const std::string& word, const Xapian::Database& database, const Taxonomy& taxonomy,
                   BodyLayout layout) {
    const std::size_t limit = word.size() >= 6 ? 2 : 1;
    Candidate best;
    auto consider = [&](const std::string& term, Xapian::doccount frequency) {
        if (term == word || term.empty() || term[0] != word[0]) return;
        std::size_t d = distance(word, term, limit);
        if (d > limit) return;
        Candidate c{term, d, frequency};
        if (c.better_than(best)) best = c;
    };
    // Skill names and aliases first: they are what recruiters misspell most.
    for (const Skill& skill : taxonomy.skills()) {
        consider(schema::normalise_value(skill.name), 1000000);
        for (const std::string& alias : skill.aliases) {
            std::string a = schema::normalise_value(alias);
            if (a.find(' ') == std::string::npos) consider(a, 1000000);
        }
    }
    if (best.distance <= 1) return best;
    // Then the database's own words with the same first letter.
    // A word's frequency is summed over the prefixes (an upper bound on its CVs: a word in the
    // summary and the experience of one CV counts twice).
    std::unordered_map<std::string, Xapian::doccount> frequencies;
    std::size_t scanned = 0;
    for (const std::string& prefix : vocabulary_prefixes(layout)) {
        const std::string first = prefix + word[0];
        for (auto term = database.allterms_begin(first); term != database.allterms_end(first) && scanned < max_scanned;
             ++term, ++scanned) {
            const std::string& t = *term;
            const std::size_t size = t.size() - prefix.size();
            if (size + limit < word.size() || size > word.size() + limit) continue;
            frequencies[t.substr(prefix.size())] += term.get_termfreq();
        }
    }
    for (const auto& [t, frequency] : frequencies)
        if (frequency >= frequent) consider(t, frequency);
    return best;
}

}  // namespace

std::optional<std::string> suggest(const QueryPlan& plan, const Xapian::Database& database, const Taxonomy& taxonomy,
                                   BodyLayout layout) {
    std::string corrected = plan.clean_text;
    bool changed = false;
    // Right to left, so earlier byte offsets stay valid while replacing.
    std::vector<QueryWord> words = plan.words;
    std::sort(words.begin(), words.end(), [](const QueryWord& a, const QueryWord& b) { return a.begin > b.begin; });
    for (const QueryWord& w : words) {
        if (w.word.size() < 3 || std::isdigit(static_cast<unsigned char>(w.word[0]))) continue;
        // A word the index holds is not a misspelling, however rare.
        if (in_index(w.word, database, layout)) continue;
        Candidate best = best_for(w.word, database, taxonomy, layout);
        if (best.word.empty()) continue;
        // Replace the word inside its token, case-insensitively.
        std::string token = corrected.substr(w.begin, w.end - w.begin), lower = token;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        auto at = lower.find(w.word);
        if (at == std::string::npos) continue;
        corrected.replace(w.begin + at, w.word.size(), best.word);
        changed = true;
    }
    if (!changed) return std::nullopt;
    return corrected;
}

}  // namespace cvdex::query
