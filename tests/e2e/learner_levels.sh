#!/usr/bin/env bash
# A scripted learner on the real course goes from Level 0 (Beginner) to Level 2 (Competent)
# through the real commands only: `course next` / `course check` on every exercise of modules
# 1–4 (the reference solution typed in), the checkpoint quizzes (`course quiz --answers`), and
# the checkpoint exams (`course check checkpoint-N` with the reference solutions and documents
# that have the required sections). progress.json and `course status` are read after each step.
source "$(dirname "$0")/lib.sh"
export COURSE_HOME="$COURSE_SOURCE"
ws="$TMP/ws"
expect_exit 0 "init" -- "$COURSE" init "$ws"
cd "$ws"
# The build cache e2e.validate kept (CTest runs it first): the reference solutions typed in here
# are the bytes it compiled, so the checks below reuse its objects (the cache is content-hashed)
# and this test spends its time on the learner's path, not on compiling the course again.
if [[ -d "${E2E_BUILD_CACHE:-}" ]]; then
  mkdir -p .course/cache && cp -a "$E2E_BUILD_CACHE/." .course/cache/
fi
progress() { json "$1" "$ws/.course/progress.json"; }
course_json() { "$COURSE" "$@" --format json >"$TMP/json" && json "$JSON_EXPR" "$TMP/json"; }

# The bank's answer key, so the quizzes pass whichever questions are drawn (ids from the whole
# bank are accepted). The learner here is scripted; the quiz tests judge the answers themselves.
/usr/bin/python3 - "$COURSE_SOURCE/assessments/quizzes" "$TMP/answers.yaml" <<'PY'
import glob, os, sys, yaml
answers = {}
for path in sorted(glob.glob(os.path.join(sys.argv[1], "module-*.yaml"))):
    for q in yaml.safe_load(open(path))["questions"]:
        answers[q["id"]] = q["answer"]
yaml.safe_dump(answers, open(sys.argv[2], "w"), allow_unicode=True)
PY

# take_exam ID: the reference solution of each of its exercises and every document it asks for
# (its required headings, each followed by enough words), then `course check ID`.
take_exam() {
  /usr/bin/python3 - "$COURSE_SOURCE" "$1" "$ws" <<'PY'
import os, shutil, sys, yaml
root, exam_id, ws = sys.argv[1:]
manifest = yaml.safe_load(open(os.path.join(root, "modules", "course.yaml")))
entry = next(a for a in manifest["assessments"] if a["id"] == exam_id)
exam = yaml.safe_load(open(os.path.join(root, "modules", entry["file"])))
for e in exam.get("exercises", []):
    shutil.copy(os.path.join(root, "solutions", e["file"]), os.path.join(ws, "exercises", e["file"]))
for d in exam.get("documents", []):
    words = max(d.get("min_words", 0), 20)
    body = " ".join(["measured"] * words)
    with open(os.path.join(ws, d["file"]), "w") as out:
        out.write("".join(f"## {s}\n{body}\n\n" for s in d.get("sections", [])) or body + "\n")
PY
  expect_exit 0 "course check $1 (exam passed)" -- "$COURSE" check "$1"
}

# solve_module N: `course next` shows the current exercise; the learner types in the reference
# solution and checks it, until the current exercise is no longer in module N.
solve_module() {
  local module=$1 id file solved=0
  while :; do
    id=$(progress 'd.get("current_exercise") or ""')
    [[ "$id" == "$module".* ]] || break
    "$COURSE" next >"$TMP/next" 2>&1 || { fail "next at $id: $(cat "$TMP/next")"; return; }
    file=$(grep -o "exercises/[^ ]*\.cpp" "$TMP/next" | head -1)
    [[ -n "$file" ]] || { fail "next names no file for $id: $(cat "$TMP/next")"; return; }
    cp "$COURSE_SOURCE/solutions/${file#exercises/}" "$file"
    if "$COURSE" check "$id" >"$TMP/check" 2>&1; then
      solved=$((solved + 1))
      [[ "$(progress "d['exercises']['$id']['state']")" == done ]] || fail "$id not recorded done"
    else
      fail "check $id with the solution: $(tail -20 "$TMP/check")"; return
    fi
    "$COURSE" next >/dev/null 2>&1 || true  # Moves on once the exercise passes.
    [[ "$(progress 'd.get("current_exercise") or ""')" != "$id" ]] || { fail "next stayed on $id"; return; }
  done
  JSON_EXPR="[m for m in d['modules'] if m['number'] == $module][0]['complete']"
  [[ "$(course_json status)" == True ]] && pass "module $module complete ($solved exercises)" \
    || fail "module $module not complete after $solved exercises"
}

