#!/usr/bin/env bash
# Levels through the real binary: `course level award` (refused below the level under it, then
# recorded with who/why/when), and `course status` showing the level, its history and what is
# missing. Fixture: exercise 1.1 only, the quiz fixture bank, and levels 1 = module 1, 2 = quiz
# fx-module-1, 3 = the capstone, 4 = instructor award, so every level is reachable in seconds.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/levels_fixture.sh"
ws=$(levels_workspace)
cd "$ws"
progress() { json "$1" "$ws/.course/progress.json"; }

# 1. Level 0: status explains every criterion of level 1; an award is refused.
expect_exit 0 "status at level 0" -- "$COURSE" status
expect_output "^Level 0: Beginner" "…level 0"
expect_output "^  - module 1 \(Data validation\): 0 of 1 exercises done" "…module missing for level 1"
expect_exit 2 "award at level 0 refused" -- "$COURSE" level award --level 4 --by "Dr. Ada"
expect_output "level award: --level: level 4 \(Expert\) needs level 3 \(Proficient\) first; the learner is at level 0 \(Beginner\), missing module 1" \
  "…says which level is needed and what is missing"

# 2. Level 1 by the exercise, level 2 by the quiz; status explains the quiz while it is missing.
cp "$COURSE_SOURCE/solutions/01-data-validation/quality_checks.cpp" exercises/01-data-validation/quality_checks.cpp
expect_exit 0 "check 1.1" -- "$COURSE" check 1.1
expect_output "Level up: you are now Advanced Beginner" "…level 1"
expect_exit 0 "status at level 1" -- "$COURSE" status
expect_output "^  - Fixture quiz: module 1: not taken yet \(\`course quiz fx-module-1\`, pass mark 75%\)" \
  "…the quiz missing for level 2, with the command and pass mark"
pass_quiz
expect_exit 0 "status --format json at level 2" -- "$COURSE" status --format json
[[ "$(json 'd["level"]["current"], d["level"]["next"], [m.split(": not passed yet")[1] for m in d["level"]["missing_for_next"]]' "$TMP/out")" \
  == "2 Proficient [' (\`course lesson capstone\`, then \`course check capstone\`, pass mark 60%)']" ]] \
  && pass "…level 2, the capstone missing for Proficient" || fail "status json: $(cat "$TMP/out")"
cp .course/progress.json "$TMP/before.json"
expect_exit 2 "award at level 2 refused" -- "$COURSE" level award --level 4 --by "Dr. Ada"
expect_output "missing Capstone" "…names the capstone"
cmp -s .course/progress.json "$TMP/before.json" && pass "…nothing written" || fail "refused award wrote"

# 3. Malformed awards: exit 2 naming the flag.
expect_exit 2 "--level 3 is reached, not awarded" -- "$COURSE" level award --level 3 --by "Dr. Ada"
expect_output "--level: level 3 \(Proficient\) is reached by its criteria" "…says so"
expect_exit 2 "--level 7" -- "$COURSE" level award --level 7 --by "Dr. Ada"
expect_output "--level: is 7; this course has levels 1 to 4" "…range"
expect_exit 2 "blank --by" -- "$COURSE" level award --level 4 --by " "
expect_output "level award: --by: is empty" "…names --by"
expect_exit 2 "--by missing" -- "$COURSE" level award --level 4
expect_exit 2 "level without a subcommand" -- "$COURSE" level
expect_exit 0 "level award --help" -- "$COURSE" level award --help
expect_output "--reason" "…documents --reason"

# 4. The capstone from the workspace (`course check capstone`, graded as `course grade` would):
# a failing attempt is recorded and exits 1; a report format meant for exercises is refused.
cp "$COURSE_SOURCE/exercises/01-data-validation/quality_checks.cpp" exercises/01-data-validation/
expect_exit 1 "capstone with the starter code fails" -- "$COURSE" check capstone
expect_output "Data quality checks \(exam\)" "…reports the exam's exercise"
[[ "$(progress 'd["exams"]["capstone"]["attempts"], d["exams"]["capstone"].get("passed_at", ""), d["level"]["current"]')" \
  == "1  2" ]] && pass "…one attempt recorded, not passed, still level 2" || fail "exams: $(cat .course/progress.json)"
