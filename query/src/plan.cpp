// plan_query: parse, collect the ranked skills, build the Xapian query, add the filters.
#include "plan.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "cvdex/errors.hpp"
#include "cvdex/schema.hpp"
#include "filters.hpp"
#include "job_description.hpp"
#include "parser.hpp"
#include "query_text.hpp"
#include "skill_boost_source.hpp"
#include "skill_terms.hpp"
#include "terms.hpp"

namespace cvdex::query {
namespace {

using Q = Xapian::Query;
constexpr unsigned max_wildcard_expansion = 200;

// Skills the query ranks by: skill nodes outside NOT, in query order, once each.
void collect_skills(const Node& node, bool negated, std::vector<QuerySkill>& out) {
    if ((node.kind == Node::Kind::skill || node.kind == Node::Kind::skill_years) && !negated) {
        if (std::none_of(out.begin(), out.end(), [&](const QuerySkill& s) { return s.key == node.text; }))
            out.push_back({node.text, node.skill_name, 1.0, 0, "query"});
        return;
    }
    for (std::size_t i = 0; i < node.children.size(); ++i)
        collect_skills(node.children[i], negated || (node.kind == Node::Kind::but_not && i == 1), out);
}

class Builder {
public:
    Builder(const SearchRequest& request, QueryPlan& plan, const Taxonomy& taxonomy, const PlanOptions& options)
        : request_(request), plan_(plan), taxonomy_(taxonomy), options_(options), body_(body_prefixes(options.layout)) {
        for (const std::string& language : options.stem_languages) stemmers_.emplace_back(language);
        double total = 0;
        for (const QuerySkill& s : plan_.skills) total += s.weight;
        for (const QuerySkill& s : plan_.skills) shares_[s.key] = {&s, total > 0 ? s.weight / total : 0};
    }

    std::optional<Q> build(const Node& node, bool negated) {
        switch (node.kind) {
            case Node::Kind::match_all: return std::nullopt;
            case Node::Kind::all_of:
            case Node::Kind::any_of: {
                std::vector<Q> parts;
                for (const Node& child : node.children)
                    if (auto q = build(child, negated)) parts.push_back(*q);
                if (parts.empty()) return std::nullopt;
                if (parts.size() == 1) return parts.front();
                return Q(node.kind == Node::Kind::all_of ? Q::OP_AND : Q::OP_OR, parts.begin(), parts.end());
            }
            case Node::Kind::but_not: {
                auto keep = build(node.children[0], negated);
                auto drop = build(node.children[1], true);
                if (!drop) return keep;
                return Q(Q::OP_AND_NOT, keep ? *keep : Q(Q::OP_SCALE_WEIGHT, Q::MatchAll, 0.0), *drop);
            }
            case Node::Kind::text: return text(node, negated);
            case Node::Kind::skill: return skill(node, negated);
            case Node::Kind::skill_prefix:
                return Q(Q::OP_WILDCARD, std::string(schema::field("skill").boolean_prefix) + node.text,
                         max_wildcard_expansion, Q::WILDCARD_LIMIT_MOST_FREQUENT);
            case Node::Kind::boolean: return Q(node.text);
            case Node::Kind::years: return experience_range(node.low, node.high);
            case Node::Kind::skill_years: return skill_years(node, negated);
        }
        return std::nullopt;
    }

private:
    const SearchRequest& request_;
    QueryPlan& plan_;
    const Taxonomy& taxonomy_;
    const PlanOptions& options_;
    TermMaker terms_;
    std::vector<std::string> body_;
    std::vector<Xapian::Stem> stemmers_;
    std::map<std::string, std::pair<const QuerySkill*, double>> shares_;

    void highlight(const std::string& word) {
        // Digits and single letters ("python 3", "c") would light up half a CV.
        if (word.size() < 2 || word.find_first_not_of("0123456789.,") == std::string::npos) return;
        if (std::find(plan_.highlight.begin(), plan_.highlight.end(), word) == plan_.highlight.end())
            plan_.highlight.push_back(word);
    }

