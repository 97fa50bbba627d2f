// Employment entries: entries of experience sections, with title, employer and location told
// apart by their words rather than by their position, since CVs use every order.
#include <algorithm>

#include "cvdex/text_util.hpp"
#include "entry_text.hpp"
#include "extractors.hpp"

namespace cvdex {
namespace {

std::string join(const std::vector<std::string>& parts, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to && i < parts.size(); ++i) {
        if (parts[i].empty()) continue;
        if (!out.empty()) out += ", ";
        out += parts[i];
    }
    return out;
}

// "Title at Employer", "Title @ Employer", "Titel bei der Firma", "Poste chez Société".
bool split_at_word(std::string_view header, std::string& title, std::string& rest) {
    // Not " am " or " en ": they stand inside names ("Frankfurt am Main", "Développeur en alternance").
    for (std::string_view word : {" at ", " @ ", " bei der ", " bei ", " an der ", " chez ", " в "}) {
        std::size_t at = header.find(word);
        if (at == std::string_view::npos || at == 0) continue;
        std::string left = clean_entry_text(header.substr(0, at));
        if (word != " at " && word != " @ " && !has_title_word(left)) continue;
        title = left;
        rest = std::string(header.substr(at + word.size()));
        return true;
    }
    return false;
}

// "part-time", "Teilzeit", "contract": how the job was held, part of the title.
bool is_employment_kind(std::string_view part) {
    std::string folded = fold_case(trim(part));
    for (std::string_view kind : {"part-time", "part time", "full-time", "full time", "contract", "contractor",
                                  "temporary", "internship", "teilzeit", "vollzeit", "temps partiel",
                                  "medio tiempo", "частичная занятость"})
        if (folded == kind) return true;
    return false;
}

// "Galaxie Mobilité SAS (Lyon)": a trailing bracket holding a capitalised place name.
void split_bracketed_place(std::string& employer, std::string& location) {
    if (employer.empty() || employer.back() != ')') return;
    std::size_t open = employer.rfind('(');
    if (open == std::string::npos || open == 0) return;
    std::string inside = employer.substr(open + 1, employer.size() - open - 2);
    bool capitalised = !inside.empty() && !(inside[0] >= 'a' && inside[0] <= 'z');
    bool digits = inside.find_first_of("0123456789") != std::string::npos;
    if (!capitalised || digits || word_count_of(inside) > 4 || has_org_marker(inside) || has_title_word(inside))
        return;
    employer = std::string(trim(employer.substr(0, open)));
    location = location.empty() ? inside : inside + ", " + location;
}

JobHeader assign_parts(const std::vector<std::string>& parts) {
    JobHeader job;
    if (parts.empty()) return job;
    std::vector<bool> used(parts.size(), false);
    auto is_title = [&](std::size_t i) { return has_title_word(parts[i]) && !has_org_marker(parts[i]); };
    // The employer: the first part that names an organisation, else the first that is neither a
    // title nor a place.
    std::size_t employer = parts.size();
    for (std::size_t i = 0; i < parts.size() && employer == parts.size(); ++i)
        if (has_org_marker(parts[i]) && !is_location(parts[i])) employer = i;
    for (std::size_t i = 0; i < parts.size() && employer == parts.size(); ++i)
        if (is_self_employment(parts[i]) && !is_employment_kind(parts[i]) && !has_title_word(parts[i])) employer = i;
    for (std::size_t i = 0; i < parts.size() && employer == parts.size(); ++i)
        if (has_weak_org_word(parts[i]) && !has_title_word(parts[i]) && !is_location(parts[i])) employer = i;
    for (std::size_t i = 0; i < parts.size() && employer == parts.size(); ++i)
        if (!is_title(i) && !is_location(parts[i]) && !is_employment_kind(parts[i])) employer = i;
    if (employer < parts.size()) {
        job.employer = parts[employer];
        used[employer] = true;
    } else {
        // "Freelance Web Developer": the kind of employment and the role in one part.
        for (std::size_t i = 0; i < parts.size(); ++i) {
            std::string role;
            std::string kind = split_self_employment(parts[i], role);
            if (kind.empty() || role.empty()) continue;
            job.employer = kind;
            job.title = role;
            used[i] = true;
            break;
        }
        // "Consultante indépendante (Lyon)": self-employment that names no separate role.
        if (job.employer.empty() && parts.size() <= 2 && is_self_employment(parts.front())) {
            job.employer = parts.front();
            used[0] = true;
        }
    }
    // The title: consecutive title parts ("Staff Developer, Technical Officer").
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (used[i] || !is_title(i)) continue;
        std::size_t j = i;
        while (j < parts.size() && !used[j] && (is_title(j) || is_employment_kind(parts[j]))) used[j++] = true;
        job.title = join(parts, i, j);
        break;
    }
    // Places: what remains after the employer, or what reads as a place.
    std::vector<std::string> places;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (used[i]) continue;
        if (is_location(parts[i]) || (employer < parts.size() && i > employer)) {
            places.push_back(parts[i]);
            used[i] = true;
        }
    }
    job.location = join(places, 0, places.size());
    // A leftover before the employer with no title yet is the title ("Backend, Acme GmbH").
    if (job.title.empty())
        for (std::size_t i = 0; i < parts.size(); ++i)
            if (!used[i]) {
                job.title = parts[i];
                break;
            }
    return job;
}

