#pragma once
// Runs another program and measures it the way an operator would: wall time end to end and the
// peak resident set size the kernel recorded for it (wait4's rusage, ru_maxrss).
#include <string>
#include <vector>

namespace cvdex::bench {

struct ChildResult {
    int exit_code = 0;            ///< the exit status, or 128 + signal when killed
    double seconds = 0;           ///< wall time from spawn to exit
    long peak_rss_kib = 0;        ///< ru_maxrss of the child (KiB on Linux)
    double user_seconds = 0, system_seconds = 0;
    std::string stdout_text;      ///< what it printed on stdout (when captured)
};

/// Runs `argv` (argv[0] is a path or a name searched in PATH) with stdin from /dev/null,
/// stderr inherited (or sent to /dev/null with `quiet_stderr`), and stdout captured or
/// discarded. Throws std::system_error when it cannot be started.
[[nodiscard]] ChildResult run_child(const std::vector<std::string>& argv, bool capture_stdout,
                                    bool quiet_stderr = false);

/// The program `name` in the directory of the running cvbench (/proc/self/exe), else a runtime
/// error naming where it looked.
[[nodiscard]] std::string program_beside_self(const std::string& name);

/// `name` as found in PATH; empty when it is not installed.
[[nodiscard]] std::string find_in_path(const std::string& name);

}  // namespace cvdex::bench
