#pragma once
// Shared by the reader tests: a compact, diff-friendly rendering of a reader's lines.
#include <string>
#include <vector>

#include "cvdex/raw_text.hpp"

namespace cvdex::test {

// One line as "#2 text" (heading), "* text" (bullet), "! text" (emphasized), with "[n] " for an
// indent: compact enough to compare whole outputs in a table.
inline std::string show(const TextLine& line) {
    std::string shown;
    if (line.heading_level > 0) shown += "#" + std::to_string(line.heading_level) + " ";
    if (line.bullet) shown += "* ";
    if (line.emphasized) shown += "! ";
    if (line.indent > 0) shown += "[" + std::to_string(line.indent) + "] ";
    return shown + line.text;
}

// All lines, one per row, so a failed CHECK prints a readable diff.
inline std::string show(const RawText& raw) {
    std::string shown;
    for (const auto& line : raw.lines) shown += show(line) + "\n";
    return shown;
}

inline std::string rows(const std::vector<std::string>& lines) {
    std::string joined;
    for (const auto& line : lines) joined += line + "\n";
    return joined;
}

}  // namespace cvdex::test
