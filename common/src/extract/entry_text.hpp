#pragma once
// Text helpers for entry headers: cleaning leftovers and telling titles, organisations and
// places apart by their words.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace cvdex {

/// Removes durations ("(2 years)", "1 yr 3 mos"), empty brackets, stray separators and markup
/// leftovers at the edges, and collapses spaces.
[[nodiscard]] std::string clean_entry_text(std::string_view text);

[[nodiscard]] std::size_t word_count_of(std::string_view text);

/// True for text ending in an abbreviation's dot ("Inc.", "LLC.", "N.G.") rather than a sentence.
[[nodiscard]] bool ends_with_abbreviation(std::string_view text);

/// Splits a header into parts at separators ("|", spaced dashes, commas, tabs, "·"); legal-form
/// suffixes stay with their name ("KABI, LLC.").
[[nodiscard]] std::vector<std::string> split_header_parts(std::string_view header);

/// Word classes.
[[nodiscard]] bool has_title_word(std::string_view part);     ///< engineer, Entwickler, разработчик ...
[[nodiscard]] bool has_org_marker(std::string_view part);     ///< Inc, GmbH, University, ООО ...
[[nodiscard]] bool has_weak_org_word(std::string_view part);  ///< Labs, Solutions, Software ...
[[nodiscard]] bool is_location(std::string_view part);        ///< Remote, Germany, "CA", Москва ...
[[nodiscard]] bool has_school_word(std::string_view part);    ///< University, Hochschule, 大學 ...
[[nodiscard]] bool has_degree_word(std::string_view part);    ///< BSc, Master, Diploma, Бакалавр ...
/// "Freelance", "Self-employed": employment without an employer's name.
[[nodiscard]] bool is_self_employment(std::string_view part);
/// Splits "Freelance Web Developer" into "Freelance" (returned) and the role "Web Developer";
/// returns "" when the part does not start or end with a self-employment word.
[[nodiscard]] std::string split_self_employment(std::string_view part, std::string& role);
/// "private", "personal": a personal activity written as an entry, not employment.
[[nodiscard]] bool is_private_activity(std::string_view employer);

}  // namespace cvdex
