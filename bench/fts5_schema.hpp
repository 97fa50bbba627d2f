#pragma once
// The SQLite FTS5 side of the comparison: one FTS5 table with the fields cvdex indexes, a table
// of per-CV figures, a table of per-skill months, and the token that stands for an exact skill.
#include <string>
#include <string_view>

namespace cvdex::bench::fts5 {

/// Schema, created inside the load transaction. `cv` is the FTS5 table (rowid = docs.id);
/// skill_months is keyed by (skill, doc) so a years filter is one lookup per candidate;
/// bm25 weights follow cvdex's wdf weights (schema.hpp: skill 3, title 3, employer 2, name 1,
/// body 1) and are stored as the table's rank function, so ORDER BY rank uses them.
inline constexpr std::string_view create_sql =
    "CREATE TABLE docs(id INTEGER PRIMARY KEY, path TEXT NOT NULL, name TEXT, experience_months INTEGER NOT NULL);"
    "CREATE TABLE skill_months(skill TEXT NOT NULL, doc INTEGER NOT NULL, months INTEGER NOT NULL,"
    " PRIMARY KEY(skill, doc)) WITHOUT ROWID;"
    "CREATE VIRTUAL TABLE cv USING fts5(name, skills, employers, titles, body);"
    "INSERT INTO cv(cv, rank) VALUES('rank', 'bm25(1.0, 3.0, 2.0, 3.0, 1.0)');";

/// Column of `body` for snippet().
inline constexpr int body_column = 4;

/// The single FTS5 token that stands for the skill with this taxonomy key, so "skills:TOKEN"
/// is an exact skill match like cvdex's XS term ("c++" would otherwise tokenise to "c"):
/// "sk" + the key with every character other than [a-wyz0-9] written as x + two hex digits.
[[nodiscard]] std::string skill_token(std::string_view key);

}  // namespace cvdex::bench::fts5