    void add_filter_skill(const std::string& key, const std::string& name) {
        if (std::none_of(plan_.filter_skills.begin(), plan_.filter_skills.end(),
                         [&](const QuerySkill& s) { return s.key == key; }))
            plan_.filter_skills.push_back({key, name, 0, 0, "filter"});
    }

    std::optional<Q> text(const Node& node, bool negated, bool known_skill = false) {
        std::vector<std::string> words = terms_.words(node.text);
        if (words.empty()) return std::nullopt;
        if (!negated && !known_skill)  // a skill's name or alias is never "corrected"
            for (const std::string& w : words) {
                highlight(w);
                plan_.words.push_back({w, node.begin, node.end, false});
            }
        Q body = body_query(node, words);
        if (!node.default_field || node.wildcard || words.size() > 1) return body;
        // A bare word counts more where it names a job title (the title words' wdf weight at
        // index time makes them stronger than prose). Skill names are matched as skills, and
        // each further field would cost another posting list per word.
        return Q(Q::OP_OR, body, Q(std::string(schema::field("title").text_prefix) + words.front()));
    }

    // The words in the CV text: a bare word by its unprefixed stems (stems layout), otherwise
    // per prefix (every section's for the default field) as a wildcard, a phrase or a word.
    Q body_query(const Node& node, const std::vector<std::string>& words) {
        if (node.default_field && !node.wildcard && words.size() == 1 && options_.layout == BodyLayout::stems)
            return body_stems(words.front());
        const std::vector<std::string> prefixes = node.default_field ? body_ : std::vector<std::string>{node.prefix};
        std::vector<Q> per_prefix;
        for (const std::string& prefix : prefixes) {
            if (node.wildcard) {
                per_prefix.emplace_back(Q::OP_WILDCARD, prefix + words.back(), max_wildcard_expansion,
                                        Q::WILDCARD_LIMIT_MOST_FREQUENT);
            } else if (words.size() > 1) {
                std::vector<Q> terms;
                for (const std::string& w : words) terms.emplace_back(prefix + w);
                per_prefix.emplace_back(Q::OP_PHRASE, terms.begin(), terms.end(), static_cast<Xapian::termcount>(terms.size()));
            } else {
                per_prefix.push_back(options_.layout == BodyLayout::stems && schema::is_section_prefix(prefix)
                                         ? section_word_query(prefix, words.front(), stemmers_, options_.database)
                                         : word_query(prefix, words.front(), terms_));
            }
        }
        // Each section scores on its own (OP_OR): OP_SYNONYM would be weighed with each shard's
        // own frequency estimate, and shards must rank like one database.
        return per_prefix.size() == 1 ? per_prefix.front() : Q(Q::OP_OR, per_prefix.begin(), per_prefix.end());
    }

    // A bare word in the stems layout: its stem by each language's stemmer in the database, and
    // the word itself (CVs in a language without a stemmer). OP_OR, not OP_SYNONYM: see body_query().
    Q body_stems(const std::string& word) {
        std::vector<std::string> stems{schema::stem_term(word)};
        for (const Xapian::Stem& stemmer : stemmers_) {
            std::string stem = schema::stem_term(stemmer(word));
            if (std::find(stems.begin(), stems.end(), stem) == stems.end()) stems.push_back(std::move(stem));
        }
        if (stems.size() == 1) return Q(stems.front());
        std::vector<Q> terms(stems.begin(), stems.end());
        return Q(Q::OP_OR, terms.begin(), terms.end());
    }

