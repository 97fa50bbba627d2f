#pragma once
#include <optional>
#include <string>
#include <vector>

#include "cvdex/dates.hpp"
#include "cvdex/raw_text.hpp"

namespace cvdex {

/// One employment (never a project, talk or degree).
struct Job {
    std::string employer;
    std::string title;
    std::optional<YearMonth> start;
    std::optional<YearMonth> end;  ///< empty with current == true for an open range
    bool current = false;
    std::string location;          ///< "Berlin, Germany", "Remote", or empty
    std::vector<std::string> skills;  ///< canonical skill names found in this job's heading and text
    std::string text;              ///< the job's own description lines, '\n'-joined
    int line = 0;                  ///< source line of the job's heading
    friend bool operator==(const Job&, const Job&) = default;
};

struct Education {
    std::string school;
    std::string degree;
    std::optional<YearMonth> start;
    std::optional<YearMonth> end;
    friend bool operator==(const Education&, const Education&) = default;
};

/// A skill with the experience the CV gives it.
struct SkillExperience {
    std::string name;                    ///< canonical taxonomy name
    std::string category;
    int months = 0;                      ///< union of the intervals of the jobs that mention it
    std::optional<YearMonth> last_used;  ///< end of the latest such job (the reference month if current)
    friend bool operator==(const SkillExperience&, const SkillExperience&) = default;
};

struct SectionInfo {
    SectionKind kind = SectionKind::other;
    std::string heading;
    int line = 0;
    friend bool operator==(const SectionInfo&, const SectionInfo&) = default;
};

/// Everything cvdex knows about one CV: the output of `cvindex --parse` and the document data
/// of the index. Documented field by field in docs/record.md.
struct CvRecord {
    std::string path;
    std::string format;
    std::string encoding;
    std::string language;  ///< ISO 639-1 ("en", "de", "ko") or empty when unknown
    std::string name;
    std::vector<std::string> emails;
    std::vector<std::string> phones;
    std::string location;
    std::vector<std::string> links;
    std::vector<Job> jobs;  ///< in the order the CV lists them
    int experience_months = 0;
    std::vector<SkillExperience> skills;
    std::vector<Education> education;
    std::vector<SectionInfo> sections;
    std::vector<std::string> warnings;
    friend bool operator==(const CvRecord&, const CvRecord&) = default;
};

}  // namespace cvdex
