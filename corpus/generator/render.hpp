#pragma once
// Writing a CV model as a file: one renderer per format, and what they share (section names in
// each language, escaping, line wrapping).
#include <string>
#include <string_view>

#include "cv_model.hpp"
#include "rng.hpp"

namespace cvdex::gen {

/// Appends the whole file for `cv` in its layout's format to `out`, in the layout's legacy
/// charset when every character has a byte there. Returns the encoding written ("UTF-8",
/// "windows-1252", ...).
std::string_view render_cv(const Cv& cv, std::string& out);

void render_markdown(const Cv& cv, std::string& out);
void render_rst(const Cv& cv, std::string& out);
void render_text(const Cv& cv, std::string& out);
void render_html(const Cv& cv, std::string& out);
void render_json(const Cv& cv, std::string& out);
void render_latex(const Cv& cv, std::string& out);

/// The sections a CV can have.
enum class SectionName : std::uint8_t {
    summary, experience, skills, education, projects, open_source, volunteering, mentoring, talks, languages
};

/// A heading for the section in the CV's language, varied per CV ("Work Experience",
/// "Employment History", "Berufserfahrung").
[[nodiscard]] std::string_view section_title(Rng& rng, SectionName section, Locale locale);
/// The heading of the section an activity belongs to.
[[nodiscard]] SectionName section_of(ActivityKind kind);

[[nodiscard]] std::string html_escape(std::string_view text);
[[nodiscard]] std::string latex_escape(std::string_view text);
/// Upper case for ASCII letters and the Latin-1, Latin Extended-A and Cyrillic ranges.
[[nodiscard]] std::string upper(std::string_view text);

/// Appends `text` wrapped at `width` code points; the first line starts with `first_prefix`,
/// the others with `next_prefix`.
void append_wrapped(std::string& out, std::string_view text, std::string_view first_prefix,
                    std::string_view next_prefix, std::size_t width = 78);

}  // namespace cvdex::gen
