#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <unistd.h>

#include "cvdex/errors.hpp"
#include "cvdex/read.hpp"

using namespace std::string_view_literals;
using cvdex::Format;

namespace {

struct DetectRow {
    const char* name;
    std::string_view extension;
    std::string_view head;
    Format expected;
};

// A zip's local headers name their entries in clear; these heads are what the first bytes of
// real DOCX/ODT files look like, with the compressed data left out.
constexpr std::string_view docx_head =
    "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"
    "\x13\x00\x00\x00[Content_Types].xml\xAD\x92\xCB\x00PK\x03\x04\x14\x00\x00\x00word/document.xml"sv;
constexpr std::string_view ooxml_head =
    "PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml\xAD\x92\xCB\x4E\xC3\x30"sv;
constexpr std::string_view odt_head =
    "PK\x03\x04\x14\x00\x00\x08\x00\x00\x5E\xC6\x32\x4C\x5E\xC6\x32\x0C\x27\x00\x00\x00\x27\x00\x00"
    "\x00\x08\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.textPK\x03\x04"sv;
constexpr std::string_view xlsx_head = "PK\x03\x04\x14\x00\x06\x00[Content_Types].xml\x00PK\x03\x04xl/workbook.xml"sv;
constexpr std::string_view plain_zip_head = "PK\x03\x04\x14\x00\x00\x00photos/img001.jpg\xFF\xD8\xFF"sv;

const DetectRow detect_rows[] = {
    // containers
    {"docx by content", ".docx", docx_head, Format::docx},
    {"docx renamed .zip", ".zip", docx_head, Format::docx},
    {"docx without extension", "", docx_head, Format::docx},
    {"OOXML head, .docx", ".docx", ooxml_head, Format::docx},
    {"odt by content", ".odt", odt_head, Format::odt},
    {"odt named .docx", ".docx", odt_head, Format::odt},
    {"xlsx", ".xlsx", xlsx_head, Format::unknown},
    {"plain zip", ".zip", plain_zip_head, Format::unknown},
    {"plain zip named .docx", ".docx", plain_zip_head, Format::docx},
    {"pdf", ".pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"sv, Format::pdf},
    {"pdf renamed .md", ".md", "%PDF-1.4\n"sv, Format::pdf},
    {"pdf without extension", "", "%PDF-1.5\n"sv, Format::pdf},
    // binaries
    {"png", ".png", "\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR"sv, Format::unknown},
    {"png named .txt", ".txt", "\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR"sv, Format::unknown},
    {"jpeg", ".jpg", "\xFF\xD8\xFF\xE0\x00\x10JFIF"sv, Format::unknown},
    {"gzip", ".gz", "\x1F\x8B\x08\x00\x00\x00\x00\x00"sv, Format::unknown},
    {"elf", "", "\x7F" "ELF\x02\x01\x01\x00\x00\x00"sv, Format::unknown},
    {"legacy .doc", ".doc", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00"sv, Format::unknown},
    {"rtf", ".rtf", "{\\rtf1\\ansi\\deff0 Jane Doe}"sv, Format::unknown},
    {"NUL bytes", ".txt", "abc\x00\x01\x02\x03\x00\x00\x00\x07\x00"sv, Format::unknown},
    {"control characters", "", "\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F\x10\x11\x12\x13\x14"sv, Format::unknown},
    // JSON Resume
    {"json resume", ".json", "{\n  \"basics\": {\"name\": \"Jane Doe\"},\n  \"work\": []\n}"sv, Format::json_resume},
    {"json resume in .txt", ".txt", "  {\"$schema\": \"https://raw.githubusercontent.com/jsonresume/x\"}"sv,
     Format::json_resume},
    {"json resume without extension", "", "{\"work\": [{\"name\": \"Acme\"}]}"sv, Format::json_resume},
    {"other json in .json", ".json", "{\"name\": \"x\"}"sv, Format::json_resume},
    {"json-looking text in .txt", ".txt", "{not json} \"work\""sv, Format::text},
    {"liquid template in .md", ".md", "{% include header.html %}\n\"work\": x\n"sv, Format::markdown},
    // LaTeX
    {"latex documentclass", ".tex", "\\documentclass[11pt]{moderncv}\n\\name{Jane}{Doe}\n"sv, Format::latex},
    {"latex in .txt", ".txt", "% CV\n\\documentclass{article}\n\\begin{document}\n"sv, Format::latex},
    {"latex fragment", "", "\\section{Experience}\n\\cventry{2019--2021}{Engineer}{Acme}{}{}{}\n"sv, Format::latex},
    {"latex fragment in .tex", ".tex", "Jane Doe\n"sv, Format::latex},
    {"latex commands quoted in prose", ".txt", "I write \\section{x} and `\\cventry` macros.\n"sv, Format::text},
    {"latex after comments in .md", ".md", "% generated\n\n\\documentclass{moderncv}\n"sv, Format::latex},
    {"latex in a markdown code block", ".md", "# Jane\n\n```latex\n\\documentclass{article}\n```\n"sv,
     Format::markdown},
    // HTML
    {"html doctype", ".html", "<!DOCTYPE html>\n<html><body><h1>Jane</h1></body></html>"sv, Format::html},
    {"html without extension", "", "  <!doctype HTML><title>CV</title>"sv, Format::html},
    {"html with xml prolog", ".xhtml", "<?xml version=\"1.0\"?>\n<!-- cv -->\n<html xmlns=\"x\">"sv, Format::html},
    {"html named .txt", ".txt", "<html>\n<head><title>CV</title></head>"sv, Format::html},
    {"html fragment in .htm", ".htm", "<h1>Jane Doe</h1><p>Engineer</p>"sv, Format::html},
    {"tag soup in .txt", ".txt", "<div><h1>Jane</h1><p>Engineer</p><ul><li>C++</li></ul></div>"sv, Format::html},
    {"markdown with inline html", ".md", "# Jane Doe\n\n<div align=\"center\"><b>Engineer</b></div>\n<br>\n"sv,
     Format::markdown},
    {"markdown starting with html", ".md", "<p align=\"center\"><img src=\"x.png\"></p>\n\n# Jane\n"sv,
     Format::markdown},
    // RST
    {"rst extension", ".rst", "Jane Doe\n========\n"sv, Format::rst},
    {"rst title with overline", ".txt", "========\nJane Doe\n========\n\nSkills\n------\n"sv, Format::rst},
    {"rst adornment", "", "Jane Doe\n~~~~~~~~\n\nExperience\n^^^^^^^^^^\n"sv, Format::rst},
    {"rst tilde adornment is no code fence", ".txt", "Jane Doe\n~~~~~~~~\n\nEngineer\n"sv, Format::rst},
    {"rst star adornment is no strong text", ".txt", "Skills\n******\n\nC++\n"sv, Format::rst},
    {"markdown tilde fence", ".txt", "Jane\n\n~~~\ncode\n~~~\n"sv, Format::markdown},
    {"rst directives", ".txt", ".. _top:\n\nJane\n====\n\n.. contents::\n\n:Email: jane@example.com\n"sv, Format::rst},
    {"rst links", "", "See `my site <https://example.com>`_ and `GitHub <https://github.com>`_.\n"sv, Format::rst},
    // Markdown
    {"markdown extension", ".md", "Jane Doe\n"sv, Format::markdown},
    {"markdown .markdown", ".MARKDOWN", "Jane Doe\n"sv, Format::markdown},
    {"markdown in .txt", ".txt", "# Jane Doe\n\n## Experience\n\n- **Engineer** at Acme\n"sv, Format::markdown},
    {"markdown links", "", "Jane Doe\n[GitHub](https://github.com/jane) [Blog](https://jane.dev)\n"sv,
     Format::markdown},
    {"markdown front matter", ".txt", "---\nname: Jane Doe\ntitle: Engineer\n---\n\nSome text\n"sv, Format::markdown},
    {"markdown front matter beyond the head", "", "---\nexperiences:\n  - title: Engineer\n"sv, Format::markdown},
    {"text starting with a rule", ".txt", "---\nJane Doe: Engineer\n"sv, Format::text},
    {"markdown rst-like extension wins", ".md", "Jane\n~~~~\n.. note::\n"sv, Format::markdown},
    // plain text
    {"text", ".txt", "Jane Doe\nSoftware Engineer\n\nExperience\n2019-2021 Acme\n"sv, Format::text},
    {"text without extension", "", "Jane Doe\nSoftware Engineer\n"sv, Format::text},
    {"text with unknown extension", ".cv", "Jane Doe\n"sv, Format::text},
    {"text with setext-style underline", ".txt", "Jane Doe\n========\n\nEngineer\n"sv, Format::text},
    {"text with a hash", ".txt", "Jane Doe\n#1 in sales\n"sv, Format::text},
    {"text named .pdf", ".pdf", "Jane Doe\nEngineer\n"sv, Format::text},
    {"CP1252 text", ".txt", "Jos\xE9 Mart\xEDnez\nIngeniero\n"sv, Format::text},
    {"UTF-16LE text", ".txt", "\xFF\xFEJ\x00" "a\x00n\x00" "e\x00\n\x00"sv, Format::text},
    {"UTF-16LE markdown without BOM", "", "#\x00 \x00J\x00" "a\x00n\x00" "e\x00\n\x00#\x00#\x00 \x00X\x00\n\x00"sv,
     Format::markdown},
    {"UTF-8 BOM html", "", "\xEF\xBB\xBF<!DOCTYPE html><html>"sv, Format::html},
    {"empty head", ".md", ""sv, Format::markdown},
};

// A directory under the system temporary directory, unique per test, removed afterwards.
class TempDir {
public:
    TempDir() {
        static std::atomic<int> counter{0};
        path_ = std::filesystem::temp_directory_path() /
                ("cvdex-test-detect-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

    std::filesystem::path write(const std::string& name, std::string_view content) const {
        const std::filesystem::path file = path_ / name;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream out(file, std::ios::binary);
        out.write(content.data(), static_cast<std::streamsize>(content.size()));
        return file;
    }

private:
    std::filesystem::path path_;
};

// The message and path of the InputError that read_cv throws, or "no error".
std::string read_error(const std::filesystem::path& path, const cvdex::ReadOptions& options = {}) {
    try {
        (void)cvdex::read_cv(path, options);
    } catch (const cvdex::InputError& error) {
        CHECK(error.path() == path.string());
        return error.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("detect: detect_format by content, then extension") {
    for (const DetectRow& row : detect_rows) {
        SUBCASE(row.name) { CHECK(cvdex::detect_format(row.extension, row.head) == row.expected); }
    }
}

TEST_CASE("detect: read_cv reports unreadable files with their path") {
    TempDir dir;
    cvdex::ReadOptions small;
    small.max_file_size = 100;

    SUBCASE("missing file") {
        CHECK(read_error(dir.path() / "missing.md") == "cannot open: No such file or directory");
    }
    SUBCASE("directory") {
        std::filesystem::create_directories(dir.path() / "cv.md");
        CHECK(read_error(dir.path() / "cv.md") == "is a directory");
    }
    SUBCASE("empty file") { CHECK(read_error(dir.write("empty.txt", "")) == "empty file"); }
    SUBCASE("too large") {
        CHECK(read_error(dir.write("big.txt", std::string(150, 'x')), small) ==
              "file too large (150 bytes > limit 100 bytes)");
    }
    SUBCASE("too large, megabytes") {
        cvdex::ReadOptions options;
        options.max_file_size = 1u << 20;
        CHECK(read_error(dir.write("big.md", std::string((1u << 20) + (1u << 19), 'x')), options) ==
              "file too large (1.5 MB > limit 1 MB)");
    }
    SUBCASE("binary junk") {
        CHECK(read_error(dir.write("junk.txt", "\x01\x02\x00\x00\x03\x04\xFF\xFE\x00\x00\x00"sv)) ==
              "binary file: not a supported CV format");
    }
    SUBCASE("image") {
        CHECK(read_error(dir.write("photo.pdf", "\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR"sv)) ==
              "binary file: not a supported CV format");
    }
    SUBCASE("zip that is not a CV") {
        CHECK(read_error(dir.write("photos.zip", plain_zip_head)) ==
              "zip archive that is neither DOCX nor ODT: not a supported CV format");
    }
}

TEST_CASE("detect: read_cv reads HTML and sets format and encoding") {
    TempDir dir;
    SUBCASE("CP1252 HTML") {
        const auto path = dir.write("cv.html", "<html><body><h1>Jos\xE9 Mart\xEDnez</h1><p>Ingeniero \x96 Madrid</p>"sv);
        const cvdex::RawText text = cvdex::read_cv(path);
        CHECK(text.format == Format::html);
        CHECK(text.encoding == "windows-1252");
        REQUIRE(text.lines.size() == 2);
        CHECK(text.lines[0].text == "José Martínez");
        CHECK(text.lines[1].text == "Ingeniero – Madrid");
        CHECK(text.warnings.empty());
    }
    SUBCASE("mojibake repaired with a warning") {
        const auto path = dir.write("cv.htm", "<h1>JosÃ© MartÃ­nez</h1>");
        const cvdex::RawText text = cvdex::read_cv(path);
        CHECK(text.encoding == "UTF-8");
        REQUIRE(text.lines.size() == 1);
        CHECK(text.lines[0].text == "José Martínez");
        REQUIRE(text.warnings.size() == 1);
        CHECK(text.warnings[0] == "repaired double-encoded UTF-8");
    }
    SUBCASE("no text") {
        const auto path = dir.write("blank.html", "<html><body><script>var x;</script>\n  </body></html>");
        CHECK(read_error(path) == "no text found");
    }
}

TEST_CASE("detect: read_cv rejects text that does not decode") {
    TempDir dir;
    const std::string junk = "\xEF\xBB\xBF" + std::string(40, '\xFF') + "abc";
    CHECK(read_error(dir.write("junk.txt", junk)) == "not valid UTF-8 after decoding");
}

TEST_CASE("detect: read_cv gives reader errors the file's path") {
    TempDir dir;
    // Whatever the JSON Resume reader says about broken JSON, the error names the file.
    CHECK(read_error(dir.write("cv.json", "{\"basics\": {\"name\": ")) != "no error");
}

TEST_CASE("detect: read_cv loads LaTeX includes from the CV's directory only") {
    TempDir dir;
    dir.write("outside.tex", "SECRET OUTSIDE");
    dir.write("cv/parts/experience.tex", "Included experience");
    dir.write("cv/skills", "Included skills");
    std::filesystem::create_symlink(dir.path() / "outside.tex", dir.path() / "cv" / "link.tex");
    const auto main_tex = dir.write("cv/main.tex",
                                    "\\documentclass{article}\n\\begin{document}\n"
                                    "\\input{parts/experience}\n\\input{skills}\n\\input{../outside}\n"
                                    "\\input{/etc/hostname}\n\\input{link}\n\\input{missing}\n"
                                    "Main text\n\\end{document}\n");
    const cvdex::RawText text = cvdex::read_cv(main_tex);
    CHECK(text.format == Format::latex);
    std::string all;
    for (const cvdex::TextLine& line : text.lines) all += line.text + "\n";
    CHECK(all.find("Included experience") != std::string::npos);
    CHECK(all.find("Included skills") != std::string::npos);
    CHECK(all.find("SECRET") == std::string::npos);
    auto warned = [&](std::string_view message) {
        return std::find(text.warnings.begin(), text.warnings.end(), message) != text.warnings.end();
    };
    CHECK(warned("\\input{../outside} ignored: outside the CV's directory"));
    CHECK(warned("\\input{/etc/hostname} ignored: absolute path"));
    CHECK(warned("\\input{link} ignored: outside the CV's directory"));
}

TEST_CASE("detect: read_cv applies the size limit to LaTeX includes") {
    TempDir dir;
    cvdex::ReadOptions options;
    options.max_file_size = 200;
    dir.write("big.tex", std::string(300, 'x'));
    const auto main_tex = dir.write("main.tex", "\\documentclass{article}\n\\input{big}\nMain text\n");
    const cvdex::RawText text = cvdex::read_cv(main_tex, options);
    for (const cvdex::TextLine& line : text.lines) CHECK(line.text.find("xxx") == std::string::npos);
    const std::string_view expected = "\\input{big} ignored: file too large (300 bytes > limit 200 bytes)";
    CHECK(std::find(text.warnings.begin(), text.warnings.end(), expected) != text.warnings.end());
}