    // skill_years:go:5.. is skill:go restricted by years: it ranks like skill:. A fraction is
    // checked in months (MonthsDecider) where the node must hold for every result: at the top
    // level of the query, outside OR and NOT.
    std::optional<Q> skill_years(const Node& node, bool negated) {
        const bool exact = options_.exact_months && !negated && top_level_.count(&node) > 0 &&
                           (has_fraction(node.low) || has_fraction(node.high));
        Q range = skill_years_range(node.text, node.low, node.high, exact);
        if (exact) {
            MonthsBound bound{node.text, node.skill_name, std::nullopt, std::nullopt};
            if (has_fraction(node.low)) bound.min_months = static_cast<int>(std::ceil(*node.low * 12));
            if (has_fraction(node.high)) bound.max_months = static_cast<int>(std::floor(*node.high * 12));
            plan_.months_bounds.push_back(bound);
        }
        if (negated) return range;
        std::optional<Q> ranked = skill(node, false);
        return Q(Q::OP_FILTER, *ranked, range);
    }

public:
    /// Nodes that every result must satisfy: the root and, under a root AND, its children.
    void mark_top_level(const Node& root) {
        top_level_.insert(&root);
        if (root.kind == Node::Kind::all_of)
            for (const Node& child : root.children) top_level_.insert(&child);
    }

    /// A ranked skill: from its value slot where every CV with the skill has one (the same
    /// weights as the term form, read from one value stream), else from its terms.
    Q ranked_query(const QuerySkill& skill, double share) {
        if (has_skill_values(skill.key))
            return Q((new SkillBoostSource(skill, share, request_.today, later_cvs_lose_ties()))->release());
        return ranked_skill(skill, share, request_.today);
    }

private:
    std::set<const Node*> top_level_;

    // Results by relevance alone from one shard: Xapian meets the CVs in docid order and gives
    // ties to the lower docid, so a CV that can at best tie the last result never gets in.
    bool later_cvs_lose_ties() const {
        return request_.sort == Sort::relevance && options_.database && options_.database->size() == 1;
    }

    // Every CV with the skill has its value: a taxonomy skill (with a slot of its own, or the
    // indexer wrote no values there) in a database whose CVs were all indexed with skill values.
    bool has_skill_values(const std::string& key) const {
        const Xapian::Database* database = options_.database;
        const Skill* known = taxonomy_.lookup(key);
        if (!options_.skill_values || !database || !known || known->key != key) return false;
        return database->get_value_freq(schema::skill_slot(key)) == database->get_termfreq(skill_term(key));
    }

    std::optional<Q> skill(const Node& node, bool negated) {
        if (negated) return has_skill(node.text);
        const Skill* known = taxonomy_.lookup(node.skill_name);
        highlight_skill(known, node.skill_name);
        if (!known && !node.soft) plan_.words.push_back({node.text, node.begin, node.end, true});
        auto share = shares_.find(node.text);
        Q ranked = share != shares_.end() ? ranked_query(*share->second.first, share->second.second) : has_skill(node.text);
        if (node.soft) {
            // A bare word: the skill, or the word in the text.
            std::vector<std::string> words = terms_.words(node.children.front().text);
            if (words.empty()) return ranked;
            for (const std::string& w : words) highlight(w);
            std::optional<Q> as_text = text(node.children.front(), false, true);
            // The skill decides the match: the extractor already found every mention it trusts
            // in the whole CV, so text-only matches are mostly the ones it rejected ("go" as a
            // verb). The words still add a little weight (AND_MAYBE: read only for CVs with the
            // skill), less than years, so that mentions do not outweigh experience.
            return Q(Q::OP_AND_MAYBE, ranked, Q(Q::OP_SCALE_WEIGHT, *as_text, RankingWeights::skill_text));
        }
        if (request_.filters.recent_years)
            return Q(Q::OP_FILTER, ranked, used_within(node.text, *request_.filters.recent_years, request_.today));
        return ranked;
    }

