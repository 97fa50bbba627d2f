#pragma once

namespace cvdex {

/// Parses cvindex's command line and runs the command; returns the exit code.
[[nodiscard]] int run_cvindex(int argc, char** argv);

}  // namespace cvdex
