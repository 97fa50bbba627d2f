// read_cv: one file from disk to RawText. This is the failure boundary of a file: every problem
// leaves as an InputError that names the file.
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <system_error>
#include <vector>

#include <fmt/format.h>

#include "cvdex/encoding.hpp"
#include "cvdex/errors.hpp"
#include "cvdex/read.hpp"
#include "cvdex/text_util.hpp"
#include "utf8.hpp"

namespace cvdex {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t detection_head_size = 8192;

// "512 bytes", "12.5 KB", "20 MB" (binary units, as --max-file-size counts them).
std::string format_size(std::uintmax_t bytes) {
    if (bytes < 1024) return fmt::format("{} bytes", bytes);
    const bool megabytes = bytes >= (1u << 20);
    const double value = static_cast<double>(bytes) / (megabytes ? 1048576.0 : 1024.0);
    std::string number = fmt::format("{:.1f}", value);
    if (number.ends_with(".0")) number.resize(number.size() - 2);
    return fmt::format("{} {}", number, megabytes ? "MB" : "KB");
}

struct FileCloser {
    void operator()(std::FILE* file) const noexcept { std::fclose(file); }
};

// Reads at most limit + 1 bytes, so that a huge file costs no more than the limit.
std::string read_limited(const fs::path& path, std::size_t limit) {
    auto fail = [&](const std::string& message) { return InputError(path.string(), 0, message); };
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec) throw fail(fmt::format("cannot open: {}", ec.message()));
    if (fs::is_directory(status)) throw fail("is a directory");
    if (fs::is_regular_file(status)) {
        const std::uintmax_t size = fs::file_size(path, ec);
        if (!ec && size > limit)
            throw fail(fmt::format("file too large ({} > limit {})", format_size(size), format_size(limit)));
    }
    errno = 0;
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
    if (!file) throw fail(fmt::format("cannot open: {}", std::strerror(errno)));

    std::string bytes;
    char buffer[65536];
    while (bytes.size() <= limit) {
        const std::size_t want = std::min(sizeof buffer, limit + 1 - bytes.size());
        const std::size_t got = std::fread(buffer, 1, want, file.get());
        bytes.append(buffer, got);
        if (got < want) break;
    }
    if (std::ferror(file.get())) throw fail(fmt::format("read error: {}", std::strerror(errno)));
    if (bytes.size() > limit)
        throw fail(fmt::format("file too large (more than limit {})", format_size(limit)));
    return bytes;
}

// A decoding that is mostly U+FFFD is not text in any encoding we know.
bool mostly_replacement_chars(std::string_view text) {
    std::size_t chars = 0, replacements = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const utf8::Decoded d = utf8::decode(text, pos);
        ++chars;
        replacements += d.valid && d.code_point == utf8::replacement_char;
        pos += d.length;
    }
    return replacements >= 16 && replacements * 8 > chars;
}

// Resolves `\input{name}` against the directory of the CV, never outside it, and keeps a budget
// of the bytes loaded so that a file including itself a thousand times stays bounded.
class IncludeResolver {
public:
    IncludeResolver(const fs::path& cv_path, const ReadOptions& options)
        : directory_(cv_path.parent_path().empty() ? fs::path(".") : cv_path.parent_path()),
          options_(options), budget_(options.max_uncompressed_size) {}

