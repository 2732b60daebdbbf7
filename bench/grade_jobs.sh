#!/usr/bin/env bash
# `course grade --jobs 1` vs `--jobs 2` on N generated submissions of the fixture assessment
# (tests/fixtures/assessment/fixture-exam.yaml). Submissions are simulated: the reference solution
# with a distinct comment each (so every one compiles on its own), half of them with the report.
# Each run gets its own --out, warmed by one other submission first so the one-off precompiled
# header build is not timed. Usage: bench/grade_jobs.sh BUILD_DIR [N=20]
set -euo pipefail
BUILD=$(cd "$1" && pwd); N=${2:-20}
SRC=$(cd "$(dirname "$0")/.." && pwd)
COURSE="$BUILD/course"; EXAM="$SRC/tests/fixtures/assessment/fixture-exam.yaml"
FILE=01-data-validation/quality_checks.cpp
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
make_sub() {  # DIR TAG
  mkdir -p "$1/exercises/01-data-validation"
  { echo "// simulated submission $2"; cat "$SRC/solutions/$FILE"; } >"$1/exercises/$FILE"
  printf '# Approach\nSimulated report %s with enough words to pass the minimum count here.\n## Results\nok\n' "$2" >"$1/REPORT.md"
}
subs=()
for i in $(seq -w 1 "$N"); do make_sub "$TMP/subs/sim-$i" "$i"; subs+=("$TMP/subs/sim-$i"); done
for jobs in 1 2; do
  make_sub "$TMP/warm-$jobs/warm" "warm-$jobs"
  "$COURSE" --course "$SRC" -q grade "$EXAM" "$TMP/warm-$jobs/warm" --out "$TMP/out-$jobs" || true
  start=$(date +%s.%N)
  "$COURSE" --course "$SRC" -q grade "$EXAM" "${subs[@]}" --jobs "$jobs" --out "$TMP/out-$jobs" || true
  end=$(date +%s.%N)
  secs=$(python3 -c "print(round($end - $start, 2))")
  echo "jobs=$jobs: $N submissions in ${secs}s"
  eval "t$jobs=$secs"
done
python3 -c "print('speedup jobs 2 vs 1: %.2fx' % ($t1 / $t2))"
# What two processes get from this machine right now: the same CPU-bound loop alone and twice at
# once (VMs often give less than two full cores; the grade speedup cannot exceed this).
spin='t=__import__("time").time(); x=0
for i in range(15_000_000): x+=i
print(__import__("time").time()-t)'
one=$(python3 -c "$spin")
two=$( (python3 -c "$spin" & python3 -c "$spin"; wait) | sort -n | tail -1)
python3 -c "print('machine: two CPU-bound processes run %.2fx as fast as one' % (2 * $one / $two))"
cmp "$TMP/out-1/gradebook.csv" "$TMP/out-2/gradebook.csv" && echo "gradebooks identical"