    void highlight_skill(const Skill* known, const std::string& name) {
        if (!known) {
            for (const std::string& w : terms_.words(name)) highlight(w);
            return;
        }
        for (const std::string& w : terms_.words(known->name)) highlight(w);
        for (const std::string& alias : known->aliases)
            for (const std::string& w : terms_.words(alias)) highlight(w);
    }
};

nlohmann::json skills_json(const std::vector<QuerySkill>& skills) {
    nlohmann::json out = nlohmann::json::array();
    for (const QuerySkill& s : skills) {
        nlohmann::json j = {{"name", s.name}, {"key", s.key}, {"weight", s.weight}, {"source", s.source}};
        if (s.min_years > 0) j["min_years"] = s.min_years;
        out.push_back(std::move(j));
    }
    return out;
}

}  // namespace

std::vector<std::string> body_prefixes(BodyLayout layout) {
    if (layout == BodyLayout::unprefixed) return {""};  // sections and stems: every section prefix
    std::vector<std::string> out;
    for (const schema::SectionField& s : schema::section_fields) out.emplace_back(s.prefix);
    return out;
}

QueryPlan plan_query(const SearchRequest& request, const Taxonomy& taxonomy, const PlanOptions& options) {
    QueryPlan plan;
    CleanText clean = clean_query_text(request.query);
    plan.clean_text = clean.text;
    Node tree = parse_query(clean, taxonomy);
    collect_skills(tree, false, plan.skills);
    if (!request.like_file.empty()) {
        std::vector<QuerySkill> wanted;
        try {
            wanted = job_description_skills(request.like_file, taxonomy);
        } catch (const InputError& e) {
            throw SearchError(fmt::format("{}: error: {}", e.path().empty() ? request.like_file : e.path(), e.what()));
        }
        for (QuerySkill& s : wanted) {
            auto same = std::find_if(plan.skills.begin(), plan.skills.end(), [&](const QuerySkill& q) { return q.key == s.key; });
            if (same == plan.skills.end()) {
                plan.skills.push_back(std::move(s));
            } else {
                same->weight = std::max(same->weight, s.weight);
                same->min_years = std::max(same->min_years, s.min_years);
            }
        }
    }
    Builder builder(request, plan, taxonomy, options);
    builder.mark_top_level(tree);
    std::optional<Q> main = builder.build(tree, false);
    // Query text with nothing searchable in it ("!!!", a 300-letter word) finds nothing rather
    // than everything.
    if (!main && tree.kind != Node::Kind::match_all) main = Q::MatchNothing;
    plan.empty = !main && request.like_file.empty();

    if (!request.like_file.empty()) {
        // The job description ranks: anyone with one of its skills, best coverage first.
        std::vector<Q> wanted;
        double total = 0;
        for (const QuerySkill& s : plan.skills) total += s.weight;
        for (const QuerySkill& s : plan.skills)
            if (s.source == "like") wanted.push_back(builder.ranked_query(s, s.weight / total));
        if (!wanted.empty()) {
            Q like(Q::OP_OR, wanted.begin(), wanted.end());
            main = main ? Q(Q::OP_AND_MAYBE, *main, like) : like;
        } else if (!main) {
            main = Q::MatchNothing;  // a job description without a skill we know matches nobody
        }
    }
    FilterQuery filters = build_filters(request.filters, request.today, taxonomy, options.exact_months);
    plan.months_bounds.insert(plan.months_bounds.end(), filters.months_bounds.begin(), filters.months_bounds.end());
    for (const QuerySkill& s : filters.skills)
        if (std::none_of(plan.skills.begin(), plan.skills.end(), [&](const QuerySkill& q) { return q.key == s.key; }) &&
            std::none_of(plan.filter_skills.begin(), plan.filter_skills.end(), [&](const QuerySkill& q) { return q.key == s.key; }))
            plan.filter_skills.push_back(s);
    // Filters restrict and never weigh: OP_FILTER, or a zero-weighted query when there is
    // nothing else.
    if (main && filters.query) plan.query = Q(Q::OP_FILTER, *main, *filters.query);
    else if (main) plan.query = *main;
    else if (filters.query) plan.query = Q(Q::OP_SCALE_WEIGHT, *filters.query, 0.0);
    else plan.query = Q(Q::OP_SCALE_WEIGHT, Q::MatchAll, 0.0);

    plan.parsed = {{"text", plan.clean_text},
                   {"skills", skills_json(plan.skills)},
                   {"filter_skills", skills_json(plan.filter_skills)},
                   {"highlight", plan.highlight}};
    // The description is long (every posting source): only when asked for.
    if (request.explain) plan.parsed["xapian"] = plan.query.get_description();
    return plan;
}

}  // namespace cvdex::query
