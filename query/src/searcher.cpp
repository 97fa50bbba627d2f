// Searcher: opens the databases as one, runs a plan, retries when the index changes underneath.
#include <algorithm>
#include <filesystem>
#include <optional>

#include <fmt/format.h>
#include <xapian.h>

#include "cvdex/document.hpp"
#include "cvdex/schema.hpp"
#include "cvdex/search.hpp"
#include "facets.hpp"
#include "hits.hpp"
#include "months_decider.hpp"
#include "plan.hpp"
#include "suggest.hpp"
#include "terms.hpp"

namespace cvdex::query {
namespace {

constexpr int max_attempts = 5;              // DatabaseModifiedError: reopen and run again
constexpr std::size_t max_page = 10000;      // --limit + --offset beyond this is a usage mistake
constexpr Xapian::doccount few_matches = 3;  // fewer matches than this asks for a suggestion

std::string one_line(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

Xapian::Database open_one(const std::string& spec, bool& remote) {
    if (spec.rfind("tcp://", 0) == 0) {
        std::string address = spec.substr(6);
        auto colon = address.rfind(':');
        unsigned port = 0;
        if (colon == std::string::npos || colon == 0) throw SearchError(fmt::format("{}: expected tcp://HOST:PORT", spec));
        try {
            port = static_cast<unsigned>(std::stoul(address.substr(colon + 1)));
        } catch (const std::exception&) {
            throw SearchError(fmt::format("{}: bad port", spec));
        }
        if (port == 0 || port > 65535) throw SearchError(fmt::format("{}: bad port", spec));
        remote = true;
        // Timeouts in ms: a dead shard fails the search instead of hanging it.
        return Xapian::Remote::open(address.substr(0, colon), port, 10000, 5000);
    }
    std::error_code ec;
    if (!std::filesystem::exists(spec, ec)) throw SearchError(fmt::format("{}: no such database", spec));
    return Xapian::Database(spec);
}

// Which layout a shard's text has (plan.hpp), from common words: unprefixed in the layout with
// a positional copy, as their own stems ("Z" + word) in the stems layout.
BodyLayout detect_layout(const Xapian::Database& shard) {
    static constexpr const char* common_words[] = {"the", "and", "of", "in", "to", "a", "und", "de", "la", "\u0438"};
    if (shard.get_doccount() == 0) return BodyLayout::stems;
    for (const char* word : common_words)
        if (shard.term_exists(word)) return BodyLayout::unprefixed;
    for (const char* word : common_words)
        if (shard.term_exists(schema::stem_term(word))) return BodyLayout::stems;
    return BodyLayout::sections;
}

// Two shards with different layouts are searched the way both support: by section prefixes.
BodyLayout common_layout(BodyLayout a, BodyLayout b) { return a == b ? a : BodyLayout::sections; }

std::string display_name(const std::vector<std::string>& specs) {
    return specs.size() == 1 ? specs.front() : fmt::format("{} databases", specs.size());
}

}  // namespace

struct Searcher::Impl {
    std::vector<std::string> specs;
    Xapian::Database database;
    std::shared_ptr<const Taxonomy> taxonomy = Taxonomy::builtin();
    bool remote = false;
    BodyLayout layout = BodyLayout::stems;           ///< the layout every shard supports
    std::vector<std::string> stem_languages;         ///< stemmers of the languages in the shards

