#pragma once
// Running the real binaries for the cvsearch tests without a shell, so that any bytes (quotes,
// control characters, invalid UTF-8) can be an argument, and so that a crash shows as the signal
// that ended the process instead of a shell's exit code.
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace cvdex::test {

namespace fs = std::filesystem;

/// A scratch folder under the system temp folder, unique per process and instance, removed with
/// everything in it when destroyed.
class Scratch {
public:
    explicit Scratch(const std::string& tag = "query");
    ~Scratch();
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    [[nodiscard]] const fs::path& dir() const { return dir_; }
    [[nodiscard]] fs::path operator/(const std::string& name) const { return dir_ / name; }

private:
    fs::path dir_;
};

/// How one program run ended and what it printed.
struct Run {
    int code = -1;           ///< exit code; -1 when a signal ended it or it timed out
    int signal = 0;          ///< the signal that ended it, 0 when it exited
    bool timed_out = false;  ///< killed by the runner after the time limit
    std::string out, err;
    nlohmann::json json;     ///< stdout as one JSON value, null when it is not one

    /// "exit 2 / signal 11 / timed out" plus stdout and stderr (shortened), for failure messages.
    [[nodiscard]] std::string describe() const;
};

/// Runs `program args...` with stdout and stderr captured in files under `work`, the
/// environment of this process minus CVDEX_DB and CVDEX_TODAY (results must not depend on the
/// caller's shell) plus NO_COLOR=1. Kills it with SIGKILL after `limit`. Thread-safe.
[[nodiscard]] Run run(const std::string& program, const std::vector<std::string>& args, const fs::path& work,
                      std::chrono::milliseconds limit = std::chrono::seconds(60));

/// Starts `program args...` in the background with its output in files under `work`; the caller
/// owns the process (see Child).
class Child {
public:
    Child(const std::string& program, const std::vector<std::string>& args, const fs::path& work);
    /// Sends SIGTERM to its process group (it leads one) and reaps it if it is still running, also
    /// on test failure; SIGKILL after two seconds.
    ~Child();
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;
    /// False once the process has ended (then reaped).
    [[nodiscard]] bool running();
    [[nodiscard]] pid_t pid() const { return pid_; }
    /// Its stderr so far, for failure messages.
    [[nodiscard]] std::string err() const;

private:
    pid_t pid_ = -1;
    fs::path err_;
};

[[nodiscard]] std::string slurp(const fs::path& path);
void spit(const fs::path& path, const std::string& bytes);

}  // namespace cvdex::test
