#pragma once
#include <string>
#include <vector>

namespace cvdex {

/// Options of `cvindex --parse`.
struct ParseOptions {
    std::vector<std::string> files;
    bool json = false;
    bool show_lines = false;    ///< print the reader's lines and hints instead of the record
    std::string today;          ///< YYYY-MM; empty: $CVDEX_TODAY, else the clock
    std::string skills_file;    ///< extra taxonomy rows
    std::size_t max_file_size = 20u << 20;
};

/// Prints each file's record to stdout (text, or JSON Lines) and one line per failed file to
/// stderr. Returns the exit code: 0 all parsed, 3 some files failed.
[[nodiscard]] int run_parse(const ParseOptions& options);

/// "20MB", "512K", "1048576" -> bytes; throws UsageError on anything else.
[[nodiscard]] std::size_t parse_size(const std::string& text);

}  // namespace cvdex
