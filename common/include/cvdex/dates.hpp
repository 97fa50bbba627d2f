#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cvdex {

/// A calendar month, or a whole year when month == 0.
struct YearMonth {
    int year = 0;
    int month = 0;  ///< 1..12; 0 = only the year is known

    /// "2019-03", or "2019" when only the year is known.
    [[nodiscard]] std::string to_string() const;
    /// Months since year 0 for the first month this can mean (January for a bare year).
    [[nodiscard]] int first_month_index() const { return year * 12 + (month ? month - 1 : 0); }
    /// Months since year 0 for the last month this can mean (December for a bare year).
    [[nodiscard]] int last_month_index() const { return year * 12 + (month ? month - 1 : 11); }
    [[nodiscard]] static YearMonth from_index(int index) { return {index / 12, index % 12 + 1}; }
    /// Parses "2019-03" or "2019"; nothing on anything else.
    [[nodiscard]] static std::optional<YearMonth> parse(std::string_view text);
    friend bool operator==(const YearMonth&, const YearMonth&) = default;
};

/// A period of time as a CV states it.
struct DateRange {
    YearMonth start;
    std::optional<YearMonth> end;  ///< empty when open ("present", "2016--", "since 2019")
    bool current = false;          ///< the range was open-ended
    friend bool operator==(const DateRange&, const DateRange&) = default;
};

/// A date range found inside a line, with where it stood.
struct DateRangeMatch {
    DateRange range;
    std::size_t begin = 0;  ///< byte offset of the match in the line
    std::size_t end = 0;    ///< one past its last byte
};

/// Finds every date range in a line of text: "Nov 2020 — today", "03/2018 - present",
/// "2014-2016", "2016--", "since 2019", "Février 2014 à Mars 2016", "Jan '22 – Mar '23",
/// month names in English, German, French, Spanish and Russian. A lone year or month-year
/// counts as a one-point range only when `allow_single` is set (a job held within one year:
/// "2013 Company").
[[nodiscard]] std::vector<DateRangeMatch> find_date_ranges(std::string_view line,
                                                           bool allow_single = false);

/// Parses a whole string as a date range or a single date; nothing when it is not one.
[[nodiscard]] std::optional<DateRange> parse_date_range(std::string_view text);

/// Parses one date ("2020-05-05", "May 2020", "2020"); nothing when it is not one.
[[nodiscard]] std::optional<YearMonth> parse_date(std::string_view text);

}  // namespace cvdex
