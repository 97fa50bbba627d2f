// Each CV depends only on the seed and its number, so the output is the same whatever the count
// and however it is produced. Files are written whole with one write each.
#include "generator.hpp"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <malloc.h>
#include <unistd.h>

#include <fmt/format.h>

#include "cv_builder.hpp"
#include "cvdex/errors.hpp"
#include "render.hpp"
#include "truth.hpp"

namespace cvdex::gen {
namespace {

constexpr std::uint64_t files_per_folder = 1000;

std::size_t digits(std::uint64_t n) {
    std::size_t d = 1;
    while (n >= 10) n /= 10, ++d;
    return d;
}

/// An output file opened with stdio, closed (and checked) by its owner.
class OutputFile {
public:
    explicit OutputFile(const std::filesystem::path& path) : path_(path.string()) {
        file_ = std::fopen(path_.c_str(), "wb");
        if (!file_) throw fmt::system_error(errno, "cannot open '{}'", path_);
    }
    ~OutputFile() {
        if (file_) std::fclose(file_);
    }
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    void write(std::string_view data) {
        if (std::fwrite(data.data(), 1, data.size(), file_) != data.size())
            throw fmt::system_error(errno, "cannot write '{}'", path_);
    }
    void close() {
        std::FILE* file = file_;
        file_ = nullptr;
        if (std::fclose(file) != 0) throw fmt::system_error(errno, "cannot close '{}'", path_);
    }

private:
    std::string path_;
    std::FILE* file_ = nullptr;
};

/// "12,000 / 100,000 CVs" redrawn on a terminal; nothing otherwise. Clears its line when done.
class Progress {
public:
    Progress(std::uint64_t total, bool quiet) : total_(total), shown_(!quiet && isatty(STDERR_FILENO)) {}
    ~Progress() {
        if (drawn_) fmt::print(stderr, "\r\033[K");
    }
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void update(std::uint64_t done) {
        if (!shown_ || (done % 1000 != 0 && done != total_)) return;
        fmt::print(stderr, "\r{} / {} CVs", done, total_);
        drawn_ = true;
    }

private:
    std::uint64_t total_;
    bool shown_;
    bool drawn_ = false;
};

}  // namespace

std::vector<Format> parse_formats(std::string_view list) {
    std::vector<Format> formats;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string_view::npos) comma = list.size();
        const std::string_view name = list.substr(start, comma - start);
        if (!name.empty()) {
            auto format = parse_format(name);
            if (!format) throw UsageError(fmt::format("unknown format '{}' (use md, rst, txt, html, json, tex, docx, pdf, odt)", name));
            formats.push_back(*format);
        }
        start = comma + 1;
    }
    if (formats.empty()) throw UsageError("--formats needs at least one format");
    return formats;
}

YearMonth parse_today(std::string_view text) {
    auto month = YearMonth::parse(text);
    if (!month || month->month == 0) throw UsageError(fmt::format("--today wants YYYY-MM, not '{}'", text));
    return *month;
}

int run_generate(const GenerateOptions& options) {
    const auto started = std::chrono::steady_clock::now();
    // zlib allocates and zeroes a few hundred KB per DOCX/ODT member; kept on the heap instead of
    // fresh mmaps, those pages are reused rather than faulted in again for every file (a fifth of
    // the time of a DOCX-only run otherwise).
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
    mallopt(M_TRIM_THRESHOLD, 16 << 20);
    const SkillCatalog catalog(Taxonomy::builtin());
    const Prose prose(catalog);
    const Organisations organisations(options.seed, catalog);
    const Pools pools{catalog, prose, organisations};
    const BuildOptions build{options.seed, options.formats, options.today};

    const std::size_t folder_digits = std::max<std::size_t>(3, digits((options.count ? options.count - 1 : 0) / files_per_folder));
    const std::size_t file_digits = std::max<std::size_t>(7, digits(options.count ? options.count - 1 : 0));
    std::filesystem::create_directories(options.out);
    std::optional<OutputFile> truth;
    if (options.truth) truth.emplace(*options.truth);

    Progress progress(options.count, options.quiet);
    std::string text, truth_line;
    std::uint64_t bytes = 0;
    for (std::uint64_t n = 0; n < options.count; ++n) {
        const std::string folder = fmt::format("{:0{}}", n / files_per_folder, folder_digits);
        if (n % files_per_folder == 0) std::filesystem::create_directories(options.out / folder);
        Cv cv = build_cv(n, pools, build);
        cv.path = fmt::format("{}/cv-{:0{}}.{}", folder, n, file_digits, extension(cv.layout.format));
        text.clear();
        cv.encoding = render_cv(cv, text);
        OutputFile file(options.out / cv.path);
        file.write(text);
        file.close();
        bytes += text.size();
        if (truth) {
            truth_line.clear();
            append_truth(cv, catalog, truth_line);
            truth->write(truth_line);
        }
        progress.update(n + 1);
    }
    if (truth) truth->close();
    if (!options.quiet) {
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        fmt::print(stderr, "generate: {} CVs, {:.1f} MB in {:.2f} s ({:.0f} CVs/s, {:.1f} MB/s); {} employers, {} words\n",
                   options.count, static_cast<double>(bytes) / 1e6, seconds,
                   static_cast<double>(options.count) / seconds, static_cast<double>(bytes) / 1e6 / seconds,
                   organisations.employer_count(), prose.vocabulary_size());
    }
    return 0;
}

}  // namespace cvdex::gen
