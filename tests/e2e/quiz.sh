#!/usr/bin/env bash
# `course quiz` through the real binary on a copy of the course whose quiz bank and quizzes are
# the test fixture (tests/fixtures/quiz), so nothing here depends on the real bank: listing,
# --answers (YAML and JSON, human and --format json), the seeded draw (same attempt, same
# questions; a retake, others), progress.json, level criteria in `course status`, bad input
# (exit 2, nothing recorded), and the interactive quiz on a pty (re-asking, colors, NO_COLOR).
source "$(dirname "$0")/lib.sh"
fixture="$TMP/course"
fixture_course "$fixture"
rm -rf "$fixture/assessments/quizzes"
mkdir -p "$fixture/assessments/quizzes"
cp "$COURSE_SOURCE"/tests/fixtures/quiz/module-{1,2}.yaml "$fixture/assessments/quizzes/"
/usr/bin/python3 - "$fixture/modules/course.yaml" "$COURSE_SOURCE/tests/fixtures/quiz/quizzes.yaml" <<'PY'
import sys, yaml
path, quizzes = sys.argv[1], sys.argv[2]
manifest = yaml.safe_load(open(path))
manifest["quizzes"] = yaml.safe_load(open(quizzes))["quizzes"]
manifest["levels"][1]["requires"] = {"quizzes": ["fx-module-1"]}  # Only the quiz: a level-up.
for level in manifest["levels"][2:]:  # The real quizzes they name are not in the fixture.
    level.get("requires", {}).pop("quizzes", None)
yaml.safe_dump(manifest, open(path, "w"), sort_keys=False, allow_unicode=True)
PY
export COURSE_HOME="$fixture"
ws="$TMP/ws"
"$COURSE" init "$ws" >/dev/null
cd "$ws"
progress() { json "$1" "$ws/.course/progress.json"; }

# 1. Listing, and the level criterion (level 1 here requires only the quiz) before any attempt.
expect_exit 0 "course quiz lists the quizzes" -- "$COURSE" quiz
expect_output "fx-module-1 +Fixture quiz: module 1 +4 questions, pass +75% +not taken" "…with questions, pass mark, not taken"
expect_output "fx-all-2 .* 100%" "…all three"
expect_exit 0 "course quiz --format json lists them" -- "$COURSE" quiz --format json
[[ "$(json '[q["id"] for q in d["quizzes"]], d["quizzes"][1]["attempts"]' "$TMP/out")" \
  == "['fx-module-1', 'fx-mixed', 'fx-all-2'] 0" ]] && pass "json list: ids, no attempts" \
  || fail "json list: $(cat "$TMP/out")"
expect_exit 0 "course status" -- "$COURSE" status
expect_output "Fixture quiz: module 1: not taken yet \(\`course quiz fx-module-1\`, pass mark 75%\)" \
  "status lists the quiz as missing for level 1"

# 2. --answers, YAML, every module-1 question right: passed, exit 0, recorded.
cat >"$TMP/m1.yaml" <<'YAML'
fx1-missing: b
fx1-leak: a
fx1-checks: [c, a]
fx1-psi: 0.26
fx1-rows: 120
fx1-types: "b, d"
YAML
expect_exit 0 "all right: passed" -- "$COURSE" quiz fx-module-1 --answers "$TMP/m1.yaml"
expect_output "^Score: 4/4 \(100%\), pass mark 75%: passed" "…score and pass mark"
[[ $(grep -c "✓ Right." "$TMP/out") -eq 4 ]] && pass "…four ✓ with explanations" || fail "not four ✓"
expect_output "Level up: you are now Advanced Beginner" "…and passing level 1's only criterion is a level up"
[[ "$(progress '(lambda q: (q["attempts"], q["best_score"], q["passed"], q["passed_at"] != "", q["last_attempt_at"] == q["passed_at"]))(d["quizzes"]["fx-module-1"])')" \
  == "(1, 1.0, True, True, True)" ]] && pass "progress: 1 attempt, best 1.0, passed, times" \
  || fail "progress: $(cat "$ws/.course/progress.json")"
expect_exit 0 "course status" -- "$COURSE" status
expect_output "^Level 1: Advanced Beginner" "status: level 1"
if grep -q "Fixture quiz" "$TMP/out"; then fail "status still lists the passed quiz"; else
  pass "status no longer lists the passed quiz"; fi
