#pragma once
// The words of the generated prose, by grammatical role. Verbs are "Present|Past" pairs so that a
// current job can be written in the present tense.
#include <span>
#include <string_view>

#include "skill_catalog.hpp"

namespace cvdex::gen {

enum class WordClass : std::uint8_t {
    build_verb,     ///< Build|Built
    improve_verb,   ///< Cut|Cut
    run_verb,       ///< Run|Ran
    lead_verb,      ///< Lead|Led
    work_verb,      ///< Work with|Worked with
    adjective,      ///< real-time, multi-tenant
    modifier,       ///< what a component is about: payout, claims, checkout
    component,      ///< service, pipeline, dashboard (generic)
    domain,         ///< business domain: retail banking, freight
    audience,       ///< merchants, clinicians
    metric,         ///< p95 latency, cloud spend
    team,           ///< risk, platform, customer support
    artifact,       ///< runbook, design document
    practice,       ///< blameless incident reviews
    period,         ///< within two quarters
    outcome,        ///< clause after a comma; may hold slots itself
    count
};

/// The words of one class; components depend on the family ("firmware" for embedded work).
[[nodiscard]] std::span<const std::string_view> words(WordClass word_class, Family family);

}  // namespace cvdex::gen
