// cvbench accuracy: runs the extractor in-process (read_cv + extract_record, as cvindex does) on
// every CV the truth file names, and scores it against the truth (accuracy_score.hpp).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <boost/program_options.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "accuracy_score.hpp"
#include "commands.hpp"
#include "cvdex/errors.hpp"
#include "cvdex/extract.hpp"
#include "cvdex/read.hpp"
#include "progress.hpp"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace cvdex::bench {
namespace {

struct AccuracyOptions {
    std::string corpus, truth, today;
    unsigned threads = 0;
    bool json = false, quiet = false;
};

/// What the workers share: the truth file (read line by line under a lock) and the totals.
struct Shared {
    std::ifstream truth;
    std::uint64_t line_number = 0, done = 0;
    Tally total;
    std::map<std::string, Tally> by_format;
    Examples examples;
    std::mutex mutex;
};

struct Outcome {
    Tally tally;
    std::string format;
};

// The format the truth states, else the file's extension (what the generator's --formats chose).
std::string format_of(const nlohmann::json& truth, const std::string& path) {
    if (auto it = truth.find("format"); it != truth.end() && it->is_string()) return it->get<std::string>();
    std::string ext = fs::path(path).extension().string();
    return ext.empty() ? "none" : ext.substr(1);
}

void work(Shared& shared, const AccuracyOptions& options, const Taxonomy& taxonomy) {
    std::string line;
    std::uint64_t line_number = 0;
    for (;;) {
        {
            std::lock_guard lock(shared.mutex);
            if (!std::getline(shared.truth, line)) return;
            line_number = ++shared.line_number;
        }
        if (line.empty()) continue;
        const auto truth = nlohmann::json::parse(line, nullptr, false);
        if (truth.is_discarded() || !truth.contains("path"))
            throw std::runtime_error(fmt::format("{}:{}: error: not a truth line", options.truth, line_number));
        const std::string relative = truth.at("path").get<std::string>();
        // The truth may carry its own reference month; --today overrides; the generator's default otherwise.
        const std::string today = !options.today.empty() ? options.today : truth.value("today", std::string("2026-11"));
        CvRecord record;
        Tally tally;
        try {
            const RawText text = read_cv(fs::path(options.corpus) / relative);
            record = extract_record(text, taxonomy, ExtractOptions{parse_today(today)});
        } catch (const InputError& e) {
            // A file the reader refuses still counts: its employers and skills are all missed.
            ++tally.read_failures;
            if (!options.quiet) fmt::print(stderr, "{}: error: {}\n", relative, e.what());
        }
        Examples examples;
        score_cv(truth, record, tally, examples);
        std::lock_guard lock(shared.mutex);
        shared.total.add(tally);
        shared.by_format[format_of(truth, relative)].add(tally);
        auto keep = [&](std::vector<nlohmann::json>& into, std::vector<nlohmann::json>& from) {
            for (auto& e : from)
                if (into.size() < shared.examples.limit) into.push_back(std::move(e));
        };
        keep(shared.examples.employers, examples.employers);
        keep(shared.examples.skills, examples.skills);
        keep(shared.examples.experience, examples.experience);
        ++shared.done;
    }
}

nlohmann::json report_json(const Shared& shared, double seconds) {
    nlohmann::json j = to_json(shared.total);
    j["seconds"] = seconds;
    j["by_format"] = nlohmann::json::object();
    for (const auto& [format, tally] : shared.by_format) j["by_format"][format] = to_json(tally);
    j["examples"] = {{"employers", shared.examples.employers},
                     {"skills", shared.examples.skills},
                     {"experience_months", shared.examples.experience}};
    return j;
}

void print_row(const std::string& label, const nlohmann::json& t) {
    const auto& em = t["experience_months"];
    fmt::print("{:<8} {:>7} {:>8.4f} {:>8.4f} {:>8.4f} {:>8.4f} {:>8.4f} {:>8.4f} {:>8.4f} {:>8.4f} {:>8.4f}\n", label,
               t["cvs"].get<std::uint64_t>(), t["employers"]["precision"].get<double>(),
               t["employers"]["recall"].get<double>(), t["skills"]["precision"].get<double>(),
               t["skills"]["recall"].get<double>(), t["skill_months"]["exact"].get<double>(),
               em["exact"].get<double>(), em["within_1"].get<double>(), em["within_3"].get<double>(),
               em["within_12"].get<double>());
}

void print_text(const nlohmann::json& j) {
    fmt::print("extraction accuracy over {} CVs ({} unreadable) in {:.1f} s\n", j["cvs"].get<std::uint64_t>(),
               j["read_failures"].get<std::uint64_t>(), j["seconds"].get<double>());
    fmt::print("{:<8} {:>7} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8} {:>8}\n", "format", "CVs", "emp P", "emp R",
               "skill P", "skill R", "sk mon=", "exp =", "exp ±1", "exp ±3", "exp ±12");
    for (const auto& [format, t] : j["by_format"].items()) print_row(format, t);
    print_row("all", j);
    const auto& em = j["experience_months"];
    fmt::print("experience months error: exact {:.2f}%, within ±1 {:.2f}%, ±3 {:.2f}%, ±12 {:.2f}%, worse {:.2f}%; "
               "mean {:+.2f}, mean |error| {:.2f}\n",
               100 * em["exact"].get<double>(), 100 * em["within_1"].get<double>(), 100 * em["within_3"].get<double>(),
               100 * em["within_12"].get<double>(), 100 * em["worse"].get<double>(), em["mean_error"].get<double>(),
               em["mean_abs_error"].get<double>());
    const auto& sm = j["skill_months"];
    fmt::print("per-skill months (skills found on both sides): exact {:.2f}%, within ±1 {:.2f}%, ±3 {:.2f}%, ±12 {:.2f}%\n",
               100 * sm["exact"].get<double>(), 100 * sm["within_1"].get<double>(), 100 * sm["within_3"].get<double>(),
               100 * sm["within_12"].get<double>());
}

}  // namespace

