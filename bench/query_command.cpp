// cvbench query: replays a query mix through cvdex::query::Searcher, the library cvsearch uses,
// timing each search from request to the serialised --json response, as cvsearch returns it.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <boost/program_options.hpp>
#include <fmt/format.h>
#include <xapian.h>

#include "commands.hpp"
#include "cvdex/errors.hpp"
#include "cvdex/extract.hpp"
#include "cvdex/search.hpp"
#include "files.hpp"
#include "query_mix.hpp"
#include "replay.hpp"

namespace po = boost::program_options;

namespace cvdex::bench {
namespace {

struct QueryBenchOptions {
    std::vector<std::string> databases;
    std::string queries, dump, cdf, today;
    MixOptions mix;
    ReplayOptions replay;
    std::size_t limit = 10;
    bool json = false;
};

// The databases as one, for drawing the mix: paths, or tcp://HOST:PORT shards.
Xapian::Database open_for_mix(const std::vector<std::string>& databases) {
    Xapian::Database all;
    for (const std::string& d : databases) {
        if (d.rfind("tcp://", 0) == 0) {
            const std::string rest = d.substr(6);
            const auto colon = rest.rfind(':');
            if (colon == std::string::npos) throw UsageError(fmt::format("{}: expected tcp://HOST:PORT", d));
            all.add_database(Xapian::Remote::open(rest.substr(0, colon), static_cast<unsigned>(std::stoul(rest.substr(colon + 1)))));
        } else {
            all.add_database(Xapian::Database(d));
        }
    }
    return all;
}

query::SearchRequest request_for(const QuerySpec& spec, const std::string& jd_file, const QueryBenchOptions& options,
                                 YearMonth today) {
    query::SearchRequest request;
    request.query = spec.text;
    for (const auto& sy : spec.skill_years)
        request.filters.skill_years.push_back({sy.skill, static_cast<double>(sy.years)});
    if (spec.min_years) request.filters.min_years = *spec.min_years;
    request.like_file = jd_file;
    request.limit = options.limit;
    request.snippets = true;
    request.today = today;
    return request;
}

void print_text(const nlohmann::json& report, const ReplayResult& result) {
    fmt::print("cvdex query: {} documents, {} queries ({} distinct) on {} thread(s) in {:.1f} s, {:.1f} QPS\n",
               report["documents"].get<std::size_t>(), result.overall.count, report["mix_size"].get<std::size_t>(),
               report["threads"].get<unsigned>(), result.seconds, result.overall.qps);
    print_latency_table(result.classes, result.overall);
    if (result.errors) fmt::print("{} queries failed\n", result.errors);
}

}  // namespace

int run_query_command(int argc, char** argv) {
    QueryBenchOptions options;
    po::options_description visible(
        "Usage: cvbench query [--db PATH]... [--queries FILE] [--threads N] [--duration S | --count N]\n"
        "                     [--warmup N] [--seed S] [--dump-queries FILE] [--json]\n"
        "Replays a query mix (default: drawn from the database's own skills, employers and words)\n"
        "through the cvsearch library, top 10 with snippets, and reports latency percentiles and QPS,\n"
        "overall and per query class.\n\nOptions");
    visible.add_options()("help,h", "show this help")
        ("db", po::value(&options.databases), "database (repeatable: searched as one; default $CVDEX_DB, else ./cvdex.db)")
        ("queries", po::value(&options.queries), "one query per line: query text, or JSON as --dump-queries writes")
        ("threads", po::value(&options.replay.threads), "threads, each with its own Searcher (default 1)")
        ("duration", po::value<double>(), "seconds of timed queries (default 10)")
        ("count", po::value<std::size_t>(), "or this many timed queries")
        ("warmup", po::value(&options.replay.warmup), "untimed queries per thread first (default 100)")
        ("seed", po::value(&options.mix.seed), "seed of the generated mix (default 1)")
        ("mix-size", po::value(&options.mix.size), "distinct queries in the generated mix (default 1000)")
        ("limit", po::value(&options.limit), "results per query (default 10)")
        ("today", po::value(&options.today), "reference month (YYYY-MM; default $CVDEX_TODAY, else now)")
        ("dump-queries", po::value(&options.dump), "write the mix as JSON Lines (for --queries and cvbench fts5 query)")
        ("cdf", po::value(&options.cdf), "write the latency distribution for plotting")
        ("json", po::bool_switch(&options.json), "print JSON")
        ("quiet,q", po::bool_switch(&options.replay.quiet), "nothing on stderr but errors");
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(visible).run(), vm);
    if (vm.count("help")) {
        std::cout << visible << '\n';
        return 0;
    }
    po::notify(vm);
    if (vm.count("duration") && vm.count("count")) throw UsageError("--duration and --count exclude each other");
    if (vm.count("duration")) options.replay.duration = vm["duration"].as<double>();
    if (vm.count("count")) options.replay.count = vm["count"].as<std::size_t>();
    if (options.json) options.replay.quiet = true;
    if (options.databases.empty()) {
        const char* env = std::getenv("CVDEX_DB");
        options.databases.push_back(env && *env ? env : "cvdex.db");
    }
    const YearMonth today = resolve_today(options.today);

    std::size_t documents = 0;
    try {
        documents = query::Searcher(options.databases).document_count();
    } catch (const query::SearchError& e) {
        throw std::runtime_error(e.what());
    }
    std::vector<QuerySpec> mix;
    if (!options.queries.empty()) {
        mix = read_queries(options.queries);
    } else {
        mix = generate_mix(open_for_mix(options.databases), *Taxonomy::builtin(), options.mix);
    }
    if (!options.dump.empty()) write_queries(options.dump, mix);

    // Job descriptions are searched as files, as cvsearch --like reads them.
    TempDir jd_folder({}, "cvbench-jd");
    std::unordered_map<const QuerySpec*, std::string> jd_files;
    for (const QuerySpec& spec : mix) {
        if (spec.jd.empty()) continue;
        const std::string path = (jd_folder.path() / fmt::format("jd-{}.txt", jd_files.size())).string();
        std::ofstream(path) << spec.jd;
        jd_files[&spec] = path;
    }

    const MakeRunner make_runner = [&](unsigned) -> RunQuery {
        auto searcher = std::make_shared<query::Searcher>(options.databases);
        return [searcher, &jd_files, &options, today](const QuerySpec& spec) {
            auto jd = jd_files.find(&spec);
            const query::SearchRequest request =
                request_for(spec, jd == jd_files.end() ? std::string() : jd->second, options, today);
            const query::SearchResponse response = searcher->search(request);
            // cvsearch --json prints this; building it is part of answering.
            const std::string printed = query::to_json(response).dump();
            return printed.empty() ? 0 : response.results.size();
        };
    };
    const ReplayResult result = replay(mix, make_runner, options.replay);
    if (!options.cdf.empty()) write_cdf(options.cdf, result.all_ms);

    nlohmann::json report = to_json(result);
    report["engine"] = "cvdex";
    report["databases"] = options.databases;
    report["documents"] = documents;
    report["threads"] = std::max(1u, options.replay.threads);
    report["mix_size"] = mix.size();
    report["warmup_per_thread"] = options.replay.warmup;
    report["limit"] = options.limit;
    report["snippets"] = true;
    if (options.json) fmt::print("{}\n", report.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    else print_text(report, result);
    for (const std::string& e : result.error_examples) fmt::print(stderr, "cvbench: error: query failed: {}\n", e);
    return result.errors ? 1 : 0;
}

}  // namespace cvdex::bench
