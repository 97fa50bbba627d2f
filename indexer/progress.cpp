#include "progress.hpp"

#include <unistd.h>

#include <fmt/format.h>

namespace cvdex {

Progress::Progress(std::size_t total, bool quiet) : total_(total), quiet_(quiet), tty_(::isatty(STDERR_FILENO) == 1) {}

Progress::~Progress() {
    if (tty_ && drawn_) fmt::print(stderr, "\r\033[K");
}

void Progress::update(std::size_t done, std::size_t failed) {
    if (quiet_ || total_ == 0) return;
    auto now = Clock::now();
    auto interval = tty_ ? std::chrono::milliseconds(100) : std::chrono::milliseconds(5000);
    if (drawn_ && now - last_draw_ < interval && done != total_) return;
    last_draw_ = now;
    drawn_ = true;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
    double eta = rate > 0 ? static_cast<double>(total_ - done) / rate : 0.0;
    if (tty_) {
        constexpr int width = 30;
        int filled = static_cast<int>(width * done / total_);
        fmt::print(stderr, "\r[{:=<{}}{:<{}}] {}/{} files  {:.0f} files/s  ETA {:.0f}s  {} failed\033[K",
                   "", filled, "", width - filled, done, total_, rate, eta, failed);
    } else {
        fmt::print(stderr, "cvindex: {}/{} files, {:.0f} files/s, ETA {:.0f}s, {} failed\n", done, total_, rate, eta,
                   failed);
    }
}

}  // namespace cvdex
