#pragma once
// Scores extracted records against the generator's truth (corpus/generator/README.md, "The truth
// file"): employers and skills as sets per CV (precision and recall over all CVs), per-skill months
// on the skills found on both sides, and the error of the total experience months.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "cvdex/record.hpp"

namespace cvdex::bench {

/// Counts for precision and recall: `matched` of `extracted` were right, of `expected` in truth.
struct SetCounts {
    std::uint64_t expected = 0, extracted = 0, matched = 0;
    void add(const SetCounts& other);
};

/// How far off a number was: exact, within ±1, ±3, ±12, or worse (each bucket includes the
/// narrower ones except "worse").
struct ErrorBuckets {
    std::uint64_t count = 0, exact = 0, within_1 = 0, within_3 = 0, within_12 = 0, worse = 0;
    std::int64_t sum_error = 0;        ///< signed, to show a bias
    std::uint64_t sum_abs_error = 0;
    void add(int error);
    void add(const ErrorBuckets& other);
};

/// One group of CVs (all, or one format).
struct Tally {
    std::uint64_t cvs = 0, read_failures = 0;
    SetCounts employers, skills;
    ErrorBuckets experience_months, skill_months;
    void add(const Tally& other);
};

/// A few concrete misses, so a low figure can be investigated.
struct Examples {
    std::size_t limit = 5;
    std::vector<nlohmann::json> employers, skills, experience;
};

/// The employer as compared: cvdex's normalised value (lower case, punctuation to spaces,
/// spaces collapsed), so "ACME GmbH", "Acme GmbH" and "Acme, GmbH" are one employer.
[[nodiscard]] std::string employer_key(const std::string& employer);

/// Adds one CV: `truth` is its truth line, `record` what cvdex extracted.
void score_cv(const nlohmann::json& truth, const CvRecord& record, Tally& tally, Examples& examples);

[[nodiscard]] nlohmann::json to_json(const Tally& tally);

}  // namespace cvdex::bench
