// End-to-end: the real `cvindex` binary indexing folders into a Xapian database: the bundled
// corpus, incremental runs, SIGKILL in the middle of a run, the writer lock, bad files and usage.
// The database is then read with Xapian directly and checked with xapian-check.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "cvdex/document.hpp"
#include "cvdex/schema.hpp"

extern char** environ;

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const fs::path corpus = CVDEX_CORPUS_DIR;

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void spit(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

void append(const fs::path& path, const std::string& bytes) { std::ofstream(path, std::ios::binary | std::ios::app) << bytes; }

// A scratch folder per test case (pid plus a counter: unique even when cases share a process),
// removed at the end.
struct Scratch {
    fs::path dir;
    Scratch() {
        static int counter = 0;
        dir = fs::temp_directory_path() /
              ("cvdex-index-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    ~Scratch() {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    [[nodiscard]] std::string db() const { return (dir / "db").string(); }
};

std::string quote(const std::string& arg) {
    std::string q = "'";
    for (char c : arg) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

struct Run {
    int code = -1;
    std::string out;
    std::string err;
    json summary;  // the --json summary (null when stdout was not one JSON object)
};

Run run_program(const std::string& program, const std::string& args, const Scratch& scratch) {
    const fs::path out = scratch.dir / "stdout", err = scratch.dir / "stderr";
    const std::string command = quote(program) + " " + args + " >" + quote(out) + " 2>" + quote(err);
    const int status = std::system(command.c_str());
    Run r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    r.summary = json::parse(r.out, nullptr, false);
    if (r.summary.is_discarded() || !r.summary.is_object()) r.summary = nullptr;
    return r;
}

// `cvindex --db DB --json -q --today 2026-11 ARGS`
Run cvindex(const Scratch& scratch, const std::string& args) {
    return run_program(CVDEX_CVINDEX, "--db " + quote(scratch.db()) + " --json -q --today 2026-11 " + args, scratch);
}

std::size_t count(const Run& r, const char* key) {
    if (!r.summary.is_object() || !r.summary.contains(key)) return static_cast<std::size_t>(-1);
    return r.summary[key].get<std::size_t>();
}

// Checks the summary counts in one go, printing the whole run when one differs.
void check_counts(const Run& r, const std::map<std::string, std::size_t>& want) {
    for (const auto& [key, value] : want) {
        const std::size_t got = count(r, key.c_str());
        CHECK_MESSAGE(got == value, key, ": got ", got, " want ", value, "\nstdout: ", r.out, "\nstderr: ", r.err);
    }
}

// A cvdex database is a folder of shards named by its stub file, XAPIANDB ("glass NAME" lines);
// xapian-check checks one shard at a time.
bool xapian_check(const Scratch& scratch, const std::string& database, std::string* output = nullptr) {
    std::istringstream stub(slurp(fs::path(database) / "XAPIANDB"));
    std::string backend, name;
    bool all_ok = true, any = false;
    if (output) output->clear();
    while (stub >> backend >> name) {
        any = true;
        const fs::path out = scratch.dir / "xapian-check.out";
        const std::string command = "xapian-check " + quote((fs::path(database) / name).string()) + " >" + quote(out) + " 2>&1";
        const int status = std::system(command.c_str());
        if (output) *output += slurp(out);
        all_ok = all_ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }
    return any && all_ok;
}

std::set<std::string> q_terms(const std::string& database) {
    Xapian::Database db(database);
    std::set<std::string> terms;
    for (auto it = db.allterms_begin("Q"); it != db.allterms_end("Q"); ++it) terms.insert(*it);
    return terms;
}

// " missing X extra Y": how two sets of terms differ, for failure messages.
std::string difference(const std::set<std::string>& got, const std::set<std::string>& want) {
    std::string out;
    for (const std::string& t : want)
        if (!got.count(t)) out += " missing " + t;
    for (const std::string& t : got)
        if (!want.count(t)) out += " extra " + t;
    return out;
}

// The database holds exactly these documents (by their Q terms).
void check_ids(const std::string& database, const std::set<std::string>& want) {
    const std::set<std::string> got = q_terms(database);
    CHECK_MESSAGE(got == want, difference(got, want));
}

std::string id_of(const fs::path& file) { return cvdex::schema::id_term(fs::weakly_canonical(fs::absolute(file)).string()); }

std::set<std::string> ids_of(const std::vector<fs::path>& files) {
    std::set<std::string> ids;
    for (const fs::path& f : files) ids.insert(id_of(f));
    return ids;
}

// The document indexed for a file, or nothing.
std::optional<Xapian::Document> document_of(const std::string& database, const fs::path& file) {
    Xapian::Database db(database);
    const std::string id = id_of(file);
    auto it = db.postlist_begin(id);
    if (it == db.postlist_end(id)) return std::nullopt;
    return db.get_document(*it);
}

bool has_term(const Xapian::Document& doc, const std::string& term) {
    auto it = doc.termlist_begin();
    it.skip_to(term);
    return it != doc.termlist_end() && *it == term;
}

// A word of the CV's text: it is indexed under the prefix of its section's kind.
bool has_word(const Xapian::Document& doc, const std::string& word) {
    for (const cvdex::schema::SectionField& section : cvdex::schema::section_fields)
        if (has_term(doc, std::string(section.prefix) + word)) return true;
    return false;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

// Exactly one stderr line "path: error: reason" (reason not empty) for the file.
void check_error_line(const std::string& err, const fs::path& path) {
    const std::string prefix = path.string() + ": error: ";
    std::size_t lines = 0;
    for (const std::string& line : lines_of(err))
        if (line.rfind(prefix, 0) == 0 && line.size() > prefix.size()) ++lines;
    CHECK_MESSAGE(lines == 1, lines, " error lines for ", path.string(), "\nstderr: ", err);
}

std::int64_t stat_mtime(const fs::path& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return static_cast<std::int64_t>(info.st_mtime);
}

void shift_mtime(const fs::path& path, std::chrono::seconds by) { fs::last_write_time(path, fs::last_write_time(path) + by); }

std::string binary_junk(std::size_t size) {
    std::string junk(size, '\0');
    for (std::size_t i = 0; i < junk.size(); ++i) junk[i] = static_cast<char>((i * 131 + 7) % 256);
    return junk;
}

// A few corpus CVs of different formats plus the LaTeX CV that \input's a sibling fragment.
struct SmallFolder {
    fs::path root;
    std::vector<fs::path> cvs;  // the files that become documents
    fs::path markdown, json_resume, latex_main, latex_fragment;
    explicit SmallFolder(const fs::path& where) : root(where) {
        for (const char* name : {"md-title-pipe-company.md", "de-bis-heute.md", "json-resume-current.json",
                                 "txt-stale-present.txt"}) {
            fs::create_directories(root);
            fs::copy_file(corpus / name, root / name);
            cvs.push_back(root / name);
        }
        fs::create_directories(root / "latex-input");
        fs::copy_file(corpus / "latex-input" / "main.tex", root / "latex-input" / "main.tex");
        fs::copy_file(corpus / "latex-input" / "experience.tex", root / "latex-input" / "experience.tex");
        cvs.push_back(root / "latex-input" / "main.tex");
        markdown = root / "md-title-pipe-company.md";
        json_resume = root / "json-resume-current.json";
        latex_main = root / "latex-input" / "main.tex";
        latex_fragment = root / "latex-input" / "experience.tex";
    }
};

}  // namespace

// ---- the bundled corpus ------------------------------------------------------------------------

TEST_CASE("cvindex indexes the bundled corpus: xapian-check passes and info counts it (index e2e)") {
    Scratch scratch;
    // Every corpus file but the LaTeX fragment, and what its golden record says it is.
    std::vector<fs::path> cvs;
    std::map<std::string, std::size_t> want_formats, want_languages;
    for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
        if (!entry.is_regular_file() || entry.path().filename() == "experience.tex") continue;
        cvs.push_back(entry.path());
        const fs::path golden = fs::path(CVDEX_GOLDEN_DIR) / (fs::relative(entry.path(), corpus).string() + ".json");
        REQUIRE_MESSAGE(fs::exists(golden), "no golden record for ", entry.path().string());
        const json record = json::parse(slurp(golden));
        ++want_formats[record["format"].get<std::string>()];
        ++want_languages[record["language"].get<std::string>()];
    }
    REQUIRE(cvs.size() == 30);

    const Run r = cvindex(scratch, quote(corpus.string()));
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK_MESSAGE(r.err.empty(), r.err);
    REQUIRE_MESSAGE(r.summary.is_object(), r.out);
    check_counts(r, {{"indexed", cvs.size()}, {"failed", 0}, {"skipped", 1}, {"unchanged", 0}, {"removed", 0},
                     {"duplicates", 0}, {"documents", cvs.size()}});
    CHECK(r.summary["interrupted"] == false);
    CHECK(r.summary["database"] == scratch.db());

    std::string check_output;
    CHECK_MESSAGE(xapian_check(scratch, scratch.db(), &check_output), check_output);
    const std::set<std::string> ids = q_terms(scratch.db());
    CHECK_MESSAGE(ids == ids_of(cvs), difference(ids, ids_of(cvs)));
    CHECK(ids.count(id_of(corpus / "latex-input" / "experience.tex")) == 0);
    CHECK(Xapian::Database(scratch.db()).get_doccount() == cvs.size());

    const Run info = run_program(CVDEX_CVINDEX, "info --json --db " + quote(scratch.db()), scratch);
    CHECK_MESSAGE(info.code == 0, info.err);
    REQUIRE_MESSAGE(info.summary.is_object(), info.out);
    CHECK(info.summary["documents"] == cvs.size());
    std::map<std::string, std::size_t> formats, languages;
    for (const json& item : info.summary["formats"]) formats[item["value"].get<std::string>()] = item["count"].get<std::size_t>();
    for (const json& item : info.summary["languages"])
        languages[item["value"].get<std::string>()] = item["count"].get<std::size_t>();
    CHECK_MESSAGE(formats == want_formats, info.summary["formats"].dump());
    CHECK_MESSAGE(languages == want_languages, info.summary["languages"].dump());
    CHECK(info.summary["last_run"]["indexed"] == cvs.size());
    CHECK(info.summary["size_bytes"].get<std::size_t>() > 0);
    // The skill facet counts documents: Python is in most corpus CVs.
    bool python = false;
    for (const json& item : info.summary["top_skills"]) python |= item["value"] == "python" && item["count"].get<int>() >= 10;
    CHECK_MESSAGE(python, info.summary["top_skills"].dump());

    const Run text = run_program(CVDEX_CVINDEX, "info --db " + quote(scratch.db()), scratch);
    CHECK(text.code == 0);
    CHECK(text.out.find("documents: 30") != std::string::npos);
}

// ---- incremental runs --------------------------------------------------------------------------

TEST_CASE("incremental: a re-run reads nothing and a touched file is unchanged with its stamp refreshed (index e2e)") {
    Scratch scratch;
    const SmallFolder folder(scratch.dir / "cvs");
    const std::string args = quote(folder.root.string());
    const std::size_t n = folder.cvs.size();

    const Run first = cvindex(scratch, args);
    CHECK_MESSAGE(first.code == 0, first.err);
    check_counts(first, {{"indexed", n}, {"unchanged", 0}, {"skipped", 1}, {"documents", n}, {"files_read", n}});

    const Run again = cvindex(scratch, args);
    CHECK(again.code == 0);
    // Nothing changed: no file is even opened.
    check_counts(again, {{"indexed", 0}, {"unchanged", n}, {"removed", 0}, {"failed", 0}, {"documents", n}, {"files_read", 0}});

    // Touch without a content change: unchanged, and the stored mtime follows the file.
    const auto before = document_of(scratch.db(), folder.markdown);
    REQUIRE(before);
    const std::int64_t stored_before = cvdex::stamp_of(*before).mtime;
    shift_mtime(folder.markdown, std::chrono::seconds(-3600));
    const Run touched = cvindex(scratch, args);
    CHECK(touched.code == 0);
    check_counts(touched, {{"indexed", 0}, {"unchanged", n}, {"documents", n}, {"files_read", 1}});
    const auto after = document_of(scratch.db(), folder.markdown);
    REQUIRE(after);
    CHECK(cvdex::stamp_of(*after).mtime == stored_before - 3600);
    CHECK(cvdex::stamp_of(*after).content_hash == cvdex::stamp_of(*before).content_hash);
    json data_before = json::parse(before->get_data()), data_after = json::parse(after->get_data());
    data_before.erase("file");
    data_after.erase("file");
    CHECK(data_after == data_before);

    // Third run: size and mtime match the refreshed stamp, so the file is not read at all. Proof:
    // new bytes of the same size with the same mtime go unnoticed (as designed for a stat check).
    const auto mtime = fs::last_write_time(folder.markdown);
    std::string bytes = slurp(folder.markdown);
    const std::size_t at = bytes.find("Lumenfold");
    REQUIRE(at != std::string::npos);
    bytes.replace(at, 9, "Quxxofold");
    spit(folder.markdown, bytes);
    fs::last_write_time(folder.markdown, mtime);
    const Run third = cvindex(scratch, args);
    CHECK(third.code == 0);
    check_counts(third, {{"indexed", 0}, {"unchanged", n}, {"documents", n}});
    const auto unread = document_of(scratch.db(), folder.markdown);
    REQUIRE(unread);
    CHECK(has_term(*unread, "XElumenfold"));
    CHECK_FALSE(has_word(*unread, "quxxofold"));
}

TEST_CASE("incremental: a modified file is re-indexed alone and a deleted one is pruned unless --no-prune (index e2e)") {
    Scratch scratch;
    const SmallFolder folder(scratch.dir / "cvs");
    const std::string args = quote(folder.root.string());
    const std::size_t n = folder.cvs.size();
    REQUIRE(cvindex(scratch, args).code == 0);

    append(folder.markdown, "\n## Certifications\n\n- Zorvexian Cloud Architect, 2024\n");
    shift_mtime(folder.markdown, std::chrono::seconds(5));  // mtime has one-second resolution
    const Run modified = cvindex(scratch, args);
    CHECK_MESSAGE(modified.code == 0, modified.err);
    check_counts(modified, {{"indexed", 1}, {"unchanged", n - 1}, {"removed", 0}, {"documents", n}});
    const auto doc = document_of(scratch.db(), folder.markdown);
    REQUIRE(doc);
    CHECK(has_word(*doc, "zorvexian"));
    CHECK(has_term(*doc, "XZCRTzorvexian"));
    CHECK(cvdex::stamp_of(*doc).content_hash == cvdex::schema::fnv1a_hex(slurp(folder.markdown)));

    fs::remove(folder.json_resume);
    const Run kept = cvindex(scratch, "--no-prune " + args);
    CHECK(kept.code == 0);
    check_counts(kept, {{"indexed", 0}, {"unchanged", n - 1}, {"removed", 0}, {"documents", n}});
    CHECK(document_of(scratch.db(), folder.json_resume).has_value());

    const Run pruned = cvindex(scratch, args);
    CHECK(pruned.code == 0);
    check_counts(pruned, {{"indexed", 0}, {"unchanged", n - 1}, {"removed", 1}, {"documents", n - 1}});
    CHECK_FALSE(document_of(scratch.db(), folder.json_resume).has_value());
    std::vector<fs::path> remaining = folder.cvs;
    std::erase(remaining, folder.json_resume);
    check_ids(scratch.db(), ids_of(remaining));

    // Indexing one file of the folder does not prune the others (only walked folders are pruned).
    const Run single = cvindex(scratch, quote(folder.markdown.string()));
    CHECK(single.code == 0);
    check_counts(single, {{"removed", 0}, {"unchanged", 1}, {"documents", n - 1}});
    std::string check_output;
    CHECK_MESSAGE(xapian_check(scratch, scratch.db(), &check_output), check_output);
}

TEST_CASE("incremental: changing an input fragment re-indexes the LaTeX CV that includes it (index e2e)") {
    Scratch scratch;
    const SmallFolder folder(scratch.dir / "cvs");
    const std::string args = quote(folder.root.string());
    const std::size_t n = folder.cvs.size();
    REQUIRE(cvindex(scratch, args).code == 0);
    const auto before = document_of(scratch.db(), folder.latex_main);
    REQUIRE(before);
    CHECK_FALSE(has_word(*before, "quokkaflow"));

    std::string fragment = slurp(folder.latex_fragment);
    const std::size_t end = fragment.rfind("\\end{itemize}");
    REQUIRE(end != std::string::npos);
    fragment.insert(end, "  \\item Migrated the batch jobs to Quokkaflow.\n");
    spit(folder.latex_fragment, fragment);
    shift_mtime(folder.latex_fragment, std::chrono::seconds(5));
    const Run r = cvindex(scratch, args);
    CHECK_MESSAGE(r.code == 0, r.err);
    check_counts(r, {{"indexed", 1}, {"unchanged", n - 1}, {"skipped", 1}, {"documents", n}});
    const auto after = document_of(scratch.db(), folder.latex_main);
    REQUIRE(after);
    CHECK(has_word(*after, "quokkaflow"));
    CHECK(has_term(*after, "XZEXPquokkaflow"));
    CHECK_FALSE(document_of(scratch.db(), folder.latex_fragment).has_value());

    const Run again = cvindex(scratch, args);
    check_counts(again, {{"indexed", 0}, {"unchanged", n}});
}

TEST_CASE("incremental: changing one LaTeX CV leaves the LaTeX CVs beside it unchanged (index e2e)") {
    Scratch scratch;
    const SmallFolder folder(scratch.dir / "cvs");
    const fs::path neighbour = folder.latex_main.parent_path() / "awesome.tex";
    fs::copy_file(corpus / "latex-awesome-cv.tex", neighbour);
    const std::string args = quote(folder.root.string());
    const std::size_t n = folder.cvs.size() + 1;
    const Run first = cvindex(scratch, args);
    REQUIRE_MESSAGE(first.code == 0, first.err);
    check_counts(first, {{"indexed", n}, {"skipped", 1}, {"documents", n}});

    std::string cv = slurp(neighbour);
    const std::size_t end = cv.rfind("\\end{document}");
    REQUIRE(end != std::string::npos);
    cv.insert(end, "Quokkaflow\n");
    spit(neighbour, cv);
    shift_mtime(neighbour, std::chrono::seconds(5));
    const Run r = cvindex(scratch, args);
    CHECK_MESSAGE(r.code == 0, r.err);
    // Only the changed CV is read again; main.tex's stamp covers the fragment, not its neighbour.
    check_counts(r, {{"indexed", 1}, {"unchanged", n - 1}, {"documents", n}, {"files_read", 1}});
    const auto changed = document_of(scratch.db(), neighbour);
    REQUIRE(changed);
    CHECK(has_word(*changed, "quokkaflow"));
}

TEST_CASE("duplicates: the same content under two names is reported and --dedupe indexes one (index e2e)") {
    Scratch scratch;
    const fs::path folder = scratch.dir / "cvs";
    fs::create_directories(folder);
    fs::copy_file(corpus / "md-title-pipe-company.md", folder / "tomas.md");
    fs::copy_file(corpus / "md-title-pipe-company.md", folder / "tomas-copy.md");
    fs::copy_file(corpus / "de-bis-heute.md", folder / "friederike.md");

    const Run both = cvindex(scratch, quote(folder.string()));
    CHECK_MESSAGE(both.code == 0, both.err);
    check_counts(both, {{"indexed", 3}, {"duplicates", 1}, {"documents", 3}});
    REQUIRE(both.summary["duplicate_of"].size() == 1);
    const std::string line = both.summary["duplicate_of"][0].get<std::string>();
    CHECK_MESSAGE(line.find("tomas") != std::string::npos, line);
    CHECK_MESSAGE(line.find("same content as") != std::string::npos, line);

    Scratch deduped_scratch;
    const Run deduped = cvindex(deduped_scratch, "--dedupe " + quote(folder.string()));
    CHECK_MESSAGE(deduped.code == 0, deduped.err);
    check_counts(deduped, {{"indexed", 2}, {"duplicates", 1}, {"documents", 2}});
    const std::set<std::string> ids = q_terms(deduped_scratch.db());
    CHECK(ids.count(id_of(folder / "friederike.md")) == 1);
    CHECK(ids.count(id_of(folder / "tomas.md")) + ids.count(id_of(folder / "tomas-copy.md")) == 1);
}

// ---- crash safety ------------------------------------------------------------------------------

namespace {

// Builds `count` distinct CV files from the corpus's text formats (each with a line of its own).
std::vector<fs::path> make_many_cvs(const fs::path& folder, std::size_t count) {
    std::vector<fs::path> sources;
    for (const auto& entry : fs::directory_iterator(corpus)) {
        const std::string ext = entry.path().extension().string(), name = entry.path().filename().string();
        if ((ext == ".md" || ext == ".txt" || ext == ".rst" || ext == ".html") && !name.starts_with("utf16"))
            sources.push_back(entry.path());
    }
    std::sort(sources.begin(), sources.end());
    REQUIRE(sources.size() >= 10);
    std::vector<fs::path> files;
    for (std::size_t i = 0; i < count; ++i) {
        const fs::path& source = sources[i % sources.size()];
        const fs::path target = folder / ("cv" + std::to_string(i) + "-" + source.filename().string());
        spit(target, slurp(source) + "\n\nReference number " + std::to_string(i) + "\n");
        files.push_back(target);
    }
    return files;
}

pid_t spawn_cvindex(const std::vector<std::string>& args, const fs::path& out, const fs::path& err) {
    std::vector<std::string> argv_strings{CVDEX_CVINDEX};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& s : argv_strings) argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    pid_t pid = -1;
    const int error = posix_spawn(&pid, CVDEX_CVINDEX, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE_MESSAGE(error == 0, "posix_spawn failed: ", error);
    return pid;
}

// Kills the child with SIGKILL; true if it was still running (killed), false if it had exited.
bool kill_and_reap(pid_t pid) {
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

Xapian::doccount committed_documents(const std::string& database) {
    try {
        return Xapian::Database(database).get_doccount();
    } catch (const Xapian::Error&) {
        return 0;  // not created yet
    }
}

// After a crash: the database opens, passes xapian-check, holds whole committed batches only,
// and every document in it is complete (its id, format term, values and JSON data).
Xapian::doccount check_after_crash(const Scratch& scratch, std::size_t full, std::size_t batch,
                                   const std::string& when) {
    INFO("after SIGKILL ", when);
    if (!fs::exists(scratch.db())) return 0;  // killed before it created the database
    Xapian::Database db;
    REQUIRE_NOTHROW(db = Xapian::Database(scratch.db()));
    std::string check_output;
    CHECK_MESSAGE(xapian_check(scratch, scratch.db(), &check_output), check_output);
    const Xapian::doccount documents = db.get_doccount();
    // Threads claim whole batches of files, so only the run's last batch is short.
    CHECK_MESSAGE((documents % batch == 0 || documents % batch == full % batch), documents, " documents");
    CHECK(documents <= full);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        const Xapian::Document doc = db.get_document(*it);
        const std::string path = doc.get_value(cvdex::schema::slot_path);
        CHECK(has_term(doc, cvdex::schema::id_term(path)));
        CHECK(has_term(doc, "XFmarkdown") + has_term(doc, "XFtext") + has_term(doc, "XFrst") + has_term(doc, "XFhtml") == 1);
        const json data = json::parse(doc.get_data(), nullptr, false);
        CHECK_FALSE(data.is_discarded());
        CHECK(data["file"]["path"] == path);
    }
    return documents;
}

}  // namespace

TEST_CASE("crash safety: SIGKILL mid-run leaves whole committed batches and a re-run completes (index e2e)") {
    Scratch scratch;
    constexpr std::size_t files = 320, batch = 50;  // 320: the full count is not a whole batch
    const fs::path folder = scratch.dir / "cvs";
    const std::vector<fs::path> cvs = make_many_cvs(folder, files);
    const std::vector<std::string> args{"--db", scratch.db(), "--commit-every", std::to_string(batch), "--json",
                                        "-q", "--today", "2026-11", folder.string()};
    const fs::path log = scratch.dir / "killed.log";  // stdout and stderr of the killed runs

    std::size_t killed = 0, partial = 0;
    auto kill_after = [&](int delay_ms) {
        const pid_t pid = spawn_cvindex(args, log, log);
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
        killed += kill_and_reap(pid);
        const Xapian::doccount documents = check_after_crash(scratch, files, batch, std::to_string(delay_ms) + " ms");
        partial += documents > 0 && documents < files;
    };
    // While it creates the database and parses its first batch.
    kill_after(50);
    // However fast or slow this machine is: right after a new batch became visible.
    {
        const Xapian::doccount start = committed_documents(scratch.db());
        REQUIRE(start < files);
        const pid_t pid = spawn_cvindex(args, log, log);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (committed_documents(scratch.db()) == start && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        killed += kill_and_reap(pid);
        const Xapian::doccount documents = check_after_crash(scratch, files, batch, "the first new commit");
        partial += documents > 0 && documents < files;
    }
    // At other points of later runs (on a fast machine the last may finish first: also fine).
    kill_after(150);
    kill_after(400);
    CHECK_MESSAGE(killed >= 2, "only ", killed, " of 4 runs were still running when killed");
    CHECK_MESSAGE(partial >= 1, "no kill left a partly indexed database");

    const Xapian::doccount before = committed_documents(scratch.db());
    const Run resumed = cvindex(scratch, "--commit-every 50 " + quote(folder.string()));
    CHECK_MESSAGE(resumed.code == 0, resumed.err);
    check_counts(resumed, {{"indexed", files - before}, {"unchanged", before}, {"failed", 0}, {"documents", files}});
    std::string check_output;
    CHECK_MESSAGE(xapian_check(scratch, scratch.db(), &check_output), check_output);
    // The same document set as a clean run: one document per file, under the id of its path.
    check_ids(scratch.db(), ids_of(cvs));
    CHECK(Xapian::Database(scratch.db()).get_doccount() == files);
}

TEST_CASE("interrupt: SIGINT commits what is done and exits 130 and a re-run finishes (index e2e)") {
    Scratch scratch;
    constexpr std::size_t files = 160;
    const fs::path folder = scratch.dir / "cvs";
    const std::vector<fs::path> cvs = make_many_cvs(folder, files);
    const fs::path out = scratch.dir / "interrupted.out", err = scratch.dir / "interrupted.err";
    const pid_t pid = spawn_cvindex({"--db", scratch.db(), "--commit-every", "50", "--json", "-q", "--today", "2026-11",
                                     folder.string()},
                                    out, err);
    // Interrupt once the first batch is committed (the handler is installed by then).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (committed_documents(scratch.db()) == 0 && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    ::kill(pid, SIGINT);
    int status = 0;
    ::waitpid(pid, &status, 0);
    REQUIRE(WIFEXITED(status));
    const int code = WEXITSTATUS(status);
    const json summary = json::parse(slurp(out), nullptr, false);
    const Xapian::doccount documents = committed_documents(scratch.db());
    if (code == 0) {
        // The run was faster than the signal: nothing to check but a complete index.
        CHECK(documents == files);
    } else {
        CHECK_MESSAGE(code == 130, slurp(err));
        REQUIRE_MESSAGE(summary.is_object(), slurp(out));
        CHECK(summary["interrupted"] == true);
        CHECK(summary["documents"] == documents);
        CHECK(summary["indexed"] == documents);  // every document written was committed
        CHECK(documents >= 50);
    }
    std::string check_output;
    CHECK_MESSAGE(xapian_check(scratch, scratch.db(), &check_output), check_output);
    const Run resumed = cvindex(scratch, quote(folder.string()));
    CHECK_MESSAGE(resumed.code == 0, resumed.err);
    check_counts(resumed, {{"indexed", files - documents}, {"unchanged", documents}, {"removed", 0}, {"documents", files}});
    check_ids(scratch.db(), ids_of(cvs));
}

// ---- shards ------------------------------------------------------------------------------------

std::size_t listed_shard_count(const std::string& database) {
    std::istringstream stub(slurp(fs::path(database) / "XAPIANDB"));
    std::string backend, name;
    std::size_t count = 0;
    while (stub >> backend >> name) ++count;
    return count;
}

TEST_CASE("shards: new files go to per-thread shards that are merged, small additions are not merged into big shards (index e2e)") {
    Scratch scratch;
    const fs::path folder = scratch.dir / "cvs";
    std::vector<fs::path> cvs = make_many_cvs(folder, 60);
    const Run first = cvindex(scratch, "--threads 2 --commit-every 5 " + quote(folder.string()));
    CHECK_MESSAGE(first.code == 0, first.err);
    check_counts(first, {{"indexed", 60}, {"documents", 60}, {"shards", 1}});
    CHECK(listed_shard_count(scratch.db()) == 1);
    std::string check_output;
    CHECK_MESSAGE(xapian_check(scratch, scratch.db(), &check_output), check_output);

    // 12 more: their shards merge with each other but not with the 60-document shard.
    const fs::path more = folder / "more";
    const std::vector<fs::path> added = make_many_cvs(more, 12);
    cvs.insert(cvs.end(), added.begin(), added.end());
    const Run second = cvindex(scratch, "--threads 2 --commit-every 5 " + quote(folder.string()));
    CHECK_MESSAGE(second.code == 0, second.err);
    check_counts(second, {{"indexed", 12}, {"unchanged", 60}, {"documents", 72}, {"shards", 2}});
    CHECK_MESSAGE(xapian_check(scratch, scratch.db(), &check_output), check_output);
    check_ids(scratch.db(), ids_of(cvs));

    // A changed file is replaced in whichever shard holds it: still one document per file.
    spit(cvs.front(), slurp(cvs.front()) + "\nQuokkaflow certified.\n");
    spit(cvs.back(), slurp(cvs.back()) + "\nQuokkaflow certified.\n");
    const Run third = cvindex(scratch, quote(folder.string()));
    check_counts(third, {{"indexed", 2}, {"documents", 72}});
    check_ids(scratch.db(), ids_of(cvs));
    const Xapian::Database db(scratch.db());
    Xapian::doccount with_word = 0;  // the word is in one section of each of the two documents
    for (const cvdex::schema::SectionField& section : cvdex::schema::section_fields)
        with_word += db.get_termfreq(std::string(section.prefix) + "quokkaflow");
    CHECK(with_word == 2);
}

// ---- the writer lock ---------------------------------------------------------------------------

TEST_CASE("lock: a second writer is refused with a clear message and exit code 1 (index e2e)") {
    Scratch scratch;
    const fs::path folder = scratch.dir / "cvs";
    fs::create_directories(folder);
    fs::copy_file(corpus / "de-bis-heute.md", folder / "de.md");
    const Run created = cvindex(scratch, quote((scratch.dir / "no-such-folder").string()));
    REQUIRE(fs::exists(fs::path(scratch.db()) / "XAPIANDB"));
    {
        // Another writer holds a shard: cvindex must not write beside it.
        std::istringstream stub(slurp(fs::path(scratch.db()) / "XAPIANDB"));
        std::string backend, shard;
        stub >> backend >> shard;
        REQUIRE(!shard.empty());
        Xapian::WritableDatabase holder((fs::path(scratch.db()) / shard).string(), Xapian::DB_OPEN);
        const Run locked = cvindex(scratch, quote(folder.string()));
        CHECK(locked.code == 1);
        CHECK_MESSAGE(locked.err.find("database is locked by another indexer") != std::string::npos, locked.err);
        CHECK(locked.out.empty());
        CHECK(holder.get_doccount() == 0);
    }
    const Run unlocked = cvindex(scratch, quote(folder.string()));
    CHECK_MESSAGE(unlocked.code == 0, unlocked.err);
    check_counts(unlocked, {{"indexed", 1}, {"documents", 1}});
}

// ---- bad files ---------------------------------------------------------------------------------

TEST_CASE("bad files: one error line each and exit 3 with the good ones indexed and nothing indexed lost (index e2e)") {
    Scratch scratch;
    const fs::path folder = scratch.dir / "cvs";
    fs::create_directories(folder);
    const fs::path good_md = folder / "good.md", good_docx = folder / "good.docx";
    fs::copy_file(corpus / "md-title-pipe-company.md", good_md);
    fs::copy_file(corpus / "docx-table-jobs.docx", good_docx);
    const fs::path empty = folder / "empty.md", corrupt = folder / "broken.docx", truncated = folder / "cut.pdf";
    spit(empty, "");
    spit(corrupt, std::string("PK\x03\x04", 4) + std::string(300, 'x'));
    spit(truncated, slurp(corpus / "pdf-one-column.pdf").substr(0, 400));

    const Run r = cvindex(scratch, quote(folder.string()));
    CHECK(r.code == 3);
    check_counts(r, {{"indexed", 2}, {"failed", 3}, {"documents", 2}});
    for (const fs::path& bad : {empty, corrupt, truncated}) check_error_line(r.err, bad);
    CHECK_MESSAGE(lines_of(r.err).size() == 3, r.err);
    CHECK(r.err.find(good_md.string()) == std::string::npos);
    CHECK(r.summary["failures"].size() == 3);
    check_ids(scratch.db(), ids_of({good_md, good_docx}));

    // Good files replaced by broken ones keep their documents; the run still says they failed.
    const auto docx_before = document_of(scratch.db(), good_docx), md_before = document_of(scratch.db(), good_md);
    REQUIRE(docx_before);
    REQUIRE(md_before);
    spit(good_docx, std::string("PK\x03\x04", 4) + binary_junk(2000));
    spit(good_md, "");
    shift_mtime(good_docx, std::chrono::seconds(5));
    shift_mtime(good_md, std::chrono::seconds(5));
    const Run broken = cvindex(scratch, quote(folder.string()));
    CHECK(broken.code == 3);
    check_counts(broken, {{"indexed", 0}, {"failed", 5}, {"removed", 0}, {"documents", 2}});
    check_error_line(broken.err, good_docx);
    check_error_line(broken.err, good_md);
    const auto docx_after = document_of(scratch.db(), good_docx), md_after = document_of(scratch.db(), good_md);
    REQUIRE(docx_after);
    REQUIRE(md_after);
    CHECK(docx_after->get_data() == docx_before->get_data());
    CHECK(md_after->get_data() == md_before->get_data());
    std::string check_output;
    CHECK_MESSAGE(xapian_check(scratch, scratch.db(), &check_output), check_output);
}

// ---- usage, missing paths, skipped files -------------------------------------------------------

TEST_CASE("usage: no PATH is exit 2 and a missing path is reported with exit 3 (index e2e)") {
    Scratch scratch;
    const Run none = run_program(CVDEX_CVINDEX, "--db " + quote(scratch.db()), scratch);
    CHECK(none.code == 2);
    CHECK_MESSAGE(none.err.find("give at least one file or folder") != std::string::npos, none.err);
    CHECK(none.out.empty());
    CHECK_FALSE(fs::exists(scratch.db()));

    const Run bad_flag = cvindex(scratch, "--commit-every 0 " + quote(scratch.dir.string()));
    CHECK(bad_flag.code == 2);

    const fs::path folder = scratch.dir / "cvs";
    fs::create_directories(folder);
    fs::copy_file(corpus / "de-bis-heute.md", folder / "de.md");
    const fs::path missing = scratch.dir / "no-such-folder";
    const Run r = cvindex(scratch, quote(missing.string()) + " " + quote(folder.string()));
    CHECK(r.code == 3);
    check_counts(r, {{"indexed", 1}, {"failed", 1}, {"documents", 1}});
    check_error_line(r.err, missing);
    CHECK(lines_of(r.err).size() == 1);
}

TEST_CASE("hidden files and folders and editor temporaries are skipped and not indexed (index e2e)") {
    Scratch scratch;
    const fs::path folder = scratch.dir / "cvs";
    const std::string cv = slurp(corpus / "de-bis-heute.md");
    spit(folder / "de.md", cv);
    // Readable CVs by content, so only their names keep them out.
    const std::vector<fs::path> skipped{folder / ".hidden.md", folder / "~$x.docx", folder / ".~lock.x#",
                                        folder / "x.swp"};
    spit(skipped[0], cv);
    fs::copy_file(corpus / "docx-table-jobs.docx", skipped[1]);
    spit(skipped[2], "alice,host,1234;\n");
    spit(skipped[3], cv);
    spit(folder / ".git" / "cv.md", cv);  // a hidden folder is not walked at all

    const Run r = cvindex(scratch, quote(folder.string()));
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK(r.err.empty());
    check_counts(r, {{"indexed", 1}, {"skipped", skipped.size()}, {"failed", 0}, {"documents", 1}});
    check_ids(scratch.db(), ids_of({folder / "de.md"}));
}

// ---- regressions found while writing these tests -----------------------------------------

// schema.hpp and document.hpp document slot_mtime / FileStamp::mtime as seconds since the epoch,
// and the document data's file.mtime is shown to users; the walker takes them from
// std::filesystem::file_time_type, whose epoch (libstdc++: 2174-01-01) is not 1970.
TEST_CASE("the stored mtime is Unix seconds (index e2e)") {
    Scratch scratch;
    const fs::path cv = scratch.dir / "cvs" / "de.md";
    spit(cv, slurp(corpus / "de-bis-heute.md"));
    REQUIRE(cvindex(scratch, quote(cv.parent_path().string())).code == 0);
    const auto doc = document_of(scratch.db(), cv);
    REQUIRE(doc);
    const std::int64_t want = stat_mtime(cv);
    CHECK(cvdex::stamp_of(*doc).mtime == want);
    CHECK(json::parse(doc->get_data())["file"]["mtime"].get<std::int64_t>() == want);
}

// Binary content in a file named as a CV format (.txt) is detected as "unknown" and counted as
// skipped, silently, like a .png would be: the user gets no error line and exit code 0.
TEST_CASE("binary junk named .txt is reported as a failed file (index e2e)") {
    Scratch scratch;
    const fs::path folder = scratch.dir / "cvs";
    spit(folder / "good.md", slurp(corpus / "de-bis-heute.md"));
    const fs::path junk = folder / "junk.txt";
    spit(junk, binary_junk(4096));
    const Run r = cvindex(scratch, quote(folder.string()));
    CHECK(r.code == 3);
    check_counts(r, {{"indexed", 1}, {"failed", 1}, {"skipped", 0}});
    check_error_line(r.err, junk);
}

// A file that was indexed and is then overwritten by binary junk (same name) is detected as
// "unknown", skipped, and so no longer "seen": pruning deletes its document, and the run exits 0.
TEST_CASE("an indexed CV overwritten by binary junk keeps its document (index e2e)") {
    Scratch scratch;
    const fs::path folder = scratch.dir / "cvs";
    const fs::path cv = folder / "cv.txt";
    spit(cv, slurp(corpus / "txt-stale-present.txt"));
    spit(folder / "other.md", slurp(corpus / "de-bis-heute.md"));
    REQUIRE(cvindex(scratch, quote(folder.string())).code == 0);
    REQUIRE(document_of(scratch.db(), cv));
    spit(cv, binary_junk(4096));
    shift_mtime(cv, std::chrono::seconds(5));
    const Run r = cvindex(scratch, quote(folder.string()));
    CHECK(r.code == 3);
    check_counts(r, {{"removed", 0}, {"failed", 1}, {"documents", 2}});
    CHECK(document_of(scratch.db(), cv).has_value());
}

// document.hpp: the document data holds "the JSON record plus the file stamp". When a touched
// file's content is unchanged, the writer refreshes the mtime and size value slots only, so the
// data's "file" object keeps the old mtime and disagrees with the slot (and the file).
TEST_CASE("a touched file's document data carries the refreshed stamp (index e2e)") {
    Scratch scratch;
    const fs::path cv = scratch.dir / "cvs" / "de.md";
    spit(cv, slurp(corpus / "de-bis-heute.md"));
    REQUIRE(cvindex(scratch, quote(cv.parent_path().string())).code == 0);
    shift_mtime(cv, std::chrono::seconds(-3600));
    const Run touched = cvindex(scratch, quote(cv.parent_path().string()));
    REQUIRE(touched.code == 0);
    check_counts(touched, {{"indexed", 0}, {"unchanged", 1}});
    const auto doc = document_of(scratch.db(), cv);
    REQUIRE(doc);
    const json data = json::parse(doc->get_data());
    CHECK(data["file"]["mtime"].get<std::int64_t>() == cvdex::stamp_of(*doc).mtime);
}
