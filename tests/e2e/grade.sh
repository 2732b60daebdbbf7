#!/usr/bin/env bash
# End-to-end: `course grade` and `course gradebook merge` through the real binary on the fixture
# assessment (tests/fixtures/assessment/fixture-exam.yaml) with a cohort of one submission of each
# kind: strong (the solution + report), weak (the starter), no-compile, reads hidden data, loops
# forever, missing docs, and a directory that does not exist. Asserts statuses and score bands, that
# the batch completes, that nothing leaks or is written into submissions, that --resume skips
# unchanged work, and that two shards merged equal the unsharded run except timestamps.
source "$(dirname "$0")/lib.sh"

EXAM="$COURSE_SOURCE/tests/fixtures/assessment/fixture-exam.yaml"
FILE=01-data-validation/quality_checks.cpp
SUBS="$TMP/subs"
report() {
  printf '# Approach\nWe check every rule on every row and collect the issues in row order.\n\n'
  printf '## Results\nAll public cases pass on the sample data we were given for this exam.\n'
}
# submission NAME SOURCE [report]: SOURCE is a learner file; @COURSE_HOME@ becomes the course.
submission() {
  mkdir -p "$SUBS/$1/exercises/01-data-validation"
  sed "s|@COURSE_HOME@|$COURSE_SOURCE|g" "$2" >"$SUBS/$1/exercises/$FILE"
  if [[ ${3:-} == report ]]; then report >"$SUBS/$1/REPORT.md"; fi
}
submission strong "$COURSE_SOURCE/solutions/$FILE" report
submission weak "$COURSE_SOURCE/exercises/$FILE" report
submission nocompile "$COURSE_SOURCE/tests/hostile/compile_error.cpp" report
submission hidden "$COURSE_SOURCE/tests/hostile/read_hidden_cases.cpp" report
submission loop "$COURSE_SOURCE/tests/hostile/cpu_loop.cpp" report
submission nodocs "$COURSE_SOURCE/solutions/$FILE"
NAMES=(strong weak nocompile hidden loop nodocs ghost)
ARGS=()
for n in "${NAMES[@]}"; do ARGS+=("$SUBS/$n"); done
tree_hash() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum); }
before=$(tree_hash "$SUBS")

# Field of a submission's row in gradebook.csv (by column name).
field() {
  /usr/bin/python3 -c '
import csv, sys
for row in csv.DictReader(open(sys.argv[1])):
    if row["submission"] == sys.argv[2]: print(row[sys.argv[3]])' "$1/gradebook.csv" "$2" "$3"
}
score_in() {  # DIR NAME LOW HIGH
  local s; s=$(field "$1" "$2" score)
  if /usr/bin/python3 -c "import sys; sys.exit(not ($3 <= float('$s') <= $4))"; then
    pass "$2 scores $s (in $3..$4)"; else fail "$2 scores $s, expected $3..$4"; fi
}
status_is() {  # DIR NAME STATUS
  local s; s=$(field "$1" "$2" status)
  if [[ $s == "$3" ]]; then pass "$2 is $3"; else fail "$2 is '$s', expected $3"; fi
}

start=$(date +%s.%N)
expect_exit 1 "the batch completes; exit 1 because not every submission could be graded" -- \
  "$COURSE" --course "$COURSE_SOURCE" grade "$EXAM" "${ARGS[@]}" --jobs 2 --out "$TMP/whole"
first_seconds=$(/usr/bin/python3 -c "import time; print(round(time.time() - $start, 1))")
expect_output "7 submissions" "summary line counts every submission"
status_is "$TMP/whole" strong graded
score_in "$TMP/whole" strong 0.9 0.9
status_is "$TMP/whole" weak graded
score_in "$TMP/whole" weak 0.1 0.1      # Only the report: 0.2 × 2/4.
status_is "$TMP/whole" nocompile compile_error
score_in "$TMP/whole" nocompile 0.1 0.1
status_is "$TMP/whole" hidden graded    # It ran; it failed every checkpoint.
score_in "$TMP/whole" hidden 0.1 0.1
status_is "$TMP/whole" loop timeout
score_in "$TMP/whole" loop 0.1 0.1
status_is "$TMP/whole" nodocs graded
score_in "$TMP/whole" nodocs 0.8 0.8    # All checkpoints, no report: 0.5 + 0.3.
status_is "$TMP/whole" ghost missing
score_in "$TMP/whole" ghost 0 0
[[ $(field "$TMP/whole" strong passed) == pass ]] && pass "strong passes" || fail "strong should pass"
[[ $(field "$TMP/whole" nodocs passed) == pass ]] && pass "nodocs passes (0.8 ≥ 0.6)" || fail "nodocs"
[[ $(field "$TMP/whole" weak passed) == fail ]] && pass "weak fails" || fail "weak should fail"
for n in strong weak nocompile hidden loop nodocs; do
  iso=$(field "$TMP/whole" "$n" isolation)
  [[ $iso == bwrap || $iso == degraded ]] && pass "$n records isolation $iso" || fail "$n isolation '$iso'"
done
[[ $(tree_hash "$SUBS") == "$before" ]] && pass "no submission directory was written" \
  || fail "a submission directory changed"
if grep -rq "LEAKED\|mixed-hidden" "$TMP/whole/gradebook.csv" "$TMP/whole/feedback"; then
  fail "hidden case data or ids reached the gradebook or feedback"
