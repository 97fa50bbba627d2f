#include "files.hpp"

#include <stdlib.h>

#include <cerrno>
#include <cstdlib>
#include <system_error>

#include <fmt/format.h>

namespace cvdex::bench {
namespace fs = std::filesystem;

std::uint64_t size_on_disk(const fs::path& path) {
    if (fs::is_regular_file(path)) return fs::file_size(path);
    std::uint64_t total = 0;
    for (const auto& entry : fs::recursive_directory_iterator(path))
        if (entry.is_regular_file()) total += entry.file_size();
    return total;
}

CorpusStats corpus_stats(const fs::path& folder) {
    CorpusStats stats;
    auto it = fs::recursive_directory_iterator(folder);
    for (; it != fs::recursive_directory_iterator(); ++it) {
        // Hidden files and folders are skipped by the indexers too.
        if (it->path().filename().string().starts_with(".")) {
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        if (!it->is_regular_file()) continue;
        ++stats.files;
        stats.bytes += it->file_size();
    }
    return stats;
}

TempDir::TempDir(const fs::path& parent, const std::string& stem) {
    fs::path base = parent;
    if (base.empty()) {
        const char* tmp = std::getenv("TMPDIR");
        base = tmp && *tmp ? tmp : "/tmp";
    }
    std::string pattern = (base / (stem + ".XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr)
        throw std::system_error(errno, std::generic_category(), fmt::format("{}: cannot make a directory", pattern));
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

std::string mib(std::uint64_t bytes) { return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0)); }

}  // namespace cvdex::bench
