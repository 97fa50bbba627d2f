#pragma once
// The few fields of a document's data a result shows, read without building a JSON tree: the
// data is the whole record plus the CV text (several KB), and a full parse cost most of a
// query's time. Values not needed are skipped with memchr.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cvdex/dates.hpp"

namespace cvdex::query {

struct RecordView {
    struct Job {
        std::string employer, title, location;
        bool current = false;
    };
    struct SkillEntry {
        std::string name;
        int months = 0;
        std::optional<YearMonth> last_used;
    };
    std::string name, location, path, text;
    int experience_months = 0;
    std::vector<Job> jobs;
    std::vector<SkillEntry> skills;
};

/// Reads the record of document data (docs/record.md plus "file" and "text"). `want_text`
/// false skips the text. Returns false on malformed data (what was read so far is kept).
[[nodiscard]] bool read_record(std::string_view data, RecordView& out, bool want_text);

}  // namespace cvdex::query
