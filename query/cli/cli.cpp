// cvsearch's command line: options to a SearchRequest, the response to stdout.
#include "cli.hpp"

#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include <boost/program_options.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include "cvdex/errors.hpp"
#include "cvdex/extract.hpp"
#include "cvdex/search.hpp"
#include "render.hpp"

namespace po = boost::program_options;

namespace cvdex::query {
namespace {

constexpr const char* usage =
    "Usage: cvsearch [--db PATH]... [QUERY] [filters] [--limit N] [--offset N]\n"
    "                [--sort relevance|experience|recent] [--json|--csv] [--explain]\n"
    "                [--facets LIST] [--like FILE] [--today YYYY-MM]\n"
    "The query language is described in docs/query-language.md.\n";

std::vector<std::string> split_list(const std::vector<std::string>& values) {
    std::vector<std::string> out;
    for (const std::string& v : values) {
        std::size_t start = 0;
        while (start <= v.size()) {
            std::size_t comma = v.find(',', start);
            if (comma == std::string::npos) comma = v.size();
            if (comma > start) out.push_back(v.substr(start, comma - start));
            start = comma + 1;
        }
    }
    return out;
}

SkillYears parse_skill_years(const std::string& text) {
    auto eq = text.rfind('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == text.size())
        throw UsageError("--skill-years expects SKILL=YEARS, like python=5");
    try {
        std::size_t used = 0;
        double years = std::stod(text.substr(eq + 1), &used);
        if (used != text.size() - eq - 1 || !(years >= 0 && years <= 100)) throw std::invalid_argument("");
        return {text.substr(0, eq), years};
    } catch (const std::exception&) {
        throw UsageError("--skill-years expects SKILL=YEARS with YEARS a number, got '" + text + "'");
    }
}

Sort parse_sort(const std::string& text) {
    if (text == "relevance") return Sort::relevance;
    if (text == "experience") return Sort::experience;
    if (text == "recent") return Sort::recent;
    throw UsageError("--sort must be relevance, experience or recent");
}

std::vector<std::string> resolve_databases(std::vector<std::string> flags) {
    if (!flags.empty()) return flags;
    if (const char* env = std::getenv("CVDEX_DB"); env && *env) return {env};
    return {"cvdex.db"};
}

}  // namespace

int run_cvsearch(int argc, char** argv) {
    SearchRequest request;
    std::vector<std::string> databases, words, skill_years, facets;
    std::string sort = "relevance", today;
    double min_years = -1, max_years = -1;
    long long limit = 10, offset = 0;
    int recent_years = 0;
    po::options_description visible(std::string(usage) + "\nOptions");
    visible.add_options()
        ("help,h", "show this help")
        ("version", "show the version")
        ("db", po::value(&databases), "database, or tcp://HOST:PORT of a xapian-tcpsrv shard (repeatable: searched as one; default $CVDEX_DB, else ./cvdex.db)")
        ("skill", po::value(&request.filters.skills), "required skill (repeatable: all required)")
        ("any-skill", po::value(&request.filters.any_skills), "at least one of these skills (repeatable)")
        ("skill-years", po::value(&skill_years), "SKILL=N: at least N years with SKILL (repeatable)")
        ("min-years", po::value(&min_years), "at least N years of total experience")
        ("max-years", po::value(&max_years), "at most N years of total experience")
        ("recent-years", po::value(&recent_years), "required skills used within the last N years")
        ("employer", po::value(&request.filters.employers), "worked at this employer (repeatable: any)")
        ("title", po::value(&request.filters.titles), "held this job title (repeatable: any)")
        ("location", po::value(&request.filters.locations), "located here (repeatable: any)")
        ("lang", po::value(&request.filters.langs), "CV language, ISO 639-1 (repeatable: any)")
        ("like", po::value(&request.like_file), "rank for this job description (any CV format)")
        ("limit", po::value(&limit), "results to show (default 10, at most 10000)")
        ("offset", po::value(&offset), "skip this many results first (at most 10000)")
        ("sort", po::value(&sort), "relevance (default), experience or recent")
        ("facets", po::value(&facets), "counts among all matches: skills,employers,locations,years")
        ("explain", po::bool_switch(&request.explain), "show each result's score breakdown")
        ("no-snippets", "leave snippets out")
        ("json", "print the result as one JSON object")
        ("csv", "print the results as CSV")
        ("no-color", "never colour the output (also: NO_COLOR)")
        ("today", po::value(&today), "reference month YYYY-MM (default $CVDEX_TODAY, else now)");
    po::options_description hidden;
    hidden.add_options()("query", po::value(&words));
    po::options_description all;
    all.add(visible).add(hidden);
    po::positional_options_description positional;
    positional.add("query", -1);
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
    if (vm.count("help")) {
        std::cout << visible << '\n';
        return 0;
    }
    if (vm.count("version")) {
        fmt::print("cvsearch 0.1.0\n");
        return 0;
    }
    if (vm.count("json") && vm.count("csv")) throw UsageError("--json and --csv exclude each other");
    for (std::size_t i = 0; i < words.size(); ++i) request.query += (i ? " " : "") + words[i];
    for (const std::string& sy : skill_years) request.filters.skill_years.push_back(parse_skill_years(sy));
    if (vm.count("min-years")) request.filters.min_years = min_years;
    if (vm.count("max-years")) request.filters.max_years = max_years;
    if (vm.count("recent-years")) request.filters.recent_years = recent_years;
    if (limit < 0 || limit > 10000) throw UsageError("--limit must be between 0 and 10000");
    if (offset < 0 || offset > 10000) throw UsageError("--offset must be between 0 and 10000");
    request.limit = static_cast<std::size_t>(limit);
    request.offset = static_cast<std::size_t>(offset);
    request.facets = split_list(facets);
    request.sort = parse_sort(sort);
    request.snippets = !vm.count("no-snippets");
    request.today = resolve_today(today);

    Searcher searcher(resolve_databases(databases));
    SearchResponse response = searcher.search(request);
    if (vm.count("json")) {
        std::cout << to_json(response).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    } else if (vm.count("csv")) {
        print_csv(stdout, response);
    } else {
        bool colour = isatty(STDOUT_FILENO) && !vm.count("no-color") && !std::getenv("NO_COLOR");
        print_table(stdout, response, colour);
    }
    return 0;
}

}  // namespace cvdex::query
