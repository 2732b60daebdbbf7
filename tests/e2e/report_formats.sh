#!/usr/bin/env bash
# `course check` in every report format through the real binary, each read back by its
# consumer or checked field by field against its specification (report_spec.py); --output
# (atomic, bad paths refused before any work), --all (not-started exercises fail), CI mode.
source "$(dirname "$0")/lib.sh"
spec() { /usr/bin/python3 "$(dirname "$0")/report_spec.py" "$@"; }
# The course reduced to exercise 1.1: the counts below are that exercise's checkpoints.
fixture_course "$TMP/course"
export COURSE_HOME="$TMP/course"
n=$(checkpoint_count "$TMP/course")
hidden=$(checkpoint_count "$TMP/course" hidden)
ws="$TMP/ws"
file=exercises/01-data-validation/quality_checks.cpp
"$COURSE" init "$ws" >/dev/null
cd "$ws"
/usr/bin/python3 -c 'import junitparser' || fail "python3-junitparser missing: scripts/install-deps.sh --test"

# spec_all LABEL TESTS FAILURES ERRORS SKIPPED: every format for the workspace's current state.
spec_all() {
  local label=$1
  set +e
  "$COURSE" check --all --format json >"$TMP/canonical.json"
  for f in junit gradescope exercism; do "$COURSE" check --all --format $f --output "$TMP/$f.out" >/dev/null; done
  : >"$TMP/summary.md"
  GITHUB_STEP_SUMMARY="$TMP/summary.md" "$COURSE" check --all --format github >"$TMP/github.out"
  set -e
  spec junit "$TMP/junit.out" "${@:2}" "$TMP/canonical.json" && pass "$label: junitparser reads the counts ${*:2}" || fail "$label: junit"
  spec gradescope "$TMP/gradescope.out" "$TMP/canonical.json" && pass "$label: gradescope results.json per spec" || fail "$label: gradescope"
  spec exercism "$TMP/exercism.out" "$TMP/canonical.json" && pass "$label: exercism v3 per spec" || fail "$label: exercism"
  spec github "$TMP/github.out" "$TMP/summary.md" "$TMP/canonical.json" && pass "$label: github commands and summary" || fail "$label: github"
}

# Not started: the starter is untouched, so nothing is compiled and everything fails.
expect_exit 1 "check --all on a fresh workspace fails" -- "$COURSE" check --all
expect_output "not started" "…marking the exercise not started"
[[ "$(json 'd["exercises"].get("1.1", {}).get("attempts", 0)' .course/progress.json)" == 0 ]] \
  && pass "not-started exercise not recorded as an attempt" || fail "not-started exercise recorded"
spec_all "not started" "$n" "$n" 0 0
[[ "$(json 'd["exercises"][0]["not_started"]' "$TMP/canonical.json")" == True ]] \
  && pass "json: not_started true" || fail "json: not_started missing"

# The starter, edited: graded; every answer wrong but the clean sample's (no issues found).
printf '\n// started\n' >>"$file"
spec_all "wrong answers" "$n" $((n - 1)) 0 0
grep -q 'visibility.: .hidden' "$TMP/gradescope.out" && pass "gradescope: hidden checkpoint hidden" || fail "gradescope: no hidden test"

# A crash: <error> for each visible checkpoint, the hidden one <skipped> (its run never came).
cp "$COURSE_SOURCE/tests/hostile/segfault.cpp" "$file"
spec_all "crash" "$n" 0 $((n - hidden)) "$hidden"
grep -q '^::error file=exercises/01-data-validation/quality_checks.cpp,title=1.1 ' "$TMP/github.out" \
  && pass "github: per-checkpoint error on the learner file" || fail "github: no checkpoint annotation"

# A compile error: annotations carry the learner's file and line from the diagnostics.
cp "$COURSE_SOURCE/tests/hostile/compile_error.cpp" "$file"
spec_all "compile error" "$n" 0 "$n" 0
grep -qE "^::error file=$file,line=[0-9]+,col=[0-9]+,title=1.1%3A compiler error::" "$TMP/github.out" \
  && pass "github: compiler error annotated at file, line and column" || fail "github: no diagnostic annotation"
[[ "$(json 'd["status"]' "$TMP/exercism.out")" == error ]] && pass "exercism: status error when nothing ran" || fail "exercism: status"

