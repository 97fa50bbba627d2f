#pragma once
// The taxonomy seen from the generator: which skills a kind of engineer uses and how often
// (Zipf-like popularity), how each can be spelled in prose and in skill lists, and whether a
// piece of generated text mentions skills nobody meant it to.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cvdex/skills.hpp"
#include "rng.hpp"

namespace cvdex::gen {

/// The kind of work a CV is about; picks titles, skill categories and the prose.
enum class Family : std::uint8_t {
    backend, frontend, fullstack, data, ml, devops, mobile, embedded, qa, security, games, management, count
};
inline constexpr std::size_t family_count = static_cast<std::size_t>(Family::count);

class SkillCatalog {
public:
    explicit SkillCatalog(std::shared_ptr<const Taxonomy> taxonomy);

    [[nodiscard]] const Taxonomy& taxonomy() const noexcept { return *taxonomy_; }
    [[nodiscard]] const Skill& skill(std::size_t index) const { return taxonomy_->skills()[index]; }

    /// A skill an engineer of this family plausibly has, drawn by popularity.
    [[nodiscard]] std::size_t pick(Rng& rng, Family family) const;

    /// How to write the skill in a sentence: mostly its canonical name, sometimes an alias
    /// ("postgres", "k8s", "golang"). Empty when no spelling is recognisable in prose.
    [[nodiscard]] std::string_view prose_form(Rng& rng, std::size_t skill) const;
    /// How to write it in a skills list ("Languages: Go, Python").
    [[nodiscard]] std::string_view list_form(Rng& rng, std::size_t skill) const;
    [[nodiscard]] bool usable_in_prose(std::size_t skill) const { return !forms_[skill].prose.empty(); }
    /// What kind of thing the skill is, for sentence patterns: 'C' a language, 'D' a data store
    /// or data tool, 'I' infrastructure, 'L' a framework or library, 'P' a practice, 'T' a tool.
    [[nodiscard]] char kind(std::size_t skill) const { return kinds_[skill]; }

    /// True when `text` mentions no skill at all (for names, places, employers, vocabulary).
    [[nodiscard]] bool clean(std::string_view text) const;
    /// True when every skill `text` mentions is one of `allowed`.
    [[nodiscard]] bool mentions_only(std::string_view text, const std::vector<std::size_t>& allowed) const;
    /// Skills a short fixed text mentions (job titles such as "Java Developer"), in text order.
    [[nodiscard]] std::vector<std::size_t> mentions(std::string_view text) const;
    /// The skill a multi-word skill's first word names when they are the same kind of thing
    /// ("Ruby on Rails" -> Ruby, "Spring Boot" -> Spring, "Java EE" -> Java): work with the
    /// one is work with the other, as cvdex counts it. Nothing otherwise.
    [[nodiscard]] std::optional<std::size_t> parent(std::size_t skill) const;

private:
    struct Forms {
        std::vector<std::string> prose;  // [0] is the canonical name when it is usable
        std::vector<std::string> list;
    };
    struct Pool {
        std::vector<std::size_t> skills;
        std::vector<std::uint32_t> cumulative;
    };
    std::shared_ptr<const Taxonomy> taxonomy_;
    std::vector<Forms> forms_;
    std::vector<char> kinds_;
    std::array<Pool, family_count> pools_;

    void verify_forms();
    void build_pools();
};

}  // namespace cvdex::gen
