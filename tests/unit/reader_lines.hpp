#pragma once
// Shared by the reader tests: a compact, diff-friendly rendering of a reader's lines.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
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

/// One row of a reader table: input text, the lines expected (as show() renders them), links.
struct ReaderCase {
    const char* name;
    std::string input;
    std::vector<std::string> lines;
    std::vector<std::string> links = {};
};

/// Runs each row through `read` as its own SUBCASE and checks the format, lines and links.
template <typename Reader>
void check_reader_cases(const std::vector<ReaderCase>& cases, Reader read, Format format) {
    for (const ReaderCase& c : cases) {
        SUBCASE(c.name) {
            RawText raw = read(c.input);
            CHECK(raw.format == format);
            CHECK(show(raw) == rows(c.lines));
            CHECK(raw.links == c.links);
        }
    }
}

/// The bytes of a fixture file under tests/data/<folder>/.
inline std::string fixture(const std::string& folder, const std::string& name) {
    const std::filesystem::path path = std::filesystem::path(CVDEX_TEST_DATA) / folder / name;
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open " << path.string());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace cvdex::test
