#include "process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace cvdex::test {
namespace {

std::atomic<unsigned> counter{0};

// The child's environment: ours without the variables that would choose a database or a
// reference month behind the test's back, and without colour.
std::vector<std::string> child_environment() {
    std::vector<std::string> env;
    for (char** e = environ; *e; ++e) {
        const std::string entry(*e);
        if (entry.starts_with("CVDEX_DB=") || entry.starts_with("CVDEX_TODAY=") || entry.starts_with("NO_COLOR="))
            continue;
        env.push_back(entry);
    }
    env.emplace_back("NO_COLOR=1");
    return env;
}

std::vector<char*> pointers(std::vector<std::string>& strings) {
    std::vector<char*> out;
    out.reserve(strings.size() + 1);
    for (std::string& s : strings) out.push_back(s.data());
    out.push_back(nullptr);
    return out;
}

// `own_group`: the child leads a new process group. xapian-tcpsrv answers SIGTERM by sending
// SIGTERM to its whole group (to stop its forked workers): in ours it would kill the test too.
pid_t spawn(const std::string& program, const std::vector<std::string>& args, const fs::path& out, const fs::path& err,
            bool own_group = false) {
    std::vector<std::string> argv_strings{program};
    argv_strings.insert(argv_strings.end(), args.begin(), args.end());
    std::vector<std::string> env_strings = child_environment();
    std::vector<char*> argv = pointers(argv_strings), envp = pointers(env_strings);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    if (own_group) {
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP);
        posix_spawnattr_setpgroup(&attributes, 0);
    }
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, program.c_str(), &actions, &attributes, argv.data(), envp.data());
    posix_spawnattr_destroy(&attributes);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot start " + program + ": " + std::strerror(rc));
    return pid;
}

std::string shorten(const std::string& text) {
    constexpr std::size_t max = 2000;
    if (text.size() <= max) return text;
    return text.substr(0, max) + "... (" + std::to_string(text.size()) + " bytes)";
}

}  // namespace

Scratch::Scratch(const std::string& tag) {
    dir_ = fs::temp_directory_path() /
           ("cvdex-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
}

Scratch::~Scratch() {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
}

std::string Run::describe() const {
    std::string how = timed_out ? "timed out" : signal ? "signal " + std::to_string(signal) : "exit " + std::to_string(code);
    return how + "\nstdout: " + shorten(out) + "\nstderr: " + shorten(err);
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void spit(const fs::path& path, const std::string& bytes) {
    if (path.has_parent_path()) fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

Run run(const std::string& program, const std::vector<std::string>& args, const fs::path& work,
        std::chrono::milliseconds limit) {
    const std::string tag = std::to_string(++counter);
    const fs::path out = work / ("run-" + tag + ".out"), err = work / ("run-" + tag + ".err");
    const pid_t pid = spawn(program, args, out, err);

    Run r;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    auto nap = std::chrono::microseconds(200);
    int status = 0;
    for (;;) {
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) break;
        if (done < 0 && errno != EINTR) throw std::runtime_error("waitpid failed: " + std::string(std::strerror(errno)));
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            r.timed_out = true;
            break;
        }
        std::this_thread::sleep_for(nap);
        nap = std::min(nap * 2, std::chrono::microseconds(5000));
    }
    if (!r.timed_out) {
        if (WIFEXITED(status)) r.code = WEXITSTATUS(status);
        if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
    }
    r.out = slurp(out);
    r.err = slurp(err);
    std::error_code ignored;
    fs::remove(out, ignored);
    fs::remove(err, ignored);
    r.json = nlohmann::json::parse(r.out, nullptr, false);
    if (r.json.is_discarded()) r.json = nullptr;
    return r;
}

Child::Child(const std::string& program, const std::vector<std::string>& args, const fs::path& work) {
    const std::string tag = std::to_string(++counter);
    err_ = work / ("child-" + tag + ".err");
    pid_ = spawn(program, args, work / ("child-" + tag + ".out"), err_, true);
}

Child::~Child() {
    if (pid_ <= 0) return;
    ::kill(-pid_, SIGTERM);  // its group: a server's forked workers too
    int status = 0;
    // A process that ignores SIGTERM gets SIGKILL after two seconds: a test never hangs here.
    for (int i = 0; i < 200; ++i) {
        if (::waitpid(pid_, &status, WNOHANG) == pid_) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(-pid_, SIGKILL);
    ::waitpid(pid_, &status, 0);
}

bool Child::running() {
    if (pid_ <= 0) return false;
    int status = 0;
    if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return false;
    }
    return true;
}

std::string Child::err() const { return slurp(err_); }

}  // namespace cvdex::test