    void open_all();
    SearchResponse run(const SearchRequest& request, const QueryPlan& plan);
};

// Opens every database afresh. Database::reopen() would keep the shard list a stub file named
// when it was first opened, and cvindex rewrites its stub as it merges shards; opening again
// reads the stub again.
void Searcher::Impl::open_all() {
    Xapian::Database all;
    std::optional<BodyLayout> found;
    std::vector<std::string> stemmers;
    bool any_remote = false;
    for (const std::string& spec : specs) {
        for (int attempt = 1;; ++attempt) {
            try {
                Xapian::Database shard = open_one(spec, any_remote);
                const BodyLayout layout_here = detect_layout(shard);
                found = found ? common_layout(*found, layout_here) : layout_here;
                for (const StemmedLanguage& l : stemmed_languages)
                    if (std::find(stemmers.begin(), stemmers.end(), l.stemmer) == stemmers.end() &&
                        shard.term_exists(std::string(schema::field("lang").boolean_prefix) + l.code))
                        stemmers.emplace_back(l.stemmer);
                all.add_database(shard);
                break;
            } catch (const SearchError&) {
                throw;
            } catch (const Xapian::DatabaseModifiedError& e) {
                // A commit by cvindex overtook the open: open again.
                if (attempt >= max_attempts)
                    throw SearchError(one_line(fmt::format("{}: cannot open database: {}", spec, e.get_msg())));
            } catch (const Xapian::Error& e) {
                throw SearchError(one_line(fmt::format("{}: cannot open database: {}", spec, e.get_msg())));
            }
        }
    }
    database = all;
    layout = found.value_or(BodyLayout::stems);
    stem_languages = std::move(stemmers);
    remote = any_remote;
}

Searcher::Searcher(const std::vector<std::string>& databases) : impl_(std::make_unique<Impl>()) {
    if (databases.empty()) throw SearchError("no database given");
    impl_->specs = databases;
    impl_->open_all();
}

Searcher::~Searcher() = default;
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;

std::size_t Searcher::document_count() const { return impl_->database.get_doccount(); }

SearchResponse Searcher::search(const SearchRequest& request) {
    if (request.limit > max_page || request.offset > max_page)
        throw SearchError(fmt::format("--limit and --offset must be at most {}", max_page));
    for (int attempt = 1;; ++attempt) {
        try {
            // Planned afresh on each attempt: a section field's word reads the database's terms.
            const QueryPlan plan = plan_query(
                request, *impl_->taxonomy,
                PlanOptions{impl_->layout, impl_->stem_languages, &impl_->database, !impl_->remote, !impl_->remote});
            return impl_->run(request, plan);
        } catch (const Xapian::DatabaseError& e) {
            // A commit (DatabaseModifiedError) or a shard merged away under the search (the
            // stub's old shards are deleted): open again and rerun, a few times.
            if (attempt >= max_attempts)
                throw SearchError(one_line(fmt::format("{}: {}: {}", display_name(impl_->specs), e.get_type(), e.get_msg())));
            reopen();
        } catch (const Xapian::Error& e) {
            throw SearchError(one_line(fmt::format("{}: {}: {}", display_name(impl_->specs), e.get_type(), e.get_msg())));
        }
    }
}

void Searcher::reopen() { impl_->open_all(); }

SearchResponse Searcher::Impl::run(const SearchRequest& request, const QueryPlan& plan) {
    Xapian::Enquire enquire(database);
    enquire.set_query(plan.query);
    switch (request.sort) {
        // Ties go to the lower document id (Xapian's default), not the path: once ten CVs have
        // the best score a query can give, the matcher stops, where a path tie-break must read
        // every CV with that score (docs/ranking.md).
        case Sort::relevance: enquire.set_sort_by_relevance(); break;
        case Sort::experience: enquire.set_sort_by_value_then_relevance(schema::slot_experience_months, true); break;
        case Sort::recent: enquire.set_sort_by_value_then_relevance(schema::slot_last_employment, true); break;
    }
    std::optional<FacetCounter> facets;
    // Counting a little past the page makes "estimated" exact for small result sets.
    auto check_at_least = static_cast<Xapian::doccount>(request.offset + request.limit + 100);
    if (!request.facets.empty()) {
        facets.emplace(request.facets, remote);
        facets->attach(enquire);
        check_at_least = database.get_doccount();
    }
    std::optional<MonthsDecider> months;
    if (!plan.months_bounds.empty()) months.emplace(database, plan.months_bounds);
    Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                         static_cast<Xapian::doccount>(request.limit), check_at_least, nullptr,
                                         months ? &*months : nullptr);
    SearchResponse response;
    response.query = request.query;
    response.parsed = plan.parsed;
    response.offset = request.offset;
    response.estimated = mset.get_matches_estimated();

    std::optional<Snippeter> snippeter;
    if (request.snippets) {
        TermMaker maker;
        std::vector<std::string> stems;
        for (const std::string& w : plan.highlight) stems.push_back(maker.stem(w));
        snippeter.emplace(plan.highlight, stems);
    }
    HitContext context{plan, *taxonomy, snippeter ? &*snippeter : nullptr, request.today, request.explain};
    // One batch for remote shards. Xapian 1.4.22's MSet::fetch() crashes when the MSet starts
    // past the first match (--offset), so then the documents come one by one.
    if (remote && request.offset == 0) mset.fetch();
    std::size_t rank = request.offset;
    for (auto it = mset.begin(); it != mset.end(); ++it) response.results.push_back(make_hit(it, ++rank, context));
    if (facets) response.facets = facets->result(database, *taxonomy);
    if (mset.get_matches_upper_bound() < few_matches && !plan.words.empty())
        response.suggestion = suggest(plan, database, *taxonomy, layout);
    return response;
}

}  // namespace cvdex::query
