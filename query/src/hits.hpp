#pragma once
// A match turned into a Hit: the record's summary fields, matched skills, snippet, explain.
#include <xapian.h>

#include "cvdex/search.hpp"
#include "cvdex/skills.hpp"
#include "plan.hpp"
#include "snippet.hpp"

namespace cvdex::query {

struct HitContext {
    const QueryPlan& plan;
    const Taxonomy& taxonomy;
    const Snippeter* snippeter = nullptr;  ///< nothing: no snippets
    YearMonth today;
    bool explain = false;
};

/// Reads the document's data (the JSON record plus "text") and fills a Hit.
[[nodiscard]] Hit make_hit(const Xapian::MSetIterator& match, std::size_t rank, const HitContext& context);

}  // namespace cvdex::query
