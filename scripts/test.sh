#!/usr/bin/env bash
# Installs everything the tests use, builds with warnings as errors, and runs every test (ctest).
# This is what CI runs (.ci/run). Works from a clean clone with nothing prebuilt.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

scripts/install-deps.sh --test
cmake --preset ci
cmake --build --preset ci
# -j1: several tests measure timeouts and kill processes; a loaded machine makes them slower, not
# wrong, but serial runs keep the limits honest and the suite is short.
ctest --preset ci --timeout 300
