#pragma once
// Sizes on disk and scratch directories.
#include <cstdint>
#include <filesystem>
#include <string>

namespace cvdex::bench {

/// Bytes of every regular file under `path` (or of `path` itself when it is a file).
[[nodiscard]] std::uint64_t size_on_disk(const std::filesystem::path& path);

/// What a corpus folder holds: regular, non-hidden files and their bytes.
struct CorpusStats {
    std::uint64_t files = 0;
    std::uint64_t bytes = 0;
};
[[nodiscard]] CorpusStats corpus_stats(const std::filesystem::path& folder);

/// A fresh directory made with mkdtemp under `parent` (default $TMPDIR, else /tmp), removed with
/// everything in it when the object dies.
class TempDir {
public:
    explicit TempDir(const std::filesystem::path& parent = {}, const std::string& stem = "cvbench");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const noexcept { return path_; }

private:
    std::filesystem::path path_;
};

/// Bytes as MiB with one decimal, for the text reports.
[[nodiscard]] std::string mib(std::uint64_t bytes);

}  // namespace cvdex::bench
