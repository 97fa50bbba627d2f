#pragma once
// Who the generated CVs belong to: name cultures, their places and phone numbers.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace cvdex::gen {

/// The language a CV's headings, dates and titles are written in (the prose stays English).
enum class Locale : std::uint8_t { en, de, fr, es, ru, ja };

/// Where an employer is registered: picks its legal form ("GmbH", "sp. z o.o.", "Pvt Ltd").
enum class Region : std::uint8_t {
    uk, us, ie, de, fr, es, pl, ru, jp, cn, in, ng, br, vn, tr, eg, kr, nordic, it, nl, gh, ke, count
};

struct Place {
    std::string_view city;
    std::string_view country;
};

/// A naming culture: given and family names, the places its people live in, how their phone
/// numbers look ('#' = a random digit; fictional ranges such as 555 or Ofcom's drama numbers).
struct Culture {
    std::string_view id;
    std::span<const std::string_view> given;
    std::span<const std::string_view> family;
    std::span<const Place> places;
    std::string_view phone;
    Locale locale;      ///< language of a localised CV by this person (en: always English)
    bool family_first;  ///< name written family name first ("Zhang Wei", "Воронцов Алексей")
    Region region;
    int weight;         ///< relative frequency among the generated people
};

/// Every culture, in a fixed order.
[[nodiscard]] std::span<const Culture> cultures();

/// The culture table as cumulative weights, for Rng::weighted.
[[nodiscard]] std::span<const std::uint32_t> culture_weights();

/// Lower-case ASCII spelling for e-mail addresses and URLs: "Łukasz Wójcik" -> "lukasz wojcik",
/// "Алексей" -> "aleksei", Vietnamese tone marks dropped. Characters it cannot spell are dropped.
[[nodiscard]] std::string ascii_fold(std::string_view utf8);

}  // namespace cvdex::gen
