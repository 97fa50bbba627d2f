#include "child_process.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <system_error>

#include <fmt/format.h>

namespace cvdex::bench {
namespace {

[[noreturn]] void throw_errno(const std::string& what) { throw std::system_error(errno, std::generic_category(), what); }

// Only async-signal-safe calls between fork and exec.
[[noreturn]] void exec_child(char* const* args, int out_fd, bool quiet_stderr) {
    int null_fd = ::open("/dev/null", O_RDWR);
    if (null_fd >= 0) {
        ::dup2(null_fd, STDIN_FILENO);
        if (quiet_stderr) ::dup2(null_fd, STDERR_FILENO);
        if (out_fd < 0) ::dup2(null_fd, STDOUT_FILENO);
    }
    if (out_fd >= 0) ::dup2(out_fd, STDOUT_FILENO);
    ::execvp(args[0], args);
    ::_exit(127);
}

}  // namespace

ChildResult run_child(const std::vector<std::string>& argv, bool capture_stdout, bool quiet_stderr) {
    if (argv.empty()) throw std::invalid_argument("run_child: no program");
    int pipe_fds[2] = {-1, -1};
    if (capture_stdout && ::pipe2(pipe_fds, O_CLOEXEC) != 0) throw_errno("pipe");
    // The argument array is built before forking: the child must not allocate.
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = ::fork();
    if (pid < 0) throw_errno("fork");
    if (pid == 0) exec_child(args.data(), capture_stdout ? pipe_fds[1] : -1, quiet_stderr);

    ChildResult result;
    if (capture_stdout) {
        ::close(pipe_fds[1]);
        char buffer[65536];
        for (;;) {
            ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
            if (n > 0) result.stdout_text.append(buffer, static_cast<std::size_t>(n));
            else if (n == 0 || errno != EINTR) break;
        }
        ::close(pipe_fds[0]);
    }
    int status = 0;
    struct rusage usage {};
    while (::wait4(pid, &status, 0, &usage) < 0)
        if (errno != EINTR) throw_errno("wait4");
    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    result.peak_rss_kib = usage.ru_maxrss;
    result.user_seconds = static_cast<double>(usage.ru_utime.tv_sec) + static_cast<double>(usage.ru_utime.tv_usec) / 1e6;
    result.system_seconds = static_cast<double>(usage.ru_stime.tv_sec) + static_cast<double>(usage.ru_stime.tv_usec) / 1e6;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

std::string program_beside_self(const std::string& name) {
    std::error_code ec;
    const auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) throw std::runtime_error(fmt::format("cannot find my own path: {}", ec.message()));
    const auto candidate = self.parent_path() / name;
    if (::access(candidate.c_str(), X_OK) != 0)
        throw std::runtime_error(fmt::format("{}: error: not found beside cvbench (give its path)", candidate.string()));
    return candidate.string();
}

std::string find_in_path(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::string_view rest = path ? path : "/usr/bin:/bin";
    while (!rest.empty()) {
        const auto colon = rest.find(':');
        const std::string dir(rest.substr(0, colon));
        rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
        const std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + name;
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
    return {};
}

}  // namespace cvdex::bench
