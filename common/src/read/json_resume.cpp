#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "cvdex/errors.hpp"
#include "cvdex/read.hpp"
#include "structured.hpp"

namespace cvdex {
namespace {
constexpr int max_json_depth = 64;
}

RawText read_json_resume(std::string_view utf8) {
    // Depth-limited parse: a callback that refuses nesting beyond what a CV needs keeps
    // pathological input from exhausting the stack.
    nlohmann::json tree;
    try {
        tree = nlohmann::json::parse(
            utf8.begin(), utf8.end(),
            [](int depth, nlohmann::json::parse_event_t, nlohmann::json&) {
                if (depth > max_json_depth)
                    throw InputError(fmt::format("JSON nested deeper than {} levels", max_json_depth));
                return true;
            });
    } catch (const nlohmann::json::parse_error& e) {
        throw InputError(fmt::format("invalid JSON at byte {}: {}", e.byte,
                                     std::string_view(e.what()).substr(std::string_view(e.what()).rfind(':') + 2)));
    }
    RawText out;
    out.format = Format::json_resume;
    if (!append_structured_cv(tree, out))
        throw InputError("JSON holds no CV: no \"basics\", \"work\" or \"education\"");
    return out;
}

}  // namespace cvdex
