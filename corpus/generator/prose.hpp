#pragma once
// Sentences from templates with word, number and skill slots: job bullets, profile summaries,
// project descriptions and talk titles.
#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "people.hpp"
#include "rng.hpp"
#include "skill_catalog.hpp"
#include "vocabulary.hpp"

namespace cvdex::gen {

struct Pattern;

/// A generated sentence and the skills it names (a subset of those asked for).
struct Sentence {
    std::string text;
    std::vector<std::size_t> skills;
};

class Prose {
public:
    /// Loads the vocabulary, dropping words the taxonomy reads as skills.
    explicit Prose(const SkillCatalog& catalog);

    /// A bullet of a job naming up to two `skills`; present tense for a current job. A sentence
    /// that happens to name another skill is redrawn, so `skills` of the result is exact.
    [[nodiscard]] Sentence bullet(Rng& rng, Family family, std::span<const std::size_t> skills, bool present) const;
    /// A bullet in German, French, Spanish or Russian from a small vocabulary of its own (noun
    /// style, as those CVs write them), naming up to two `skills`; English for other locales.
    [[nodiscard]] Sentence local_bullet(Rng& rng, Family family, Locale locale, std::span<const std::size_t> skills,
                                        bool present) const;
    /// A one-line description of a job's employer or team, naming no skill.
    [[nodiscard]] std::string job_context(Rng& rng, Family family) const;
    /// The profile paragraph: years of experience, domains, and the named skills.
    [[nodiscard]] Sentence summary(Rng& rng, Family family, int years, std::span<const std::size_t> skills) const;
    /// A project, open-source or volunteering description naming up to one skill.
    [[nodiscard]] Sentence activity(Rng& rng, Family family, std::span<const std::size_t> skills, bool open_source) const;
    /// The title of a talk naming up to one skill.
    [[nodiscard]] Sentence talk_title(Rng& rng, Family family, std::span<const std::size_t> skills) const;

    /// Number of distinct words the vocabulary holds after filtering (for the README figure).
    [[nodiscard]] std::size_t vocabulary_size() const;

private:
    struct Context {
        Family family;
        bool present;
        std::span<const std::size_t> skills;
        int years;
    };
    const SkillCatalog& catalog_;
    std::array<std::vector<std::string_view>, static_cast<std::size_t>(WordClass::count)> words_;
    std::array<std::vector<std::string_view>, family_count> components_;

    void expand(Rng& rng, std::string_view pattern, const Context& context, std::string& out, int depth = 0) const;
    [[nodiscard]] Sentence draw(Rng& rng, std::span<const Pattern> patterns, const Context& context,
                                std::span<const Pattern> fallback, bool english = true) const;
    [[nodiscard]] bool fits(std::string_view signature, std::span<const std::size_t> skills) const;
    [[nodiscard]] std::string_view word(Rng& rng, WordClass word_class, Family family) const;
};

}  // namespace cvdex::gen