[[ "$(progress 'd["level"]["current"]')" == 1 ]] && pass "progress: level 1" || fail "progress: level"

# 3. --answers, JSON, --format json: only module 2 answered (right), so the module-1 questions
# drawn count as unanswered: 3 of 6 (the draw is 3 + 3), not passed, exit 1.
cat >"$TMP/m2.json" <<'JSON'
{"fx2-scale": "c", "fx2-split": "a", "fx2-encode": ["a", "b"], "fx2-corr": -0.52}
JSON
expect_exit 1 "half right: not passed" -- "$COURSE" quiz fx-mixed --answers "$TMP/m2.json" --format json
cp "$TMP/out" "$TMP/mixed-1.json"
[[ "$(json 'd["score"], d["max"], d["passed"], d["attempt"], d["format_version"]' "$TMP/out")" == "3 6 False 1 1" ]] \
  && pass "json: score 3, max 6, not passed, attempt 1" || fail "json result: $(cat "$TMP/out")"
[[ "$(json 'sorted((q["module"], q["correct"], q["given"] is None, q["explanation"] != "") for q in d["questions"])' "$TMP/out")" \
  == "[(1, False, True, True), (1, False, True, True), (1, False, True, True), (2, True, False, True), (2, True, False, True), (2, True, False, True)]" ]] \
  && pass "json: per question correct, given, explanation; 3 per module" || fail "json questions: $(cat "$TMP/out")"

# 4. Seeded draw: a retake draws another set/order; another workspace's first attempt the same.
expect_exit 1 "retake" -- "$COURSE" quiz fx-mixed --answers "$TMP/m2.json" --format json
ids() { json '[q["id"] for q in d["questions"]]' "$1"; }
[[ "$(json 'd["attempt"]' "$TMP/out")" == 2 ]] && pass "retake is attempt 2" || fail "retake attempt"
[[ "$(ids "$TMP/out")" != "$(ids "$TMP/mixed-1.json")" ]] && pass "a retake asks other questions" \
  || fail "retake drew the same: $(ids "$TMP/out")"
"$COURSE" init "$TMP/ws2" >/dev/null
(cd "$TMP/ws2" && "$COURSE" quiz fx-mixed --answers "$TMP/m2.json" --format json >"$TMP/ws2.json") || true
[[ "$(ids "$TMP/ws2.json")" == "$(ids "$TMP/mixed-1.json")" ]] \
  && pass "the same attempt draws the same questions in another workspace" \
  || fail "attempt 1 differs: $(ids "$TMP/ws2.json") vs $(ids "$TMP/mixed-1.json")"
[[ "$(progress '(lambda q: (q["attempts"], q["best_score"], q["passed"]))(d["quizzes"]["fx-mixed"])')" == "(2, 0.5, False)" ]] \
  && pass "progress: fx-mixed 2 attempts, best 0.5, not passed" || fail "progress fx-mixed"

# 5. Bad input: exit 2, naming file and field, and nothing recorded.
before=$(cat "$ws/.course/progress.json")
printf 'fx1-missing: b\nfx1-checks: [a, z]\n' >"$TMP/bad.yaml"
expect_exit 2 "a letter beyond the choices" -- "$COURSE" quiz fx-module-1 --answers "$TMP/bad.yaml"
expect_output "bad.yaml:2:13: fx1-checks: 'a,z' does not answer this multiple question" "…names file, line and question"
printf 'fx1-mising: b\n' >"$TMP/typo.yaml"
expect_exit 2 "an unknown question id" -- "$COURSE" quiz fx-module-1 --answers "$TMP/typo.yaml"
expect_output "typo.yaml:1:1: fx1-mising: no question 'fx1-mising' in the quiz bank; did you mean 'fx1-missing'\?" "…with did you mean"
printf '{"fx1-missing": "b",\n' >"$TMP/broken.json"
expect_exit 2 "a JSON syntax error" -- "$COURSE" quiz fx-module-1 --answers "$TMP/broken.json"
expect_output "broken.json:[0-9]+:[0-9]+: " "…names file:line:column"
expect_exit 2 "a missing answers file" -- "$COURSE" quiz fx-module-1 --answers "$TMP/none.yaml"
expect_output "none.yaml: no such file" "…names it"
expect_exit 2 "stdin not a terminal, no --answers" -- "$COURSE" quiz fx-module-1 </dev/null
expect_output "asks its questions on a terminal.*give --answers FILE" "…says to use --answers"
expect_exit 2 "an unknown quiz" -- "$COURSE" quiz fx-mixd
expect_output "unknown quiz 'fx-mixd'; did you mean 'fx-mixed'\?" "…with did you mean"
expect_exit 2 "--answers without an id" -- "$COURSE" quiz --answers "$TMP/m1.yaml"
[[ "$(cat "$ws/.course/progress.json")" == "$before" ]] && pass "nothing recorded by bad input" \
  || fail "progress changed by bad input"

