#!/usr/bin/env bash
# The spine, end to end through the real binary: init → next → check the starter (fails) →
# copy the solution in → check (passes) → status and progress.json show it.
source "$(dirname "$0")/lib.sh"
# The course reduced to exercise 1.1, so solving it completes module 1.
fixture_course "$TMP/course"
export COURSE_HOME="$TMP/course"
ws="$TMP/ws"
file=exercises/01-data-validation/quality_checks.cpp

expect_exit 0 "init creates a workspace" -- "$COURSE" init "$ws"
[[ -f "$ws/.course/progress.json" && -f "$ws/$file" && -f "$ws/data/pokemon.csv" \
   && -f "$ws/data/pokemon_gen8_9_raw.json" && ! -e "$ws/data/scripts" ]] \
  && pass "workspace has progress, the exercise and the data" || fail "workspace incomplete"
[[ ! -e "$ws/solutions" && ! -e "$ws/assessments" ]] && ! grep -rq "expected" "$ws/exercises" --include=*.json \
  && pass "no solutions or assessments copied" || fail "hidden material leaked into the workspace"
[[ -f "$ws/compile_commands.json" ]] && grep -q "mlcore\|/include" "$ws/compile_commands.json" \
  && pass "editor support written" || fail "no compile_commands.json"
expect_exit 2 "init refuses an existing workspace" -- "$COURSE" init "$ws"
mkdir -p "$TMP/nonempty" && touch "$TMP/nonempty/x"
expect_exit 2 "init refuses a non-empty directory" -- "$COURSE" init "$TMP/nonempty"
expect_output "not empty" "…and says why"

cd "$ws"
expect_exit 0 "next shows the first exercise" -- "$COURSE" next
expect_output "Exercise 1.1" "next names exercise 1.1"
expect_output "$file" "next names the file to edit"

before=$(cat .course/progress.json)
expect_exit 1 "check fails on the starter" -- "$COURSE" check 1.1
expect_output "✗ Finds missing values" "failing checkpoint listed with ✗"
expect_output "missed [0-9]+" "failure message says what was missed"
expect_output "\(hidden\)" "hidden checkpoint marked"
[[ "$(json 'd["exercises"]["1.1"]["state"]' .course/progress.json)" == in_progress ]] \
  && pass "progress: in_progress after a failing attempt" || fail "progress state wrong"

expect_exit 1 "json output (global option after the subcommand)" -- "$COURSE" check 1.1 --format json
cp "$TMP/out" "$TMP/starter.json"
[[ "$(json 'len(d["exercises"][0]["checkpoints"])' "$TMP/starter.json")" -ge 4 ]] \
  && pass "json has per-checkpoint results" || fail "json lacks checkpoints"
[[ "$(json '[c for c in d["exercises"][0]["checkpoints"] if c["hidden"]][0]["message"].find("row")' "$TMP/starter.json")" == -1 ]] \
  && pass "hidden checkpoint message reveals no rows" || fail "hidden checkpoint leaks detail"
expect_exit 1 "json output (global option before the subcommand)" -- "$COURSE" --format json check 1.1

cp "$COURSE_SOURCE/solutions/01-data-validation/quality_checks.cpp" "$file"
expect_exit 0 "check passes with the solution" -- "$COURSE" check 1.1
expect_output "complete" "completion announced"
[[ "$(json 'd["exercises"]["1.1"]["state"]' .course/progress.json)" == done ]] \
  && pass "progress: done" || fail "progress not done"
[[ "$(json 'd["exercises"]["1.1"]["attempts"]' .course/progress.json)" == 4 ]] \
  && pass "progress: 4 attempts recorded" || fail "attempt count wrong"
[[ "$(json 'd["exercises"]["1.1"]["best_score"] == d["exercises"]["1.1"]["max_score"]' .course/progress.json)" == True ]] \
  && pass "progress: best score is the maximum" || fail "best score wrong"
expect_exit 0 "status" -- "$COURSE" status --format json
[[ "$(json '[m for m in d["modules"] if m["number"]==1][0]["complete"]' "$TMP/out")" == True ]] \
  && pass "status shows module 1 complete" || fail "status wrong"
expect_exit 0 "list" -- "$COURSE" list
expect_output "✓ 1.1" "list marks 1.1 done"

