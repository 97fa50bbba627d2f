// libzip writes into a buffer source opened as an archive; the finished bytes are read back
// from that source after zip_close.
#include "zip_writer.hpp"

#include <memory>
#include <stdexcept>

#include <zip.h>

namespace cvdex::gen {
namespace {

constexpr time_t fixed_mtime = 1577836800;  // 2020-01-01: identical bytes for identical input

struct SourceFree {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;

[[noreturn]] void fail(std::string_view what, zip_error_t* error) {
    throw std::runtime_error(std::string(what) + ": " + zip_error_strerror(error));
}

}  // namespace

void make_zip(const std::vector<ZipMember>& members, std::string& out) {
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!buffer) fail("zip buffer", &error);
    zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
    if (!archive) fail("zip open", &error);
    zip_source_keep(buffer.get());  // the archive releases its reference on close
    for (const ZipMember& member : members) {
        zip_source_t* data = zip_source_buffer(archive, member.data.data(), member.data.size(), 0);
        if (!data) fail("zip member", zip_get_error(archive));
        const std::string name(member.name);
        const zip_int64_t index = zip_file_add(archive, name.c_str(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(data);
            fail("zip add", zip_get_error(archive));
        }
        const auto at = static_cast<zip_uint64_t>(index);
        zip_set_file_compression(archive, at, member.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 1);
        zip_file_set_mtime(archive, at, fixed_mtime, 0);
    }
    if (zip_close(archive) != 0) {
        zip_error_t* close_error = zip_get_error(archive);
        const std::string message = zip_error_strerror(close_error);
        zip_discard(archive);
        throw std::runtime_error("zip close: " + message);
    }
    zip_stat_t stat;
    if (zip_source_stat(buffer.get(), &stat) != 0 || zip_source_open(buffer.get()) != 0)
        fail("zip read back", zip_source_error(buffer.get()));
    const std::size_t start = out.size();
    out.resize(start + stat.size);
    const zip_int64_t read = zip_source_read(buffer.get(), out.data() + start, stat.size);
    zip_source_close(buffer.get());
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) fail("zip read back", zip_source_error(buffer.get()));
}

}  // namespace cvdex::gen
