// Finding the CV files of a folder: hidden and temporary files, LaTeX fragments pulled in by
// another file, and files of unknown type are skipped, not failed.
#include "file_walk.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include <fmt/format.h>

#include "cvdex/read.hpp"

namespace fs = std::filesystem;

namespace cvdex {
namespace {

bool is_temporary(const std::string& name) {
    return name.starts_with("~$") || name.starts_with(".~lock") || name.ends_with(".swp") || name.ends_with("~") ||
           name.ends_with(".tmp") || name.ends_with(".part") || name.ends_with(".crdownload");
}

std::string head_of(const fs::path& path, std::size_t bytes) {
    std::ifstream in(path, std::ios::binary);
    std::string head(bytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(bytes));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head;
}

// A .tex file without \documentclass is a fragment that a CV pulls in with \input.
bool is_latex_fragment(const fs::path& path) {
    std::string head = head_of(path, 64 * 1024);
    return head.find("\\documentclass") == std::string::npos && head.find("\\begin{document}") == std::string::npos;
}

// Unix seconds: the file clock's own epoch is not 1970.
std::int64_t mtime_seconds(const fs::path& path) {
    auto system_time = std::chrono::file_clock::to_sys(fs::last_write_time(path));
    return std::chrono::duration_cast<std::chrono::seconds>(system_time.time_since_epoch()).count();
}

// Extensions that promise a CV: such a file that cannot be read is a failure, not a skip.
bool has_cv_extension(const fs::path& path) {
    std::string ext = path.extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view known : {".md", ".markdown", ".rst", ".txt", ".text", ".html", ".htm", ".xhtml", ".json",
                                   ".tex", ".docx", ".odt", ".pdf"})
        if (ext == known) return true;
    return false;
}

// The LaTeX fragments of one folder (.tex files without \documentclass), which the CVs beside them
// may \input: their newest mtime and total size go into each LaTeX CV's stamp, so a change to a
// fragment re-indexes the CVs of its folder while a change to one CV leaves its neighbours alone.
struct LatexFragments {
    std::set<fs::path> names;
    std::int64_t newest_mtime = 0;
    std::uint64_t total_size = 0;
};

LatexFragments find_latex_fragments(const fs::path& folder) {
    LatexFragments fragments;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder.empty() ? fs::path(".") : folder, error)) {
        if (!entry.is_regular_file(error) || entry.path().extension() != ".tex" || !is_latex_fragment(entry.path()))
            continue;
        fragments.names.insert(entry.path().filename());
        fragments.newest_mtime = std::max(fragments.newest_mtime, mtime_seconds(entry.path()));
        fragments.total_size += entry.file_size(error);
    }
    return fragments;
}

bool excluded(const fs::path& path, const WalkOptions& options) {
    for (const std::string& pattern : options.exclude)
        for (const auto& part : path)
            if (glob_match(pattern, part.string())) return true;
    if (options.include.empty()) return false;
    std::string name = path.filename().string();
    return std::none_of(options.include.begin(), options.include.end(),
                        [&](const std::string& pattern) { return glob_match(pattern, name); });
}

class Walker {
public:
    Walker(const WalkOptions& options, WalkResult& result) : options_(options), result_(result) {}

    void add_file(const fs::path& path, bool named_explicitly) {
        std::string name = path.filename().string();
        if (!named_explicitly && (name.starts_with(".") || is_temporary(name) || excluded(path, options_))) {
            ++result_.skipped;
            return;
        }
        std::error_code error;
        FoundFile file;
        file.path = path;
        file.canonical = fs::weakly_canonical(fs::absolute(path), error).string();
        file.size = fs::file_size(path, error);
        if (error) {
            result_.errors.push_back(fmt::format("{}: error: {}", path.string(), error.message()));
            return;
        }
        file.mtime = mtime_seconds(path);
        std::string extension = path.extension().string();
        Format format = detect_format(extension, head_of(path, 4096));
        if (format == Format::unknown && !named_explicitly && !has_cv_extension(path)) {
            ++result_.skipped;
            return;
        }
        if (format == Format::latex) {
            const LatexFragments& fragments = latex_fragments_of(path.parent_path());
            if (fragments.names.contains(path.filename())) {
                if (!named_explicitly) {
                    ++result_.skipped;
                    return;
                }
            } else {
                file.mtime = std::max(file.mtime, fragments.newest_mtime);
                file.size += fragments.total_size;
            }
        }
        result_.files.push_back(std::move(file));
    }

