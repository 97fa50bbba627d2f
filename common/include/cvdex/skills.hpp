#pragma once
#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace cvdex {

/// One entry of the skill taxonomy.
struct Skill {
    std::string name;      ///< canonical display name: "PostgreSQL", "Go", "Node.js"
    std::string key;       ///< normalised canonical key used in terms: "postgresql", "go", "nodejs"
    std::string category;  ///< language, framework, database, cloud, tool, practice, ...
    std::vector<std::string> aliases;  ///< other spellings: "postgres", "psql"; "golang"
    bool ambiguous = false;  ///< a common word too ("Go", "C", "R", "Rust", "Swift", "Spring")
};

/// Where text comes from: a skills list is trusted more than prose.
enum class SkillContext { skills_list, prose };

/// A skill found in text.
struct SkillHit {
    std::size_t skill = 0;   ///< index into Taxonomy::skills()
    std::size_t offset = 0;  ///< byte offset in the searched text
    std::size_t length = 0;
};

/// The skill taxonomy and a matcher over it. Immutable after loading, safe to share between
/// threads.
class Taxonomy {
public:
    /// The taxonomy compiled into the program (common/data/skills.tsv).
    [[nodiscard]] static std::shared_ptr<const Taxonomy> builtin();
    /// The built-in taxonomy extended by a user file in the same TSV format (--skills-file).
    /// Throws InputError naming the file and line on a malformed row.
    [[nodiscard]] static std::shared_ptr<const Taxonomy> with_user_file(const std::filesystem::path& path);
    /// Parses TSV text (see common/data/skills.tsv for the format).
    [[nodiscard]] static std::shared_ptr<const Taxonomy> from_tsv(std::string_view tsv,
                                                                  std::string_view source_name);

    [[nodiscard]] const std::vector<Skill>& skills() const noexcept { return skills_; }
    /// The skill a name or alias denotes ("k8s" -> Kubernetes), case-insensitively; nullptr if none.
    [[nodiscard]] const Skill* lookup(std::string_view name_or_alias) const;
    /// False when another skill of this taxonomy hashes to the same value slot
    /// (schema::skill_slot): neither then gets a value, and both rank from their terms.
    [[nodiscard]] bool owns_value_slot(const Skill& skill) const;
    /// Every skill mentioned in `text`, left to right, without overlaps (longest match wins).
    [[nodiscard]] std::vector<SkillHit> find(std::string_view text, SkillContext context) const;

    Taxonomy();
    ~Taxonomy();
    Taxonomy(const Taxonomy&) = delete;
    Taxonomy& operator=(const Taxonomy&) = delete;

private:
    struct Index;
    std::vector<Skill> skills_;
    std::unique_ptr<Index> index_;
    void build_index();
};

}  // namespace cvdex
