#pragma once
#include <nlohmann/json.hpp>

#include "cvdex/record.hpp"

namespace cvdex {

/// The record as JSON, with the stable key set documented in docs/record.md.
[[nodiscard]] nlohmann::json record_to_json(const CvRecord& record);
/// The inverse of record_to_json (used to read document data back from the index).
[[nodiscard]] CvRecord record_from_json(const nlohmann::json& json);

}  // namespace cvdex