    void add_folder(const fs::path& folder) {
        std::error_code error;
        result_.roots.push_back(fs::weakly_canonical(fs::absolute(folder), error).string());
        std::vector<fs::path> files;
        auto options = fs::directory_options::skip_permission_denied;
        for (auto it = fs::recursive_directory_iterator(folder, options, error); !error && it != fs::recursive_directory_iterator();
             it.increment(error)) {
            const fs::path& path = it->path();
            std::string name = path.filename().string();
            if (it->is_directory(error)) {
                if (name.starts_with(".") || excluded(path.filename(), options_)) it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(error)) files.push_back(path);
        }
        if (error) result_.errors.push_back(fmt::format("{}: error: {}", folder.string(), error.message()));
        std::sort(files.begin(), files.end());
        for (const fs::path& path : files) add_file(path, false);
    }

private:
    // Each folder is scanned once: a scan per LaTeX CV made a flat folder quadratic.
    const LatexFragments& latex_fragments_of(const fs::path& folder) {
        auto found = latex_fragments_.find(folder);
        if (found == latex_fragments_.end()) found = latex_fragments_.emplace(folder, find_latex_fragments(folder)).first;
        return found->second;
    }

    const WalkOptions& options_;
    WalkResult& result_;
    std::map<fs::path, LatexFragments> latex_fragments_;
};

}  // namespace

bool glob_match(std::string_view pattern, std::string_view name) {
    std::size_t p = 0, n = 0, star_p = std::string_view::npos, star_n = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star_p = p++;
            star_n = n;
        } else if (p < pattern.size() && pattern[p] == '[') {
            std::size_t close = pattern.find(']', p + 1);
            bool matched = false;
            if (close != std::string_view::npos) {
                std::string_view set = pattern.substr(p + 1, close - p - 1);
                bool negate = !set.empty() && (set[0] == '!' || set[0] == '^');
                if (negate) set.remove_prefix(1);
                bool in = false;
                for (std::size_t i = 0; i < set.size(); ++i) {
                    if (i + 2 < set.size() && set[i + 1] == '-') {
                        in = in || (name[n] >= set[i] && name[n] <= set[i + 2]);
                        i += 2;
                    } else {
                        in = in || name[n] == set[i];
                    }
                }
                matched = in != negate;
            }
            if (matched) {
                p = close + 1;
                ++n;
            } else if (star_p != std::string_view::npos) {
                p = star_p + 1;
                n = ++star_n;
            } else {
                return false;
            }
        } else if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == name[n])) {
            ++p;
            ++n;
        } else if (star_p != std::string_view::npos) {
            p = star_p + 1;
            n = ++star_n;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*') ++p;
    return p == pattern.size();
}

WalkResult walk(const std::vector<std::string>& paths, const WalkOptions& options) {
    WalkResult result;
    Walker walker(options, result);
    for (const std::string& argument : paths) {
        fs::path path(argument);
        std::error_code error;
        auto status = fs::status(path, error);
        if (error || !fs::exists(status)) {
            result.errors.push_back(fmt::format("{}: error: no such file or folder", argument));
        } else if (fs::is_directory(status)) {
            walker.add_folder(path);
        } else {
            walker.add_file(path, true);
        }
    }
    return result;
}

}  // namespace cvdex
