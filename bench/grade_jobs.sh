#!/usr/bin/env bash
# `course grade --jobs 1` vs `--jobs 2` on two generated cohorts of N submissions:
#  - the fixture assessment (tests/fixtures/assessment/fixture-exam.yaml): the reference solution
#    with a distinct comment each (so every one compiles on its own), with the report;
#  - the capstone (modules/capstone.yaml): a mix like a real cohort, each with a distinct
#    comment: half strong (reference solution + documents), a quarter weak (the starter +
#    documents), a quarter hostile (tests/fixtures/capstone/: CPU loop, holdout reader,
#    compile error, in turn).
# Each run gets its own --out, warmed by one other submission first so the one-off precompiled
# header and harness builds are not timed. Usage: bench/grade_jobs.sh BUILD_DIR [N=20]
set -euo pipefail
BUILD=$(cd "$1" && pwd); N=${2:-20}
SRC=$(cd "$(dirname "$0")/.." && pwd)
COURSE="$BUILD/course"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT

fixture_sub() {  # DIR TAG
  local file=01-data-validation/quality_checks.cpp
  mkdir -p "$1/exercises/01-data-validation"
  { echo "// simulated submission $2"; cat "$SRC/solutions/$file"; } >"$1/exercises/$file"
  printf '# Approach\nSimulated report %s with enough words to pass the minimum count here.\n## Results\nok\n' "$2" >"$1/REPORT.md"
}
capstone_sub() {  # DIR TAG [INDEX]
  local file=capstone/price_pipeline.cpp src hostile=(cpu_loop read_holdout compile_error)
  local i=$((10#${3:-0}))
  case $((i % 4)) in
    2) src="$SRC/exercises/$file" ;;
    3) src="$SRC/tests/fixtures/capstone/${hostile[$(((i / 4) % 3))]}.cpp" ;;
    *) src="$SRC/solutions/$file" ;;
  esac
  mkdir -p "$1/exercises/capstone"
  { echo "// simulated submission $2"; sed "s|@COURSE_HOME@|$SRC|g" "$src"; } >"$1/exercises/$file"
  [[ $src == */tests/* ]] && [[ $((i % 8)) == 7 ]] && return 0  # some hostile ones lack docs
  cp "$SRC"/solutions/capstone/*.md "$1/"
}

declare -A seconds
bench() {  # NAME ASSESSMENT MAKE_SUB
  local name=$1 assessment=$2 make=$3 subs=()
  for i in $(seq -w 1 "$N"); do "$make" "$TMP/$name/subs/sim-$i" "$i" "$i"; subs+=("$TMP/$name/subs/sim-$i"); done
  for jobs in 1 2; do
    "$make" "$TMP/$name/warm-$jobs/warm" "warm-$jobs" 0
    "$COURSE" --course "$SRC" -q grade "$assessment" "$TMP/$name/warm-$jobs/warm" --out "$TMP/$name/out-$jobs" || true
    local start end
    start=$(date +%s.%N)
    "$COURSE" --course "$SRC" -q grade "$assessment" "${subs[@]}" --jobs "$jobs" --out "$TMP/$name/out-$jobs" || true
    end=$(date +%s.%N)
    seconds[$name-$jobs]=$(python3 -c "print(round($end - $start, 2))")
    echo "$name jobs=$jobs: $N submissions in ${seconds[$name-$jobs]}s"
  done
  python3 -c "print('$name: speedup jobs 2 vs 1: %.2fx (jobs2/jobs1 time %.2f)' % (${seconds[$name-1]} / ${seconds[$name-2]}, ${seconds[$name-2]} / ${seconds[$name-1]}))"
  cmp "$TMP/$name/out-1/gradebook.csv" "$TMP/$name/out-2/gradebook.csv" && echo "$name: gradebooks identical"
  cut -d, -f2 "$TMP/$name/out-2/gradebook.csv" | tail -n +2 | sort | uniq -c | tr '\n' ' '; echo "($name statuses)"
}
bench fixture "$SRC/tests/fixtures/assessment/fixture-exam.yaml" fixture_sub
bench capstone capstone capstone_sub

# What two processes get from this machine right now: the same CPU-bound loop alone and twice at
# once (VMs often give less than two full cores; the grade speedup cannot exceed this).
spin='t=__import__("time").time(); x=0
for i in range(15_000_000): x+=i
print(__import__("time").time()-t)'
one=$(python3 -c "$spin")
two=$( (python3 -c "$spin" & python3 -c "$spin"; wait) | sort -n | tail -1)
python3 -c "print('machine: two CPU-bound processes run %.2fx as fast as one' % (2 * $one / $two))"
