#pragma once
#include <cstdint>
#include <string>

#include <xapian.h>

#include "cvdex/raw_text.hpp"
#include "cvdex/record.hpp"
#include "cvdex/segment.hpp"
#include "cvdex/skills.hpp"

namespace cvdex {

/// What the incremental indexer remembers about a file.
struct FileStamp {
    std::string canonical_path;
    std::int64_t mtime = 0;     ///< seconds since the epoch
    std::uint64_t size = 0;
    std::string content_hash;   ///< schema::fnv1a_hex of the bytes
    friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

/// Builds the Xapian document of one CV following schema.hpp: the Q id term, boolean filter
/// terms, free-text field terms, positional body and section text (stemmed by the CV's
/// language, CJK as n-grams), per-skill year thresholds, value slots, and the JSON record plus
/// the file stamp as document data.
[[nodiscard]] Xapian::Document build_document(const CvRecord& record, const RawText& text, const FileStamp& stamp,
                                              const Taxonomy& taxonomy, YearMonth today);
/// The same with the text's sections (segment(text)) already made.
[[nodiscard]] Xapian::Document build_document(const CvRecord& record, const RawText& text,
                                              const std::vector<Section>& sections, const FileStamp& stamp,
                                              const Taxonomy& taxonomy, YearMonth today);

/// The languages (ISO 639-1) whose CVs are stemmed, and each one's Xapian stemmer name.
struct StemmedLanguage {
    const char* code;
    const char* stemmer;
};
inline constexpr StemmedLanguage stemmed_languages[] = {
    {"en", "english"}, {"de", "german"}, {"fr", "french"}, {"es", "spanish"}, {"ru", "russian"}, {"da", "danish"},
};

/// The file stamp stored in a document's values (for incremental runs).
[[nodiscard]] FileStamp stamp_of(const Xapian::Document& document);

/// Adds the taxonomy's aliases as synonyms of the canonical skill words ("k8s" -> "kubernetes").
void add_skill_synonyms(Xapian::WritableDatabase& database, const Taxonomy& taxonomy);

}  // namespace cvdex
