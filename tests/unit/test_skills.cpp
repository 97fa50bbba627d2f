#include "cvdex/errors.hpp"
#include "cvdex/skills.hpp"

#include <doctest/doctest.h>

#include <cctype>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

using cvdex::SkillContext;
using cvdex::Taxonomy;

const Taxonomy& builtin() {
    static const std::shared_ptr<const Taxonomy> taxonomy = Taxonomy::builtin();
    return *taxonomy;
}

/// Canonical names of the skills found in `text`, in order, joined for readable failures.
std::string found(const Taxonomy& taxonomy, std::string_view text, SkillContext context) {
    std::string out;
    for (const cvdex::SkillHit& hit : taxonomy.find(text, context)) {
        if (!out.empty()) out += ", ";
        out += taxonomy.skills().at(hit.skill).name;
    }
    return out;
}

std::string lookup_name(const Taxonomy& taxonomy, std::string_view name) {
    const cvdex::Skill* skill = taxonomy.lookup(name);
    return skill ? skill->name : "(none)";
}

/// The test's own reading of the lookup key, independent of the library's.
std::string normalise(std::string_view s) {
    std::string out;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) out += static_cast<char>(std::tolower(u));
        else if ((c == '+' || c == '#') && !out.empty()) out += c;
    }
    return out;
}

std::vector<std::string> split(const std::string& s, char separator) {
    std::vector<std::string> parts;
    std::stringstream in(s);
    for (std::string part; std::getline(in, part, separator);) parts.push_back(part);
    if (!s.empty() && s.back() == separator) parts.emplace_back();
    return parts;
}

