#pragma once
// The default query mix, drawn from the database itself: its skills (XS terms, by how many CVs
// list them), employers (XE terms), vocabulary (frequent unprefixed words that are not skill
// names) and phrases cut from stored CV text. Deterministic for a seed and a database.
#include <cstddef>
#include <cstdint>
#include <vector>

#include <xapian.h>

#include "cvdex/skills.hpp"
#include "query_spec.hpp"

namespace cvdex::bench {

struct MixOptions {
    std::size_t size = 1000;  ///< distinct queries
    std::uint64_t seed = 1;
};

/// The query classes, in report order, and their share of the mix (percent).
struct ClassShare {
    const char* name;
    unsigned percent;
    const char* description;
};
inline constexpr ClassShare mix_classes[] = {
    {"skill", 20, "one skill: skill:kafka"},
    {"skills", 20, "two or three skills, all required"},
    {"skills_years", 15, "one or two skills with --skill-years, sometimes --min-years"},
    {"free_text", 15, "two or three frequent words"},
    {"phrase", 10, "a two- or three-word phrase cut from a CV"},
    {"boolean", 10, "OR, NOT, parentheses, employer:"},
    {"jd", 10, "a job description file (--like) naming 3-5 skills"},
};

/// Throws std::runtime_error when the database holds too little to draw from (no skills).
[[nodiscard]] std::vector<QuerySpec> generate_mix(const Xapian::Database& db, const Taxonomy& taxonomy,
                                                  const MixOptions& options);

}  // namespace cvdex::bench
