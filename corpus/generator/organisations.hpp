#pragma once
// Invented organisations: employers (thousands, built from word stems and legal forms), schools,
// open-source projects, meetups and volunteer groups.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "people.hpp"
#include "rng.hpp"
#include "skill_catalog.hpp"

namespace cvdex::gen {

class Organisations {
public:
    /// Builds the pools from `seed`; drops every name the taxonomy would read as a skill.
    Organisations(std::uint64_t seed, const SkillCatalog& catalog);

    /// An employer registered in `region` (sometimes elsewhere), written for `locale` (Cyrillic
    /// and Japanese names for Russian and Japanese CVs). Popular employers recur across CVs.
    [[nodiscard]] const std::string& employer(Rng& rng, Region region, Locale locale) const;
    /// A university or college, named in the CV's language.
    [[nodiscard]] const std::string& school(Rng& rng, Locale locale) const;
    /// An open-source project or side project ("tern-cli", "Tideline").
    [[nodiscard]] const std::string& project(Rng& rng) const;
    /// A meetup, club or mentoring programme in a city ("Code Club Accra").
    [[nodiscard]] std::string community(Rng& rng, std::string_view city) const;
    /// A conference ("PlatformCon Iberia").
    [[nodiscard]] std::string conference(Rng& rng, std::string_view city) const;

    [[nodiscard]] std::size_t employer_count() const;

private:
    struct Pool {
        std::vector<std::string> names;
        std::vector<std::uint32_t> cumulative;  // Zipf-like: the first names are the big employers
        void add(std::string name);
        void finish();
    };
    std::array<Pool, static_cast<std::size_t>(Region::count)> employers_;
    Pool cyrillic_;
    Pool japanese_;
    std::array<std::vector<std::string>, 6> schools_;  // by Locale
    std::vector<std::string> projects_;
    const SkillCatalog& catalog_;
};

}  // namespace cvdex::gen
