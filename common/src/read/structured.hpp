#pragma once
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "cvdex/raw_text.hpp"

namespace cvdex {

/// Appends a CV held as a data tree (JSON Resume, or a YAML front matter with `experiences:`,
/// `work:`, `education:` lists) to `out` as headings, entry lines with EntryHints, and body lines.
/// Returns false when the tree holds nothing that looks like a CV.
bool append_structured_cv(const nlohmann::json& tree, RawText& out);

/// Parses YAML (a Markdown front matter) into a JSON tree; nothing when it is not valid YAML.
[[nodiscard]] std::optional<nlohmann::json> yaml_to_json(std::string_view yaml);

}  // namespace cvdex
