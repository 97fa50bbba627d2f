#pragma once
// One file's trip from bytes to a Xapian document, shared by the single writer and the shard
// writers. Runs on any thread; touches no database.
#include <cstddef>
#include <string>

#include <xapian.h>

#include "cvdex/dates.hpp"
#include "cvdex/document.hpp"
#include "cvdex/skills.hpp"
#include "file_walk.hpp"

namespace cvdex {

/// What parsing one file gave.
struct ParsedFile {
    enum class Kind { document, same_content, failed } kind = Kind::failed;
    const FoundFile* file = nullptr;
    Xapian::Document document;
    std::string content_hash;
    std::string error;  ///< the reason, when failed
};

struct ParseContext {
    const Taxonomy& taxonomy;
    YearMonth today;
    std::size_t max_file_size;
};

/// Reads, hashes, extracts and builds the document of one file. When `previous` is given and the
/// content hash matches it, the file is not parsed (kind same_content). Bad input gives kind
/// failed with the reason; it never throws for a bad file.
[[nodiscard]] ParsedFile parse_file(const FoundFile& file, const ParseContext& context, const FileStamp* previous);

}  // namespace cvdex
