#pragma once
#include <cstddef>
#include <stdexcept>
#include <string>

namespace cvdex::query {

/// A database that cannot be opened or searched (missing, corrupt, unreachable shard). cvsearch
/// prints it as one line and exits with 1.
class SearchError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Query text that does not parse: unbalanced quotes or parentheses, a bad range, an unknown
/// skill_years form. position() is the 0-based character (code point) offset in the query as
/// given; cvsearch prints it and exits with 2.
class QuerySyntaxError : public std::runtime_error {
public:
    QuerySyntaxError(const std::string& message, std::size_t position)
        : std::runtime_error(message), position_(position) {}
    [[nodiscard]] std::size_t position() const noexcept { return position_; }

private:
    std::size_t position_ = 0;
};

}  // namespace cvdex::query
