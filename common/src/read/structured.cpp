// CVs held as data trees: JSON Resume (current and legacy field names) and Markdown front
// matter with `experiences:`-style lists. The tree becomes headings with section hints, entry
// lines with EntryHints, and body lines, so the one extractor handles every format.
#include "structured.hpp"

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <string>

#include "cvdex/segment.hpp"
#include "cvdex/text_util.hpp"

namespace cvdex {
namespace {

using nlohmann::json;

constexpr int max_depth = 32;

std::string as_text(const json& value) {
    if (value.is_string()) return collapse_spaces(value.get<std::string>());
    if (value.is_number_integer()) return std::to_string(value.get<long long>());
    if (value.is_object() && value.contains("name")) return as_text(value["name"]);
    return {};
}

// The first of several field names that holds text ("company" in legacy JSON Resume, "name" now).
std::string field(const json& object, std::initializer_list<std::string_view> names) {
    for (std::string_view name : names) {
        auto it = object.find(name);
        if (it != object.end()) {
            std::string text = as_text(*it);
            if (!text.empty()) return text;
        }
    }
    return {};
}

std::string location_text(const json& object) {
    auto it = object.find("location");
    if (it == object.end()) return {};
    if (it->is_string()) return as_text(*it);
    if (!it->is_object()) return {};
    std::string out;
    for (const char* part : {"address", "city", "region", "countryCode", "country"}) {
        std::string text = field(*it, {part});
        if (text.empty()) continue;
        if (!out.empty()) out += ", ";
        out += text;
    }
    return out;
}

// "2018-03-01 - 2020-01-01", or "... - present" when the start is known and the end is not: in
// JSON Resume a missing endDate means the position is ongoing.
std::string dates_text(const json& object) {
    std::string dates = field(object, {"dates", "date", "period", "duration", "years"});
    if (!dates.empty()) return dates;
    std::string start = field(object, {"startDate", "start_date", "start", "from", "begin"});
    std::string end = field(object, {"endDate", "end_date", "end", "to", "until"});
    if (start.empty()) return end;
    return start + " - " + (end.empty() ? "present" : end);
}

void add_line(RawText& out, std::string text, bool bullet = false) {
    text = collapse_spaces(text);
    if (text.empty()) return;
    out.add(std::move(text)).bullet = bullet;
}

void add_heading(RawText& out, std::string text, SectionKind kind) {
    TextLine& line = out.add(std::move(text));
    line.heading_level = 2;
    line.section_hint = kind;
}

// Descriptions: strings, or lists of strings ("highlights").
void add_body(const json& object, RawText& out) {
    for (const char* key : {"summary", "description", "writeup", "details", "responsibilities",
                            "highlights", "achievements", "keywords", "courses", "roles"}) {
        auto it = object.find(key);
        if (it == object.end()) continue;
        if (it->is_string()) {
            for (std::string& line : split_lines(it->get<std::string>())) add_line(out, std::move(line));
        } else if (it->is_array()) {
            for (const json& item : *it) add_line(out, as_text(item), true);
        }
    }
}

void add_entries(const json& list, SectionKind kind, RawText& out) {
    for (const json& item : list) {
        if (item.is_string()) {
            add_line(out, as_text(item), true);
            continue;
        }
        if (!item.is_object()) continue;
        EntryHint hint;
        hint.title = field(item, {"position", "title", "role", "jobTitle", "job_title", "studyType", "degree"});
        if (kind == SectionKind::education) {
            std::string area = field(item, {"area", "field", "major"});
            if (!area.empty()) hint.title = hint.title.empty() ? area : hint.title + ", " + area;
            hint.organization = field(item, {"institution", "school", "university", "organization", "name"});
        } else {
            hint.organization = field(item, {"company", "organization", "organisation", "employer", "name",
                                             "entity", "institution"});
        }
        hint.location = location_text(item);
        hint.dates = dates_text(item);
        std::string text;
        for (const std::string* part : {&hint.title, &hint.organization, &hint.location, &hint.dates}) {
            if (part->empty()) continue;
            if (!text.empty()) text += ", ";
            text += *part;
        }
        if (text.empty()) continue;
        TextLine& line = out.add(std::move(text));
        if (kind == SectionKind::experience || kind == SectionKind::education) line.entry = std::move(hint);
        add_body(item, out);
    }
}

void add_skills(const json& list, RawText& out) {
    for (const json& item : list) {
        if (item.is_string()) {
            add_line(out, as_text(item), true);
        } else if (item.is_object()) {
            std::string name = field(item, {"name", "language", "category"});
            std::string keywords;
            if (auto it = item.find("keywords"); it != item.end() && it->is_array()) {
                for (const json& keyword : *it) {
                    std::string k = as_text(keyword);
                    if (k.empty()) continue;
                    if (!keywords.empty()) keywords += ", ";
                    keywords += k;
                }
            }
            std::string fluency = field(item, {"fluency", "level"});
            if (!keywords.empty()) add_line(out, name.empty() ? keywords : name + ": " + keywords, true);
            else if (!fluency.empty()) add_line(out, name + ": " + fluency, true);
            else add_line(out, name, true);
        }
    }
}

void add_basics(const json& basics, RawText& out) {
    out.name_hint = field(basics, {"name"});
    if (!out.name_hint.empty()) out.add(out.name_hint).heading_level = 1;
    add_line(out, field(basics, {"label", "title", "headline"}));
    if (std::string email = field(basics, {"email"}); !email.empty()) add_line(out, "Email: " + email);
    if (std::string phone = field(basics, {"phone"}); !phone.empty()) add_line(out, "Phone: " + phone);
    if (std::string url = field(basics, {"url", "website"}); !url.empty()) out.links.push_back(url);
    if (std::string location = location_text(basics); !location.empty()) add_line(out, "Location: " + location);
    if (auto it = basics.find("profiles"); it != basics.end() && it->is_array()) {
        for (const json& profile : *it)
            if (profile.is_object())
                if (std::string url = field(profile, {"url"}); !url.empty()) out.links.push_back(url);
    }
    if (std::string summary = field(basics, {"summary"}); !summary.empty()) {
        add_heading(out, "Summary", SectionKind::summary);
        for (std::string& line : split_lines(summary)) add_line(out, std::move(line));
    }
}

// Section kind of a top-level key: "work" and "experiences" are employment, "volunteer" and
// "projects" are not; the heading dictionary decides, with a few JSON Resume names added.
SectionKind key_kind(std::string_view key) {
    if (key == "work" || key == "jobs" || key == "positions") return SectionKind::experience;
    if (key == "volunteer" || key == "publications" || key == "projects") return SectionKind::projects;
    if (key == "certificates") return SectionKind::certifications;
    if (key == "basics" || key == "meta" || key == "$schema") return SectionKind::none;
    return classify_heading(key);
}

std::string title_case(std::string_view key) {
    std::string out(key);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

std::optional<json> yaml_node_to_json(const YAML::Node& node, int depth) {
    if (depth > max_depth) return std::nullopt;
    switch (node.Type()) {
        case YAML::NodeType::Scalar: return json(node.Scalar());
        case YAML::NodeType::Sequence: {
            json array = json::array();
            for (const YAML::Node& item : node) {
                auto value = yaml_node_to_json(item, depth + 1);
                if (!value) return std::nullopt;
                array.push_back(std::move(*value));
            }
            return array;
        }
        case YAML::NodeType::Map: {
            json object = json::object();
            for (const auto& pair : node) {
                if (!pair.first.IsScalar()) continue;
                auto value = yaml_node_to_json(pair.second, depth + 1);
                if (!value) return std::nullopt;
                object[pair.first.Scalar()] = std::move(*value);
            }
            return object;
        }
        default: return json(nullptr);
    }
}

// yaml-cpp parses recursively: refuse input nested deeper than we would ever read.
bool nesting_is_bounded(std::string_view yaml) {
    int depth = 0;
    for (char c : yaml) {
        if (c == '[' || c == '{') ++depth;
        if (c == ']' || c == '}') --depth;
        if (depth > max_depth) return false;
    }
    std::size_t line_start = 0;
    while (line_start < yaml.size()) {
        std::size_t indent = 0;
        while (line_start + indent < yaml.size() && (yaml[line_start + indent] == ' ' || yaml[line_start + indent] == '-'))
            ++indent;
        if (indent > 4 * max_depth) return false;
        std::size_t next = yaml.find('\n', line_start);
        if (next == std::string_view::npos) break;
        line_start = next + 1;
    }
    return true;
}

}  // namespace

bool append_structured_cv(const json& tree, RawText& out) {
    if (!tree.is_object()) return false;
    bool found = false;
    if (auto it = tree.find("basics"); it != tree.end() && it->is_object()) {
        add_basics(*it, out);
        found = true;
    } else if (std::string name = field(tree, {"name", "author", "fullname", "full_name"}); !name.empty()) {
        out.name_hint = name;  // a front matter's "name:" names the person
    }
    for (const auto& [key, value] : tree.items()) {
        if (!value.is_array() || value.empty()) continue;
        SectionKind kind = key_kind(key);
        if (kind == SectionKind::none) continue;
        add_heading(out, title_case(key), kind);
        if (kind == SectionKind::skills || kind == SectionKind::languages) add_skills(value, out);
        else add_entries(value, kind, out);
        found = true;
    }
    return found;
}

std::optional<json> yaml_to_json(std::string_view yaml) {
    if (!nesting_is_bounded(yaml)) return std::nullopt;
    try {
        YAML::Node root = YAML::Load(std::string(yaml));
        return yaml_node_to_json(root, 0);
    } catch (const YAML::Exception&) {
        return std::nullopt;
    }
}

}  // namespace cvdex
