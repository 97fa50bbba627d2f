#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cvdex {

/// The input formats cvdex reads.
enum class Format { unknown, text, markdown, rst, html, json_resume, latex, docx, odt, pdf };

/// "markdown", "pdf", ... (the `format` field of the record).
[[nodiscard]] std::string_view format_name(Format format);

/// What a part of a CV is about.
enum class SectionKind {
    none,  ///< before the first heading, or not known yet
    summary,
    experience,
    skills,
    education,
    projects,  ///< projects, open source, talks, volunteering, mentoring: never employment
    languages,
    certifications,
    contacts,
    other
};

[[nodiscard]] std::string_view section_kind_name(SectionKind kind);

/// Fields a reader found by structure rather than by reading prose: a LaTeX `\cventry`,
/// a JSON Resume `work[]` item, a YAML `experiences:` item. The job extractor trusts these
/// over its text heuristics, but still parses `dates` with the shared date grammar.
struct EntryHint {
    std::string dates;         ///< raw date text: "2016--", "2020-05-05 - 2021-01-01", "since 2019"
    std::string title;         ///< role or degree
    std::string organization;  ///< employer or school
    std::string location;
    friend bool operator==(const EntryHint&, const EntryHint&) = default;
};

/// One logical line of a CV after its reader removed the markup.
struct TextLine {
    std::string text;        ///< UTF-8, inline markup removed, entities decoded, trimmed
    int heading_level = 0;   ///< 1..6 for a structural heading (#, setext/RST, \section, <h2>, Heading 2); 0 = body
    bool emphasized = false; ///< the whole line was bold/strong: a weak heading candidate
    bool bullet = false;     ///< a list item
    int indent = 0;          ///< leading columns in the source (definition lists, nested lists)
    SectionKind section_hint = SectionKind::none;  ///< set when the reader knows the section (JSON keys)
    std::optional<EntryHint> entry;  ///< set when the reader knows this line opens an entry
    int source_line = 0;     ///< 1-based line in the source file, 0 when the format has no lines
    friend bool operator==(const TextLine&, const TextLine&) = default;
};

/// What every reader produces: the CV as lines plus structural hints.
struct RawText {
    Format format = Format::unknown;
    std::string encoding = "UTF-8";  ///< source encoding as detected ("UTF-8", "windows-1252", ...)
    std::vector<TextLine> lines;
    std::string name_hint;           ///< the name when the format states it (\name, basics.name)
    std::vector<std::string> links;  ///< URLs that markup carried (href targets, \homepage)
    std::vector<std::string> warnings;

    /// Appends a body line (convenience for readers and tests).
    TextLine& add(std::string text, int source_line = 0);
};

}  // namespace cvdex
