// cvindex info: what a database holds, from its terms and metadata (no document data is read).
#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "cvdex/schema.hpp"
#include "index_command.hpp"
#include "shard_set.hpp"

namespace cvdex {
namespace {

// A folder without a stub is one glass database (made by another tool): one shard.
std::size_t shard_count(const std::string& database) {
    try {
        return listed_shards(database).size();
    } catch (const std::exception&) {
        return 1;
    }
}

}  // namespace

int run_info(const std::string& database, bool json) {
    Xapian::Database db;
    try {
        db = Xapian::Database(database);
    } catch (const Xapian::Error& error) {
        fmt::print(stderr, "cvindex: error: cannot open database {}: {}\n", database, error.get_description());
        return 1;
    }
    auto count_prefix = [&](const std::string& prefix, std::size_t top) {
        std::vector<std::pair<Xapian::doccount, std::string>> counts;
        for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
            std::string term = *it;
            // "XS" also begins "XSW...": a longer prefix continues in capitals, values never do.
            if (term.size() > prefix.size() && term[prefix.size()] >= 'A' && term[prefix.size()] <= 'Z') continue;
            counts.emplace_back(it.get_termfreq(), term.substr(prefix.size()));
        }
        std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        if (counts.size() > top) counts.resize(top);
        nlohmann::json out = nlohmann::json::array();
        for (const auto& [count, value] : counts) out.push_back({{"value", value}, {"count", count}});
        return out;
    };
    std::uintmax_t bytes = 0;
    std::error_code error;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(database, error))
        if (entry.is_regular_file(error)) bytes += entry.file_size(error);
    nlohmann::json info = {{"database", database},
                           {"documents", db.get_doccount()},
                           {"formats", count_prefix(std::string(schema::field("format").boolean_prefix), 20)},
                           {"languages", count_prefix(std::string(schema::field("lang").boolean_prefix), 20)},
                           {"top_skills", count_prefix(std::string(schema::field("skill").boolean_prefix), 20)},
                           {"top_employers", count_prefix(std::string(schema::field("employer").boolean_prefix), 20)},
                           {"size_bytes", bytes},
                           {"shards", shard_count(database)}};
    std::string last_run = db.get_metadata("cvdex:last_run");
    info["last_run"] = last_run.empty() ? nlohmann::json(nullptr) : nlohmann::json::parse(last_run, nullptr, false);
    if (json) {
        fmt::print("{}\n", info.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
        return 0;
    }
    fmt::print("database:  {}\ndocuments: {}\nsize:      {:.1f} MB in {} shards\n", database, db.get_doccount(),
               static_cast<double>(bytes) / 1e6, info["shards"].get<std::size_t>());
    auto print_counts = [](const char* label, const nlohmann::json& list) {
        std::vector<std::string> items;
        for (const auto& item : list) items.push_back(fmt::format("{} ({})", item["value"].get<std::string>(), item["count"].get<int>()));
        fmt::print("{:<11}{}\n", label, fmt::join(items, ", "));
    };
    print_counts("formats:", info["formats"]);
    print_counts("languages:", info["languages"]);
    print_counts("skills:", info["top_skills"]);
    print_counts("employers:", info["top_employers"]);
    if (!last_run.empty()) fmt::print("last run:  {}\n", last_run);
    return 0;
}

}  // namespace cvdex