/// A file in a fresh temporary directory, removed at the end of the test.
class TempFile {
public:
    TempFile(const std::string& name, const std::string& content)
        : dir_(std::filesystem::temp_directory_path() /
               ("cvdex-test-skills-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)))) {
        std::filesystem::create_directories(dir_);
        path_ = dir_ / name;
        std::ofstream(path_, std::ios::binary) << content;
    }
    ~TempFile() {
        std::error_code ignored;
        std::filesystem::remove_all(dir_, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path dir_;
    std::filesystem::path path_;
};

struct LookupRow {
    const char* query;
    const char* expected;
};

struct FindRow {
    const char* text;
    const char* expected;  // canonical names, ", "-joined
};

void check_rows(const std::vector<FindRow>& rows, SkillContext context) {
    for (const FindRow& row : rows) {
        SUBCASE(row.text) { CHECK(found(builtin(), row.text, context) == row.expected); }
    }
}

}  // namespace

TEST_CASE("skills: the taxonomy file has 600+ rows and every name and alias denotes one skill") {
    std::ifstream in(std::string(CVDEX_SOURCE_DIR) + "/common/data/skills.tsv");
    REQUIRE(in);
    std::string line;
    REQUIRE(std::getline(in, line));
    CHECK(line == "# canonical\tcategory\taliases (|-separated)\tflags");

    std::map<std::string, std::string> owner;  // normalised form -> canonical name
    std::vector<std::string> clashes;
    int rows = 0;
    for (int line_no = 2; std::getline(in, line); ++line_no) {
        if (line.empty() || line.front() == '#') continue;
        const std::vector<std::string> fields = split(line, '\t');
        REQUIRE_MESSAGE(fields.size() == 4, "line " << line_no << ": " << line);
        ++rows;
        std::vector<std::string> forms{fields[0]};
        for (std::string alias : split(fields[2], '|')) {
            if (!alias.empty() && alias.front() == '~') alias.erase(0, 1);
            if (!alias.empty()) forms.push_back(alias);
        }
        for (const std::string& form : forms) {
            const std::string key = normalise(form);
            CHECK_MESSAGE(!key.empty(), "line " << line_no << ": '" << form << "'");
            auto [it, inserted] = owner.emplace(key, fields[0]);
            if (!inserted && it->second != fields[0]) clashes.push_back(form + " (" + fields[0] + " and " + it->second + ")");
        }
    }
    CHECK(rows >= 600);
    CHECK_MESSAGE(clashes.empty(), "aliases of two skills: " << clashes.size() << ", first: " << clashes.front());

    const Taxonomy& taxonomy = builtin();
    CHECK(taxonomy.skills().size() == static_cast<std::size_t>(rows));
    std::set<std::string> keys;
    for (const cvdex::Skill& skill : taxonomy.skills()) {
        CHECK_MESSAGE(keys.insert(skill.key).second, "duplicate key " << skill.key);
        CHECK(taxonomy.lookup(skill.name) == &skill);
        for (const std::string& alias : skill.aliases) CHECK_MESSAGE(taxonomy.lookup(alias) == &skill, alias);
    }
}

TEST_CASE("skills: keys and flags of the built-in taxonomy") {
    const Taxonomy& taxonomy = builtin();
    const std::vector<std::pair<const char*, const char*>> rows = {
        {"PostgreSQL", "postgresql"}, {"Node.js", "nodejs"}, {"Go", "go"},     {"C++", "c++"},
        {"C#", "c#"},                 {".NET", "net"},       {"CI/CD", "cicd"}, {"Objective-C", "objectivec"},
    };
    for (const auto& [name, key] : rows) {
        SUBCASE(name) {
            const cvdex::Skill* skill = taxonomy.lookup(name);
            REQUIRE(skill != nullptr);
            CHECK(skill->key == key);
        }
    }
    for (const char* name : {"Go", "C", "R", "D", "Rust", "Swift", "Spring", "React", "Ruby", "Julia", "Make"})
        CHECK_MESSAGE(taxonomy.lookup(name)->ambiguous, name);
    for (const char* name : {"Python", "PostgreSQL", "Kubernetes", "C++", "Ruby on Rails"})
        CHECK_MESSAGE(!taxonomy.lookup(name)->ambiguous, name);
}

TEST_CASE("skills: lookup by name or alias") {
    const std::vector<LookupRow> rows = {
        {"postgres", "PostgreSQL"},
        {"PostgreSQL", "PostgreSQL"},
        {"psql", "PostgreSQL"},
        {"Postgre", "PostgreSQL"},
        {"k8s", "Kubernetes"},
        {"KUBERNETES", "Kubernetes"},
        {"golang", "Go"},
        {"go", "Go"},
        {"(Go)", "Go"},
        {"js", "JavaScript"},
        {"javascript", "JavaScript"},
        {"ECMAScript", "JavaScript"},
        {"ts", "TypeScript"},
        {"node", "Node.js"},
        {"Node.JS", "Node.js"},
        {"nodejs", "Node.js"},
        {" node.js ", "Node.js"},
        {"node js", "Node.js"},
        {"py3", "Python"},
        {"python3", "Python"},
        {"Python", "Python"},
        {"C++", "C++"},
        {"cpp", "C++"},
        {"cplusplus", "C++"},
        {"C", "C"},
        {"c#", "C#"},
        {"csharp", "C#"},
        {"obj-c", "Objective-C"},
        {"ObjC", "Objective-C"},
        {"F#", "F#"},
        {"vb.net", "VB.NET"},
        {"bash", "Bash"},
        {"zsh", "Zsh"},
        {"React.js", "React"},
        {"reactjs", "React"},
        {"AngularJS", "AngularJS"},
        {"Angular", "Angular"},
        {"vuejs", "Vue.js"},
        {"vue", "Vue.js"},
        {"nextjs", "Next.js"},
        {"Spring Boot", "Spring Boot"},
        {"spring-boot", "Spring Boot"},
        {"RoR", "Ruby on Rails"},
        {"rails", "Ruby on Rails"},
        {"dotnet", ".NET"},
        {".net core", ".NET"},
        {"mssql", "SQL Server"},
        {"ms sql", "SQL Server"},
        {"Oracle DB", "Oracle Database"},
        {"elastic search", "Elasticsearch"},
        {"mongo", "MongoDB"},
        {"amazon web services", "AWS"},
        {"google cloud", "GCP"},
        {"microsoft azure", "Azure"},
        {"aws lambda", "AWS Lambda"},
        {"GitHub Actions", "GitHub Actions"},
        {"svn", "Subversion"},
        {"hg", "Mercurial"},
        {"mac os x", "macOS"},
        {"osx", "macOS"},
        {"ci/cd", "CI/CD"},
        {"restful", "REST"},
        {"rest api", "REST"},
        {"apache kafka", "Kafka"},
        {"sklearn", "scikit-learn"},
        {"html5", "HTML"},
        {"scss", "Sass"},
        {"", "(none)"},
        {"  ", "(none)"},
        {"C+", "(none)"},
        {"no such skill", "(none)"},
    };
    for (const LookupRow& row : rows) {
        SUBCASE(row.query) { CHECK(lookup_name(builtin(), row.query) == row.expected); }
    }
}

TEST_CASE("skills: aliases, phrases and word boundaries in prose") {
    check_rows(
        {
            {"Databases: PostgreSQL, Postgres and psql.", "PostgreSQL, PostgreSQL, PostgreSQL"},
            {"Ran k8s and Kubernetes clusters", "Kubernetes, Kubernetes"},
            {"Services written in Golang and in Go.", "Go, Go"},
            {"Frontend in JS, then JavaScript and TypeScript.", "JavaScript, JavaScript, TypeScript"},
            {"APIs on Node.js, NodeJS, node.js and Node JS", "Node.js, Node.js, Node.js, Node.js"},
            {"Scripts in py3 and Python 3", "Python, Python"},
            {"Java developer, no JavaScript", "Java, JavaScript"},
            {"I write C++ and C# daily", "C++, C#"},
            {"Embedded code in C and C++", "C, C++"},
            {"Firmware written in C.", "C"},
            {"Google, Django and MongoDB", "Django, MongoDB"},
            {"Spring Boot microservices", "Spring Boot, Microservices"},
            {"Built on Ruby on Rails", "Ruby on Rails"},
            {"Deployed with GitHub Actions to Google Cloud and Amazon Web Services",
             "GitHub Actions, GCP, AWS"},
            {"Spring-Boot and Objective C", "Spring Boot, Objective-C"},
            {"Moved from Amazon Web\nServices to Azure", "AWS, Azure"},
            {"ASP.NET MVC apps and .NET Core services", "ASP.NET, .NET"},
            {"Pipelines: CI/CD and CI / CD", "CI/CD, CI/CD"},
            {"React and React Native apps", "React, React Native"},
            {"Migrated to ReactJS", "React"},
            {"Used C/C++ for drivers", "C, C++"},
            {"Moved services from Python to Go.", "Python, Go"},
            {"Wrote C++17 code", "C++"},
            {"app.js and main.py and github.com/acme", ""},
            {"See https://golang.org/doc or mail go@example.com", ""},
            {"Use PostgreSQL", "PostgreSQL"},
        },
        SkillContext::prose);
}

TEST_CASE("skills: ambiguous names in prose need context") {
    check_rows(
        {
            {"I write Go and Rust every day.", "Go, Rust"},
            {"The Go programming language", "Go"},
            {"We go to production weekly.", ""},
            {"Go to production every Friday.", ""},
            {"Go-live support for the new ERP", ""},
            {"Let's Go!", ""},
            {"Always on the go", ""},
            {"Go and Rust are my main languages", "Go, Rust"},
            {"Grade C in mathematics", ""},
            {"Grades: A, B, C", ""},
            {"R&D department", ""},
            {"Head of R & D", ""},
            {"Statistical analysis in R and Python", "Statistics, R, Python"},
            {"Models in R", "R"},
            {"Vitamin C and a C-level sponsor", ""},
            {"Series C funding", ""},
            {"John C. Smith wrote it", ""},
            {"C. Smith, referee", ""},
            {"Ph.D. in physics", ""},
            {"Stored on C:\\data", ""},
            {"Intel(R) Xeon", ""},
            {"A C.", ""},
            {"spring 2020 semester", ""},
            {"Spring 2020: internship", ""},
            {"Spring semester abroad", ""},
            {"Spring and Hibernate on the backend", "Spring, Hibernate"},
            {"Built with the Spring framework and Spring Boot", "Spring, Spring Boot"},
            {"React to incidents quickly", ""},
            {"we react to alerts", ""},
            {"Swift response to customers", ""},
            {"Developed iOS apps in Swift", "iOS, Swift"},
            {"Taylor Swift concert", ""},
            {"Julia Roberts visited", ""},
            {"Numerical code in Julia", "Julia"},
            {"rust removal and a Rust belt tour", ""},
            {"Unity of purpose", ""},
            {"Games in Unity 3D", "Unity"},
            {"Said in jest", ""},
            {"Tests with Jest and Mocha", "Jest, Mocha"},
            {"Make sure builds pass", ""},
            {"Used Make and CMake", "CMake"},
            {"Oracle Corporation", ""},
            {"D3.js charts, vitamin D3", "D3.js"},
            {"Makefile and CMake builds", "Make, CMake"},
            {"Excel at teamwork", ""},
            {"Reports in Microsoft Excel and Word", "Microsoft Excel"},
            {"Chef de projet", ""},
            {"Head Chef at Nobu", ""},
            {"Chef and Puppet for configuration management", "Chef, Puppet"},
            {"Office in Hong Kong", ""},
            {"Royal Dutch Shell", ""},
            {"Flask of water", ""},
            {"a go-to person", ""},
            {"Dart and Flutter apps", "Dart, Flutter"},
            {"Wrote Rails apps", "Ruby on Rails"},
            {"guard Rails", ""},
            {"Kafka as the event-Backbone", "Kafka"},
            {"a terminal UI for Kubernetes", "Kubernetes"},
            {"Université d’Aix-Provence", ""},
            {"Servers on AIX and Linux", "AIX, Linux"},
        },
        SkillContext::prose);
}

TEST_CASE("skills: ambiguous names in a skills list") {
    check_rows(
        {
            {"Go, Rust, Python", "Go, Rust, Python"},
            {"go, rust", "Go, Rust"},
            {"Languages: C, R, D", "C, R, D"},
            {"C/C++, Java", "C, C++, Java"},
            {"• Go • Rust", "Go, Rust"},
            {"- go\n- swift", "Go, Swift"},
            {"Go 1.21, Python 3.11", "Go, Python"},
            {"Python and go", "Python, Go"},
            {"Kubernetes (k8s) | Docker", "Kubernetes, Kubernetes, Docker"},
            {"spring", "Spring"},
            {"Spring 2019", ""},
            {"go to market strategy", ""},
            {"Go-to-market", ""},
            {"Experience with go", ""},
            {"R&D", ""},
            {"Excel, Word, Access", "Microsoft Excel, Microsoft Word, Microsoft Access"},
            {"word processing", ""},
            {"Processing", "Processing"},
            {"Data Processing", ""},
            {"REST, SOAP", "REST, SOAP"},
            {"rest", ""},
            {"Make, CMake", "Make, CMake"},
            {"Julia", "Julia"},
            {"ruby; scala; dart", "Ruby, Scala, Dart"},
            {"Galaxie Mobilité SAS (Lyon)", ""},
            {"Oracle Corporation, Oracle 19c", "Oracle Database"},
            {"Ruby Smith, Julia Child", ""},
            {"SAS, SPSS", "SAS, SPSS"},
            {"Golang, Go modules", "Go, Go"},
        },
        SkillContext::skills_list);
}

TEST_CASE("skills: hits carry byte offsets and do not overlap") {
    const auto hits = builtin().find("Use PostgreSQL and Spring Boot.", SkillContext::prose);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].offset == 4);
    CHECK(hits[0].length == 10);
    CHECK(hits[1].offset == 19);
    CHECK(hits[1].length == 11);

