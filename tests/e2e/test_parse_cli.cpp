// End-to-end: the real `cvindex --parse` binary on real files, checking stdout, stderr and the
// exit code, bad inputs included.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A scratch folder per test run, removed at the end.
struct Scratch {
    fs::path dir;
    Scratch() {
        dir = fs::temp_directory_path() / ("cvdex-e2e-" + std::to_string(::getpid()));
        fs::create_directories(dir);
    }
    ~Scratch() { fs::remove_all(dir); }
    fs::path write(const std::string& name, const std::string& bytes) const {
        fs::path p = dir / name;
        std::ofstream(p, std::ios::binary) << bytes;
        return p;
    }
};

std::string quote(const std::string& arg) {
    std::string q = "'";
    for (char c : arg) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

Run run(const std::string& args, const Scratch& scratch, const std::string& env = "") {
    fs::path out = scratch.dir / "stdout", err = scratch.dir / "stderr";
    std::string command = env + " " + quote(CVDEX_CVINDEX) + " " + args + " >" + quote(out) + " 2>" + quote(err);
    int status = std::system(command.c_str());
    Run r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

std::vector<nlohmann::json> json_lines(const std::string& out) {
    std::vector<nlohmann::json> records;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);)
        if (!line.empty()) records.push_back(nlohmann::json::parse(line));
    return records;
}

const std::string corpus = CVDEX_CORPUS_DIR;

}  // namespace

TEST_CASE("cvindex --parse --json prints one record per file with the documented keys") {
    Scratch scratch;
    fs::path cv = scratch.write("jane.md",
                                "# Jane Roe\n\njane@example.org\n\n## Experience\n\n### Backend Engineer | Acme Corp\n"
                                "**Mar 2018 – Feb 2020 | Remote**\n\n- Built services in Python and PostgreSQL\n\n"
                                "## Skills\n\nPython, PostgreSQL, Kubernetes\n");
    Run r = run("--parse --json --today 2026-11 " + quote(cv), scratch);
    CHECK(r.code == 0);
    CHECK(r.err.empty());
    auto records = json_lines(r.out);
    REQUIRE(records.size() == 1);
    const auto& rec = records[0];
    for (const char* key : {"path", "format", "language", "name", "emails", "phones", "location", "links", "jobs",
                            "experience_months", "skills", "education", "sections", "warnings"})
        CHECK_MESSAGE(rec.contains(key), key);
    CHECK(rec["format"] == "markdown");
    CHECK(rec["name"] == "Jane Roe");
    REQUIRE(rec["jobs"].size() == 1);
    CHECK(rec["jobs"][0]["employer"] == "Acme Corp");
    CHECK(rec["jobs"][0]["start"] == "2018-03");
    CHECK(rec["jobs"][0]["end"] == "2020-02");
    CHECK(rec["experience_months"] == 24);
}

TEST_CASE("present resolves to --today, else CVDEX_TODAY") {
    Scratch scratch;
    fs::path cv = scratch.write("open.txt", "Sam Poe\n\nEXPERIENCE\n\nAcme Corp, Software Engineer\nJan 2020 - present\n");
    Run flag = run("--parse --json --today 2020-12 " + quote(cv), scratch);
    REQUIRE(flag.code == 0);
    CHECK(json_lines(flag.out).at(0)["experience_months"] == 12);
    Run env = run("--parse --json " + quote(cv), scratch, "CVDEX_TODAY=2021-01");
    REQUIRE(env.code == 0);
    CHECK(json_lines(env.out).at(0)["experience_months"] == 13);
    Run bad = run("--parse --today 2021-13 " + quote(cv), scratch);
    CHECK(bad.code == 2);
    CHECK(bad.err.find("invalid reference month '2021-13'") != std::string::npos);
}

