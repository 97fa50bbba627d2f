#include "fts5_schema.hpp"

#include <fmt/format.h>

namespace cvdex::bench::fts5 {

std::string skill_token(std::string_view key) {
    std::string token = "sk";
    for (const char c : key) {
        const bool plain = (c >= 'a' && c <= 'z' && c != 'x') || (c >= '0' && c <= '9');
        if (plain) token += c;
        else token += fmt::format("x{:02x}", static_cast<unsigned char>(c));
    }
    return token;
}

}  // namespace cvdex::bench::fts5
