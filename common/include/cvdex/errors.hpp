#pragma once
#include <stdexcept>
#include <string>

namespace cvdex {

/// A file that cannot be read or parsed. Each file is its own failure boundary: the caller
/// reports this and goes on with the next file.
class InputError : public std::runtime_error {
public:
    InputError(std::string path, int line, const std::string& message)
        : std::runtime_error(message), path_(std::move(path)), line_(line) {}
    explicit InputError(const std::string& message) : InputError({}, 0, message) {}

    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    [[nodiscard]] int line() const noexcept { return line_; }
    /// Fills in the path when a reader that works on bytes threw without one.
    void set_path(std::string path) { path_ = std::move(path); }

private:
    std::string path_;
    int line_ = 0;
};

/// A bad command line (exit code 2).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace cvdex
