#include "accuracy_score.hpp"

#include <cstdlib>
#include <set>

#include "cvdex/schema.hpp"

namespace cvdex::bench {

void SetCounts::add(const SetCounts& o) {
    expected += o.expected;
    extracted += o.extracted;
    matched += o.matched;
}

void ErrorBuckets::add(int error) {
    const auto magnitude = static_cast<std::uint64_t>(std::abs(error));
    ++count;
    sum_error += error;
    sum_abs_error += magnitude;
    if (magnitude == 0) ++exact;
    if (magnitude <= 1) ++within_1;
    if (magnitude <= 3) ++within_3;
    if (magnitude <= 12) ++within_12;
    else ++worse;
}

void ErrorBuckets::add(const ErrorBuckets& o) {
    count += o.count;
    exact += o.exact;
    within_1 += o.within_1;
    within_3 += o.within_3;
    within_12 += o.within_12;
    worse += o.worse;
    sum_error += o.sum_error;
    sum_abs_error += o.sum_abs_error;
}

void Tally::add(const Tally& o) {
    cvs += o.cvs;
    read_failures += o.read_failures;
    employers.add(o.employers);
    skills.add(o.skills);
    experience_months.add(o.experience_months);
    skill_months.add(o.skill_months);
}

std::string employer_key(const std::string& employer) { return schema::normalise_value(employer); }

namespace {

SetCounts compare_sets(const std::set<std::string>& expected, const std::set<std::string>& extracted,
                       std::vector<std::string>& missed, std::vector<std::string>& extra) {
    SetCounts counts{expected.size(), extracted.size(), 0};
    for (const std::string& e : expected) {
        if (extracted.count(e)) ++counts.matched;
        else missed.push_back(e);
    }
    for (const std::string& e : extracted)
        if (!expected.count(e)) extra.push_back(e);
    return counts;
}

void keep_example(std::vector<nlohmann::json>& list, std::size_t limit, nlohmann::json example) {
    if (list.size() < limit) list.push_back(std::move(example));
}

}  // namespace

void score_cv(const nlohmann::json& truth, const CvRecord& record, Tally& tally, Examples& examples) {
    const std::string path = truth.at("path").get<std::string>();
    ++tally.cvs;

    std::set<std::string> expected_employers, extracted_employers;
    for (const auto& e : truth.at("employers")) expected_employers.insert(employer_key(e.get<std::string>()));
    for (const Job& job : record.jobs) extracted_employers.insert(employer_key(job.employer));
    std::vector<std::string> missed, extra;
    tally.employers.add(compare_sets(expected_employers, extracted_employers, missed, extra));
    if (!missed.empty() || !extra.empty())
        keep_example(examples.employers, examples.limit, {{"path", path}, {"missed", missed}, {"extra", extra}});

    std::map<std::string, int> expected_months, extracted_months;
    for (const auto& s : truth.at("skills")) expected_months[s.at("name").get<std::string>()] = s.at("months").get<int>();
    for (const SkillExperience& s : record.skills) extracted_months[s.name] = s.months;
    std::set<std::string> expected_skills, extracted_skills;
    for (const auto& [name, months] : expected_months) expected_skills.insert(name);
    for (const auto& [name, months] : extracted_months) extracted_skills.insert(name);
    missed.clear();
    extra.clear();
    tally.skills.add(compare_sets(expected_skills, extracted_skills, missed, extra));
    nlohmann::json months_off = nlohmann::json::array();
    for (const auto& [name, months] : expected_months) {
        auto found = extracted_months.find(name);
        if (found == extracted_months.end()) continue;
        tally.skill_months.add(found->second - months);
        if (found->second != months) months_off.push_back({{"skill", name}, {"truth", months}, {"extracted", found->second}});
    }
    if (!missed.empty() || !extra.empty() || !months_off.empty())
        keep_example(examples.skills, examples.limit,
                     {{"path", path}, {"missed", missed}, {"extra", extra}, {"months", months_off}});

    const int truth_months = truth.at("experience_months").get<int>();
    tally.experience_months.add(record.experience_months - truth_months);
    if (record.experience_months != truth_months)
        keep_example(examples.experience, examples.limit,
                     {{"path", path}, {"truth", truth_months}, {"extracted", record.experience_months}});
}

namespace {

double ratio(std::uint64_t part, std::uint64_t whole) {
    return whole ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

nlohmann::json to_json(const SetCounts& c) {
    return {{"precision", ratio(c.matched, c.extracted)}, {"recall", ratio(c.matched, c.expected)},
            {"expected", c.expected}, {"extracted", c.extracted}, {"matched", c.matched}};
}

nlohmann::json to_json(const ErrorBuckets& b) {
    return {{"count", b.count},
            {"exact", ratio(b.exact, b.count)},
            {"within_1", ratio(b.within_1, b.count)},
            {"within_3", ratio(b.within_3, b.count)},
            {"within_12", ratio(b.within_12, b.count)},
            {"worse", ratio(b.worse, b.count)},
            {"mean_error", b.count ? static_cast<double>(b.sum_error) / static_cast<double>(b.count) : 0.0},
            {"mean_abs_error", ratio(b.sum_abs_error, b.count)}};
}

}  // namespace

nlohmann::json to_json(const Tally& t) {
    return {{"cvs", t.cvs},
            {"read_failures", t.read_failures},
            {"employers", to_json(t.employers)},
            {"skills", to_json(t.skills)},
            {"skill_months", to_json(t.skill_months)},
            {"experience_months", to_json(t.experience_months)}};
}

}  // namespace cvdex::bench
