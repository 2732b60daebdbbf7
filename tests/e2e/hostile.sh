#!/usr/bin/env bash
# Runs every learner file in hostile/ through the real `course check` and asserts, for each:
# the expected status on the first checkpoint (declared in the file: `// expect: a|b`; optionally
# `// expect-text: REGEX` matched against the JSON result), that the
# run ends within its time bound (`// max-seconds: N`, default 20), that no process from the box
# survives, that no run directory is left behind, and that progress.json stays valid.
# Every file runs under each sandbox mode in HOSTILE_MODES (default: bwrap, then degraded), with
# `isolation` in the result checked; `// modes: bwrap` limits a file to the listed modes (the
# degraded sandbox cannot hide a world-readable file). @COURSE_SOURCE@ in a file becomes the
# course's absolute path (where the hidden cases live).
source "$(dirname "$0")/lib.sh"
ws="$TMP/ws"
"$COURSE" init "$ws" >/dev/null
file="$ws/exercises/01-data-validation/quality_checks.cpp"
only=${1:-}
modes=${HOSTILE_MODES:-bwrap degraded}

survivors() { ps -eo pid=,args= | grep -E 'course-run-[A-Za-z0-9]+/program' | grep -v grep || true; }
boxes() { find /tmp -maxdepth 1 -name 'course-run-*' | wc -l; }

for mode in $modes; do
export COURSE_SANDBOX=$mode
for learner in "$(dirname "$0")"/hostile/*.cpp; do
  name="$(basename "$learner" .cpp) [$mode]"
  learner_modes=$(sed -n 's|^// modes: *||p' "$learner" | head -1)
  [[ -n "$learner_modes" && " $learner_modes " != *" $mode "* ]] && continue
  [[ -n "$only" && "$(basename "$learner" .cpp)" != "$only" ]] && continue
  expect=$(sed -n 's|^// expect: *||p' "$learner" | head -1)
  max_seconds=$(sed -n 's|^// max-seconds: *||p' "$learner" | head -1)
  max_seconds=${max_seconds:-20}
  expect_text=$(sed -n 's|^// expect-text: *||p' "$learner" | head -1)
  sed "s|@COURSE_SOURCE@|$COURSE_SOURCE|g" "$learner" >"$file"
  boxes_before=$(boxes)
  start=$(date +%s.%N)
  set +e; (cd "$ws" && "$COURSE" check 1.1 --format json >"$TMP/result.json" 2>"$TMP/err"); code=$?; set -e
  elapsed=$(python3 -c "print(round($(date +%s.%N) - $start, 2))")
  if [[ $code -ne 1 ]]; then
    fail "$name: exit $code, expected 1 (checks ran, something failed)"; sed 's/^/  | /' "$TMP/err" >&2; continue
  fi
  status=$(json 'd["exercises"][0]["checkpoints"][0]["status"]' "$TMP/result.json")
  if [[ "|$expect|" == *"|$status|"* ]]; then pass "$name: $status in ${elapsed}s"; else
    fail "$name: status $status, expected $expect"; json 'd["exercises"][0]["checkpoints"][0]["message"]' "$TMP/result.json" >&2; fi
  python3 -c "import sys; sys.exit(0 if $elapsed < $max_seconds else 1)" \
    || fail "$name: took ${elapsed}s, bound ${max_seconds}s"
  [[ "$(json 'd["passed"]' "$TMP/result.json")" == False ]] || fail "$name: passed the exercise"
  isolation=$(json 'd["exercises"][0]["isolation"]' "$TMP/result.json")
  [[ "$isolation" == "$mode" ]] || fail "$name: isolation $isolation, expected $mode"
  if [[ -n "$expect_text" ]] && ! grep -qE -- "$expect_text" "$TMP/result.json"; then
    fail "$name: result does not match /$expect_text/"; head -c 2000 "$TMP/result.json" >&2
  fi
  sleep 0.2
  left=$(survivors)
  [[ -z "$left" ]] || fail "$name: processes survived: $left"
  [[ $(boxes) -le $boxes_before ]] || fail "$name: run directory left in /tmp"
  python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$ws/.course/progress.json" \
    || fail "$name: progress.json invalid"
  if grep -qE 'generated_by|schema_version' "$TMP/result.json"; then fail "$name: hidden case data in the result"; fi
done
done
finish
