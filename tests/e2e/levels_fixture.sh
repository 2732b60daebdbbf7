# The fixture course of levels.sh and certificate.sh (sourced after lib.sh): exercise 1.1 only,
# the quiz fixture bank, and levels 1 = module 1, 2 = quiz fx-module-1, 3 = the capstone,
# 4 = instructor award (the real course's levels need exams that are not written yet).
levels_fixture="$TMP/course"
fixture_course "$levels_fixture"
rm -rf "$levels_fixture/assessments/quizzes"
mkdir -p "$levels_fixture/assessments/quizzes"
cp "$COURSE_SOURCE"/tests/fixtures/quiz/module-{1,2}.yaml "$levels_fixture/assessments/quizzes/"
# A written capstone (course.yaml needs its file): the grading fixture exam, renamed.
sed -e 's/^id: fixture-exam$/id: capstone/' -e 's/fixture-exam\.1/capstone.1/g' \
  "$COURSE_SOURCE/tests/fixtures/assessment/fixture-exam.yaml" >"$levels_fixture/modules/capstone.yaml"
/usr/bin/python3 - "$levels_fixture/modules/course.yaml" "$COURSE_SOURCE/tests/fixtures/quiz/quizzes.yaml" <<'PY'
import sys, yaml
path, quizzes = sys.argv[1], sys.argv[2]
manifest = yaml.safe_load(open(path))
manifest["quizzes"] = yaml.safe_load(open(quizzes))["quizzes"]
for a in manifest["assessments"]:
    if a["id"] == "capstone":
        a.pop("planned", None)
        a["file"] = "capstone.yaml"
levels = manifest["levels"]
levels[1]["requires"] = {"modules": [1]}
levels[2]["requires"] = {"quizzes": ["fx-module-1"]}
levels[3]["requires"] = {"assessments": ["capstone"]}
yaml.safe_dump(manifest, open(path, "w"), sort_keys=False, allow_unicode=True)
PY
export COURSE_HOME="$levels_fixture"

# levels_workspace [NAME]: a new workspace under $TMP; prints its path.
levels_workspace() {
  local ws="$TMP/${1:-ws}"
  "$COURSE" init "$ws" >/dev/null
  echo "$ws"
}

# pass_quiz: passes fx-module-1 in the current workspace (every answer right).
pass_quiz() {
  printf 'fx1-missing: b\nfx1-leak: a\nfx1-checks: [c, a]\nfx1-psi: 0.26\nfx1-rows: 120\nfx1-types: "b, d"\n' \
    >"$TMP/quiz-answers.yaml"
  "$COURSE" quiz fx-module-1 --answers "$TMP/quiz-answers.yaml" >/dev/null
}

# pass_capstone [SCORE]: records a passed capstone (default 0.92) in the current workspace, then
# re-checks 1.1 so the runner records the level it earns. Written into progress.json directly
# because no command records exam or capstone scores yet (instructor grading is a later issue);
# no `course` process runs meanwhile, so the store's lock is not needed.
pass_capstone() {
  /usr/bin/python3 - .course/progress.json "${1:-0.92}" <<'PY'
import json, sys
path, score = sys.argv[1], float(sys.argv[2])
d = json.load(open(path))
d["exams"]["capstone"] = {"attempts": 1, "best_score": score, "last_score": score,
                          "passed_at": "2026-12-01T10:00:00Z", "last_attempt_at": "2026-12-01T10:00:00Z"}
json.dump(d, open(path, "w"), indent=2)
PY
  "$COURSE" check 1.1 >/dev/null
}
