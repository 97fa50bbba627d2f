#pragma once
// The generate command: builds, renders and writes CVs one at a time (constant memory).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

#include "cv_model.hpp"

namespace cvdex::gen {

struct GenerateOptions {
    std::uint64_t count = 0;
    std::uint64_t seed = 0;
    std::filesystem::path out;
    std::vector<Format> formats;           ///< drawn with equal weight
    std::optional<std::filesystem::path> truth;
    YearMonth today{2026, 11};
    bool quiet = false;
};

/// Writes `count` CVs under `out` in folders of at most 1,000 files (out/000/, out/001/, ...)
/// and, with `truth`, one JSON line per CV. Throws fmt::system_error when a file cannot be
/// written. Returns the exit code.
[[nodiscard]] int run_generate(const GenerateOptions& options);

/// "md,rst,txt" -> formats; throws UsageError naming an unknown one.
[[nodiscard]] std::vector<Format> parse_formats(std::string_view list);
/// "2026-11" -> a month; throws UsageError otherwise.
[[nodiscard]] YearMonth parse_today(std::string_view text);

}  // namespace cvdex::gen
