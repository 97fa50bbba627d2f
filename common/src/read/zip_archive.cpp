#include "read/zip_archive.hpp"

#include <zip.h>

#include <array>
#include <memory>
#include <utility>

#include <fmt/format.h>

#include "cvdex/errors.hpp"

namespace cvdex::detail {
namespace {

// zip_error_t needs init/fini around every use; this keeps the pair together.
class ZipError {
public:
    ZipError() { zip_error_init(&error_); }
    ~ZipError() { zip_error_fini(&error_); }
    ZipError(const ZipError&) = delete;
    ZipError& operator=(const ZipError&) = delete;
    zip_error_t* get() { return &error_; }
    std::string message() { return zip_error_strerror(&error_); }

private:
    zip_error_t error_{};
};

constexpr std::size_t read_chunk_size = std::size_t{64} << 10;

struct FileCloser {
    void operator()(zip_file_t* file) const noexcept { zip_fclose(file); }
};
using ZipFile = std::unique_ptr<zip_file_t, FileCloser>;

[[noreturn]] void throw_too_large(std::string_view name, std::size_t budget) {
    throw InputError(fmt::format("document too large: '{}' inflates to more than the remaining {} bytes "
                                 "(a zip bomb?)",
                                 name, budget));
}

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes, std::size_t max_uncompressed_size)
    : budget_(max_uncompressed_size) {
    // libzip opens zero bytes as a new, empty archive.
    if (bytes.empty()) throw InputError("not a valid zip archive: empty file");
    ZipError error;
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, error.get());
    if (source == nullptr) throw InputError("not a valid zip archive: " + error.message());
    archive_ = zip_open_from_source(source, ZIP_RDONLY, error.get());
    if (archive_ == nullptr) {
        zip_source_free(source);  // on failure the source still belongs to us
        throw InputError("not a valid zip archive: " + error.message());
    }
}

ZipArchive::~ZipArchive() {
    if (archive_ != nullptr) zip_discard(archive_);  // read-only: nothing to write back
}

ZipArchive::ZipArchive(ZipArchive&& other) noexcept
    : archive_(std::exchange(other.archive_, nullptr)), budget_(std::exchange(other.budget_, 0)) {}

ZipArchive& ZipArchive::operator=(ZipArchive&& other) noexcept {
    if (this != &other) {
        if (archive_ != nullptr) zip_discard(archive_);
        archive_ = std::exchange(other.archive_, nullptr);
        budget_ = std::exchange(other.budget_, 0);
    }
    return *this;
}

long long ZipArchive::locate(std::string_view name) const {
    if (archive_ == nullptr) return -1;
    const std::string key(name);
    zip_int64_t index = zip_name_locate(archive_, key.c_str(), 0);
    // Some producers write "Word/Document.xml"; the parts are case-insensitive in OPC.
    if (index < 0) index = zip_name_locate(archive_, key.c_str(), ZIP_FL_NOCASE);
    return index;
}

bool ZipArchive::contains(std::string_view name) const { return locate(name) >= 0; }

std::optional<std::string> ZipArchive::read(std::string_view name) {
    const long long index = locate(name);
    if (index < 0) return std::nullopt;
    const auto entry = static_cast<zip_uint64_t>(index);

    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(archive_, entry, 0, &stat) != 0)
        throw InputError(fmt::format("not a valid zip archive: {}", zip_strerror(archive_)));
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE)
        throw InputError("encrypted document");
    // The declared size is checked first so an honest bomb costs nothing to refuse ...
    if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > budget_) throw_too_large(name, budget_);

    ZipFile file(zip_fopen_index(archive_, entry, 0));
    if (!file) {
        if (zip_error_code_zip(zip_get_error(archive_)) == ZIP_ER_NOPASSWD) throw InputError("encrypted document");
        throw InputError(fmt::format("cannot read '{}' from the zip archive: {}", name, zip_strerror(archive_)));
    }
    // ... and the budget is enforced while inflating, because declared sizes can lie.
    std::string data;
    if ((stat.valid & ZIP_STAT_SIZE) != 0) data.reserve(static_cast<std::size_t>(stat.size));
    std::array<char, read_chunk_size> chunk{};
    while (true) {
        // Ask for one byte past the budget at most, so reaching the cap is detected, not hidden.
        const std::size_t room = budget_ - data.size();
        const zip_uint64_t want = room < chunk.size() ? room + 1 : chunk.size();
        const zip_int64_t got = zip_fread(file.get(), chunk.data(), want);
        if (got < 0)
            throw InputError(fmt::format("cannot read '{}' from the zip archive: {}", name,
                                         zip_file_strerror(file.get())));
        if (got == 0) break;
        data.append(chunk.data(), static_cast<std::size_t>(got));
        if (data.size() > budget_) throw_too_large(name, budget_);
    }
    budget_ -= data.size();
    return data;
}

}  // namespace cvdex::detail