# 6. On a terminal (script(1) gives a pty). The driver answers each question as it appears,
# reading its id from the screen (the order is drawn), and types garbage first to be re-asked.
declare -A right=([fx1-missing]=b [fx1-leak]=A [fx1-checks]="c a" [fx1-psi]=.25 [fx1-rows]="120 rows"
  [fx1-types]=bd [fx2-scale]=C [fx2-split]=a [fx2-encode]="b, a" [fx2-corr]=-0.48)
# drive LOG TOTAL: writes answers to stdout as "Question k/TOTAL (id)" appears in LOG.
drive() {
  local log=$1 total=$2 k=1 id deadline=$((SECONDS + 60))
  while ((k <= total && SECONDS < deadline)); do
    id=$(grep -aoE "Question $k/$total[^(]*\([a-z0-9-]+\)" "$log" 2>/dev/null | head -1 | sed -E 's/.*\((.*)\)/\1/')
    if [[ -z $id ]]; then sleep 0.05; continue; fi
    if ((k == 1)); then
      printf 'zz\n'
      until grep -aq "type one letter\|type one or more\|type a number" "$log" || ((SECONDS >= deadline)); do sleep 0.05; done
    fi
    printf '%s\n' "${right[$id]}"
    k=$((k + 1))
  done
  sleep 2  # Keeps the pty's input open while the quiz finishes (it does not wait for this).
}
# on_pty NAME QUIZ TOTAL [env args…]: runs `course quiz QUIZ` on a pty, driven; the log is $TMP/NAME.log.
on_pty() {
  local name=$1 quiz=$2 total=$3 log="$TMP/$1.log"; shift 3
  : >"$log"
  drive "$log" "$total" | env -u CI "$@" timeout 90 script -qfec \
    "'$COURSE' quiz $quiz; echo quiz-exit=\$?" "$log" >/dev/null || true
}
if command -v script >/dev/null; then
  on_pty plain fx-all-2 4 NO_COLOR=1
  log="$TMP/plain.log"
  grep -aq "quiz-exit=0" "$log" && pass "tty: all right, exit 0" || { fail "tty: exit"; sed 's/^/  | /' "$log" >&2; }
  grep -aqE "Your answer \(one letter, a–[a-d]\): zz" "$log" && grep -aqE "^  type (one letter|a number|one or more)" "$log" \
    && pass "tty: garbage is answered with what to type" || fail "tty: no re-ask message"
  [[ $(grep -ac "✓ Right." "$log") -eq 4 ]] && pass "tty: right after each answer" || fail "tty: not four ✓"
  grep -aq "Score: 4/4 (100%), pass mark 100%: passed" "$log" && pass "tty: final score, passed" || fail "tty: no score"
  grep -aq $'\x1b\\[' "$log" && fail "tty: color despite NO_COLOR" || pass "tty: NO_COLOR honoured"
  [[ "$(progress '(lambda q: (q["attempts"], q["passed"]))(d["quizzes"]["fx-all-2"])')" == "(1, True)" ]] \
    && pass "tty: progress recorded" || fail "tty: progress $(cat "$ws/.course/progress.json")"

  on_pty color fx-module-1 4 -u NO_COLOR TERM=xterm
  log="$TMP/color.log"
  grep -aq "quiz-exit=0" "$log" && pass "tty: a retake passes again" || { fail "tty: retake"; sed 's/^/  | /' "$log" >&2; }
  grep -aq $'\x1b\\[' "$log" && pass "tty: color on a terminal without NO_COLOR" || fail "tty: no color"
  [[ "$(progress 'd["quizzes"]["fx-module-1"]["attempts"]')" == 2 ]] && pass "tty: attempt 2 recorded" \
    || fail "tty: attempts"
else
  fail "script(1) is missing (util-linux): cannot test the interactive quiz"
fi
finish
