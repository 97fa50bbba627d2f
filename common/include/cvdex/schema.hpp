#pragma once
// The index schema: every term prefix and value slot cvdex writes, in one table. The document
// builder writes from it, the query parser is configured from it, and docs/schema.md is checked
// against it by a test.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace cvdex::schema {

/// A field of the record as the index holds it.
struct Field {
    std::string_view name;            ///< query-language field name ("skill", "employer")
    std::string_view boolean_prefix;  ///< exact, normalised filter terms; empty if none
    std::string_view text_prefix;     ///< free-text word terms; empty if none
    unsigned weight;                  ///< wdf increment of the free-text terms (ranking weight)
    std::string_view description;
};

// Xapian/Omega conventions: Q unique id, L language, X-prefixes for our own fields. All terms
// after a prefix are lower case, so a prefix never runs into its term.
inline constexpr std::array<Field, 10> fields = {{
    {"id", "Q", "", 0, "unique id: 16 hex digits of the FNV-1a hash of the canonical path"},
    {"skill", "XS", "XSW", 3, "canonical skill key (`postgresql`, `go`, `c++`); words of skill names"},
    {"employer", "XE", "XEW", 2, "normalised employer (`new relic inc`); its words"},
    {"title", "XT", "XTW", 3, "normalised job title; its words"},
    {"location", "XL", "XLW", 1, "normalised location of the person and of each job; its words"},
    {"school", "XU", "XUW", 1, "normalised school; its words"},
    {"name", "XN", "XNW", 1, "normalised name; its words"},
    {"lang", "L", "", 0, "ISO 639-1 language of the CV (`en`, `de`)"},
    {"format", "XF", "", 0, "input format (`markdown`, `pdf`)"},
    {"current", "XC", "", 0, "`XCyes` while the CV has a current job"},
}};

/// Per-skill experience thresholds: XY<skill>:<years> for every whole year 1..years, so "python
/// with at least 5 years" is the single term XYpython:5 and needs no document data.
inline constexpr std::string_view skill_years_prefix = "XY";
inline constexpr int max_skill_years = 40;

/// When a skill was last used: XR<skill>:<yyyy> and XR<skill>:<yyyy-mm> of its last_used month
/// (capped at the reference month). "used within the last N years" is an OR of at most N year
/// terms and 12 month terms, again without document data.
inline constexpr std::string_view skill_recency_prefix = "XR";

/// The CV's text, positional and unstemmed, each line under the prefix of its section's kind:
/// phrases search all these prefixes together, a section field (`experience:`) one. Every word
/// is there once more unprefixed as "Z" + its stem, without positions, for bare query words
/// (docs/schema.md).
struct SectionField {
    std::string_view name;    ///< "experience", "summary", ...
    std::string_view prefix;
};
inline constexpr std::array<SectionField, 8> section_fields = {{
    {"summary", "XZSUM"}, {"experience", "XZEXP"}, {"skills", "XZSKL"}, {"education", "XZEDU"},
    {"projects", "XZPRJ"}, {"languages", "XZLNG"}, {"certifications", "XZCRT"}, {"other", "XZOTH"},
}};

/// Every section prefix is this long, so a section term's word starts at this offset.
inline constexpr std::size_t section_prefix_size = 5;
static_assert([] {
    for (const SectionField& s : section_fields)
        if (s.prefix.size() != section_prefix_size) return false;
    return true;
}());

/// True for one of the section prefixes above.
[[nodiscard]] constexpr bool is_section_prefix(std::string_view prefix) {
    for (const SectionField& s : section_fields)
        if (s.prefix == prefix) return true;
    return false;
}

/// Xapian's stem prefix: "Z" + stem is the unprefixed text's stem, "Z" + field prefix + stem a
/// field word's (TermGenerator's STEM_SOME convention).
[[nodiscard]] inline std::string stem_term(std::string_view prefixed_stem) {
    std::string term(1, 'Z');  // appended, not "Z" + ...: GCC 12 warns wrongly on that
    return term.append(prefixed_stem);
}

/// Value slots.
enum Slot : unsigned {
    slot_experience_months = 0,  ///< sortable_serialise(months)
    slot_last_employment = 1,    ///< sortable_serialise(months since year 0 of the latest job end; today if current)
    slot_revision = 2,           ///< sortable_serialise(months since year 0 of the newest date the CV states)
    slot_mtime = 3,              ///< sortable_serialise(file mtime, seconds since the epoch)
    slot_size = 4,               ///< sortable_serialise(file size in bytes)
    slot_content_hash = 5,       ///< 16 hex digits of the FNV-1a hash of the file's bytes
    slot_path = 6,               ///< the canonical path, for incremental runs and pruning
};

/// One value slot per taxonomy skill, from skill_slot_base up, holding a CV's months with the
/// skill and its last use (encode_skill_value): the ranking reads a skill's experience and recency
/// there in one value stream instead of its year and recency terms. The slot is a hash of the
/// skill's key; a test checks that no two taxonomy skills share one.
inline constexpr unsigned skill_slot_base = 1u << 24;
inline constexpr unsigned skill_slot_count = 1u << 24;
[[nodiscard]] unsigned skill_slot(std::string_view key);

struct SkillValue {
    int months = 0;
    int last_month_index = -1;  ///< YearMonth::last_month_index() of the last use; -1: unknown
};
[[nodiscard]] std::string encode_skill_value(SkillValue value);
/// std::nullopt for a value that is not 8 bytes.
[[nodiscard]] std::optional<SkillValue> decode_skill_value(std::string_view bytes);

/// Lower case, punctuation to spaces, spaces collapsed: "New Relic, Inc." -> "new relic inc".
[[nodiscard]] std::string normalise_value(std::string_view text);

/// 16 lower-case hex digits of the 64-bit FNV-1a hash (stable across builds and machines).
[[nodiscard]] std::string fnv1a_hex(std::string_view bytes);

/// The Q term of a document from its canonical path.
[[nodiscard]] std::string id_term(std::string_view canonical_path);

[[nodiscard]] const Field& field(std::string_view name);

}  // namespace cvdex::schema
