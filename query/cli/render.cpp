#include "render.hpp"

#include <string>

#include <fmt/format.h>

namespace cvdex::query {
namespace {

std::string years(int months) { return fmt::format("{:.1f}", months / 12.0); }

std::string skills_text(const Hit& hit) {
    std::string out;
    for (const MatchedSkill& s : hit.matched_skills) {
        if (!out.empty()) out += ", ";
        out += s.name;
        if (s.months > 0) out += fmt::format(" {}y", years(s.months));
        if (s.last_used) out += fmt::format(" (last {})", s.last_used->to_string());
    }
    return out;
}

std::string replace_all(std::string text, std::string_view from, std::string_view to) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    return "\"" + replace_all(text, "\"", "\"\"") + "\"";
}

void print_explain(std::FILE* out, const nlohmann::json& explain) {
    fmt::print(out, "     explain: score {:.3f} = bm25 {:.3f} + skill boosts {:.3f}\n", explain.value("score", 0.0),
               explain.value("bm25", 0.0), explain.value("skill_boost", 0.0));
    for (const nlohmann::json& s : explain.value("skills", nlohmann::json::array())) {
        if (!s.value("matched", false)) {
            fmt::print(out, "       {} (share {:.2f}): not in this CV\n", s.value("skill", ""), s.value("share", 0.0));
            continue;
        }
        std::string last = s.contains("last_used") && s["last_used"].is_string() ? s["last_used"].get<std::string>() : "-";
        fmt::print(out, "       {} (share {:.2f}): {} months, last used {}: coverage {:.3f} + experience {:.3f} + recency {:.3f}",
                   s.value("skill", ""), s.value("share", 0.0), s.value("months", 0), last, s.value("coverage", 0.0),
                   s.value("experience", 0.0), s.value("recency", 0.0));
        if (s.contains("years_met")) fmt::print(out, " + years met {:.3f}", s.value("years_met", 0.0));
        fmt::print(out, "\n");
    }
}

}  // namespace

void print_table(std::FILE* out, const SearchResponse& response, bool colour) {
    const std::size_t first = response.results.empty() ? 0 : response.results.front().rank;
    fmt::print(out, "{} result{} (about {} matches){}\n", response.results.size(), response.results.size() == 1 ? "" : "s",
               response.estimated, first > 1 ? fmt::format(", from rank {}", first) : "");
    if (response.suggestion) fmt::print(out, "Did you mean: {}\n", *response.suggestion);
    const char* bold = colour ? "\033[1m" : "";
    const char* dim = colour ? "\033[2m" : "";
    const char* reset = colour ? "\033[0m" : "";
    for (const Hit& hit : response.results) {
        fmt::print(out, "\n{:>3}. {}{}{}  score {:.2f}  {} years\n", hit.rank, bold, hit.name.empty() ? "(no name)" : hit.name,
                   reset, hit.score, years(hit.experience_months));
        std::string job = hit.title;
        if (!hit.employer.empty()) job += (job.empty() ? "" : " at ") + hit.employer;
        if (!hit.location.empty()) job += (job.empty() ? "" : " · ") + hit.location;
        if (!job.empty()) fmt::print(out, "     {}\n", job);
        if (!hit.matched_skills.empty()) fmt::print(out, "     skills: {}\n", skills_text(hit));
        fmt::print(out, "     {}{}{}\n", dim, hit.path, reset);
        if (!hit.snippet.empty()) {
            std::string snippet = colour ? replace_all(replace_all(hit.snippet, highlight_open, "\033[1;33m"), highlight_close, "\033[0m")
                                         : hit.snippet;
            fmt::print(out, "     {}\n", snippet);
        }
        if (hit.explain) print_explain(out, *hit.explain);
    }
    if (response.facets) {
        for (const auto& [name, values] : response.facets->items()) {
            if (name == "unavailable") {
                fmt::print(out, "\nfacets not available from remote shards: {}\n", values.dump());
                continue;
            }
            fmt::print(out, "\n{}:", name);
            for (const nlohmann::json& v : values) fmt::print(out, "  {} ({})", v.value("value", ""), v.value("count", 0));
            fmt::print(out, "\n");
        }
    }
}

void print_csv(std::FILE* out, const SearchResponse& response) {
    fmt::print(out, "rank,score,name,years,skills,title,employer,location,path,snippet\n");
    for (const Hit& hit : response.results) {
        std::string snippet = replace_all(replace_all(hit.snippet, highlight_open, ""), highlight_close, "");
        fmt::print(out, "{},{:.4f},{},{},{},{},{},{},{},{}\n", hit.rank, hit.score, csv_field(hit.name),
                   years(hit.experience_months), csv_field(skills_text(hit)), csv_field(hit.title),
                   csv_field(hit.employer), csv_field(hit.location), csv_field(hit.path), csv_field(snippet));
    }
}

}  // namespace cvdex::query
