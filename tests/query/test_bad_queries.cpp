// Queries and command lines that are wrong or hostile: each must end with a result (exit 0 and a
// JSON object) or a query/usage error (exit 2 and one short stderr line), never a crash (a
// signal), a hang, or another exit code. Databases that are missing or corrupt are runtime
// errors (exit 1) naming the database.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "fixtures.hpp"

using namespace cvdex::test;
using nlohmann::json;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

// The lines that carry a message: a usage error may add the customary "Try 'cvsearch --help'."
std::vector<std::string> message_lines(const std::string& text) {
    std::vector<std::string> out;
    for (const std::string& line : lines_of(text))
        if (!(line.starts_with("Try ") && line.find("--help") != std::string::npos)) out.push_back(line);
    return out;
}

std::string repeat(const std::string& piece, std::size_t bytes) {
    std::string out;
    while (out.size() + piece.size() <= bytes) out += piece;
    return out;
}

// Bytes 1..255 in a fixed pseudo-random order: binary junk without NUL (argv cannot hold one).
std::string junk(std::size_t size, unsigned seed) {
    std::string out;
    unsigned x = seed;
    while (out.size() < size) {
        x = x * 1103515245u + 12345u;
        const auto byte = static_cast<unsigned char>((x >> 16) & 0xff);
        if (byte != 0) out += static_cast<char>(byte);
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> bad_queries() {
    std::vector<std::pair<std::string, std::string>> q = {
        // quotes and parentheses
        {"open quote", "\"unbalanced"}, {"close quote", "unbalanced\""}, {"odd quotes", "\"a\" \"b"},
        {"lone quote", "\""}, {"empty phrase", "\"\""}, {"blank phrase", "\" \""},
        {"open paren", "(go AND kafka"}, {"close paren", "go AND kafka)"}, {"open parens", "(((("},
        {"close parens", "))))"}, {"lone open", "("}, {"lone close", ")"}, {"empty parens", "()"},
        {"crossed", ")go("}, {"phrase in parens", "(\"go kafka)\""},
        // lone and dangling operators
        {"AND", "AND"}, {"OR", "OR"}, {"NOT", "NOT"}, {"minus", "-"}, {"plus", "+"}, {"plus minus", "+-"},
        {"minus minus", "- -"}, {"all operators", "AND OR NOT"}, {"trailing AND", "go AND"}, {"leading OR", "OR go"},
        {"only NOT", "NOT go"}, {"only minus", "-go"}, {"double NOT", "NOT NOT go"}, {"and and", "go AND AND kafka"},
        {"lower case and", "go and kafka"},
        // fields and ranges
        {"empty skill", "skill:"}, {"skill space", "skill: "}, {"skill empty phrase", "skill:\"\""},
        {"colon", ":"}, {"colons", "::"}, {"empty employer", "employer:"}, {"unknown field", "nosuchfield:value"},
        {"field of field", "skill:employer:go"}, {"section no phrase", "experience:"},
        {"empty range", "years:.."}, {"word range", "years:abc"}, {"half word range", "years:5..abc"},
        {"inverted range", "years:10..5"}, {"negative range", "years:-5.."}, {"huge range", "years:99999999999999999999.."},
        {"float overflow", "years:1e999.."}, {"nan range", "years:nan.."}, {"triple dots", "years:1...5"},
        {"empty skill years", "skill_years:"}, {"skill years no range", "skill_years:go"},
        {"skill years empty range", "skill_years:go:"}, {"skill years no skill", "skill_years::5.."},
        {"skill years word", "skill_years:go:abc"}, {"skill years unknown skill", "skill_years:nosuchskill:3.."},
        // wildcards
        {"star", "*"}, {"stars", "**"}, {"leading star", "*go"}, {"short prefix", "a*"}, {"prefixed star", "skill:*"},
        {"phrase star", "\"kube* go\""},
        // odd characters
        {"empty", ""}, {"blanks", "   \t  "}, {"backslash", "\\"}, {"escaped quote", "\\\""},
        {"smart open quote", "\u201cunbalanced"}, {"German quotes", "\u201edistributed tracing\u201c"},
        {"guillemets", "\u00abdistributed tracing\u00bb"}, {"single smart quotes", "\u2018go\u2019"},
        {"control characters", "go\x01\x02\x03\x7f kafka"}, {"newline", "go\nkafka"}, {"carriage return", "go\rkafka"},
        {"escape sequence", "\x1b[31mred\x1b[0m"}, {"zero width", "go\u200bkafka"}, {"bidi", "\u202egolang\u202c"},
        {"emoji", "\U0001F680 go"}, {"CJK", "\u6771\u4eac \u30a8\u30f3\u30b8\u30cb\u30a2"},
        {"combining", "e\u0301\u0301\u0301"}, {"BOM", "\ufeffgo"}, {"replacement char", "\ufffd"},
        // invalid UTF-8
        {"0xff", "\xff\xfe"}, {"truncated sequence", "go \xc3"}, {"surrogate", "\xed\xa0\x80"},
        {"beyond U+10FFFF", "\xf4\x90\x80\x80"}, {"overlong slash", "\xc0\xaf"}, {"invalid in phrase", "\"go \xff kafka\""},
        {"invalid in field", "skill:\xff\xfe"}, {"invalid in range", "years:\xff..\xfe"},
        // long terms and huge queries
        {"300-byte word", std::string(300, 'a')}, {"300-byte skill", "skill:" + std::string(300, 'x')},
        {"300-byte employer phrase", "employer:\"" + std::string(300, 'y') + "\""},
        {"300-byte wildcard", std::string(300, 'k') + "*"},
        {"100 KB of words", repeat("go kafka python ", 100 * 1024)},
        {"100 KB phrase", "\"" + repeat("distributed tracing ", 100 * 1024 - 2) + "\""},
        {"100 KB of parens", repeat("(", 100 * 1024)}, {"100 KB of quotes", repeat("\"", 100 * 1024)},
        {"100 KB of NOT", repeat("NOT ", 100 * 1024)}, {"100 KB of wildcards", repeat("a* ", 100 * 1024)},
        {"100 KB of fields", repeat("skill:go ", 100 * 1024)}, {"100 KB of ORs", repeat("go OR ", 100 * 1024)},
        {"deep nesting", repeat("(", 50000) + "go" + repeat(")", 50000)},
        {"deep NOT", repeat("NOT (", 10000) + "go" + repeat(")", 10000)},
        {"one 100 KB word", std::string(100 * 1024, 'g')},
        {"binary junk 1", junk(4096, 1)}, {"binary junk 2", junk(4096, 2)}, {"binary junk 100 KB", junk(100 * 1024, 3)},
    };
    return q;
}

// Exit 0 with a JSON object, or exit 2 with one short line that says "error".
void check_result_or_clear_error(const Run& r) {
    REQUIRE_MESSAGE(!r.timed_out, r.describe());
    REQUIRE_MESSAGE(r.signal == 0, "crashed: ", r.describe());
    CHECK_MESSAGE((r.code == 0 || r.code == 2), r.describe());
    if (r.code == 0) {
        CHECK_MESSAGE(r.json.is_object(), r.describe());
        if (r.json.is_object()) CHECK((r.json.contains("results") && r.json["results"].is_array()));
    } else if (r.code == 2) {
        const auto lines = lines_of(r.err);
        CHECK_MESSAGE(lines.size() == 1, r.describe());
        CHECK_MESSAGE(r.err.find("error") != std::string::npos, r.describe());
        CHECK_MESSAGE(r.err.size() <= 1000, "error line of ", r.err.size(), " bytes");
    }
}

}  // namespace

TEST_CASE("query robustness: bad query text ends with a result or one clear error, never a crash") {
    const auto& queries = bad_queries();
    for (const auto& [name, text] : queries) {
        SUBCASE(name.c_str()) {
            // After "--", as a user types a query that starts with "-".
            const Run r = run(cvsearch_binary(),
                              {"--db", fixture_index().db.string(), "--json", "--today", today, "--", text},
                              work_dir(), std::chrono::seconds(20));
            check_result_or_clear_error(r);
        }
    }
}

TEST_CASE("query robustness: a syntax error names its position") {
    for (const char* text : {"(go AND kafka", "\"unbalanced", "years:abc"}) {
        SUBCASE(text) {
            const Run r = search({text});
            CHECK_MESSAGE(r.code == 2, r.describe());
            // "position N", "column N", "at N" or "offset N": a number follows the query's quoting.
            bool number = false;
            for (char c : r.err) number |= c >= '0' && c <= '9';
            CHECK_MESSAGE(number, r.describe());
        }
    }
}

TEST_CASE("query robustness: bad command lines are usage errors (exit 2, one line)") {
    const std::vector<std::vector<std::string>> command_lines = {
        {"go", "--limit", "abc"}, {"go", "--offset", "x"}, {"go", "--sort", "bogus"}, {"--skill-years", "go"},
        {"--skill-years", "go=abc"}, {"--skill-years", "=5"}, {"go", "--facets", "bogus"},
        {"--min-years", "-1"}, {"--min-years", "many"}, {"--recent-years", "0", "--skill", "go"},
        {"go", "--frobnicate"}, {"go", "--json", "--csv"},
    };
    for (const auto& args : command_lines) {
        SUBCASE(join(args).c_str()) {
            const Run r = search(args);
            REQUIRE_MESSAGE(r.signal == 0, r.describe());
            CHECK_MESSAGE(r.code == 2, r.describe());
            CHECK_MESSAGE(message_lines(r.err).size() == 1, r.describe());
        }
    }
    // --today without the harness's own --today.
    for (const char* month : {"2026-13", "yesterday", "2026-00"}) {
        SUBCASE((std::string("--today ") + month).c_str()) {
            const Run r = run(cvsearch_binary(), {"--db", fixture_index().db.string(), "--json", "--today", month, "go"}, work_dir());
            REQUIRE_MESSAGE(r.signal == 0, r.describe());
            CHECK_MESSAGE(r.code == 2, r.describe());
            CHECK_MESSAGE(message_lines(r.err).size() == 1, r.describe());
        }
    }
}

// A negative count must not wrap around into a huge one (it once came out as the runtime error
// "must be at most 10000", exit 1).
TEST_CASE("query robustness: negative --limit and --offset are usage errors") {
    for (const char* flag : {"--limit", "--offset"}) {
        SUBCASE(flag) {
            const Run r = search({"go", flag, "-1"});
            REQUIRE_MESSAGE(r.signal == 0, r.describe());
            CHECK_MESSAGE(r.code == 2, r.describe());
            CHECK_MESSAGE(message_lines(r.err).size() == 1, r.describe());
        }
    }
}

TEST_CASE("query robustness: a missing --like file is an error naming the file") {
    const std::string missing = (work_dir() / "no-such-job.md").string();
    const Run r = search({"--like", missing});
    REQUIRE_MESSAGE(r.signal == 0, r.describe());
    CHECK_MESSAGE((r.code == 1 || r.code == 2), r.describe());
    CHECK_MESSAGE(r.err.find("no-such-job.md") != std::string::npos, r.describe());
    CHECK_MESSAGE(message_lines(r.err).size() == 1, r.describe());
}

TEST_CASE("query robustness: a missing or corrupt database is a runtime error (exit 1) naming it") {
    Scratch scratch("query-bad-db");
    const fs::path missing = scratch / "no-such.db";

    const fs::path glass = scratch / "garbage-glass.db";
    spit(glass / "iamglass", junk(64, 7));
    spit(glass / "postlist.glass", junk(8192, 8));
    spit(glass / "termlist.glass", junk(8192, 9));
    spit(glass / "docdata.glass", junk(100, 10));
    const fs::path junk_dir = scratch / "junk.db";
    spit(junk_dir / "notes.txt", "not a database\n");
    spit(junk_dir / "data.bin", junk(1000, 11));
    const fs::path empty_dir = scratch / "empty.db";
    fs::create_directories(empty_dir);
    const fs::path junk_file = scratch / "file.db";
    spit(junk_file, junk(500, 12));
    // A real database (cvindex may make it a stub and a shard folder) whose posting table is
    // overwritten with junk after a clean index.
    const fs::path truncated = scratch / "truncated.db";
    index_into(truncated, {fixture_cvs().string()});
    std::vector<fs::path> tables;
    for (const auto& entry : fs::recursive_directory_iterator(truncated))
        if (entry.path().filename() == "postlist.glass") tables.push_back(entry.path());
    REQUIRE(!tables.empty());
    for (const fs::path& table : tables) spit(table, junk(fs::file_size(table), 13));

    for (const fs::path& db : {missing, glass, junk_dir, empty_dir, junk_file, truncated}) {
        SUBCASE(db.filename().string().c_str()) {
            const Run r = cvsearch({db.string()}, {"skill:go"});
            REQUIRE_MESSAGE(r.signal == 0, r.describe());
            CHECK_MESSAGE(r.code == 1, r.describe());
            CHECK_MESSAGE(r.err.find(db.filename().string()) != std::string::npos, r.describe());
            CHECK_MESSAGE(lines_of(r.err).size() == 1, r.describe());
        }
    }
    SUBCASE("one good and one missing database") {
        const Run r = cvsearch({fixture_index().db.string(), missing.string()}, {"skill:go"});
        CHECK_MESSAGE(r.code == 1, r.describe());
        CHECK_MESSAGE(r.err.find("no-such.db") != std::string::npos, r.describe());
    }
}
