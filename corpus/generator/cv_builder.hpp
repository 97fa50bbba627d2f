#pragma once
// Building the model of one CV from its number: the same seed and number give the same CV,
// independently of every other CV.
#include <cstdint>
#include <vector>

#include "cv_model.hpp"
#include "organisations.hpp"
#include "prose.hpp"
#include "skill_catalog.hpp"

namespace cvdex::gen {

/// The shared, read-only material CVs are made of.
struct Pools {
    const SkillCatalog& catalog;
    const Prose& prose;
    const Organisations& organisations;
};

struct BuildOptions {
    std::uint64_t seed = 0;
    std::vector<Format> formats;  ///< drawn with equal weight
    YearMonth today{2026, 11};
};

[[nodiscard]] Cv build_cv(std::uint64_t number, const Pools& pools, const BuildOptions& options);

}  // namespace cvdex::gen
