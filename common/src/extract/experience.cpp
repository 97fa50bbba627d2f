// Years of experience: the union of employment intervals, in months, overlaps merged; and the
// same per skill over the jobs that mention it.
#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>
#include <utility>

#include "cvdex/text_util.hpp"
#include "extractors.hpp"

namespace cvdex {
namespace {

// [first, last] month indexes of a job, clamped to today; nothing when it cannot count.
std::optional<std::pair<int, int>> job_interval(const Job& job, YearMonth today) {
    if (!job.start) return std::nullopt;
    int first = job.start->first_month_index();
    int now = today.last_month_index();
    int last = job.current || !job.end ? now : std::min(job.end->last_month_index(), now);
    if (first > now || last < first) return std::nullopt;
    return std::pair{first, last};
}

int merged_length(std::vector<std::pair<int, int>> intervals) {
    std::sort(intervals.begin(), intervals.end());
    int total = 0;
    int run_first = 0, run_last = -1;
    bool open = false;
    for (const auto& [first, last] : intervals) {
        if (open && first <= run_last + 1) {
            run_last = std::max(run_last, last);
            continue;
        }
        if (open) total += run_last - run_first + 1;
        run_first = first;
        run_last = last;
        open = true;
    }
    if (open) total += run_last - run_first + 1;
    return total;
}

bool reads_skills(SectionKind kind) { return kind != SectionKind::contacts; }

// The skill a multi-word skill's first word names: "Java EE" -> Java, "Ruby on Rails" -> Ruby,
// "AWS Lambda" -> AWS. Nothing for single words or unrelated kinds.
const Skill* parent_skill(const Skill& skill, const Taxonomy& taxonomy) {
    std::size_t space = skill.name.find(' ');
    if (space == std::string::npos) return nullptr;
    const Skill* parent = taxonomy.lookup(std::string_view(skill.name).substr(0, space));
    if (!parent || parent == &skill) return nullptr;
    // Only within one kind of thing, or a language's own frameworks: "Crystal Reports" is not
    // work in the Crystal language, nor "Ant Design" in Apache Ant.
    bool related = parent->category == skill.category ||
                   (parent->category == "language" && (skill.category == "framework" || skill.category == "library"));
    return related ? parent : nullptr;
}

}  // namespace

std::optional<YearMonth> job_last_month(const Job& job, YearMonth today) {
    auto interval = job_interval(job, today);
    if (!interval) return std::nullopt;
    return YearMonth::from_index(interval->second);
}

int union_months(const std::vector<const Job*>& jobs, YearMonth today) {
    std::vector<std::pair<int, int>> intervals;
    for (const Job* job : jobs)
        if (auto interval = job_interval(*job, today)) intervals.push_back(*interval);
    return merged_length(std::move(intervals));
}

// The hosts of the URLs in a line's text and in the CV's markup ("github.com"): markup links are
// kept per CV, not per line.
std::vector<std::string> link_hosts(const TextLine& line, const std::vector<std::string>& markup_links) {
    std::vector<std::string> hosts;
    auto add = [&](std::string_view url) {
        std::size_t scheme = url.find("://");
        std::string_view rest = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
        std::string_view host = rest.substr(0, rest.find_first_of("/?# )]>"));
        if (host.starts_with("www.")) host.remove_prefix(4);
        if (!host.empty()) hosts.push_back(fold_case(host));
    };
    for (const std::string& url : markup_links) add(url);
    for (std::size_t at = line.text.find("://"); at != std::string::npos; at = line.text.find("://", at + 3)) {
        std::size_t begin = line.text.find_last_of(" \t(<[", at);
        add(std::string_view(line.text).substr(begin == std::string::npos ? 0 : begin + 1));
    }
    return hosts;
}

// "GitHub" in "[GitHub](https://github.com/jroe)" or ":GitHub: https://github.com/jroe" names a
// profile link, not a skill: a skill whose letters make up the name of a host the line links to.
bool is_link_label(const Skill& skill, const std::vector<std::string>& hosts) {
    std::string letters;
    for (char c : fold_case(skill.name))
        if (std::isalnum(static_cast<unsigned char>(c))) letters += c;
    if (letters.size() < 3) return false;
    return std::any_of(hosts.begin(), hosts.end(), [&](const std::string& host) {
        std::string_view name(host);
        name = name.substr(0, name.rfind('.'));  // "github.com" -> "github", "gitlab.example.org" -> "gitlab.example"
        return name == letters || name.starts_with(letters + ".") || name.ends_with("." + letters);
    });
}

std::vector<SkillExperience> extract_skills(const RawText& text, const std::vector<Section>& sections,
                                            const std::vector<Job>& jobs, const Taxonomy& taxonomy,
                                            YearMonth today) {
    std::map<std::size_t, std::vector<const Job*>> found;  // skill index -> jobs that mention it
    for (const Section& section : sections) {
        if (!reads_skills(section.kind)) continue;
        // Natural languages are not in the taxonomy, so a languages section is read as a list too:
        // some CVs put their programming languages there.
        SkillContext context = section.kind == SectionKind::skills || section.kind == SectionKind::languages
                                   ? SkillContext::skills_list
                                   : SkillContext::prose;
        for (int i = section.begin; i < section.end; ++i) {
            const TextLine& line = text.lines[static_cast<std::size_t>(i)];
            // Only the CV's head and unnamed sections hold profile links; elsewhere a linked skill
            // ("on AWS (https://aws.amazon.com/...)") is still a skill.
            const bool head = section.kind == SectionKind::none || section.kind == SectionKind::other;
            const std::vector<std::string> hosts = head ? link_hosts(line, text.links) : std::vector<std::string>{};
            for (const SkillHit& hit : taxonomy.find(line.text, context))
                if (hosts.empty() || !is_link_label(taxonomy.skills()[hit.skill], hosts)) found[hit.skill];
        }
    }
    const auto& skills = taxonomy.skills();
    for (const Job& job : jobs) {
        for (const std::string& name : job.skills) {
            const Skill* skill = taxonomy.lookup(name);
            if (!skill) continue;
            found[static_cast<std::size_t>(skill - skills.data())].push_back(&job);
            // Work in "Java EE" or "Ruby on Rails" is work in Java or Ruby too.
            if (const Skill* parent = parent_skill(*skill, taxonomy); parent)
                found[static_cast<std::size_t>(parent - skills.data())].push_back(&job);
        }
    }
    for (auto& [index, mentioning] : found) {
        std::sort(mentioning.begin(), mentioning.end());
        mentioning.erase(std::unique(mentioning.begin(), mentioning.end()), mentioning.end());
    }
    std::vector<SkillExperience> result;
    for (const auto& [index, mentioning_jobs] : found) {
        SkillExperience skill;
        skill.name = skills[index].name;
        skill.category = skills[index].category;
        skill.months = union_months(mentioning_jobs, today);
        for (const Job* job : mentioning_jobs) {
            auto last = job_last_month(*job, today);
            if (last && (!skill.last_used || last->first_month_index() > skill.last_used->first_month_index()))
                skill.last_used = last;
        }
        result.push_back(std::move(skill));
    }
    std::sort(result.begin(), result.end(), [](const SkillExperience& a, const SkillExperience& b) {
        return a.months != b.months ? a.months > b.months : a.name < b.name;
    });
    return result;
}

}  // namespace cvdex
