// Compiling the taxonomy's names and aliases into the matcher's token patterns.
#include "skills_impl.hpp"

#include <algorithm>
#include <cctype>
#include <unordered_set>

namespace cvdex::skills_detail {
namespace {

/// Spaces and hyphens between words become soft gaps ("Spring Boot" matches "Spring-Boot");
/// '/' and '&' take optional spaces on both sides ("CI / CD").
Pattern compile(std::string_view form, std::size_t skill, bool ambiguous) {
    const Tokens t = tokenize(form);
    Pattern pattern;
    pattern.skill = skill;
    pattern.ambiguous = ambiguous;
    Gap carried = Gap::tight;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const bool inner_hyphen = t.is_punct(i, "-") && i > 0 && i + 1 < t.size() && t.is_word(i - 1) &&
                                  t.is_word(i + 1) && t.tight(i) && t.tight(i + 1);
        if (inner_hyphen) {
            carried = Gap::soft;
            continue;
        }
        Gap gap = t[i].space_before ? Gap::soft : Gap::tight;
        if (carried != Gap::tight) gap = carried;
        carried = Gap::tight;
        if (t.is_punct(i, "/") || t.is_punct(i, "&")) gap = carried = Gap::optional;
        if (pattern.tokens.empty()) gap = Gap::tight;
        pattern.tokens.push_back(PatternToken{std::string(t.fold(i)), std::string(t.original(i)), gap, t.is_word(i)});
    }
    if (pattern.tokens.size() == 1) {
        const PatternToken& only = pattern.tokens.front();
        pattern.single_letter = only.word && only.folded.size() == 1 && only.folded[0] >= 'a' && only.folded[0] <= 'z';
        if (ambiguous) pattern.rule = find_form_rule(only.folded);
    }
    return pattern;
}

std::string signature(const Pattern& pattern) {
    std::string s;
    for (const PatternToken& t : pattern.tokens) {
        s += static_cast<char>('0' + static_cast<int>(t.gap));
        s += t.folded;
    }
    return s;
}

/// "Node.js" -> "Nodejs" (joined) or "Node js" (spaced); "Objective-C" -> "ObjectiveC". Only a
/// '.' or '-' between a letter or digit and a letter: ".NET" and "2.0" stay as they are.
std::string respell(std::string_view form, bool spaced) {
    std::string out;
    for (std::size_t k = 0; k < form.size(); ++k) {
        const char c = form[k];
        const bool inner = k > 0 && k + 1 < form.size() && std::isalnum(static_cast<unsigned char>(form[k - 1])) &&
                           std::isalpha(static_cast<unsigned char>(form[k + 1]));
        if (inner && c == '.') {
            if (spaced) out += ' ';
            continue;
        }
        if (inner && c == '-' && !spaced) continue;
        out += c;
    }
    return out;
}

}  // namespace

void build_match_index(const std::vector<Skill>& skills, const std::vector<std::vector<bool>>& alias_ambiguous,
                       MatchIndex& index) {
    index = MatchIndex{};
    std::unordered_set<std::string> seen;
    auto add = [&](std::string_view form, std::size_t skill, bool ambiguous) {
        Pattern pattern = compile(form, skill, ambiguous);
        if (pattern.tokens.empty() || !seen.insert(signature(pattern)).second) return;
        index.by_first[pattern.tokens.front().folded].push_back(static_cast<std::uint32_t>(index.patterns.size()));
        index.patterns.push_back(std::move(pattern));
    };
    auto alias_is_ambiguous = [&](std::size_t s, std::size_t a) {
        return s < alias_ambiguous.size() && a < alias_ambiguous[s].size() && alias_ambiguous[s][a];
    };

    // Spellings the taxonomy lists come first, so a generated variant never shadows one.
    for (std::size_t s = 0; s < skills.size(); ++s) {
        const Skill& skill = skills[s];
        index.by_key.try_emplace(normalise_key(skill.name), s);
        add(skill.name, s, skill.ambiguous);
        for (std::size_t a = 0; a < skill.aliases.size(); ++a) {
            index.by_key.try_emplace(normalise_key(skill.aliases[a]), s);
            add(skill.aliases[a], s, alias_is_ambiguous(s, a));
        }
    }
    for (std::size_t s = 0; s < skills.size(); ++s) {
        const Skill& skill = skills[s];
        for (std::size_t a = 0; a <= skill.aliases.size(); ++a) {
            const std::string& form = a == 0 ? skill.name : skill.aliases[a - 1];
            const bool ambiguous = a == 0 ? skill.ambiguous : alias_is_ambiguous(s, a - 1);
            for (bool spaced : {false, true})
                if (std::string variant = respell(form, spaced); variant != form) add(variant, s, ambiguous);
        }
    }

    for (auto& [first, ids] : index.by_first)
        std::stable_sort(ids.begin(), ids.end(), [&](std::uint32_t a, std::uint32_t b) {
            return index.patterns[a].tokens.size() > index.patterns[b].tokens.size();
        });
}

}  // namespace cvdex::skills_detail
