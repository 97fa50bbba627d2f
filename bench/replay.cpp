#include "replay.hpp"

#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "progress.hpp"

namespace cvdex::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct Sample {
    std::uint32_t spec = 0;
    std::uint32_t hits = 0;
    double ms = 0;
};

struct ThreadLog {
    std::vector<Sample> samples;
    std::vector<std::pair<std::uint32_t, std::string>> errors;
};

}  // namespace

ReplayResult replay(const std::vector<QuerySpec>& mix, const MakeRunner& make_runner, const ReplayOptions& options) {
    if (mix.empty()) throw std::runtime_error("no queries to replay");
    const unsigned threads = std::max(1u, options.threads);
    std::vector<ThreadLog> logs(threads);
    std::atomic<std::size_t> remaining{options.count.value_or(0)};
    std::atomic<std::size_t> done{0};
    std::atomic<unsigned> ready{0};
    std::atomic<bool> go{false};
    std::exception_ptr setup_failure;
    std::mutex failure_mutex;
    Clock::time_point start, deadline;

    auto worker = [&](unsigned index) {
        RunQuery run;
        try {
            run = make_runner(index);
            // Each thread starts at its own place in the mix, so threads do not run the same
            // query at the same moment.
            for (std::size_t i = 0; i < options.warmup; ++i) {
                try {
                    (void)run(mix[(index * 7919 + i) % mix.size()]);
                } catch (const std::exception&) {
                    // counted in the timed part
                }
            }
        } catch (...) {
            std::lock_guard lock(failure_mutex);
            if (!setup_failure) setup_failure = std::current_exception();
        }
        ++ready;
        while (!go) std::this_thread::yield();
        if (!run) return;
        ThreadLog& log = logs[index];
        std::size_t next = index * (mix.size() / threads);
        for (;;) {
            if (options.count) {
                std::size_t left = remaining.load();
                do {
                    if (left == 0) return;
                } while (!remaining.compare_exchange_weak(left, left - 1));
            } else if (Clock::now() >= deadline) {
                return;
            }
            const auto spec = static_cast<std::uint32_t>(next % mix.size());
            ++next;
            const auto t0 = Clock::now();
            try {
                const std::size_t hits = run(mix[spec]);
                const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
                log.samples.push_back({spec, static_cast<std::uint32_t>(hits), ms});
            } catch (const std::exception& e) {
                log.errors.emplace_back(spec, e.what());
            }
            ++done;
        }
    };

    std::vector<std::thread> pool;
    for (unsigned i = 0; i < threads; ++i) pool.emplace_back(worker, i);
    while (ready < threads) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (setup_failure) {
        go = true;
        for (auto& t : pool) t.join();
        std::rethrow_exception(setup_failure);
    }
    start = Clock::now();
    deadline = start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options.duration.value_or(10.0)));
    go = true;
    {
        Progress progress("queries", options.quiet);
        bool running = true;
        while (running) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
            progress.update(fmt::format("{} queries in {:.0f} s", done.load(), elapsed));
            running = options.count ? remaining.load() > 0 : Clock::now() < deadline;
        }
        for (auto& t : pool) t.join();
    }
    ReplayResult result;
    result.seconds = std::chrono::duration<double>(Clock::now() - start).count();

    std::map<std::string, std::pair<std::vector<double>, std::vector<std::size_t>>> by_class;
    std::vector<std::size_t> all_hits;
    for (const ThreadLog& log : logs) {
        for (const Sample& s : log.samples) {
            auto& [ms, hits] = by_class[mix[s.spec].query_class];
            ms.push_back(s.ms);
            hits.push_back(s.hits);
            result.all_ms.push_back(s.ms);
            all_hits.push_back(s.hits);
        }
        for (const auto& [spec, message] : log.errors) {
            ++result.errors;
            ++result.errors_by_class[mix[spec].query_class];
            if (result.error_examples.size() < 5)
                result.error_examples.push_back(fmt::format("{}: {}", mix[spec].text.empty() ? mix[spec].fts5 : mix[spec].text, message));
        }
    }
    for (auto& [name, samples] : by_class) result.classes[name] = summarise(samples.first, samples.second, result.seconds);
    result.overall = summarise(result.all_ms, all_hits, result.seconds);
    return result;
}

nlohmann::json to_json(const ReplayResult& r) {
    nlohmann::json classes = nlohmann::json::object();
    for (const auto& [name, s] : r.classes) classes[name] = to_json(s);
    return {{"seconds", r.seconds},
            {"queries", r.overall.count},
            {"qps", r.overall.qps},
            {"overall", to_json(r.overall)},
            {"classes", classes},
            {"errors", r.errors},
            {"errors_by_class", r.errors_by_class},
            {"error_examples", r.error_examples}};
}

}  // namespace cvdex::bench
