#include "query_spec.hpp"

#include <fstream>
#include <stdexcept>

#include <fmt/format.h>

namespace cvdex::bench {

nlohmann::json to_json(const QuerySpec& spec) {
    nlohmann::json j = {{"class", spec.query_class}, {"query", spec.text}};
    if (!spec.skill_years.empty()) {
        j["skill_years"] = nlohmann::json::array();
        for (const auto& sy : spec.skill_years) j["skill_years"].push_back({{"skill", sy.skill}, {"years", sy.years}});
    }
    if (spec.min_years) j["min_years"] = *spec.min_years;
    if (!spec.jd.empty()) j["jd"] = spec.jd;
    if (!spec.fts5.empty()) j["fts5"] = spec.fts5;
    return j;
}

QuerySpec spec_from_json(const nlohmann::json& j) {
    if (!j.is_object()) throw std::runtime_error("not a JSON object");
    QuerySpec spec;
    spec.query_class = j.value("class", std::string("file"));
    spec.text = j.value("query", std::string());
    if (auto it = j.find("skill_years"); it != j.end())
        for (const auto& sy : *it) spec.skill_years.push_back({sy.at("skill").get<std::string>(), sy.at("years").get<int>()});
    if (auto it = j.find("min_years"); it != j.end() && !it->is_null()) spec.min_years = it->get<int>();
    spec.jd = j.value("jd", std::string());
    spec.fts5 = j.value("fts5", std::string());
    if (spec.text.empty() && spec.jd.empty() && spec.skill_years.empty())
        throw std::runtime_error("neither a query, a job description nor a filter");
    return spec;
}

std::vector<QuerySpec> read_queries(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error(fmt::format("{}: error: cannot open", path));
    std::vector<QuerySpec> mix;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        const auto first = line.find_first_not_of(" \t\r");
        if (first == std::string::npos || line[first] == '#') continue;
        if (line[first] != '{') {
            mix.push_back({"file", line.substr(first), {}, {}, {}, {}});
            continue;
        }
        const auto json = nlohmann::json::parse(line, nullptr, false);
        try {
            if (json.is_discarded()) throw std::runtime_error("not valid JSON");
            mix.push_back(spec_from_json(json));
        } catch (const std::exception& e) {
            throw std::runtime_error(fmt::format("{}:{}: error: {}", path, number, e.what()));
        }
    }
    if (mix.empty()) throw std::runtime_error(fmt::format("{}: error: no queries", path));
    return mix;
}

void write_queries(const std::string& path, const std::vector<QuerySpec>& mix) {
    std::ofstream out(path);
    for (const QuerySpec& spec : mix) out << to_json(spec).dump() << '\n';
    if (!out.flush()) throw std::runtime_error(fmt::format("{}: error: cannot write", path));
}

}  // namespace cvdex::bench
