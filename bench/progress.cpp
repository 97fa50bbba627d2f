#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

#include <fmt/format.h>

namespace cvdex::bench {

Progress::Progress(std::string label, bool quiet)
    : label_(std::move(label)), quiet_(quiet), tty_(::isatty(STDERR_FILENO) != 0), last_draw_(Clock::now()) {}

Progress::~Progress() {
    if (drawn_ && tty_) fmt::print(stderr, "\r\033[K");
}

void Progress::update(const std::string& state) {
    if (quiet_) return;
    const auto now = Clock::now();
    const auto interval = tty_ ? std::chrono::milliseconds(100) : std::chrono::milliseconds(10000);
    if (now - last_draw_ < interval) return;
    last_draw_ = now;
    drawn_ = true;
    if (tty_) fmt::print(stderr, "\r\033[K{}: {}", label_, state);
    else fmt::print(stderr, "{}: {}\n", label_, state);
    std::fflush(stderr);
}

}  // namespace cvdex::bench