level_is() {  # LEVEL NAME
  [[ "$(progress 'd["level"]["current"], [h["level"] for h in d["level"]["history"]][-1]')" == "$1 $1" ]] \
    && pass "progress.json: level $1 ($2), in the history" || fail "level: $(progress 'd["level"]')"
  expect_exit 0 "status" -- "$COURSE" status
  expect_output "^Level $1: $2" "…status shows level $1"
}

# Level 0: status names what level 1 needs, and how to read and take the exam.
level_is 0 Beginner
expect_output "module 1 \(Data validation\): 0 of [0-9]+ exercises done" "…missing module 1"
expect_output "Checkpoint exam 1.*: not passed yet \(\`course lesson checkpoint-1\`, then \`course check checkpoint-1\`, pass mark 80%\)" \
  "…and the checkpoint exam, with the commands"
expect_exit 0 "lesson checkpoint-1 shows the exam's brief" -- "$COURSE" lesson checkpoint-1
expect_output "^  - exercises/checkpoint-1/.*\.cpp" "…the files to edit"
expect_output "Time box: 90 minutes|90 minutes suggested" "…the time box"
expect_output "Submit with \`course check checkpoint-1\`" "…how to submit"
expect_exit 0 "lesson capstone --format json" -- "$COURSE" lesson capstone --format json
[[ "$(json '[d["assessment"], len(d["documents"]) >= 3, all(set(e) == {"id", "title", "file"} for e in d["exercises"])]' "$TMP/out")" == "['capstone', True, True]" ]] \
  && pass "…json: the capstone's brief with its documents, exercises without cases" || fail "lesson json: $(head -c 300 "$TMP/out")"
expect_exit 2 "lesson of an unknown id" -- "$COURSE" lesson checkpoint-9
expect_output "no module or assessment 'checkpoint-9'" "…names it"

# Level 1: modules 1–2, the checkpoint 1 quiz, checkpoint exam 1 (starter first: it fails).
solve_module 1
solve_module 2
level_is 0 Beginner
expect_exit 0 "checkpoint 1 quiz" -- "$COURSE" quiz checkpoint-1-quiz --answers "$TMP/answers.yaml"
[[ "$(progress 'bool(d["quizzes"]["checkpoint-1-quiz"]["passed_at"])')" == True ]] \
  && pass "progress.json: checkpoint 1 quiz passed" || fail "quiz not recorded"
expect_exit 1 "checkpoint exam 1 with the starter code fails" -- "$COURSE" check checkpoint-1
[[ "$(progress 'd["exams"]["checkpoint-1"]["attempts"], bool(d["exams"]["checkpoint-1"].get("passed_at"))')" \
  == "1 False" ]] && pass "progress.json: a failed exam attempt" || fail "exam attempt: $(progress 'd["exams"]')"
take_exam checkpoint-1
expect_output "Level up: you are now Advanced Beginner" "…level up announced"
level_is 1 "Advanced Beginner"
expect_exit 0 "list --format json" -- "$COURSE" list --format json
[[ "$(json '[(a["id"], a["attempts"], a["passed"]) for a in d["assessments"]][0]' "$TMP/out")" == "('checkpoint-1', 2, True)" ]] \
  && pass "…list: exam 1 passed after two attempts" || fail "list json: $(cat "$TMP/out")"

# Level 2: modules 3–4, the checkpoint 2 quiz, checkpoint exam 2.
solve_module 3
solve_module 4
expect_exit 0 "checkpoint 2 quiz" -- "$COURSE" quiz checkpoint-2-quiz --answers "$TMP/answers.yaml"
level_is 1 "Advanced Beginner"
take_exam checkpoint-2
level_is 2 Competent
[[ "$(progress '[h["level"] for h in d["level"]["history"]], d["exams"]["checkpoint-2"]["attempts"]')" \
  == "[0, 1, 2] 1" ]] && pass "progress.json: history 0 → 1 → 2, one exam 2 attempt" \
  || fail "history: $(progress 'd["level"]["history"]')"
expect_output "Proficient" "…status names the next level"
finish