TEST_CASE("bad inputs: one clear line each, the other files still print, exit code 3") {
    Scratch scratch;
    fs::path good = scratch.write("good.txt", "Ann Lee\n\nExperience\n\nAcme Ltd, Developer, 2015-2016\n");
    fs::path empty = scratch.write("empty.md", "");
    std::string junk(4096, '\0');
    for (std::size_t i = 0; i < junk.size(); ++i) junk[i] = static_cast<char>((i * 131 + 7) % 256);
    fs::path binary = scratch.write("junk.bin", junk);
    fs::path truncated = scratch.write("cut.pdf", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog");
    fs::path corrupt = scratch.write("broken.docx", std::string("PK\x03\x04", 4) + std::string(200, 'x'));
    fs::path bad_json = scratch.write("broken.json", "{\"basics\": {\"name\": \"X\"");
    fs::path deep = scratch.write("deep.json", std::string(100000, '[') + std::string(100000, ']'));
    fs::path big = scratch.write("big.txt", std::string(3000, 'a'));
    fs::path missing = scratch.dir / "missing.md";

    Run r = run("--parse --json --max-file-size 2K " +
                    quote(good) + " " + quote(empty) + " " + quote(binary) + " " + quote(truncated) + " " +
                    quote(corrupt) + " " + quote(bad_json) + " " + quote(deep) + " " + quote(big) + " " + quote(missing),
                scratch);
    CHECK(r.code == 3);
    auto records = json_lines(r.out);
    REQUIRE(records.size() == 1);
    CHECK(records[0]["path"] == good.string());
    std::istringstream err(r.err);
    std::vector<std::string> lines;
    for (std::string line; std::getline(err, line);) lines.push_back(line);
    CHECK(lines.size() == 8);
    for (const fs::path& p : {empty, binary, truncated, corrupt, bad_json, deep, big, missing}) {
        bool named = std::any_of(lines.begin(), lines.end(), [&](const std::string& l) {
            return l.rfind(p.string() + ": error: ", 0) == 0 && l.size() > p.string().size() + 12;
        });
        CHECK_MESSAGE(named, "no error line for ", p.string(), "\n", r.err);
    }
}

TEST_CASE("readable output and usage errors") {
    Scratch scratch;
    Run help = run("--help", scratch);
    CHECK(help.code == 0);
    CHECK(help.out.find("--parse") != std::string::npos);
    Run none = run("--parse", scratch);
    CHECK(none.code == 2);
    CHECK(none.err.find("at least one FILE") != std::string::npos);
    Run unknown = run("--frobnicate", scratch);
    CHECK(unknown.code == 2);
    fs::path cv = scratch.write("t.md", "# Kim Doe\n\n## Experience\n\n### Engineer at Initech\n2019 - 2021\n");
    Run text = run("--parse --today 2026-11 " + quote(cv), scratch);
    CHECK(text.code == 0);
    CHECK(text.out.find("Name:       Kim Doe") != std::string::npos);
    CHECK(text.out.find("Experience: 3y 0m (36 months)") != std::string::npos);
    CHECK(text.out.find("Engineer @ Initech") != std::string::npos);
}

TEST_CASE("the whole bundled corpus parses without errors") {
    Scratch scratch;
    std::string args;
    int files = 0;
    for (const auto& entry : fs::directory_iterator(corpus)) {
        if (!entry.is_regular_file()) continue;
        args += " " + quote(entry.path().string());
        ++files;
    }
    REQUIRE(files >= 20);
    Run r = run("--parse --json --today 2026-11" + args, scratch);
    CHECK_MESSAGE(r.code == 0, r.err);
    CHECK(json_lines(r.out).size() == static_cast<std::size_t>(files));
}

TEST_CASE("a user skills file adds skills and aliases") {
    Scratch scratch;
    fs::path skills = scratch.write("extra.tsv", "Zorblax\ttool\tzbx|zorb\t\n");
    fs::path cv = scratch.write("z.md", "# Lee Moss\n\n## Experience\n\n### Engineer | Quux Ltd\n**2019 – 2020**\n\n"
                                        "- Automated builds with zbx.\n\n## Skills\n\nZorblax, Python\n");
    Run without = run("--parse --json --today 2026-11 " + quote(cv), scratch);
    REQUIRE(without.code == 0);
    bool found_without = false;
    const auto plain = json_lines(without.out);
    for (const auto& s : plain.at(0)["skills"]) found_without |= s["name"] == "Zorblax";
    CHECK_FALSE(found_without);
    Run with = run("--parse --json --today 2026-11 --skills-file " + quote(skills) + " " + quote(cv), scratch);
    REQUIRE(with.code == 0);
    int months = -1;
    const auto extended = json_lines(with.out);
    for (const auto& s : extended.at(0)["skills"])
        if (s["name"] == "Zorblax") months = s["months"];
    CHECK(months == 24);
    Run missing = run("--parse --skills-file " + quote((scratch.dir / "nope.tsv").string()) + " " + quote(cv), scratch);
    CHECK(missing.code == 1);
    CHECK(missing.err.find("nope.tsv") != std::string::npos);
}

TEST_CASE("a directory or an unreadable path is reported, not parsed") {
    Scratch scratch;
    Run r = run("--parse " + quote(scratch.dir.string()), scratch);
    CHECK(r.code == 3);
    CHECK(r.err.rfind(scratch.dir.string() + ": error: ", 0) == 0);
}
