#pragma once
#include <string>

#include "cvdex/dates.hpp"
#include "cvdex/raw_text.hpp"
#include "cvdex/record.hpp"
#include "cvdex/segment.hpp"
#include "cvdex/skills.hpp"

namespace cvdex {

struct ExtractOptions {
    YearMonth today;  ///< what "present" means (--today, CVDEX_TODAY, else the clock)
};

/// Turns a read CV into its record: sections, contacts, jobs, education, skills and experience.
[[nodiscard]] CvRecord extract_record(const RawText& text, const Taxonomy& taxonomy,
                                      const ExtractOptions& options);
/// The same for a CV already split into sections (the indexer segments once for both
/// extraction and indexing).
[[nodiscard]] CvRecord extract_record(const RawText& text, const std::vector<Section>& sections,
                                      const Taxonomy& taxonomy, const ExtractOptions& options);

/// The reference month from "YYYY-MM"; throws UsageError on anything else.
[[nodiscard]] YearMonth parse_today(std::string_view text);
/// The reference month: `flag` if given, else $CVDEX_TODAY, else the system clock.
[[nodiscard]] YearMonth resolve_today(const std::string& flag);

}  // namespace cvdex
