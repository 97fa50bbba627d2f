#pragma once
// "Did you mean": the index has no spelling data (it would slow indexing), so suggestions come
// from the taxonomy's names and aliases and from the database's own frequent words.
#include <optional>
#include <string>

#include <xapian.h>

#include "cvdex/skills.hpp"
#include "plan.hpp"

namespace cvdex::query {

/// A corrected query when some word of it is absent from the index and a close word
/// (edit distance 1, or 2 for words of 6+ letters, same first letter) is frequent; nothing otherwise.
[[nodiscard]] std::optional<std::string> suggest(const QueryPlan& plan, const Xapian::Database& database,
                                                 const Taxonomy& taxonomy, BodyLayout layout);

}  // namespace cvdex::query
