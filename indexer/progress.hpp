#pragma once
// Progress on stderr: a bar redrawn in place on a terminal, a plain line every few seconds
// otherwise, nothing when quiet. The destructor clears the bar.
#include <chrono>
#include <cstddef>
#include <cstdio>

namespace cvdex {

class Progress {
public:
    Progress(std::size_t total, bool quiet);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    /// Reports the state after a file; draws at most ten times a second.
    void update(std::size_t done, std::size_t failed);

private:
    using Clock = std::chrono::steady_clock;
    std::size_t total_;
    bool quiet_;
    bool tty_;
    Clock::time_point start_ = Clock::now();
    Clock::time_point last_draw_{};
    bool drawn_ = false;
};

}  // namespace cvdex
