#!/usr/bin/env bash
# `course validate` proves the content: on the real course every starter fails and every
# solution passes; a copy where a solution is broken, or a starter gives the answer away, fails.
source "$(dirname "$0")/lib.sh"

# The whole real course once (every exercise's starter and solution, the modules' and the written
# assessments': the slow part, two at a time), as JSON.
# Its build cache is kept in $E2E_BUILD_CACHE when set (CTest sets it): e2e.learner_levels then
# checks the same solutions without compiling them again. Emptied first, so this run compiles all.
cache_args=()
if [[ -n "${E2E_BUILD_CACHE:-}" ]]; then rm -rf "$E2E_BUILD_CACHE"; cache_args=(--cache "$E2E_BUILD_CACHE"); fi
expect_exit 0 "the real course is valid" -- "$COURSE" --course "$COURSE_SOURCE" validate --jobs 2 "${cache_args[@]}" --format json
[[ "$(json 'd["ok"] and all(e["ok"] for e in d["exercises"])' "$TMP/out")" == True ]] \
  && pass "json: every exercise ok" || fail "json says not ok"
[[ "$(json 'len({e["exercise"] for e in d["exercises"]}) == len(d["exercises"]) and d["exercises"][0]["exercise"] == "1.1"' "$TMP/out")" == True ]] \
  && pass "json: each exercise once, in course order" || fail "json: exercises repeated or out of order"
[[ "$(json 'len(d["exercises"])' "$TMP/out")" == "$(/usr/bin/python3 - "$COURSE_SOURCE/modules" <<'PY'
import os, sys, yaml
root = sys.argv[1]
manifest = yaml.safe_load(open(os.path.join(root, "course.yaml")))
print(sum(len(yaml.safe_load(open(os.path.join(root, m["file"]))).get("exercises", []))
          for m in manifest["modules"] + manifest["assessments"] if "file" in m))
PY
)" ]] && pass "json: every exercise of the course validated" || fail "json: exercises missing"
# The human report, on one exercise (IDs restrict validation).
expect_exit 0 "validate 1.1" -- "$COURSE" --course "$COURSE_SOURCE" validate 1.1
expect_output "Course is valid: 1 exercise checked" "…says so, for that one exercise"
expect_exit 2 "an unknown exercise id is bad usage" -- "$COURSE" --course "$COURSE_SOURCE" validate 9.9
touch "$TMP/a-file"
expect_exit 2 "--cache naming a file is bad usage" -- "$COURSE" --course "$COURSE_SOURCE" validate 1.1 --cache "$TMP/a-file"
expect_output "--cache: .* is not a directory" "…naming the flag"
# A kept cache is reused: the second validation of 1.1 compiles nothing.
expect_exit 0 "validate 1.1 with a kept cache" -- "$COURSE" --course "$COURSE_SOURCE" validate 1.1 --cache "$TMP/kept"
[[ -d "$TMP/kept/objects" ]] && pass "…the cache is kept" || fail "no cache in $TMP/kept"
before=$(find "$TMP/kept/objects" -type f | wc -l)
# …also when --course is relative (the sandbox needs it absolute: the course resolves it).
expect_exit 0 "validate 1.1 again, with --course relative" -- bash -c \
  'cd "$1/.." && exec "$2" --course "$(basename "$1")" validate 1.1 --cache "$3"' _ \
  "$COURSE_SOURCE" "$COURSE" "$TMP/kept"
[[ "$(find "$TMP/kept/objects" -type f | wc -l)" == "$before" ]] && pass "…nothing rebuilt" || fail "objects rebuilt"

# A copy of the course to break.
copy="$TMP/course"
mkdir -p "$copy"
cp -r "$COURSE_SOURCE"/{modules,exercises,solutions,harnesses,assessments,data} "$copy/"
rel=01-data-validation/quality_checks.cpp

# An assessment's exercises are validated like a module's: add the fixture exam to the copy.
cp "$COURSE_SOURCE/tests/fixtures/assessment/fixture-exam.yaml" "$copy/modules/"
/usr/bin/python3 - "$copy/modules/course.yaml" <<'PY'
import sys, yaml
path = sys.argv[1]
manifest = yaml.safe_load(open(path))
manifest["assessments"].append({"id": "fixture-exam", "title": "Fixture exam", "file": "fixture-exam.yaml"})
yaml.safe_dump(manifest, open(path, "w"), allow_unicode=True, sort_keys=False)
PY
expect_exit 0 "an assessment's exercise validates by id" -- "$COURSE" --course "$copy" validate --jobs 2 fixture-exam.1 1.1
expect_output "✓ fixture-exam.1 .*solution 8/8" "…its solution passing every checkpoint"
expect_output "Course is valid: 2 exercises checked" "…next to a module's exercise"

cp "$copy/exercises/$rel" "$copy/solutions/$rel"  # The "solution" is now the starter.
expect_exit 1 "a failing solution is caught" -- "$COURSE" --course "$copy" validate 1.1 fixture-exam.1
expect_output "solution fails checkpoint 'missing-values'" "…naming the checkpoint"
expect_output "solution fails checkpoint 'mixed-hidden'.*(expected|missed)" "…with the hidden checkpoint's real message"
expect_output "✗ fixture-exam.1" "…in the assessment that shares its file too"

cp "$COURSE_SOURCE/solutions/$rel" "$copy/solutions/$rel"
cp "$COURSE_SOURCE/solutions/$rel" "$copy/exercises/$rel"  # The starter now gives it away.
expect_exit 1 "a starter that passes is caught" -- "$COURSE" --course "$copy" validate 1.1
expect_output "starter passes every checkpoint" "…saying so"

printf 'this does not compile\n' >"$copy/exercises/$rel"
expect_exit 1 "a starter that does not compile is caught" -- "$COURSE" --course "$copy" validate 1.1
expect_output "starter does not compile" "…saying so"

sed -i 's/check: set_equal/check: sett_equal/' "$copy/modules/01-data-validation.yaml"
expect_exit 2 "a content error is bad input" -- "$COURSE" --course "$copy" validate
expect_output "modules/01-data-validation.yaml:[0-9]+:[0-9]+: .*unknown check 'sett_equal'" "…naming file, line and check"
finish
