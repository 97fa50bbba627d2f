#pragma once
// The truth file: what a perfect reader would extract from each CV, computed from the model.
#include <string>

#include "cv_model.hpp"
#include "skill_catalog.hpp"

namespace cvdex::gen {

/// Appends one JSON line for `cv`: path, name, employers (CV order), jobs (employer, title,
/// start, end, current), experience_months (union of the job periods, open = today) and skills
/// (canonical name, months of the jobs naming it; 0 when only listed or named elsewhere).
void append_truth(const Cv& cv, const SkillCatalog& catalog, std::string& out);

}  // namespace cvdex::gen
