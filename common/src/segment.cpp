// Splitting a CV into sections. Structural headings (Markdown #, RST adornments, \section,
// <h2>, Word heading styles) give the section level; weak candidates (bold-only lines, ALL-CAPS
// lines, "Text:" lines, definition-list terms) start a section only when the dictionary knows them.
#include <algorithm>
#include <climits>

#include "cvdex/dates.hpp"
#include "cvdex/segment.hpp"
#include "cvdex/text_util.hpp"
#include "extract/entry_text.hpp"
#include "heading_text.hpp"

namespace cvdex {
namespace {

bool has_date_range(std::string_view text) { return !find_date_ranges(text).empty(); }

bool has_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view strip_trailing_colon(std::string_view text) {
    text = trim(text);
    if (text.ends_with(':')) text.remove_suffix(1);
    else if (text.ends_with("\uFF1A")) text.remove_suffix(3);  // fullwidth colon
    return trim(text);
}

// A definition-list term: a short line followed by a more indented line ("技術" then "   - ...").
bool is_definition_term(const std::vector<TextLine>& lines, std::size_t i) {
    if (i + 1 >= lines.size()) return false;
    return lines[i + 1].indent > lines[i].indent && !lines[i].bullet;
}

// The kind a weak heading candidate names, or none when the line is not one. Plain short lines
// ("Experience" alone on a line) count only in CVs without structural headings (plain text, PDF).
SectionKind weak_heading_kind(const std::vector<TextLine>& lines, std::size_t i, bool allow_plain) {
    const TextLine& line = lines[i];
    if (line.bullet || line.entry || utf8_length(line.text) > 60 || has_digit(line.text)) return SectionKind::none;
    std::string_view text = trim(line.text);
    bool colon = text.ends_with(':') || text.ends_with("\uFF1A");
    bool marked = line.emphasized || colon || is_all_caps(text) || is_definition_term(lines, i);
    if (!marked && !(allow_plain && line.indent == 0)) return SectionKind::none;
    // A job or school line that happens to hold a section word is not a heading:
    // "**Data Engineer at Towerford Education**", "Covestead Education, Istanbul".
    if (has_title_word(text) || has_org_marker(text)) return SectionKind::none;
    if (!marked && (text.find(',') != std::string_view::npos || text.find('|') != std::string_view::npos))
        return SectionKind::none;
    std::string_view bare = strip_trailing_colon(text);
    SectionKind kind = classify_weak_heading(bare);
    if (kind != SectionKind::none && !marked && word_count(normalize_heading(bare)) > 3) return SectionKind::none;
    return kind;
}

// How a weak heading is marked, to tell a peer of the section's own heading from a sub-heading.
enum class WeakStyle { emphasized, caps, colon, plain };

WeakStyle weak_style(const TextLine& line) {
    std::string_view text = trim(line.text);
    if (line.emphasized) return WeakStyle::emphasized;
    if (is_all_caps(text)) return WeakStyle::caps;
    if (text.ends_with(':') || text.ends_with("\uFF1A")) return WeakStyle::colon;
    return WeakStyle::plain;
}

// The heading level at which this CV names its sections: the shallowest structural heading
// that the dictionary knows. INT_MAX when no structural heading is known.
int section_level(const RawText& text) {
    int level = INT_MAX;
    for (const TextLine& line : text.lines) {
        if (line.heading_level <= 0) continue;
        if (line.section_hint != SectionKind::none ||
            (classify_heading(line.text) != SectionKind::none && !is_document_title(line.text)))
            level = std::min(level, line.heading_level);
    }
    return level;
}

bool holds_entries(SectionKind kind) {
    return kind == SectionKind::experience || kind == SectionKind::projects || kind == SectionKind::education;
}

// An unknown heading at section level right under an experience-like section, with a date range
// in it or just below it, is an entry written at the wrong level, not a new section.
bool is_entry_heading(const RawText& text, std::size_t i, SectionKind current) {
    if (!holds_entries(current)) return false;
    for (std::size_t j = i; j < text.lines.size() && j <= i + 2; ++j) {
        if (j > i && text.lines[j].heading_level > 0 && text.lines[j].heading_level <= text.lines[i].heading_level)
            break;
        if (has_date_range(text.lines[j].text)) return true;
    }
    return false;
}

}  // namespace

std::vector<Section> segment(const RawText& text) {
    std::vector<Section> sections;
    sections.push_back(Section{SectionKind::none, {}, -1, 0, 0});
    const int level = section_level(text);
    const auto& lines = text.lines;

    auto start_section = [&](std::size_t i, SectionKind kind) {
        sections.back().end = static_cast<int>(i);
        sections.push_back(Section{kind, lines[i].text, static_cast<int>(i), static_cast<int>(i) + 1, 0});
    };

    for (std::size_t i = 0; i < lines.size(); ++i) {
        const TextLine& line = lines[i];
        SectionKind current = sections.back().kind;
        if (line.heading_level > 0 && line.section_hint != SectionKind::none) {
            start_section(i, line.section_hint);
            continue;
        }
        if (line.heading_level > 0 && line.heading_level <= level) {
            SectionKind kind = classify_heading(line.text);
            if (kind == SectionKind::none && is_entry_heading(text, i, current)) continue;
            start_section(i, kind == SectionKind::none ? SectionKind::other : kind);
            continue;
        }
        if (line.heading_level > 0 && level == INT_MAX) {
            // No structural heading is a known one: classify each; unknown ones are entries.
            if (SectionKind kind = classify_heading(line.text); kind != SectionKind::none) {
                start_section(i, kind);
            }
            continue;
        }
        if (line.heading_level > 0) continue;  // deeper than the section level: an entry heading
        SectionKind kind = weak_heading_kind(lines, i, level == INT_MAX);
        // "Languages", "Tools" or "Programming languages:" inside a skills section are its
        // sub-headings, not new sections, unless written like the skills heading itself
        // ("SKILLS" ... "LANGUAGES").
        const Section& open = sections.back();
        bool peer = open.heading_index >= 0 &&
                    weak_style(lines[static_cast<std::size_t>(open.heading_index)]) == weak_style(line) &&
                    lines[static_cast<std::size_t>(open.heading_index)].heading_level == 0;
        bool skills_subheading = current == SectionKind::skills && !peer &&
                                 (kind == SectionKind::languages || kind == SectionKind::skills);
        if (kind != SectionKind::none && kind != current && !skills_subheading) start_section(i, kind);
    }
    sections.back().end = static_cast<int>(lines.size());
    if (sections.front().end == 0) sections.erase(sections.begin());
    return sections;
}

}  // namespace cvdex
