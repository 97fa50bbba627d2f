#pragma once
// The model of one generated CV: everything a renderer writes and everything the truth file
// says, decided before any text is laid out.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cvdex/dates.hpp"
#include "people.hpp"
#include "prose.hpp"
#include "skill_catalog.hpp"

namespace cvdex::gen {

enum class Format : std::uint8_t { markdown, rst, text, html, json, latex, docx, pdf, odt, count };
inline constexpr std::size_t format_count = static_cast<std::size_t>(Format::count);

/// How months are written. year_only also makes the model's dates year-only (month == 0).
enum class DateStyle : std::uint8_t {
    month_abbr,      ///< Nov 2020
    month_abbr_dot,  ///< Sep. 2023
    month_full,      ///< February 2021
    numeric_slash,   ///< 03/2018
    numeric_dot,     ///< 03.2018
    apostrophe,      ///< Jan '22
    year_only,       ///< 2014
    iso,             ///< 2018-03 or 2018-03-01 (JSON Resume)
};

/// How an open range is written: "Nov 2020 – Present", "since 2019", "2016--".
enum class OpenStyle : std::uint8_t { word, since, dash };

/// Everything about the look of a CV that the model depends on.
struct Layout {
    Format format = Format::markdown;
    std::uint8_t variant = 0;   ///< the format's job layout (see each renderer)
    std::uint8_t headings = 0;  ///< the format's heading style
    Locale locale = Locale::en;
    DateStyle date_style = DateStyle::month_abbr;
    OpenStyle open_style = OpenStyle::word;
    std::string_view separator = " – ";  ///< between the two dates of a range
    std::string_view present = "Present";
    std::string_view bullet = "-";
    bool capital_months = false;  ///< "Март 2016" rather than "март 2016"
    bool durations = false;       ///< closed ranges followed by "(2 years)"
    bool drawn_dash = false;      ///< PDF: the dash of a year range is a drawn rule ("2019 2021")
    std::string_view charset;     ///< text formats: a legacy encoding to write in, or empty for UTF-8
};

/// A period as the CV states it; month == 0 in a date means the CV gives only the year.
struct Period {
    YearMonth start;
    std::optional<YearMonth> end;  ///< empty when open-ended
    [[nodiscard]] bool current() const { return !end.has_value(); }
};

struct Job {
    std::string employer;
    std::string title;
    std::string location;  ///< "Berlin, Germany", "Remote" or empty
    Period period;
    bool side = false;            ///< freelance, part-time or teaching alongside a main job
    std::string context;          ///< optional one-line description before the bullets
    std::vector<std::string> bullets;
    std::vector<std::size_t> skills;  ///< skills the title, context or bullets name (the truth)
};

enum class ActivityKind : std::uint8_t { project, open_source, volunteering, mentoring };

/// An entry of a Projects / Open Source / Volunteering / Mentoring section: dated like a job,
/// never a job.
struct Activity {
    ActivityKind kind = ActivityKind::project;
    std::string name;
    std::string role;
    std::string city;
    Period period;
    std::string text;
};

struct Talk {
    std::string title;
    std::string event;
    std::string city;
    YearMonth date;
};

struct Education {
    std::string school;
    std::string degree;
    std::string city;
    Period period;
};

struct SkillGroup {
    std::string_view label;              ///< "Languages", "Databases"
    std::vector<std::string_view> forms; ///< the spellings written
    std::vector<std::size_t> skills;
};

struct Person {
    std::string name;  ///< as written at the top of the CV
    std::string given;
    std::string family;
    std::string email;
    std::string phone;
    std::string city;
    std::string country;
    std::string github;
};

/// One CV.
struct Cv {
    std::uint64_t number = 0;
    std::uint64_t style_seed = 0;  ///< seeds the renderer's cosmetic choices (heading words)
    std::string path;  ///< relative to the output directory: "000/cv-0000000.md"
    Layout layout;
    Family family = Family::backend;
    YearMonth today;
    Person person;
    std::string headline;  ///< the line under the name
    std::string summary;
    std::vector<Job> jobs;  ///< in CV order (newest first)
    std::vector<Activity> activities;
    std::vector<Talk> talks;
    std::vector<Education> education;
    std::vector<SkillGroup> skill_groups;
    std::vector<std::string_view> spoken_languages;
    std::vector<std::size_t> other_mentions;  ///< skills named outside jobs (summary, projects, list)
    std::string_view encoding = "UTF-8";      ///< what the file was written in (set when rendered)
};

/// File extension for a format ("md", "rst", "txt", "html", "json", "tex", "docx", "pdf", "odt").
[[nodiscard]] std::string_view extension(Format format);
/// Parses an extension or "markdown", "text", "latex"; nothing on anything else.
[[nodiscard]] std::optional<Format> parse_format(std::string_view name);

}  // namespace cvdex::gen
