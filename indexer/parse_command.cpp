#include "parse_command.hpp"

#include <cstdio>
#include <iostream>

#include <fmt/format.h>

#include "cvdex/errors.hpp"
#include "cvdex/extract.hpp"
#include "cvdex/read.hpp"
#include "cvdex/record_json.hpp"
#include "cvdex/skills.hpp"

namespace cvdex {
namespace {

std::string show(const std::optional<YearMonth>& date) { return date ? date->to_string() : "?"; }

std::string show_months(int months) { return fmt::format("{}y {}m ({} months)", months / 12, months % 12, months); }

void print_text(const CvRecord& r) {
    fmt::print("== {} ({}, {}, {})\n", r.path, r.format, r.language.empty() ? "?" : r.language, r.encoding);
    fmt::print("Name:       {}\n", r.name);
    if (!r.emails.empty()) fmt::print("Emails:     {}\n", fmt::join(r.emails, ", "));
    if (!r.phones.empty()) fmt::print("Phones:     {}\n", fmt::join(r.phones, ", "));
    if (!r.location.empty()) fmt::print("Location:   {}\n", r.location);
    if (!r.links.empty()) fmt::print("Links:      {}\n", fmt::join(r.links, ", "));
    fmt::print("Experience: {}\n", show_months(r.experience_months));
    if (!r.jobs.empty()) fmt::print("Jobs:\n");
    for (const Job& job : r.jobs) {
        std::string end = job.current ? "present" : show(job.end);
        fmt::print("  {:>7} .. {:<7}  {}{}{}{}\n", show(job.start), end, job.title,
                   job.title.empty() || job.employer.empty() ? "" : " @ ", job.employer,
                   job.location.empty() ? "" : fmt::format(" ({})", job.location));
    }
    if (!r.education.empty()) fmt::print("Education:\n");
    for (const Education& e : r.education)
        fmt::print("  {:>7} .. {:<7}  {}{}{}\n", show(e.start), show(e.end), e.degree,
                   e.degree.empty() || e.school.empty() ? "" : " — ", e.school);
    if (!r.skills.empty()) {
        std::vector<std::string> skills;
        for (const SkillExperience& s : r.skills)
            skills.push_back(s.months ? fmt::format("{} ({}m)", s.name, s.months) : s.name);
        fmt::print("Skills:     {}\n", fmt::join(skills, ", "));
    }
    std::vector<std::string> sections;
    for (const SectionInfo& s : r.sections) sections.push_back(fmt::format("{}@{}", section_kind_name(s.kind), s.line));
    if (!sections.empty()) fmt::print("Sections:   {}\n", fmt::join(sections, ", "));
    for (const std::string& w : r.warnings) fmt::print("Warning:    {}\n", w);
    fmt::print("\n");
}

// The reader's view of a file, for finding out why a record came out as it did.
void print_lines(const std::string& path, const RawText& text) {
    fmt::print("== {} ({}, {})\n", path, format_name(text.format), text.encoding);
    for (const TextLine& line : text.lines) {
        std::string flags;
        if (line.heading_level) flags += fmt::format("h{} ", line.heading_level);
        if (line.emphasized) flags += "b ";
        if (line.bullet) flags += "* ";
        if (line.section_hint != SectionKind::none) flags += fmt::format("[{}] ", section_kind_name(line.section_hint));
        if (line.entry) flags += fmt::format("entry{{{} | {} | {} | {}}} ", line.entry->dates, line.entry->title,
                                             line.entry->organization, line.entry->location);
        fmt::print("{:>4} {:>2} {:<8}{}\n", line.source_line, line.indent, flags, line.text);
    }
}

}  // namespace

std::size_t parse_size(const std::string& text) {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits == 0 || digits > 12) throw UsageError(fmt::format("invalid size '{}'", text));
    std::size_t value = std::stoull(text.substr(0, digits));
    std::string unit = text.substr(digits);
    for (char& c : unit) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (unit.empty() || unit == "B") return value;
    if (unit == "K" || unit == "KB" || unit == "KIB") return value << 10;
    if (unit == "M" || unit == "MB" || unit == "MIB") return value << 20;
    if (unit == "G" || unit == "GB" || unit == "GIB") return value << 30;
    throw UsageError(fmt::format("invalid size '{}': use a number with an optional K, M or G", text));
}

int run_parse(const ParseOptions& options) {
    const YearMonth today = resolve_today(options.today);
    auto taxonomy = options.skills_file.empty() ? Taxonomy::builtin() : Taxonomy::with_user_file(options.skills_file);
    ReadOptions read_options;
    read_options.max_file_size = options.max_file_size;
    int failed = 0;
    for (const std::string& path : options.files) {
        try {
            RawText text = read_cv(path, read_options);
            if (options.show_lines) {
                print_lines(path, text);
                continue;
            }
            CvRecord record = extract_record(text, *taxonomy, ExtractOptions{today});
            record.path = path;
            if (options.json) fmt::print("{}\n", record_to_json(record).dump(-1, ' ', false,
                                                                            nlohmann::json::error_handler_t::replace));
            else print_text(record);
        } catch (const InputError& e) {
            ++failed;
            std::fflush(stdout);
            if (e.line() > 0) fmt::print(stderr, "{}:{}: error: {}\n", path, e.line(), e.what());
            else fmt::print(stderr, "{}: error: {}\n", path, e.what());
        }
        std::fflush(stdout);
    }
    return failed ? 3 : 0;
}

}  // namespace cvdex
