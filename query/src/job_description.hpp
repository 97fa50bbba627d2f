#pragma once
// --like: the skills a job description asks for, with how much it stresses each.
#include <filesystem>
#include <vector>

#include "cvdex/dates.hpp"
#include "cvdex/skills.hpp"
#include "ranking.hpp"

namespace cvdex::query {

/// Reads a job description in any supported format (read_cv) and finds its skills with the
/// taxonomy. Weight: 2 under "must have"/"requirements" (or on a line saying "required",
/// "must"), 0.5 under "nice to have"/"a plus"/"bonus"/"preferred", else 1; each further mention
/// adds 0.5 (at most 3 in all). "5+ years", "at least 3 years of Go", "3-5 years" on a line set
/// min_years for the skills on that line. Throws InputError when the file cannot be read.
[[nodiscard]] std::vector<QuerySkill> job_description_skills(const std::filesystem::path& path,
                                                             const Taxonomy& taxonomy);

}  // namespace cvdex::query