expect_exit 2 "check capstone --format junit" -- "$COURSE" check capstone --format junit
expect_output "assessment reports as human or json" "…says which formats"

# 5. Level 3 by passing the capstone, then the award: recorded with who, why, when.
pass_capstone
[[ "$(progress 'd["exams"]["capstone"]["attempts"], d["exams"]["capstone"]["best_score"], bool(d["exams"]["capstone"]["passed_at"])')" \
  == "2 0.9 True" ]] && pass "capstone passed with 0.9 (the hand-marked criterion counts 0)" \
  || fail "exams: $(cat .course/progress.json)"
expect_exit 0 "award Expert" -- "$COURSE" level award --level 4 --by "Dr. Ada <ada@example.org>" \
  --reason "Led the churn model review"
expect_output "^Awarded level 4 \(Expert\) by Dr. Ada <ada@example.org> at [0-9T:-]+Z\.$" "…says who and when"
[[ "$(progress '[(h["level"], h.get("awarded_by", "")) for h in d["level"]["history"]], d["level"]["current"]')" \
  == "[(0, ''), (1, ''), (2, ''), (3, ''), (4, 'Dr. Ada <ada@example.org>')] 4" ]] \
  && pass "progress: levels 0-3 reached, 4 awarded" || fail "history: $(cat .course/progress.json)"
[[ "$(progress 'd["level"]["history"][-1]["reason"]')" == "Led the churn model review" ]] \
  && pass "…with the reason" || fail "reason"
expect_exit 0 "status shows the history" -- "$COURSE" status
expect_output "^Level 4: Expert" "…level 4"
expect_output "^  [0-9-]{10} level 4 \(Expert\), awarded by Dr. Ada <ada@example.org>$" "…award line"
expect_output "^    reason: Led the churn model review$" "…reason line"
expect_output "^  [0-9-]{10} level 3 \(Proficient\)$" "…earlier levels"
expect_exit 2 "second award refused" -- "$COURSE" level award --level 4 --by "Someone"
expect_output "already holds level 4" "…already held"
expect_exit 0 "status --format json" -- "$COURSE" status --format json
[[ "$(json 'd["level"]["history"][-1]["awarded_by"], d["level"]["history"][0]["awarded_by"], d["level"]["next"]' "$TMP/out")" \
  == "Dr. Ada <ada@example.org>  None" ]] && pass "…json history with awarded_by" || fail "json: $(cat "$TMP/out")"

# 6. --format json of the award (a fresh workspace at level 3).
ws2=$(levels_workspace ws2)
cd "$ws2"
cp "$COURSE_SOURCE/solutions/01-data-validation/quality_checks.cpp" exercises/01-data-validation/quality_checks.cpp
"$COURSE" check 1.1 >/dev/null
pass_quiz
pass_capstone
expect_exit 0 "award --format json" -- "$COURSE" level award --level 4 --by "Prof. B" --format json
[[ "$(json 'd["format_version"], d["awarded"]["level"], d["awarded"]["awarded_by"], repr(d["awarded"]["reason"])' "$TMP/out")" \
  == "1 4 Prof. B ''" ]] && pass "…json: the event" || fail "award json: $(cat "$TMP/out")"

# 6. The real course: each checkpoint quiz is a level criterion, and status explains it.
real="$TMP/real-ws"
COURSE_HOME="$COURSE_SOURCE" "$COURSE" init "$real" >/dev/null
cd "$real"
expect_exit 0 "status on the real course" -- env COURSE_HOME="$COURSE_SOURCE" "$COURSE" status
expect_output "^  - Checkpoint 1 quiz: modules 1–2: not taken yet \(\`course quiz checkpoint-1-quiz\`, pass mark 80%\)$" \
  "…level 1 lists checkpoint-1-quiz with the command and pass mark"
expect_output "^  - Checkpoint exam 1: customer churn: " "…next to checkpoint exam 1"
expect_exit 0 "status --format json on the real course" -- env COURSE_HOME="$COURSE_SOURCE" "$COURSE" status --format json
[[ "$(json 'sum("checkpoint-1-quiz" in m for m in d["level"]["missing_for_next"])' "$TMP/out")" == 1 ]] \
  && pass "…json lists the quiz once" || fail "json: $(cat "$TMP/out")"
finish