// "private" in any part of the header: a personal activity written like a job ("Home Lab | private").
bool names_private_activity(const Entry& entry) {
    if (entry.hint) return is_private_activity(entry.hint->organization);
    for (const std::string& line : entry.header_parts)
        for (const std::string& part : split_header_parts(line))
            if (is_private_activity(part)) return true;
    return false;
}

}  // namespace

JobHeader parse_job_header(const Entry& entry) {
    if (entry.hint) {
        JobHeader job{clean_entry_text(entry.hint->title), clean_entry_text(entry.hint->organization),
                      clean_entry_text(entry.hint->location)};
        return job;
    }
    JobHeader job;
    std::string title, rest;
    // The header lines in order; "Title at Employer" may stand in any of them.
    std::string header;
    for (const std::string& part : entry.header_parts) {
        if (split_at_word(part, title, rest)) {
            auto parts = split_header_parts(rest);
            job.title = title;
            if (!parts.empty()) job.employer = parts.front();
            std::vector<std::string> places(parts.begin() + (parts.empty() ? 0 : 1), parts.end());
            job.location = join(places, 0, places.size());
            break;
        }
    }
    // "Freelance Python Developer" split into the kind of employment and the role: the header part
    // it came from, kept in case a line below names the employer after all.
    std::string split_from;
    if (job.employer.empty()) {
        std::vector<std::string> parts;
        for (const std::string& line : entry.header_parts)
            for (std::string& part : split_header_parts(line)) parts.push_back(std::move(part));
        job = assign_parts(parts);
        for (const std::string& part : parts)
            if (!job.employer.empty() && !job.title.empty() &&
                (part == job.employer + " " + job.title || part == job.title + " " + job.employer))
                split_from = part;
    }
    // A short line under the header completes what it lacks.
    if (!entry.complement.empty()) {
        auto parts = split_header_parts(entry.complement);
        if (job.title.empty() && !parts.empty() && (has_title_word(entry.complement) || !has_org_marker(entry.complement))) {
            job.title = entry.complement;
        } else if (!split_from.empty() && !parts.empty() && !has_title_word(parts.front()) &&
                   !is_location(parts.front())) {
            // "Freelance Python Developer" above "Self-Employed, Boston": the line names the
            // employer, and the header is the whole title.
            job.title = split_from;
            job.employer = parts.front();
            std::vector<std::string> places(parts.begin() + 1, parts.end());
            job.location = join(places, 0, places.size());
        } else if (job.employer.empty() && !parts.empty() && !has_title_word(parts.front())) {
            job.employer = parts.front();
            std::vector<std::string> places(parts.begin() + 1, parts.end());
            std::string place = join(places, 0, places.size());
            if (!place.empty() && job.location.empty()) job.location = place;
        }
    }
    // What stood beside the dates on their own line: a place, or the employer when none was named.
    if (!entry.date_line_rest.empty()) {
        auto rest_parts = split_header_parts(entry.date_line_rest);
        if (job.title.empty() && !rest_parts.empty() && has_title_word(rest_parts.front()) &&
            !has_org_marker(rest_parts.front())) {
            job.title = rest_parts.front();  // "ORBITAL INC." then "Staff Engineer, 2020 - Present"
            rest_parts.erase(rest_parts.begin());
        } else if (job.employer.empty() && !rest_parts.empty() && !is_location(rest_parts.front())) {
            job.employer = rest_parts.front();
            rest_parts.erase(rest_parts.begin());
        }
        // A longer leftover is a remark ("Evenings and weekends, alongside Acme"), not a place.
        std::string place = join(rest_parts, 0, rest_parts.size());
        if (!place.empty() && word_count_of(place) <= 4)
            job.location = job.location.empty() ? place : job.location + ", " + place;
    }
    split_bracketed_place(job.employer, job.location);
    return job;
}

std::vector<Job> extract_jobs(const RawText& text, const std::vector<Section>& sections, const Taxonomy& taxonomy) {
    std::vector<Job> jobs;
    for (const Section& section : sections) {
        if (section.kind != SectionKind::experience) continue;
        for (const Entry& entry : find_entries(text, section.begin, section.end)) {
            if (!entry.dates) continue;
            JobHeader header = parse_job_header(entry);
            if (header.employer.empty() && header.title.empty()) continue;
            if (names_private_activity(entry) && !is_self_employment(header.title)) continue;
            Job job;
            job.employer = header.employer;
            job.title = header.title;
            job.location = header.location;
            job.start = entry.dates->start;
            job.end = entry.dates->end;
            job.current = entry.dates->current;
            job.line = text.lines[static_cast<std::size_t>(entry.first_line)].source_line;
            std::string body;
            for (int i = entry.body_begin; i < entry.body_end; ++i) {
                if (!body.empty()) body += '\n';
                body += text.lines[static_cast<std::size_t>(i)].text;
            }
            job.text = std::move(body);
            // Skills named in the job's heading or text.
            std::string haystack = entry.header + "\n" + entry.anchor_text + "\n" + job.text;
            for (const SkillHit& hit : taxonomy.find(haystack, SkillContext::prose)) {
                const std::string& name = taxonomy.skills()[hit.skill].name;
                if (std::find(job.skills.begin(), job.skills.end(), name) == job.skills.end())
                    job.skills.push_back(name);
            }
            jobs.push_back(std::move(job));
        }
    }
    return jobs;
}

}  // namespace cvdex
