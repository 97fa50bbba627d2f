#pragma once
// The parsed query: a small tree the builder turns into a Xapian query, the snippeter into
// highlight words, and the suggester into "did you mean".
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace cvdex::query {

struct Node {
    enum class Kind {
        match_all,   ///< empty query
        all_of,      ///< AND of children
        any_of,      ///< OR of children
        but_not,     ///< children[0] AND NOT children[1]
        text,        ///< words (several: a phrase) under `prefix`; default_field: body and fields
        skill,       ///< a taxonomy skill: skill: field, or (soft) a bare word the taxonomy knows
        skill_prefix,///< skill:kube* : any skill key starting with `text`
        boolean,     ///< an exact boolean term (lang:, format:)
        years,       ///< years:LOW..HIGH, total experience
        skill_years, ///< skill_years:SKILL:LOW..HIGH
    };
    Kind kind = Kind::match_all;
    std::vector<Node> children;

    std::string text;             ///< raw words (text), term (boolean), skill key (skill*)
    std::string skill_name;       ///< display name of a skill ("PostgreSQL")
    std::string prefix;           ///< term prefix of text ("" = body)
    bool default_field = false;   ///< bare text: body plus skill, title and employer words
    bool phrase = false;          ///< written in quotes
    bool wildcard = false;        ///< ended in '*'
    bool soft = false;            ///< skill: matched as the skill or as text (bare word)
    std::optional<double> low, high;  ///< ranges, in years

    std::size_t begin = 0, end = 0;  ///< byte range in the cleaned query text (suggestions)
};

}  // namespace cvdex::query
