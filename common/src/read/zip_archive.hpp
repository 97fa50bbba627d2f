#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

struct zip;  // libzip's zip_t, kept out of this header

namespace cvdex::detail {

/// A zip archive read from memory (the container of DOCX and ODT), with a budget on the bytes
/// inflated so that no archive (a zip bomb, a lying size field) can exhaust memory.
/// Owns the libzip handle: not copyable, movable.
class ZipArchive {
public:
    /// Opens the archive held in `bytes`, which must outlive this object (libzip reads it in
    /// place). `max_uncompressed_size` is the budget shared by every entry read from it.
    /// Throws InputError("not a valid zip archive: <libzip's reason>").
    ZipArchive(std::string_view bytes, std::size_t max_uncompressed_size);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;
    ZipArchive(ZipArchive&& other) noexcept;
    ZipArchive& operator=(ZipArchive&& other) noexcept;

    [[nodiscard]] bool contains(std::string_view name) const;

    /// Inflates the entry `name` whole; nothing when the archive has no such entry. Throws
    /// InputError when the entry is encrypted, corrupt, or would exceed the remaining budget.
    [[nodiscard]] std::optional<std::string> read(std::string_view name);

    /// Bytes that entries read from now on may still inflate to.
    [[nodiscard]] std::size_t remaining_budget() const noexcept { return budget_; }

private:
    [[nodiscard]] long long locate(std::string_view name) const;

    ::zip* archive_ = nullptr;
    std::size_t budget_ = 0;
};

}  // namespace cvdex::detail
