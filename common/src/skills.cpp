#include "cvdex/skills.hpp"

#include "skills_impl.hpp"

#include <fmt/format.h>

#include "cvdex/schema.hpp"

#include <cerrno>
#include <fstream>
#include <iterator>
#include <map>

namespace cvdex {

namespace {
constexpr std::string_view builtin_source = "common/data/skills.tsv";
}  // namespace

Taxonomy::Taxonomy() : index_(std::make_unique<Index>()) {}
Taxonomy::~Taxonomy() = default;

std::shared_ptr<const Taxonomy> Taxonomy::builtin() {
    // Immutable after construction, so one shared instance is safe.
    static const std::shared_ptr<const Taxonomy> taxonomy = from_tsv(embedded_skills(), builtin_source);
    return taxonomy;
}

std::shared_ptr<const Taxonomy> Taxonomy::with_user_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw fmt::system_error(errno, "cannot open '{}'", path.string());
    const std::string content{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (in.bad()) throw fmt::system_error(errno, "cannot read '{}'", path.string());

    skills_detail::SkillTable table;
    skills_detail::read_tsv(embedded_skills(), std::string(builtin_source), false, table);
    skills_detail::read_tsv(content, path.string(), true, table);

    auto taxonomy = std::make_shared<Taxonomy>();
    taxonomy->skills_ = std::move(table.skills);
    taxonomy->index_->alias_ambiguous = std::move(table.alias_ambiguous);
    taxonomy->build_index();
    return taxonomy;
}

std::shared_ptr<const Taxonomy> Taxonomy::from_tsv(std::string_view tsv, std::string_view source_name) {
    skills_detail::SkillTable table;
    skills_detail::read_tsv(tsv, std::string(source_name), false, table);

    auto taxonomy = std::make_shared<Taxonomy>();
    taxonomy->skills_ = std::move(table.skills);
    taxonomy->index_->alias_ambiguous = std::move(table.alias_ambiguous);
    taxonomy->build_index();
    return taxonomy;
}

const Skill* Taxonomy::lookup(std::string_view name_or_alias) const {
    const std::string key = skills_detail::normalise_key(name_or_alias);
    if (key.empty()) return nullptr;
    auto it = index_->by_key.find(std::string_view(key));
    return it == index_->by_key.end() ? nullptr : &skills_[it->second];
}

std::vector<SkillHit> Taxonomy::find(std::string_view text, SkillContext context) const {
    return skills_detail::find_hits(*index_, text, context);
}

bool Taxonomy::owns_value_slot(const Skill& skill) const {
    return !index_->shares_value_slot[static_cast<std::size_t>(&skill - skills_.data())];
}

void Taxonomy::build_index() {
    skills_detail::build_match_index(skills_, index_->alias_ambiguous, *index_);
    std::map<unsigned, std::size_t> first_with_slot;
    index_->shares_value_slot.assign(skills_.size(), false);
    for (std::size_t i = 0; i < skills_.size(); ++i) {
        const auto [it, fresh] = first_with_slot.emplace(schema::skill_slot(skills_[i].key), i);
        if (!fresh) index_->shares_value_slot[i] = index_->shares_value_slot[it->second] = true;
    }
}

}  // namespace cvdex
