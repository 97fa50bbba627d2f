// docs/schema.md must document the schema table exactly: every field's prefixes and weight, every
// section prefix and every value slot.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include <fmt/format.h>

#include "cvdex/schema.hpp"
#include "cvdex/skills.hpp"

namespace {

std::string schema_doc() {
    std::ifstream in(std::string(CVDEX_SOURCE_DIR) + "/docs/schema.md");
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string code(std::string_view text) { return text.empty() ? "" : fmt::format("`{}`", text); }

}  // namespace

TEST_CASE("docs/schema.md documents every field, section and slot of schema.hpp") {
    const std::string doc = schema_doc();
    REQUIRE_FALSE(doc.empty());
    for (const auto& f : cvdex::schema::fields) {
        std::string row = fmt::format("| {} | {} | {} | {} | {} |", f.name, code(f.boolean_prefix),
                                      code(f.text_prefix), f.weight, f.description);
        for (std::size_t at; (at = row.find("|  |")) != std::string::npos;) row.replace(at, 4, "| |");
        CHECK_MESSAGE(doc.find(row) != std::string::npos, "missing or different row: ", row);
    }
    for (const auto& s : cvdex::schema::section_fields) {
        const std::string row = fmt::format("| {} | `{}` |", s.name, s.prefix);
        CHECK_MESSAGE(doc.find(row) != std::string::npos, "missing section row: ", row);
    }
    const std::pair<unsigned, const char*> slots[] = {
        {cvdex::schema::slot_experience_months, "experience_months"}, {cvdex::schema::slot_last_employment, "last_employment"},
        {cvdex::schema::slot_revision, "revision"},   {cvdex::schema::slot_mtime, "mtime"},
        {cvdex::schema::slot_size, "size"},           {cvdex::schema::slot_content_hash, "content_hash"},
        {cvdex::schema::slot_path, "path"}};
    for (const auto& [slot, name] : slots) {
        const std::string row = fmt::format("| {} | {} |", slot, name);
        CHECK_MESSAGE(doc.find(row) != std::string::npos, "missing slot row: ", row);
    }
    const std::string years = fmt::format("`{}<skill>:<years>`", cvdex::schema::skill_years_prefix);
    CHECK(doc.find(years) != std::string::npos);
    const std::string recency = fmt::format("`{}<skill>:<yyyy-mm>`", cvdex::schema::skill_recency_prefix);
    CHECK(doc.find(recency) != std::string::npos);
}

TEST_CASE("normalised values and ids") {
    using cvdex::schema::normalise_value;
    CHECK(normalise_value("New Relic, Inc.") == "new relic inc");
    CHECK(normalise_value("  C++ / C#  ") == "c++ c#");
    CHECK(normalise_value("Café Numérique") == "café numérique");
    CHECK(normalise_value("株式会社ミナモテック") == "株式会社ミナモテック");
    CHECK(cvdex::schema::fnv1a_hex("") == "cbf29ce484222325");
    CHECK(cvdex::schema::id_term("/a/b.md").size() == 17);
    CHECK(cvdex::schema::id_term("/a/b.md") != cvdex::schema::id_term("/a/c.md"));
}

TEST_CASE("skill value slots: one per built-in taxonomy skill, and the value round-trips") {
    const auto taxonomy = cvdex::Taxonomy::builtin();
    std::map<unsigned, std::string> owner;
    for (const cvdex::Skill& skill : taxonomy->skills()) {
        const unsigned slot = cvdex::schema::skill_slot(skill.key);
        CHECK(slot >= cvdex::schema::skill_slot_base);
        CHECK(slot < cvdex::schema::skill_slot_base + cvdex::schema::skill_slot_count);
        const auto [it, fresh] = owner.emplace(slot, skill.key);
        CHECK_MESSAGE(fresh, skill.key, " and ", it->second, " share slot ", slot);
    }
    CHECK(owner.size() > 100);
    // Far above the fixed slots of the schema.
    CHECK(cvdex::schema::skill_slot_base > cvdex::schema::slot_path + 1000);

    for (const cvdex::schema::SkillValue value : {cvdex::schema::SkillValue{0, -1}, cvdex::schema::SkillValue{37, 24305},
                                                  cvdex::schema::SkillValue{480, 0}}) {
        const auto back = cvdex::schema::decode_skill_value(cvdex::schema::encode_skill_value(value));
        REQUIRE(back.has_value());
        CHECK(back->months == value.months);
        CHECK(back->last_month_index == value.last_month_index);
    }
    CHECK_FALSE(cvdex::schema::decode_skill_value("").has_value());
    CHECK_FALSE(cvdex::schema::decode_skill_value("1234567").has_value());
}
