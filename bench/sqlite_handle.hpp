#pragma once
// Owning handles for SQLite connections and statements, with errors as exceptions naming the file.
#include <cstdint>
#include <string>
#include <string_view>

#include <sqlite3.h>

namespace cvdex::bench {

class SqliteStatement;

class SqliteDb {
public:
    /// Opens (or with `create`, creates) the database file; NOMUTEX: one connection per thread.
    SqliteDb(const std::string& path, bool create);
    ~SqliteDb();
    SqliteDb(const SqliteDb&) = delete;
    SqliteDb& operator=(const SqliteDb&) = delete;
    SqliteDb(SqliteDb&& other) noexcept : db_(other.db_), path_(std::move(other.path_)) { other.db_ = nullptr; }
    SqliteDb& operator=(SqliteDb&&) = delete;

    /// Runs SQL without results (several statements allowed).
    void exec(const std::string& sql);
    [[nodiscard]] SqliteStatement prepare(std::string_view sql);
    [[nodiscard]] sqlite3* get() const noexcept { return db_; }
    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    /// Throws std::runtime_error "path: error: what: sqlite message".
    [[noreturn]] void fail(const std::string& what) const;

private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

class SqliteStatement {
public:
    SqliteStatement(const SqliteDb& db, sqlite3_stmt* statement) : db_(&db), statement_(statement) {}
    ~SqliteStatement() { sqlite3_finalize(statement_); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;
    SqliteStatement(SqliteStatement&& other) noexcept : db_(other.db_), statement_(other.statement_) {
        other.statement_ = nullptr;
    }
    SqliteStatement& operator=(SqliteStatement&&) = delete;

    void bind(int index, std::string_view text);
    void bind(int index, std::int64_t value);
    /// Steps once: true while there is a row.
    [[nodiscard]] bool step();
    /// Steps to the end (an INSERT), then resets for the next bindings.
    void run();
    void reset();
    [[nodiscard]] std::string_view column_text(int column) const;
    [[nodiscard]] std::int64_t column_int(int column) const { return sqlite3_column_int64(statement_, column); }
    [[nodiscard]] double column_double(int column) const { return sqlite3_column_double(statement_, column); }

private:
    const SqliteDb* db_;
    sqlite3_stmt* statement_;
};

}  // namespace cvdex::bench
