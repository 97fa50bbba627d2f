#pragma once
// The extraction stages behind extract_record, each testable on its own.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cvdex/dates.hpp"
#include "cvdex/raw_text.hpp"
#include "cvdex/record.hpp"
#include "cvdex/segment.hpp"
#include "cvdex/skills.hpp"

namespace cvdex {

/// An entry of an experience, education or projects section: the lines that name it (title,
/// organisation, dates, place) and the lines that describe it.
struct Entry {
    std::string header;                ///< the naming text with the date range removed
    std::vector<std::string> header_parts;  ///< the naming lines, each without its date range
    std::optional<DateRange> dates;
    std::string date_line_rest;        ///< what stood beside the dates on a separate date line ("Remote")
    std::string anchor_text;           ///< the whole dated line (table rows keep their description there)
    std::string complement;            ///< a short line right after the header that may complete it
                                       ///< ("Senior Developer" under "2016 - present  Acme Ltd")
    std::optional<EntryHint> hint;     ///< fields a structured reader gave
    int first_line = 0;                ///< index of the first header line in RawText::lines
    int body_begin = 0;                ///< description lines [body_begin, body_end)
    int body_end = 0;
};

/// Finds the entries in lines [begin, end) of a section: date lines with the header lines around
/// them, entry hints from structured readers, and definition-list terms.
[[nodiscard]] std::vector<Entry> find_entries(const RawText& text, int begin, int end);

/// Title, employer and location from an entry's naming text, whatever the order
/// ("Title | Company", "Title at Company", "COMPANY, Title ---- City", "Company — Title").
struct JobHeader {
    std::string title;
    std::string employer;
    std::string location;
};
[[nodiscard]] JobHeader parse_job_header(const Entry& entry);

/// School and degree from an education entry.
[[nodiscard]] Education parse_education_entry(const Entry& entry);

/// Employment entries of the CV, in order.
[[nodiscard]] std::vector<Job> extract_jobs(const RawText& text, const std::vector<Section>& sections,
                                            const Taxonomy& taxonomy);
[[nodiscard]] std::vector<Education> extract_education(const RawText& text,
                                                       const std::vector<Section>& sections);

struct Contacts {
    std::string name;
    std::vector<std::string> emails;
    std::vector<std::string> phones;
    std::string location;
    std::vector<std::string> links;
};
[[nodiscard]] Contacts extract_contacts(const RawText& text, const std::vector<Section>& sections);

/// Months in the union of the jobs' intervals (overlaps merged, months inclusive); open ends
/// and ends after `today` count to `today`.
[[nodiscard]] int union_months(const std::vector<const Job*>& jobs, YearMonth today);
/// The last month a job covers, clamped to today; nothing when it has no start.
[[nodiscard]] std::optional<YearMonth> job_last_month(const Job& job, YearMonth today);

/// Skills of the whole CV with months and last use from the jobs that mention them.
[[nodiscard]] std::vector<SkillExperience> extract_skills(const RawText& text, const std::vector<Section>& sections,
                                                          const std::vector<Job>& jobs, const Taxonomy& taxonomy,
                                                          YearMonth today);

}  // namespace cvdex
