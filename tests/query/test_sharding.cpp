// Several databases searched as one: the fixtures split into two folders indexed separately,
// one shard served by xapian-tcpsrv on 127.0.0.1 (started here, stopped even when a check
// fails), must rank like one database of all the fixtures: same CVs in the same order (CVs with
// equal scores may swap), same scores.
#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "fixtures.hpp"

using namespace cvdex::test;
using nlohmann::json;

namespace {

// A port nobody listens on right now (the kernel's pick for an ephemeral bind).
int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t size = sizeof address;
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size) == 0;
    ::close(fd);
    REQUIRE(ok);
    return ntohs(address.sin_port);
}

bool accepts(int port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return false;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

// xapian-tcpsrv serving one database on 127.0.0.1; the Child member stops it on destruction.
struct TcpServer {
    int port = 0;
    std::optional<Child> process;

    TcpServer(const fs::path& database, const fs::path& work) {
        const std::string program = CVDEX_XAPIAN_TCPSRV;
        REQUIRE_MESSAGE(!program.empty(), "xapian-tcpsrv not found (Debian package xapian-tools)");
        // The port may be taken between free_port() and the server's bind: try a few.
        for (int attempt = 0; attempt < 5; ++attempt) {
            port = free_port();
            process.emplace(program,
                            std::vector<std::string>{"--port", std::to_string(port), "--interface", "127.0.0.1",
                                                     database.string()},
                            work);
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (process->running() && std::chrono::steady_clock::now() < deadline) {
                if (accepts(port)) return;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            MESSAGE("xapian-tcpsrv on port ", port, " did not come up: ", process->err());
            process.reset();
        }
        FAIL("could not start xapian-tcpsrv");
    }
    [[nodiscard]] std::string url() const { return "tcp://127.0.0.1:" + std::to_string(port); }
};

// The fixtures split into two folders (alternating, so each holds every kind of CV), each
// indexed alone, and one database of both folders (same paths, so results compare directly).
struct Shards {
    Scratch scratch{"query-shards"};
    fs::path db_a = scratch / "a.db", db_b = scratch / "b.db", db_all = scratch / "all.db";
    Shards() {
        const fs::path a = scratch / "shard-a", b = scratch / "shard-b";
        fs::create_directories(a);
        fs::create_directories(b);
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(fixture_cvs())) files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (std::size_t i = 0; i < files.size(); ++i) fs::copy_file(files[i], (i % 2 ? b : a) / files[i].filename());
        index_into(db_a, {a.string()});
        index_into(db_b, {b.string()});
        index_into(db_all, {a.string(), b.string()});
    }
    // One pass without SUBCASEs: doctest would re-run the setup (three indexes and the server)
    // for each.
    void compare(const std::vector<std::vector<std::string>>& queries) {
        TcpServer server(db_b, scratch.dir());
        for (const auto& query : queries) {
            INFO("query: ", join(query));
            const std::vector<Ranked> single = ranking({db_all.string()}, query);
            CHECK(!single.empty());
            check_same_ranking(single, ranking({db_a.string(), db_b.string()}, query));
            check_same_ranking(single, ranking({db_a.string(), server.url()}, query));
        }
    }
};

}  // namespace

TEST_CASE("query shards: two databases, one served by xapian-tcpsrv, rank like one database") {
    Shards shards;
    shards.compare({
        {"skill:go"},
        {"engineer OR developer"},
        {"kafka OR python OR kubernetes"},
        {"\"distributed tracing\""},
        {"skill_years:python:5.."},
        {"k8s"},
        {"postgres AND years:5.."},
        {"skill:kubernetes", "--min-years", "5"},
        {"skill:go", "--min-years", "4.9"},
        {"--like", (fixture_jds() / "go-payments.md").string()},
        {"--like", (fixture_jds() / "data-engineer.txt").string()},
    });
    INFO("a shard that is down is a runtime error naming it");
    const int port = free_port();
    const std::string url = "tcp://127.0.0.1:" + std::to_string(port);
    const Run r = cvsearch({shards.db_a.string(), url}, {"skill:go"});
    CHECK_MESSAGE(r.code == 1, r.describe());
    CHECK_MESSAGE(r.err.find(std::to_string(port)) != std::string::npos, r.describe());
}

// Known cvsearch limitation when written: a fractional --skill-years is checked in months only on
// local databases; through xapian-tcpsrv it falls back to whole years, so go=4.5 drops a CV with
// 59 months of Go that sits on the remote shard. may_fail goes once it passes.
TEST_CASE("query shards: fractional skill years through a remote shard" * doctest::may_fail()) {
    Shards shards;
    shards.compare({{"--skill-years", "go=4.5"}, {"skill_years:go:4.5.."}});
}
