#pragma once
// Choosing a CV's look (job layout, headings, date forms) and writing its dates.
#include <string>

#include "cv_model.hpp"
#include "rng.hpp"

namespace cvdex::gen {

/// Picks the job layout, heading style and date forms of a CV in `format` and `locale`.
/// Only combinations that `cvindex --parse` reads correctly are produced.
[[nodiscard]] Layout choose_layout(Rng& rng, Format format, Locale locale);

/// Whether a format can be written in a language other than English by the generator.
[[nodiscard]] bool supports_locale(Format format, Locale locale);

/// One date as the layout writes it: "Nov 2020", "03/2018", "März 2015", "2020年4月", "2019".
[[nodiscard]] std::string format_date(const YearMonth& date, const Layout& layout);
/// A whole period: "Nov 2020 – Present", "2014-2016", "since 2019", "2016--".
[[nodiscard]] std::string format_period(const Period& period, const Layout& layout);

}  // namespace cvdex::gen