expect_exit 0 "hint reveals the first hint" -- "$COURSE" hint 1.1
expect_output "Hint 1/3" "hint numbered"
[[ "$(json 'd["exercises"]["1.1"]["hints_revealed"]' .course/progress.json)" == 1 ]] \
  && pass "hint recorded" || fail "hint not recorded"

expect_exit 2 "unknown exercise is bad input" -- "$COURSE" check 1.7
expect_output "did you mean '1.1'" "…with a suggestion"
expect_exit 2 "unknown command is bad usage" -- "$COURSE" chek
expect_output "did you mean 'check'" "…with a suggestion"
cp .course/progress.json "$TMP/progress.before"
expect_exit 2 "a mistyped COURSE_SANDBOX is bad input" -- env COURSE_SANDBOX=bwarp "$COURSE" check 1.1
expect_output "COURSE_SANDBOX must be auto, bwrap or degraded \(got 'bwarp'\)" "…naming the variable"
expect_exit 2 "a mistyped COURSE_SANDBOX_CGROUP is bad input" -- \
  env COURSE_SANDBOX_CGROUP=v3 "$COURSE" check 1.1
expect_output "COURSE_SANDBOX_CGROUP must be auto, v2, v1 or off \(got 'v3'\)" "…naming the variable"
cmp -s .course/progress.json "$TMP/progress.before" && pass "…and progress.json untouched" \
  || fail "a bad sandbox setting changed progress.json"
expect_exit 0 "--version" -- "$COURSE" --version
expect_output "^course [0-9]+\.[0-9]+\.[0-9]+" "version printed"
for cmd in init next check hint status list reset; do
  expect_exit 0 "$cmd --help" -- "$COURSE" "$cmd" --help
done

expect_exit 0 "reset restores the starter and keeps a backup" -- "$COURSE" reset 1.1
cmp -s "$file" "$COURSE_SOURCE/exercises/01-data-validation/quality_checks.cpp" \
  && pass "starter restored" || fail "starter not restored"
compgen -G ".course/backups/01-data-validation/quality_checks.cpp.*" >/dev/null && pass "backup kept" || fail "no backup"

# Color: on a terminal (script gives us a pty) unless NO_COLOR, --no-color or CI is set.
if command -v script >/dev/null; then
  esc=$'\x1b['
  # Output is captured before grep: `grep -q` closing the pipe early would fail under pipefail.
  tty_list() { env -u NO_COLOR -u CI "$@" script -qec "'$COURSE' list" /dev/null; }
  out=$(tty_list); [[ "$out" == *"$esc"* ]] && pass "color on a terminal" || fail "no color on a terminal"
  out=$(tty_list NO_COLOR=1); [[ "$out" == *"$esc"* ]] && fail "color despite NO_COLOR" || pass "NO_COLOR honoured"
  out=$(tty_list CI=true); [[ "$out" == *"$esc"* ]] && fail "color despite CI" || pass "no color under CI"
  out=$(env -u NO_COLOR -u CI script -qec "'$COURSE' list --no-color" /dev/null)
  [[ "$out" == *"$esc"* ]] && fail "color despite --no-color" || pass "--no-color honoured"
else
  fail "script(1) is missing (util-linux): cannot test terminal behaviour"
fi

cd "$TMP"
expect_exit 2 "outside a workspace: bad input" -- "$COURSE" status
expect_output "course init" "…suggesting course init"

# A corrupted progress file stops with exit 2 and is left byte-identical.
printf '{"schema_version": 1, "exercises": {' >"$ws/.course/progress.json"
cp "$ws/.course/progress.json" "$TMP/corrupt.copy"
expect_exit 2 "corrupted progress.json refused" -- "$COURSE" --workspace "$ws" check 1.1
expect_output "corrupted" "…saying it is corrupted"
cmp -s "$ws/.course/progress.json" "$TMP/corrupt.copy" && pass "corrupted file left byte-identical" || fail "corrupted file changed"
printf '{"schema_version": 99}\n' >"$ws/.course/progress.json"
expect_exit 2 "newer progress.json refused" -- "$COURSE" --workspace "$ws" status
expect_output "upgrade course" "…asking to upgrade"
finish
