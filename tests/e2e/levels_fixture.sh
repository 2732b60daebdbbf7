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

# pass_capstone: passes the fixture capstone (the grading fixture exam, renamed) in the current
# workspace through the real command: the reference solution and a complete REPORT.md, then
# `course check capstone`, which grades it as `course grade` would and records progress.exams.
# Score 0.9: the criterion an instructor marks by hand counts 0 for a learner.
pass_capstone() {
  cp "$COURSE_SOURCE/solutions/01-data-validation/quality_checks.cpp" \
    exercises/01-data-validation/quality_checks.cpp
  printf '# Approach\nRequired columns are checked for missing cells, ids for later duplicates, and every rule for a column the table lacks.\n## Results\nEvery public case passes.\n' \
    >REPORT.md
  "$COURSE" check capstone >/dev/null
}
