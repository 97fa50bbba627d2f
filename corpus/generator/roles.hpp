#pragma once
// Job titles by family, seniority and language; degrees.
#include <string>

#include "people.hpp"
#include "rng.hpp"
#include "skill_catalog.hpp"

namespace cvdex::gen {

/// Career stage of a job, from an internship to a head of department.
enum class Seniority : std::uint8_t { intern, junior, mid, senior, lead, principal };

/// What a side job is (held alongside the main employment).
enum class SideKind : std::uint8_t { freelance, lecturer, part_time, consultant };

/// A job title: "Senior Backend Engineer", "Werkstudent Softwareentwicklung", "Ведущий разработчик".
[[nodiscard]] std::string job_title(Rng& rng, Family family, Seniority seniority, Locale locale);
/// The title of a side job ("Freelance Web Developer", "Part-time Lecturer").
[[nodiscard]] std::string side_title(Rng& rng, Family family, SideKind kind, Locale locale);
/// The employer of a side job without one ("Freelance", "Self-employed", "Selbstständig").
[[nodiscard]] std::string self_employed_name(Rng& rng, Locale locale);
/// "BSc Computer Science", "M.Sc. Informatik", "Магистр, Программная инженерия".
[[nodiscard]] std::string degree(Rng& rng, bool postgraduate, Locale locale);
/// A role in a project, talk or volunteer group ("Maintainer", "Mentor").
[[nodiscard]] std::string_view activity_role(Rng& rng, bool open_source);
/// The name of the family in a CV's headline ("Backend engineer").
[[nodiscard]] std::string_view family_label(Family family);

}  // namespace cvdex::gen
