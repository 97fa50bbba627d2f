// Skill popularity per family and the spellings the matcher recognises. The popularity is
// Zipf-like: weight ~ 1 / (rank + 3) within a category, ranks following a hand-made head list
// of widely used technologies and then the taxonomy's own order; categories are weighted per
// family, and a few signature skills of each family get a boost.
#include "skill_catalog.hpp"

#include <algorithm>
#include <unordered_map>

namespace cvdex::gen {
namespace {

using sv = std::string_view;

// Widely used technologies, most used first (rank 0 of their category).
constexpr sv popular[] = {
    "Python", "JavaScript", "SQL", "Java", "TypeScript", "Git", "Docker", "AWS", "Linux", "Kubernetes",
    "PostgreSQL", "React", "Node.js", "C#", ".NET", "Go", "C++", "HTML", "CSS", "MySQL", "Redis", "Terraform",
    "Azure", "Google Cloud", "Kafka", "MongoDB", "Jenkins", "GitHub Actions", "GitLab CI", "GraphQL",
    "Spring Boot", "Django", "Flask", "FastAPI", "Angular", "Vue.js", "Next.js", "Kotlin", "Swift", "Rust",
    "Scala", "PHP", "Ruby", "Ruby on Rails", "Laravel", "Elasticsearch", "RabbitMQ", "Prometheus", "Grafana",
    "Ansible", "Helm", "Spark", "Airflow", "dbt", "Snowflake", "BigQuery", "pandas", "NumPy", "scikit-learn",
    "PyTorch", "TensorFlow", "Jupyter", "Tableau", "Power BI", "Android", "iOS", "React Native", "Flutter",
    "Jest", "Cypress", "Selenium", "Playwright", "pytest", "JUnit", "Bash", "Nginx", "CI/CD", "TDD", "Scrum",
    "gRPC", "Webpack", "Tailwind CSS", "Sass", "Express", "Celery", "SQL Server", "Oracle Database",
    "Cassandra", "DynamoDB", "SQLite", "Datadog", "Jira", "Figma", "Unity", "Unreal Engine", "OpenGL",
    "Vulkan", "CMake", "Qt", "Boost", "FreeRTOS", "Zephyr", "Yocto", "GDB", "Ubuntu", "HTTP", "TCP/IP",
    "OAuth", "OWASP", "Burp Suite", "Penetration testing", "Machine learning", "Deep learning",
    "Natural language processing", "Computer vision", "Hugging Face Transformers", "MLflow", "Databricks",
    "Delta Lake", "Hadoop", "Trino", "ClickHouse", "Looker", "Argo CD", "Istio", "CloudFormation", "Pulumi",
    "Jetpack Compose", "SwiftUI", "Xcode", "Gradle", "Maven", "Storybook", "Redux", "jQuery", "D3.js",
    "WordPress", "Shopify", "Microservices", "Domain-driven design", "Event sourcing", "Kanban",
};

struct FamilyProfile {
    Family family;
    std::array<std::pair<sv, int>, 10> categories;  // category, weight
    std::array<sv, 14> boosts;                      // signature skills
};

constexpr FamilyProfile profiles[] = {
    {Family::backend,
     {{{"language", 30}, {"framework", 12}, {"database", 16}, {"cloud", 8}, {"devops", 10}, {"tool", 6},
       {"protocol", 5}, {"practice", 5}, {"testing", 4}, {"data", 3}}},
     {"Java", "Go", "Python", "Kotlin", "PostgreSQL", "Kafka", "Spring Boot", "Redis", "gRPC", "Docker",
      "Kubernetes", "Node.js", "C#", "Django"}},
    {Family::frontend,
     {{{"language", 22}, {"framework", 25}, {"library", 14}, {"web", 16}, {"testing", 10}, {"tool", 5},
       {"practice", 5}, {"cloud", 2}, {"platform", 1}, {"mobile", 1}}},
     {"JavaScript", "TypeScript", "React", "Vue.js", "Angular", "CSS", "HTML", "Next.js", "Redux", "Webpack",
      "Vite", "Jest", "Storybook", "Figma"}},
    {Family::fullstack,
     {{{"language", 25}, {"framework", 18}, {"library", 6}, {"web", 10}, {"database", 12}, {"cloud", 8},
       {"devops", 6}, {"testing", 6}, {"tool", 5}, {"practice", 4}}},
     {"JavaScript", "TypeScript", "React", "Node.js", "PostgreSQL", "Ruby on Rails", "Django", "PHP", "Laravel",
      "Docker", "AWS", "GraphQL", "Express", "MongoDB"}},
    {Family::data,
     {{{"language", 20}, {"data", 25}, {"database", 18}, {"cloud", 12}, {"devops", 5}, {"tool", 6}, {"ml", 5},
       {"practice", 3}, {"platform", 2}, {"library", 4}}},
     {"Python", "SQL", "Spark", "Airflow", "dbt", "Snowflake", "BigQuery", "Kafka", "Databricks", "pandas",
      "Scala", "Trino", "Delta Lake", "Looker"}},
    {Family::ml,
     {{{"language", 22}, {"ml", 25}, {"library", 15}, {"data", 12}, {"cloud", 8}, {"database", 5}, {"tool", 5},
       {"devops", 4}, {"practice", 2}, {"framework", 2}}},
     {"Python", "PyTorch", "TensorFlow", "scikit-learn", "pandas", "NumPy", "MLflow", "Machine learning",
      "Deep learning", "Computer vision", "Hugging Face Transformers", "Jupyter", "Spark", "SQL"}},
    {Family::devops,
     {{{"devops", 30}, {"cloud", 20}, {"os", 10}, {"tool", 10}, {"language", 12}, {"database", 6}, {"security", 4},
       {"protocol", 4}, {"practice", 4}, {"data", 1}}},
     {"Kubernetes", "Terraform", "AWS", "Docker", "Ansible", "Prometheus", "Grafana", "Helm", "Linux", "Bash",
      "Go", "Python", "Argo CD", "GitHub Actions"}},
    {Family::mobile,
     {{{"mobile", 30}, {"language", 25}, {"framework", 8}, {"testing", 8}, {"tool", 8}, {"cloud", 5},
       {"database", 4}, {"practice", 4}, {"library", 4}, {"web", 2}}},
     {"Kotlin", "Swift", "Android", "iOS", "SwiftUI", "Jetpack Compose", "React Native", "Flutter", "Xcode",
      "Gradle", "Firebase", "Objective-C", "Dart", "Java"}},
    {Family::embedded,
     {{{"language", 35}, {"os", 15}, {"tool", 15}, {"protocol", 12}, {"platform", 6}, {"testing", 6},
       {"library", 6}, {"practice", 5}, {"devops", 2}, {"database", 1}}},
     {"C", "C++", "Rust", "Python", "FreeRTOS", "Zephyr", "Yocto", "Linux", "GDB", "CMake", "Git", "Qt",
      "Boost", "Bash"}},
    {Family::qa,
     {{{"testing", 40}, {"language", 20}, {"tool", 10}, {"devops", 8}, {"practice", 8}, {"web", 5},
       {"database", 4}, {"cloud", 3}, {"framework", 2}, {"mobile", 2}}},
     {"Selenium", "Cypress", "Playwright", "pytest", "JUnit", "Jest", "Python", "Java", "JavaScript",
      "TypeScript", "Jenkins", "Postman", "Cucumber", "TDD"}},
    {Family::security,
     {{{"security", 40}, {"language", 15}, {"os", 10}, {"protocol", 10}, {"cloud", 10}, {"tool", 8},
       {"devops", 7}, {"practice", 2}, {"database", 2}, {"web", 2}}},
     {"OWASP", "Burp Suite", "Penetration testing", "Python", "Linux", "AWS", "Kubernetes", "Semgrep", "Nmap",
      "Metasploit", "TLS", "Go", "Bash", "HashiCorp Vault"}},
    {Family::games,
     {{{"language", 30}, {"platform", 10}, {"library", 15}, {"tool", 15}, {"framework", 8}, {"os", 5},
       {"mobile", 5}, {"practice", 4}, {"testing", 3}, {"web", 2}}},
     {"C++", "C#", "Unity", "Unreal Engine", "Vulkan", "OpenGL", "Lua", "HLSL", "CMake", "Perforce", "Python",
      "DirectX", "RenderDoc", "Qt"}},
    {Family::management,
     {{{"practice", 25}, {"language", 15}, {"cloud", 15}, {"devops", 10}, {"tool", 10}, {"framework", 10},
       {"database", 10}, {"data", 5}, {"testing", 2}, {"security", 2}}},
     {"Scrum", "Kanban", "Jira", "AWS", "Python", "Java", "Kubernetes", "Microservices", "Domain-driven design",
      "TypeScript", "PostgreSQL", "Google Cloud", "Go", "Terraform"}},
};

// Zipf with exponent 1.5 in integers (no pow(), whose last bits differ between C libraries):
// 1e8 / ((r + 2) * 100 * sqrt(r + 2)).
std::uint32_t zipf_weight(int rank) {
    const auto r = static_cast<std::uint64_t>(rank + 2);
    std::uint64_t root = 0;  // integer square root of r * 10^4
    while ((root + 1) * (root + 1) <= r * 10000) ++root;
    return static_cast<std::uint32_t>(100000000ULL / (r * root));
}

// Aliases that read naturally in a CV: with a capital ("PostgreSQL 16", "K8s") or short
// single words ("postgres", "k8s", "golang", "js"); not "ansi sql" or "gnu make".
bool natural_alias(std::string_view alias) {
    const bool capital = std::any_of(alias.begin(), alias.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return capital || (alias.find(' ') == std::string_view::npos && alias.size() <= 10);
}

// "Event sourcing", "Domain-driven design": a capital, then only lower-case words.
bool sentence_case(std::string_view name) {
    if (name.size() < 3 || name.find(' ') == std::string_view::npos || !(name[0] >= 'A' && name[0] <= 'Z')) return false;
    for (std::size_t i = 1; i < name.size(); ++i)
        if (name[i] >= 'A' && name[i] <= 'Z') return false;
    return true;
}

char kind_of(std::string_view category) {
    if (category == "language") return 'C';
    if (category == "database" || category == "data") return 'D';
    if (category == "cloud" || category == "devops" || category == "os" || category == "platform") return 'I';
    if (category == "framework" || category == "library" || category == "web" || category == "mobile" ||
        category == "ml" || category == "testing")
        return 'L';
    if (category == "practice") return 'P';
    return 'T';
}

}  // namespace

SkillCatalog::SkillCatalog(std::shared_ptr<const Taxonomy> taxonomy) : taxonomy_(std::move(taxonomy)) {
    for (const Skill& skill : taxonomy_->skills()) kinds_.push_back(kind_of(skill.category));
    verify_forms();
    build_pools();
}

// Keep the spellings the matcher finds, as the skill they denote, in a sentence and in a list.
void SkillCatalog::verify_forms() {
    const auto& skills = taxonomy_->skills();
    forms_.resize(skills.size());
    for (std::size_t s = 0; s < skills.size(); ++s) {
        std::vector<std::string> candidates{skills[s].name};
        // "Event sourcing", "Machine learning": common nouns, lower case inside a sentence.
        const std::string& name = skills[s].name;
        if (sentence_case(name)) {
            std::string lower = name;
            lower[0] = static_cast<char>(lower[0] + 32);
            candidates.insert(candidates.begin(), lower);
        }
        for (const std::string& alias : skills[s].aliases)
            if (alias.size() >= 2 && alias.find_first_of("()") == std::string::npos && natural_alias(alias))
                candidates.push_back(alias);
        for (const std::string& form : candidates) {
            const std::string sentence = "Wrote backend services in " + form + " for the team.";
            auto hits = taxonomy_->find(sentence, SkillContext::prose);
            if (hits.size() == 1 && hits[0].skill == s && hits[0].length == form.size())
                forms_[s].prose.push_back(form);
            if (form[0] >= 'a' && form[0] <= 'z' && form != name && name[0] >= 'A' && name[0] <= 'Z') continue;  // lists keep the capital
            const std::string list = "Tools: " + form;
            hits = taxonomy_->find(list, SkillContext::skills_list);
            if (hits.size() == 1 && hits[0].skill == s && hits[0].length == form.size()) forms_[s].list.push_back(form);
        }
    }
}

void SkillCatalog::build_pools() {
    const auto& skills = taxonomy_->skills();
    std::unordered_map<std::string_view, std::size_t> by_name;
    for (std::size_t s = 0; s < skills.size(); ++s) by_name.emplace(skills[s].name, s);
    // Rank of each skill within its category: head list first, then taxonomy order.
    std::vector<int> rank(skills.size(), -1);
    std::unordered_map<std::string_view, int> next_rank;
    for (sv name : popular)
        if (auto it = by_name.find(name); it != by_name.end() && rank[it->second] < 0)
            rank[it->second] = next_rank[skills[it->second].category]++;
    for (std::size_t s = 0; s < skills.size(); ++s)
        if (rank[s] < 0) rank[s] = next_rank[skills[s].category]++;

    for (const FamilyProfile& profile : profiles) {
        Pool& pool = pools_[static_cast<std::size_t>(profile.family)];
        std::uint32_t total = 0;
        for (std::size_t s = 0; s < skills.size(); ++s) {
            if (forms_[s].prose.empty() || forms_[s].list.empty()) continue;
            std::uint32_t weight = 0;
            for (const auto& [category, category_weight] : profile.categories)
                if (category == skills[s].category)
                    weight = static_cast<std::uint32_t>(category_weight) * zipf_weight(rank[s]);
            if (std::find(profile.boosts.begin(), profile.boosts.end(), sv(skills[s].name)) != profile.boosts.end())
                weight = weight * 4 + 400000u;
            if (weight == 0) continue;
            pool.skills.push_back(s);
            pool.cumulative.push_back(total += weight);
        }
    }
}

std::size_t SkillCatalog::pick(Rng& rng, Family family) const {
    const Pool& pool = pools_[static_cast<std::size_t>(family)];
    return pool.skills[rng.weighted(pool.cumulative)];
}

std::string_view SkillCatalog::prose_form(Rng& rng, std::size_t skill) const {
    const auto& prose = forms_[skill].prose;
    if (prose.empty()) return {};
    if (prose.size() == 1 || rng.percent(80)) return prose.front();
    return prose[1 + rng.below(prose.size() - 1)];
}

std::string_view SkillCatalog::list_form(Rng& rng, std::size_t skill) const {
    const auto& list = forms_[skill].list;
    if (list.empty()) return {};
    if (list.size() == 1 || rng.percent(90)) return list.front();
    return list[1 + rng.below(list.size() - 1)];
}

bool SkillCatalog::clean(std::string_view text) const {
    if (!taxonomy_->find(text, SkillContext::prose).empty()) return false;
    // Ambiguous names turn into skills next to technical words: try the text among them too.
    const std::string framed = "Software developer at " + std::string(text) + " services code";
    return taxonomy_->find(framed, SkillContext::prose).empty();
}

bool SkillCatalog::mentions_only(std::string_view text, const std::vector<std::size_t>& allowed) const {
    for (const SkillHit& hit : taxonomy_->find(text, SkillContext::prose))
        if (std::find(allowed.begin(), allowed.end(), hit.skill) == allowed.end()) return false;
    return true;
}

std::vector<std::size_t> SkillCatalog::mentions(std::string_view text) const {
    std::vector<std::size_t> out;
    for (const SkillHit& hit : taxonomy_->find(text, SkillContext::prose))
        if (std::find(out.begin(), out.end(), hit.skill) == out.end()) out.push_back(hit.skill);
    return out;
}

}  // namespace cvdex::gen

namespace cvdex::gen {

std::optional<std::size_t> SkillCatalog::parent(std::size_t skill) const {
    const Skill& child = taxonomy_->skills()[skill];
    const std::size_t space = child.name.find(' ');
    if (space == std::string::npos) return std::nullopt;
    const Skill* found = taxonomy_->lookup(std::string_view(child.name).substr(0, space));
    if (!found || found == &child) return std::nullopt;
    const bool related = found->category == child.category ||
                         (found->category == "language" && (child.category == "framework" || child.category == "library"));
    if (!related) return std::nullopt;
    return static_cast<std::size_t>(found - taxonomy_->skills().data());
}

}  // namespace cvdex::gen
