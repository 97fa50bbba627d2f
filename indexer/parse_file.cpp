#include "parse_file.hpp"

#include <algorithm>
#include <fstream>

#include "cvdex/errors.hpp"
#include "cvdex/extract.hpp"
#include "cvdex/read.hpp"
#include "cvdex/schema.hpp"

namespace cvdex {
namespace {

// The file's bytes, at most limit + 1 of them (the reader reports the size error).
std::string read_bytes(const std::string& path, std::uint64_t size, std::size_t limit) {
    std::ifstream in(path, std::ios::binary);
    std::string bytes(std::min<std::uint64_t>(size, limit) + 1, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

}  // namespace

ParsedFile parse_file(const FoundFile& file, const ParseContext& context, const FileStamp* previous) {
    ParsedFile parsed;
    parsed.file = &file;
    try {
        std::string bytes = read_bytes(file.path.string(), file.size, context.max_file_size);
        parsed.content_hash = schema::fnv1a_hex(bytes);
        // A LaTeX CV's stamp covers the fragments it includes, which its own hash does not.
        if (previous && previous->content_hash == parsed.content_hash && file.path.extension() != ".tex") {
            parsed.kind = ParsedFile::Kind::same_content;
            return parsed;
        }
        ReadOptions read_options;
        read_options.max_file_size = context.max_file_size;
        RawText text = read_cv_bytes(file.path, bytes, read_options);  // the bytes are read once
        const std::vector<Section> sections = segment(text);  // once, for extraction and indexing
        CvRecord record = extract_record(text, sections, context.taxonomy, ExtractOptions{context.today});
        record.path = file.path.string();
        FileStamp stamp{file.canonical, file.mtime, file.size, parsed.content_hash};
        parsed.document = build_document(record, text, sections, stamp, context.taxonomy, context.today);
        parsed.kind = ParsedFile::Kind::document;
    } catch (const InputError& error) {
        parsed.error = error.what();
    } catch (const Xapian::Error& error) {
        parsed.error = error.get_description();
    }
    return parsed;
}

}  // namespace cvdex