else pass "no hidden data in gradebook or feedback"; fi
grep -q "Finds every kind of issue at once on unseen rows — failed" "$TMP/whole/feedback/weak.md" \
  && pass "hidden check shown as failed only" || fail "hidden check line in weak.md"
grep -q "quality_checks.cpp:1[56]:" "$TMP/whole/feedback/nocompile.md" \
  && pass "compile error feedback names the learner's line" || fail "nocompile feedback"
grep -q "<svg" "$TMP/whole/feedback/strong.html" && ! grep -q "<script" "$TMP/whole/feedback/strong.html" \
  && pass "HTML feedback has inline SVG and no script" || fail "strong.html"
grep -q "| 90–100% | 1 |" "$TMP/whole/summary.md" && grep -q "<svg" "$TMP/whole/summary.html" \
  && pass "cohort summary: histogram (strong in 90–100%) and charts" || fail "summary"

# --resume: nothing changed, so nothing is graded again (errors aside: there are none).
start=$(date +%s.%N)
expect_exit 1 "resume run" -- "$COURSE" --course "$COURSE_SOURCE" grade "$EXAM" "${ARGS[@]}" \
  --resume --out "$TMP/whole"
resume_seconds=$(/usr/bin/python3 -c "import time; print(round(time.time() - $start, 1))")
reused=$(grep -c "unchanged, reused" "$TMP/out" || true)
[[ $reused == 7 ]] && pass "--resume reused all 7 (${resume_seconds}s vs ${first_seconds}s)" \
  || fail "--resume reused $reused of 7"

# Shards merged equal the unsharded run, but for generated_at (and results' own durations).
for k in 1 2; do
  expect_exit 1 "shard $k/2" -- "$COURSE" --course "$COURSE_SOURCE" grade "$EXAM" "${ARGS[@]}" \
    --shard "$k/2" --out "$TMP/s$k"
done
expect_exit 0 "merge" -- "$COURSE" gradebook merge "$TMP/s1" "$TMP/s2" --out "$TMP/merged"
normalise() {
  /usr/bin/python3 - "$1" <<'PY'
import json, pathlib, re, sys
root = pathlib.Path(sys.argv[1])
for p in sorted(root.rglob("*")):
    if not p.is_file() or "cache" in p.relative_to(root).parts: continue
    text = p.read_text()
    text = re.sub(r'"generated_at": "[^"]*"', '"generated_at": ""', text)
    text = re.sub(r'"seconds": [0-9.e+-]+', '"seconds": 0', text)
    # Durations differ between any two runs: the summaries list them last.
    text = re.sub(r'(## |<h2>)Slowest submissions.*', '', text, flags=re.S)
    print("==", p.relative_to(root)); print(text)
PY
}
if diff <(normalise "$TMP/whole") <(normalise "$TMP/merged") >"$TMP/diff"; then
  pass "sharded + merged equals unsharded (gradebooks, feedback, results)"
else fail "merged differs:"; head -20 "$TMP/diff" >&2; fi
cmp -s "$TMP/whole/gradebook.csv" "$TMP/merged/gradebook.csv" \
  && pass "gradebook.csv byte for byte" || fail "gradebook.csv differs"

# Mixed graders are refused (exit 2, naming the shard and the field).
sed -i 's/"grader_version": "course [^"]*"/"grader_version": "course 0.0.0 (results v1)"/' \
  "$TMP/s2/gradebook.json"
expect_exit 2 "merge refuses mixed grader versions" -- \
  "$COURSE" gradebook merge "$TMP/s1" "$TMP/s2" --out "$TMP/merged2"
expect_output "s2/gradebook.json: grader_version: graded by course 0.0.0" "names shard and field"

# Bad arguments: exit 2, nothing written.
expect_exit 2 "unknown assessment" -- "$COURSE" --course "$COURSE_SOURCE" grade nope "$SUBS/strong" --out "$TMP/bad"
expect_exit 2 "bad shard" -- "$COURSE" --course "$COURSE_SOURCE" grade "$EXAM" "$SUBS/strong" --shard 3/2 --out "$TMP/bad"
expect_exit 2 "duplicate names" -- "$COURSE" --course "$COURSE_SOURCE" grade "$EXAM" "$SUBS/strong" "$SUBS/strong/" --out "$TMP/bad"
printf 'submission,criterion,points\nstrong,report-clarity,9\n' >"$TMP/marks.csv"
expect_exit 2 "manual mark out of range" -- "$COURSE" --course "$COURSE_SOURCE" grade "$EXAM" "$SUBS/strong" --manual "$TMP/marks.csv" --out "$TMP/bad"
expect_output "marks.csv:2: points:" "names file, line and field"
[[ ! -e $TMP/bad ]] && pass "nothing written on exit 2" || fail "$TMP/bad was created"

# Manual marks raise strong to 1.0.
printf 'submission,criterion,points,comment\nstrong,report-clarity,2,clear\n' >"$TMP/marks.csv"
expect_exit 0 "manual marks" -- "$COURSE" --course "$COURSE_SOURCE" grade "$EXAM" "$SUBS/strong" --manual "$TMP/marks.csv" --resume --out "$TMP/whole"
score_in "$TMP/whole" strong 1 1

echo "first run ${first_seconds}s, resume ${resume_seconds}s"
exit $((failures > 0))
