#pragma once
// Progress on stderr: a line redrawn in place on a terminal, a plain line every ten seconds
// otherwise, nothing when quiet. Never on stdout, which carries the results.
#include <chrono>
#include <string>

namespace cvdex::bench {

class Progress {
public:
    Progress(std::string label, bool quiet);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    /// Offers the current state; it is drawn at most ten times a second (every ten seconds off a TTY).
    void update(const std::string& state);

private:
    using Clock = std::chrono::steady_clock;
    std::string label_;
    bool quiet_;
    bool tty_;
    Clock::time_point last_draw_{};
    bool drawn_ = false;
};

}  // namespace cvdex::bench
