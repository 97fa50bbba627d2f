#!/usr/bin/env bash
# Installs every Debian 12 package that cvdex's build, tests and benchmarks need.
# Idempotent and non-interactive; run as root (or through sudo).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake pkg-config git
  # libraries (see README: Dependencies)
  libxapian-dev xapian-tools
  libboost-program-options-dev libfmt-dev doctest-dev nlohmann-json3-dev
  libicu-dev libpoppler-cpp-dev libzip-dev libpugixml-dev libgumbo-dev libyaml-cpp-dev
  # benchmarks (bench/compare): SQLite FTS5, Xapian's omindex with the helpers it runs for PDF
  # (pdftotext) and DOCX/ODT (unzip), and gnuplot for the latency plot
  libsqlite3-dev xapian-omega poppler-utils unzip gnuplot-nox
  # fuzzing (libFuzzer ships with clang's runtime)
  clang libclang-rt-14-dev
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages are installed"
  exit 0
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: installed ${missing[*]}"