    const std::string text = "Müller: C++ • PostgreSQL";
    const auto unicode = builtin().find(text, SkillContext::skills_list);
    REQUIRE(unicode.size() == 2);
    CHECK(text.substr(unicode[0].offset, unicode[0].length) == "C++");
    CHECK(text.substr(unicode[1].offset, unicode[1].length) == "PostgreSQL");
}

TEST_CASE("skills: a user file adds skills and aliases") {
    const TempFile file("skills.tsv",
                        "# my additions\n"
                        "Kubernetes\tdevops\tkube-cluster\t\n"
                        "AcmeScript\tlanguage\tacme script|acmes\t\n"
                        "Brick\ttool\t\tambiguous\n");
    const auto taxonomy = Taxonomy::with_user_file(file.path());
    CHECK(lookup_name(*taxonomy, "kube-cluster") == "Kubernetes");
    CHECK(lookup_name(*taxonomy, "k8s") == "Kubernetes");
    CHECK(lookup_name(*taxonomy, "acmes") == "AcmeScript");
    CHECK(lookup_name(*taxonomy, "golang") == "Go");
    CHECK(taxonomy->skills().size() == builtin().skills().size() + 2);
    CHECK(found(*taxonomy, "Wrote AcmeScript and acme script on a kube-cluster", SkillContext::prose) ==
          "AcmeScript, AcmeScript, Kubernetes");
    CHECK(found(*taxonomy, "a brick wall, a Brick build", SkillContext::prose) == "Brick");
    CHECK(lookup_name(builtin(), "AcmeScript") == "(none)");
}

