#pragma once
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "cvdex/raw_text.hpp"

namespace cvdex {

/// Limits that bound the work per file, so no input can exhaust memory or hang a run.
struct ReadOptions {
    std::size_t max_file_size = 20u << 20;         ///< bytes on disk (--max-file-size)
    std::size_t max_uncompressed_size = 64u << 20; ///< total bytes inflated from a zip container
    std::size_t max_pdf_pages = 200;
    int max_include_depth = 8;                     ///< LaTeX \input nesting
};

/// Guesses the format from the content first and the extension second: a ".txt" holding JSON
/// Resume is JSON Resume, a zip holding word/document.xml is DOCX. Returns Format::unknown for
/// files cvdex does not read (images, archives, binaries).
[[nodiscard]] Format detect_format(std::string_view extension, std::string_view head);

/// Reads a CV file of any supported format. Throws InputError (with the path) when the file
/// cannot be read: too big, empty, binary, encrypted, corrupt.
[[nodiscard]] RawText read_cv(const std::filesystem::path& path, const ReadOptions& options = {});

/// The same for bytes already read (the indexer hashes them first); `path` names the file in
/// errors, gives the extension, and anchors LaTeX includes.
[[nodiscard]] RawText read_cv_bytes(const std::filesystem::path& path, std::string_view bytes,
                                    const ReadOptions& options = {});

/// Loads the text of a file named by `\input{name}` relative to the including file; returns
/// nothing when it does not exist.
using IncludeLoader = std::function<std::optional<std::string>(std::string_view name)>;

// Per-format readers. Text formats take UTF-8 (already decoded by decode_text); container formats
// take the raw bytes. All throw InputError on input they cannot make sense of.
[[nodiscard]] RawText read_plain_text(std::string_view utf8);
[[nodiscard]] RawText read_markdown(std::string_view utf8);
[[nodiscard]] RawText read_rst(std::string_view utf8);
[[nodiscard]] RawText read_html(std::string_view utf8);
[[nodiscard]] RawText read_json_resume(std::string_view utf8);
[[nodiscard]] RawText read_latex(std::string_view utf8, const IncludeLoader& load_include = {},
                                 int max_include_depth = 8);
[[nodiscard]] RawText read_docx(std::string_view bytes, const ReadOptions& options = {});
[[nodiscard]] RawText read_odt(std::string_view bytes, const ReadOptions& options = {});
[[nodiscard]] RawText read_pdf(std::string_view bytes, const ReadOptions& options = {});

}  // namespace cvdex
