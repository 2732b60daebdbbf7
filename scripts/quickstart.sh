#!/usr/bin/env bash
# The learner's first run: install what is missing, build course, create a workspace and show the
# first exercise. Safe to run again: it reuses the build and the workspace.
#   scripts/quickstart.sh [WORKSPACE_DIR]     (default: ~/ml-course)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
workspace=$(realpath -m "${1:-$HOME/ml-course}")

cd "$root"
scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default --target course

course="$root/build/course"
if [[ ! -f "$workspace/.course/progress.json" ]]; then
  "$course" init "$workspace"
fi
echo
echo "Your workspace: $workspace   (the course binary: $course)"
echo
cd "$workspace"
exec "$course" next
