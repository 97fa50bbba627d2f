#pragma once
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace cvdex {

struct WalkOptions {
    std::vector<std::string> include;  ///< globs on the file name; empty: every CV format
    std::vector<std::string> exclude;  ///< globs on the file name or any folder name
};

/// A CV file found by the walk, with what the incremental check needs.
struct FoundFile {
    std::filesystem::path path;        ///< as found (relative or absolute as given)
    std::string canonical;             ///< absolute, normalised: the document's identity
    std::int64_t mtime = 0;            ///< seconds; for LaTeX, the newest of the file and its sibling fragments
    std::uint64_t size = 0;            ///< bytes; for LaTeX, including sibling fragments
};

struct WalkResult {
    std::vector<FoundFile> files;
    std::vector<std::string> roots;    ///< canonical folders walked (documents under them are pruned when gone)
    std::size_t skipped = 0;           ///< hidden, temporary, LaTeX fragments, unknown types
    std::vector<std::string> errors;   ///< "path: error: reason" for paths that cannot be walked
};

/// Collects the CV files under the given files and folders (recursively), in a stable order.
[[nodiscard]] WalkResult walk(const std::vector<std::string>& paths, const WalkOptions& options);

/// fnmatch-style glob on one name: '*', '?', '[...]'.
[[nodiscard]] bool glob_match(std::string_view pattern, std::string_view name);

}  // namespace cvdex
