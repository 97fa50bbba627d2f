// Reading the skill taxonomy TSV (common/data/skills.tsv and --skills-file).
#include "cvdex/errors.hpp"
#include "cvdex/text_util.hpp"
#include "skills_impl.hpp"

#include <fmt/format.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>

namespace cvdex::skills_detail {
namespace {

constexpr std::array<std::string_view, 17> categories = {
    "language", "framework", "library", "database", "cloud",    "devops",   "tool",     "os",      "practice",
    "data",     "ml",        "mobile",  "testing",  "security", "protocol", "platform", "web"};

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

std::string known_categories() {
    std::string out;
    for (std::string_view c : categories) {
        if (!out.empty()) out += ", ";
        out += c;
    }
    return out;
}

/// One row of the file, validated but not yet merged into the table.
struct Row {
    std::string_view name;
    std::string_view category;
    bool ambiguous = false;
    std::vector<std::pair<std::string_view, bool>> aliases;  // text without '~', ambiguous
};

Row parse_row(std::string_view line, const std::string& source, int line_no) {
    auto fail = [&](const std::string& message) { return InputError(source, line_no, message); };
    const std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() < 2 || fields.size() > 4)
        throw fail(fmt::format("expected 2 to 4 tab-separated fields (canonical, category, aliases, flags), found {}",
                               fields.size()));
    Row row;
    row.name = trim(fields[0]);
    row.category = trim(fields[1]);
    if (row.name.empty()) throw fail("empty canonical name");
    if (row.name.front() == '~')
        throw fail(fmt::format("canonical name '{}' starts with '~'; mark it with the 'ambiguous' flag instead", row.name));
    if (normalise_key(row.name).empty()) throw fail(fmt::format("canonical name '{}' has no letters or digits", row.name));
    if (std::find(categories.begin(), categories.end(), row.category) == categories.end())
        throw fail(fmt::format("unknown category '{}' (expected one of: {})", row.category, known_categories()));

    if (fields.size() > 2) {
        for (std::string_view alias : split(fields[2], '|')) {
            alias = trim(alias);
            if (alias.empty()) continue;  // "a||b" or a trailing '|'
            const bool ambiguous = alias.front() == '~';
            if (ambiguous) alias = trim(alias.substr(1));
            if (normalise_key(alias).empty())
                throw fail(fmt::format("alias '{}' of '{}' has no letters or digits", alias, row.name));
            row.aliases.emplace_back(alias, ambiguous);
        }
    }
    if (fields.size() > 3) {
        for (std::string_view flag : split(fields[3], ',')) {
            flag = trim(flag);
            if (flag.empty()) continue;
            if (flag != "ambiguous")
                throw fail(fmt::format("unknown flag '{}' (expected 'ambiguous' or nothing)", flag));
            row.ambiguous = true;
        }
    }
    return row;
}

bool has_alias(const Skill& skill, std::string_view alias) {
    const std::string folded = fold_case(alias);
    return fold_case(skill.name) == folded ||
           std::any_of(skill.aliases.begin(), skill.aliases.end(),
                       [&](const std::string& a) { return fold_case(a) == folded; });
}

}  // namespace

std::string normalise_key(std::string_view name) {
    const std::string folded = fold_case(name);
    std::string key;
    key.reserve(folded.size());
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(folded.data());
    const auto length = static_cast<std::int32_t>(folded.size());
    for (std::int32_t i = 0; i < length;) {
        const std::int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) continue;
        const bool keep = c < 0x80 ? (std::isalnum(c) != 0 || ((c == '+' || c == '#') && !key.empty()))
                                   : (U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK | U_GC_M_MASK)) != 0;
        if (keep) key.append(folded, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
    }
    return key;
}

void read_tsv(std::string_view tsv, const std::string& source, bool extend, SkillTable& table) {
    int line_no = 0;
    for (std::string_view line : split(tsv, '\n')) {
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (trim(line).empty() || trim(line).front() == '#') continue;
        const Row row = parse_row(line, source, line_no);
        auto fail = [&](const std::string& message) { return InputError(source, line_no, message); };

        std::string key = normalise_key(row.name);
        std::size_t index = 0;
        if (auto it = table.forms.find(std::string_view(key)); it != table.forms.end()) {
            index = it->second;
            if (!extend)
                throw fail(fmt::format("'{}' is already defined as '{}'", row.name, table.skills[index].name));
            Skill& skill = table.skills[index];
            skill.category = std::string(row.category);
            if (row.ambiguous && key == skill.key) skill.ambiguous = true;
        } else {
            index = table.skills.size();
            table.skills.push_back(Skill{std::string(row.name), key, std::string(row.category), {}, row.ambiguous});
            table.alias_ambiguous.emplace_back();
            table.forms.emplace(std::move(key), index);
        }

        for (const auto& [alias, ambiguous] : row.aliases) {
            std::string alias_key = normalise_key(alias);
            if (auto it = table.forms.find(std::string_view(alias_key)); it != table.forms.end()) {
                if (it->second != index)
                    throw fail(fmt::format("alias '{}' of '{}' already denotes '{}'", alias, row.name,
                                           table.skills[it->second].name));
            } else {
                table.forms.emplace(std::move(alias_key), index);
            }
            // Spellings with the same key stay: the matcher needs "python3" and "python 3" both.
            if (has_alias(table.skills[index], alias)) continue;
            table.skills[index].aliases.emplace_back(alias);
            table.alias_ambiguous[index].push_back(ambiguous);
        }
    }
}

}  // namespace cvdex::skills_detail
