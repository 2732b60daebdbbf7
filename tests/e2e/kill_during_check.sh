#!/usr/bin/env bash
# kill -9 of `course check` at random moments never leaves an unparseable progress.json, and
# the learner program dies with its runner (no survivors).
source "$(dirname "$0")/lib.sh"
ws="$TMP/ws"
"$COURSE" init "$ws" >/dev/null
file="$ws/exercises/01-data-validation/quality_checks.cpp"
starter="$COURSE_SOURCE/exercises/01-data-validation/quality_checks.cpp"
solution="$COURSE_SOURCE/solutions/01-data-validation/quality_checks.cpp"
RANDOM=20261123  # Reproducible "random" moments.
# Warm the build cache for both files, so most kills land while grading or saving, not compiling.
for f in "$starter" "$solution"; do cp "$f" "$file"; (cd "$ws" && "$COURSE" check 1.1 >/dev/null 2>&1) || true; done

rounds=25
for ((i = 0; i < rounds; i++)); do
  # Alternate the file so some attempts compile, some hit the cache, and both states get saved.
  if ((i % 2)); then cp "$solution" "$file"; else cp "$starter" "$file"; fi
  (cd "$ws" && exec "$COURSE" check 1.1 >/dev/null 2>&1) &
  pid=$!
  # A cached check takes ~0.1 s degraded, ~0.2-0.4 s with bwrap (probe + two namespace setups).
  sleep "0.$(printf '%03d' $((RANDOM % 400)))"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$ws/.course/progress.json" \
    || fail "round $i: progress.json unparseable after kill -9"
done
sleep 0.5
left=$(ps -eo pid=,args= | grep -E 'course-run-[A-Za-z0-9]+/program' | grep -v grep || true)
[[ -z "$left" ]] && pass "no learner process survived $rounds kills" || fail "survivors: $left"
attempts=$(json 'd["exercises"].get("1.1", {}).get("attempts", 0)' "$ws/.course/progress.json")
# Some kills must have landed after a save, or this test did not exercise the save path.
((attempts > 2 && attempts < rounds + 2)) && pass "progress.json parsed after each of $rounds kills ($attempts attempts saved)" \
  || fail "kills did not straddle saves ($attempts attempts saved of $rounds)"
# And the workspace still works.
cp "$solution" "$file"
expect_exit 0 "check still works after the kills" -- bash -c "cd '$ws' && '$COURSE' check 1.1"
finish
