#pragma once
// One query of a benchmark mix, in a form both engines can run: the cvdex query language text
// with its filters, and the same query as an FTS5 MATCH expression with the same filters.
// A mix is stored as JSON Lines (cvbench query --dump-queries) so it can be replayed exactly.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cvdex::bench {

/// "--skill-years SKILL=YEARS": at least YEARS whole years with the skill (taxonomy key).
struct SkillYearsFilter {
    std::string skill;
    int years = 0;
    friend bool operator==(const SkillYearsFilter&, const SkillYearsFilter&) = default;
};

struct QuerySpec {
    std::string query_class;   ///< "skill", "skills", "skills_years", "free_text", "phrase", "boolean", "jd", "file"
    std::string text;          ///< cvdex query language (may be empty for a job description)
    std::vector<SkillYearsFilter> skill_years;
    std::optional<int> min_years;  ///< total experience, whole years
    std::string jd;            ///< job description text, searched as a --like file
    std::string fts5;          ///< the same query as FTS5 MATCH text; empty when not translated
    friend bool operator==(const QuerySpec&, const QuerySpec&) = default;
};

[[nodiscard]] nlohmann::json to_json(const QuerySpec& spec);
/// Throws std::runtime_error on a malformed object.
[[nodiscard]] QuerySpec spec_from_json(const nlohmann::json& json);

/// Reads a queries file: one query per line, either plain cvdex query text (class "file") or a
/// JSON object as --dump-queries writes it. Blank lines and lines starting with '#' are skipped.
/// Throws std::runtime_error naming the file and line on a bad line, or when it holds no query.
[[nodiscard]] std::vector<QuerySpec> read_queries(const std::string& path);

/// Writes the mix as JSON Lines.
void write_queries(const std::string& path, const std::vector<QuerySpec>& mix);

}  // namespace cvdex::bench