TEST_CASE("skills: malformed user rows are InputErrors naming file and line") {
    struct ErrorRow {
        const char* name;
        const char* content;
        int line;
        const char* message_part;
    };
    const std::vector<ErrorRow> rows = {
        {"one field", "# header\nAcme\tlanguage\t\t\nFooTech\n", 3, "tab-separated"},
        {"too many fields", "Acme\tlanguage\ta\tambiguous\textra\n", 1, "found 5"},
        {"unknown category", "Acme\tlanguages\t\t\n", 1, "unknown category 'languages'"},
        {"unknown flag", "Acme\tlanguage\t\tvague\n", 1, "unknown flag 'vague'"},
        {"empty name", "\tlanguage\t\t\n", 1, "empty canonical name"},
        {"alias of another skill", "\nAcme\tlanguage\tgolang\t\n", 2, "alias 'golang' of 'Acme' already denotes 'Go'"},
        {"punctuation only", "Acme\tlanguage\t...\t\n", 1, "no letters or digits"},
    };
    for (const ErrorRow& row : rows) {
        SUBCASE(row.name) {
            const TempFile file("bad.tsv", row.content);
            try {
                (void)Taxonomy::with_user_file(file.path());
                FAIL("no InputError");
            } catch (const cvdex::InputError& e) {
                CHECK(e.path() == file.path().string());
                CHECK(e.line() == row.line);
                CHECK_MESSAGE(std::string(e.what()).find(row.message_part) != std::string::npos, e.what());
            }
        }
    }
}

TEST_CASE("skills: from_tsv rejects a skill defined twice") {
    try {
        (void)Taxonomy::from_tsv("Go\tlanguage\tgolang\t\nGolang\tlanguage\t\t\n", "dup.tsv");
        FAIL("no InputError");
    } catch (const cvdex::InputError& e) {
        CHECK(e.path() == "dup.tsv");
        CHECK(e.line() == 2);
        CHECK(std::string(e.what()) == "'Golang' is already defined as 'Go'");
    }
}

TEST_CASE("skills: a missing user file is an OS error") {
    CHECK_THROWS_AS((void)Taxonomy::with_user_file(std::filesystem::path(CVDEX_SOURCE_DIR) / "no-such-skills.tsv"),
                    std::system_error);
}