# The summary is appended (other steps write to the same file), never replaced.
echo "earlier step" >"$TMP/shared-summary.md"
set +e; GITHUB_STEP_SUMMARY="$TMP/shared-summary.md" "$COURSE" check --all --format github >/dev/null; set -e
[[ "$(head -1 "$TMP/shared-summary.md")" == "earlier step" ]] && grep -q "^| 1.1 " "$TMP/shared-summary.md" \
  && pass "github: summary appended to \$GITHUB_STEP_SUMMARY" || fail "github: summary not appended"

# The solution: everything passes, exit 0, nothing failed anywhere.
cp "$COURSE_SOURCE/solutions/01-data-validation/quality_checks.cpp" "$file"
expect_exit 0 "check --all passes with every solution" -- "$COURSE" check --all
expect_output "All exercises pass" "…and says so"
spec_all "solved" "$n" 0 0 0
[[ "$(json 'd["status"]' "$TMP/exercism.out")" == pass ]] && pass "exercism: pass" || fail "exercism: not pass"

# What the runner measured: --verbose shows one line of it, the default output none.
cgroup=$(json 'd["exercises"][0]["resources"][-1]["cgroup"]' "$TMP/canonical.json")
expect_exit 0 "check --verbose" -- "$COURSE" check 1.1 --verbose
if [[ $cgroup == none ]]; then want="your program: CPU [0-9.]+ s \(no cgroup"
else want="your program: peak memory [0-9]+\.[0-9] MB · CPU [0-9.]+ s \(cgroup $cgroup\)"; fi
expect_output "$want" "…with what the program used"
expect_exit 0 "check without --verbose" -- "$COURSE" check 1.1
! grep -q "your program:" "$TMP/out" && pass "…does not show it" || fail "resources shown without --verbose"

# --output: written whole, nothing else on stdout but progress, no temp file left.
expect_exit 0 "--output writes the report" -- "$COURSE" check 1.1 --format junit --output "$TMP/report.xml"
[[ -s "$TMP/report.xml" ]] && head -1 "$TMP/report.xml" | grep -q '^<?xml' && pass "report file is XML" || fail "no report file"
! grep -q "<testsuites" "$TMP/out" && pass "stdout does not carry the report" || fail "report on stdout too"
compgen -G "$TMP/report.xml.tmp*" >/dev/null && fail "temp file left behind" || pass "no temp file left"

# A bad --output path: exit 2 naming it, before grading: no attempt recorded, nothing written.
attempts=$(json 'd["exercises"]["1.1"]["attempts"]' .course/progress.json)
expect_exit 2 "--output into a missing directory" -- "$COURSE" check 1.1 --format json --output "$TMP/nope/r.json"
expect_output "$TMP/nope/r.json" "…naming the file"
expect_exit 2 "--output naming a directory" -- "$COURSE" check 1.1 --output "$TMP"
expect_output "is a directory" "…saying so"
[[ "$(json 'd["exercises"]["1.1"]["attempts"]' .course/progress.json)" == "$attempts" ]] \
  && pass "no attempt recorded when the output path is bad" || fail "graded despite a bad output path"
[[ ! -e "$TMP/nope" ]] && pass "nothing written" || fail "something written"
expect_exit 2 "bad \$GITHUB_STEP_SUMMARY refused before grading" -- \
  env GITHUB_STEP_SUMMARY="$TMP/nope/summary.md" "$COURSE" check --all --format github
expect_output "nope/summary.md" "…naming the file"

expect_exit 2 "an id and --all together" -- "$COURSE" check 1.1 --all
expect_exit 2 "unknown format" -- "$COURSE" check --format xml
expect_exit 2 "report formats are for check only" -- "$COURSE" status --format junit
expect_output "only .course check. writes this format" "…saying which command does"

# CI mode: with CI set, even on a terminal, no color and no prompt.
if command -v script >/dev/null; then
  out=$(env -u NO_COLOR CI=true script -qec "'$COURSE' check --all" /dev/null </dev/null || true)
  [[ "$out" == *$'\x1b['* ]] && fail "color under CI" || pass "no color under CI on a terminal"
  [[ "$out" == *"All exercises pass"* ]] && pass "…and the report is there" || fail "no report under CI"
fi
finish
