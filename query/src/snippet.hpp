#pragma once
// The snippeter: one pass over a CV's stored text, no re-tokenising by Xapian, no HTML.
#include <bitset>
#include <string>
#include <string_view>
#include <vector>

#include "cvdex/search.hpp"

namespace cvdex::query {

inline constexpr std::string_view mark_open = highlight_open;
inline constexpr std::string_view mark_close = highlight_close;

class Snippeter {
public:
    /// `words`: lower-case query words and skill-name words. A CV word matches a query word when
    /// equal, or when it starts with the query word's stem of 4+ letters ("engineering" ~ "engineer").
    Snippeter(const std::vector<std::string>& words, const std::vector<std::string>& stems);

    /// The line (and, when short, the next one) with the most distinct query words, cut to about
    /// `max_length` bytes around the first match; the first substantial line when nothing matches.
    [[nodiscard]] std::string snippet(std::string_view text, std::size_t max_length = 220) const;

private:
    std::vector<std::string> words_;
    std::vector<std::string> stems_;
    std::bitset<256> first_bytes_;  ///< first bytes of words_ and stems_: most CV words are skipped unread
    [[nodiscard]] int match(std::string_view lower_word) const;  ///< index into words_, or -1
    [[nodiscard]] bool may_match(std::string_view word) const;
};

}  // namespace cvdex::query