    std::optional<std::string> load(std::string_view name) {
        const std::string clean(trim(name));
        if (clean.empty()) return std::nullopt;
        const fs::path relative(clean);
        if (relative.is_absolute() || relative.has_root_name() || relative.has_root_directory()) {
            warn(fmt::format("\\input{{{}}} ignored: absolute path", clean));
            return std::nullopt;
        }
        // TeX tries "name.tex" before "name".
        std::vector<fs::path> candidates;
        if (!relative.has_extension()) candidates.push_back(fs::path(clean + ".tex"));
        candidates.push_back(relative);
        for (const fs::path& candidate : candidates) {
            const fs::path full = (directory_ / candidate).lexically_normal();
            if (!inside_directory(full)) {
                warn(fmt::format("\\input{{{}}} ignored: outside the CV's directory", clean));
                return std::nullopt;
            }
            std::error_code ec;
            if (!fs::is_regular_file(full, ec)) continue;
            try {
                std::string bytes = read_limited(full, options_.max_file_size);
                if (bytes.size() > budget_) {
                    warn(fmt::format("\\input{{{}}} ignored: included files exceed {}", clean,
                                     format_size(options_.max_uncompressed_size)));
                    return std::nullopt;
                }
                budget_ -= bytes.size();
                return decode_text(bytes).utf8;
            } catch (const InputError& error) {
                warn(fmt::format("\\input{{{}}} ignored: {}", clean, error.what()));
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    [[nodiscard]] const std::vector<std::string>& warnings() const noexcept { return warnings_; }

private:
    bool inside_directory(const fs::path& full) const {
        const fs::path base = directory_.lexically_normal();
        const fs::path rel = full.lexically_relative(base);
        if (rel.empty() || *rel.begin() == "..") return false;
        // A symbolic link may still point outside.
        std::error_code ec1, ec2;
        const fs::path real = fs::weakly_canonical(full, ec1);
        const fs::path real_base = fs::weakly_canonical(base, ec2);
        if (ec1 || ec2) return true;
        const fs::path real_rel = real.lexically_relative(real_base);
        return !real_rel.empty() && *real_rel.begin() != "..";
    }

    void warn(std::string message) {
        if (std::find(warnings_.begin(), warnings_.end(), message) == warnings_.end())
            warnings_.push_back(std::move(message));
    }

    fs::path directory_;
    const ReadOptions& options_;
    std::size_t budget_;
    std::vector<std::string> warnings_;
};

RawText read_text_format(Format format, std::string_view bytes, const fs::path& path,
                         const ReadOptions& options) {
    DecodedText decoded = decode_text(bytes);
    if (mostly_replacement_chars(decoded.utf8)) throw InputError(path.string(), 0, "not valid UTF-8 after decoding");
    RawText text;
    std::vector<std::string> include_warnings;
    switch (format) {
        case Format::markdown: text = read_markdown(decoded.utf8); break;
        case Format::rst: text = read_rst(decoded.utf8); break;
        case Format::html: text = read_html(decoded.utf8); break;
        case Format::json_resume: text = read_json_resume(decoded.utf8); break;
        case Format::latex: {
            IncludeResolver resolver(path, options);
            text = read_latex(
                decoded.utf8, [&resolver](std::string_view name) { return resolver.load(name); },
                options.max_include_depth);
            include_warnings = resolver.warnings();
            break;
        }
        default: text = read_plain_text(decoded.utf8); break;
    }
    text.encoding = decoded.encoding;
    if (decoded.repaired_mojibake) text.warnings.emplace_back("repaired double-encoded UTF-8");
    text.warnings.insert(text.warnings.end(), include_warnings.begin(), include_warnings.end());
    return text;
}

RawText read_format(Format format, std::string_view bytes, const fs::path& path, const ReadOptions& options) {
    switch (format) {
        case Format::docx: return read_docx(bytes, options);
        case Format::odt: return read_odt(bytes, options);
        case Format::pdf: return read_pdf(bytes, options);
        default: return read_text_format(format, bytes, path, options);
    }
}

bool has_text(const RawText& text) {
    return std::any_of(text.lines.begin(), text.lines.end(),
                       [](const TextLine& line) { return !trim_unicode(line.text).empty(); });
}

}  // namespace

RawText read_cv(const fs::path& path, const ReadOptions& options) {
    std::string bytes;
    try {
        bytes = read_limited(path, options.max_file_size);
    } catch (InputError& error) {
        if (error.path().empty()) error.set_path(path.string());
        throw;
    }
    return read_cv_bytes(path, bytes, options);
}

RawText read_cv_bytes(const fs::path& path, std::string_view bytes, const ReadOptions& options) {
    const std::string name = path.string();
    Format format = Format::unknown;
    try {
        if (bytes.size() > options.max_file_size)
            throw InputError(name, 0, fmt::format("file too large ({} > limit {})", format_size(bytes.size()),
                                                  format_size(options.max_file_size)));
        if (bytes.empty()) throw InputError(name, 0, "empty file");
        format = detect_format(path.extension().string(),
                               std::string_view(bytes).substr(0, detection_head_size));
        if (format == Format::unknown) {
            throw InputError(name, 0,
                             bytes.starts_with("PK\x03\x04")
                                 ? "zip archive that is neither DOCX nor ODT: not a supported CV format"
                                 : "binary file: not a supported CV format");
        }
        RawText text = read_format(format, bytes, path, options);
        text.format = format;
        if (!has_text(text)) throw InputError(name, 0, "no text found");
        return text;
    } catch (InputError& error) {
        if (error.path().empty()) error.set_path(name);
        throw;
    } catch (const std::bad_alloc&) {
        throw;  // fatal for the run, not a property of this file
    } catch (const std::exception& error) {
        // Library errors (nlohmann::json, yaml-cpp, poppler...) carry no path.
        throw InputError(name, 0, fmt::format("cannot read as {}: {}", format_name(format), error.what()));
    }
}

}  // namespace cvdex