int run_accuracy_command(int argc, char** argv) {
    AccuracyOptions options;
    po::options_description visible(
        "Usage: cvbench accuracy --corpus DIR --truth FILE [--json]\n"
        "Extracts every CV the truth file names and reports precision and recall of employers and\n"
        "skills, per-skill months and the experience-months error distribution, overall and per format.\n\nOptions");
    visible.add_options()("help,h", "show this help")
        ("corpus", po::value(&options.corpus)->required(), "the folder given to generate --out")
        ("truth", po::value(&options.truth)->required(), "the file given to generate --truth")
        ("today", po::value(&options.today), "reference month (default: the truth's, else 2026-11, generate's default)")
        ("threads", po::value(&options.threads), "extractor threads (default: one per core)")
        ("json", po::bool_switch(&options.json), "print JSON")
        ("quiet,q", po::bool_switch(&options.quiet), "nothing on stderr but errors");
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(visible).run(), vm);
    if (vm.count("help")) {
        std::cout << visible << '\n';
        return 0;
    }
    po::notify(vm);
    if (!options.today.empty()) (void)parse_today(options.today);  // a bad month is a usage error, up front
    Shared shared;
    shared.truth.open(options.truth);
    if (!shared.truth) throw std::runtime_error(fmt::format("{}: error: cannot open", options.truth));
    const auto taxonomy = Taxonomy::builtin();
    const unsigned threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());

    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> workers;
    std::exception_ptr failure;
    std::mutex failure_mutex;
    std::atomic<bool> finished{false};
    for (unsigned i = 0; i < threads; ++i)
        workers.emplace_back([&] {
            try {
                work(shared, options, *taxonomy);
            } catch (...) {
                std::lock_guard lock(failure_mutex);
                if (!failure) failure = std::current_exception();
            }
        });
    {
        Progress progress("accuracy", options.quiet || options.json);
        std::thread reporter([&] {
            while (!finished) {
                std::uint64_t done = 0;
                {
                    std::lock_guard lock(shared.mutex);
                    done = shared.done;
                }
                progress.update(fmt::format("{} CVs", done));
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
        for (auto& w : workers) w.join();
        finished = true;
        reporter.join();
    }
    if (failure) std::rethrow_exception(failure);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (shared.total.cvs == 0) throw std::runtime_error(fmt::format("{}: error: no truth lines", options.truth));

    const nlohmann::json report = report_json(shared, seconds);
    if (options.json) fmt::print("{}\n", report.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    else print_text(report);
    return 0;
}

}  // namespace cvdex::bench
