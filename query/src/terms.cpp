#include "terms.hpp"

#include <algorithm>
#include <utility>

#include "cvdex/schema.hpp"

namespace cvdex::query {

TermMaker::TermMaker() : stemmer_("english") { generator_.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE); }

std::vector<std::string> TermMaker::words(std::string_view text) {
    Xapian::Document scratch;
    generator_.set_document(scratch);
    generator_.set_termpos(0);
    generator_.index_text(std::string(text));
    std::vector<std::pair<Xapian::termpos, std::string>> positioned;
    for (auto term = scratch.termlist_begin(); term != scratch.termlist_end(); ++term)
        for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos)
            positioned.emplace_back(*pos, *term);
    std::sort(positioned.begin(), positioned.end());
    std::vector<std::string> out;
    out.reserve(positioned.size());
    for (auto& [pos, term] : positioned) out.push_back(std::move(term));
    return out;
}

Xapian::Query word_query(const std::string& prefix, const std::string& word, const TermMaker& maker) {
    std::string stem = maker.stem(word);
    Xapian::Query exact(prefix + word);
    // A word that is its own stem ("python", "kafka") finds (nearly) the same CVs by its stem:
    // one posting list instead of two.
    if (stem.empty() || stem == word) return exact;
    // The index holds unstemmed terms and, where the CV's language has a stemmer, "Z" stems: an
    // exact match scores both, another form of the word only the stem. OP_OR rather than
    // OP_SYNONYM: Xapian weighs a synonym with each shard's own estimate of its frequency, so a
    // sharded search would score differently from one database.
    Xapian::Query stemmed(schema::stem_term(prefix + stem));
    return Xapian::Query(Xapian::Query::OP_OR, exact, stemmed);
}

Xapian::Query section_word_query(const std::string& prefix, const std::string& word,
                                 const std::vector<Xapian::Stem>& stemmers, const Xapian::Database* database) {
    constexpr std::size_t min_start_bytes = 3;  // "go" would scan every term starting with it
    constexpr int max_scanned = 2000;
    constexpr std::size_t max_forms = 20;
    std::vector<std::string> forms{prefix + word};
    if (!database) return Xapian::Query(forms.front());
    for (const Xapian::Stem& stemmer : stemmers) {
        const std::string stem = stemmer(word);
        // Most forms start with the stem ("payment-s"); where the stemmer rewrote the end
        // ("happy" -> "happi") the forms share what the word and the stem share.
        const auto common = static_cast<std::size_t>(
            std::mismatch(stem.begin(), stem.end(), word.begin(), word.end()).first - stem.begin());
        if (common < min_start_bytes) continue;
        const std::string start = prefix + word.substr(0, common);
        int scanned = 0;
        for (auto term = database->allterms_begin(start);
             term != database->allterms_end(start) && scanned < max_scanned && forms.size() < max_forms;
             ++term, ++scanned) {
            if (stemmer((*term).substr(prefix.size())) == stem &&
                std::find(forms.begin(), forms.end(), *term) == forms.end())
                forms.push_back(*term);
        }
    }
    if (forms.size() == 1) return Xapian::Query(forms.front());
    // OP_OR, not OP_SYNONYM, for the reason in word_query.
    std::vector<Xapian::Query> terms(forms.begin(), forms.end());
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace cvdex::query
