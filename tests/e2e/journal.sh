#!/usr/bin/env bash
# `course journal` through the real binary on the fixture course (module 1 reduced to exercise
# 1.1): adding and reading entries (human and --format json), bad TEXT (exit 2, nothing written),
# and the module's reflection prompts shown when `course check` completes the module.
source "$(dirname "$0")/lib.sh"
fixture="$TMP/course"
fixture_course "$fixture"
export COURSE_HOME="$fixture"
ws="$TMP/ws"
"$COURSE" init "$ws" >/dev/null
cd "$ws"
progress() { json "$1" "$ws/.course/progress.json"; }

# 1. Empty journal, then two entries in order, with timestamps.
expect_exit 0 "empty journal" -- "$COURSE" journal
expect_output "Your journal is empty" "…says so and how to add"
expect_exit 0 "journal add" -- "$COURSE" journal add "Aha: a typed column hides bad cells"
expect_output "^Journal entry added \([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z\)" "…with its time"
expect_exit 0 "journal add --format json" -- "$COURSE" journal add "Ünïcode & <tags> \"quoted\"" --format json
[[ "$(json 'd["format_version"], len(d["entries"]), d["entries"][0]["text"]' "$TMP/out")" \
  == "1 1 Ünïcode & <tags> \"quoted\"" ]] && pass "…json: the one entry added" || fail "add json: $(cat "$TMP/out")"
expect_exit 0 "journal lists entries" -- "$COURSE" journal
expect_output "^Aha: a typed column hides bad cells$" "…first entry"
grep -n "" "$TMP/out" | grep -q "^5:Ünïcode" && pass "…second entry after the first" \
  || fail "order: $(cat "$TMP/out")"
expect_exit 0 "journal --format json" -- "$COURSE" --format json journal
[[ "$(json '[e["text"][:3] for e in d["entries"]], all(e["at"].endswith("Z") for e in d["entries"])' "$TMP/out")" \
  == "['Aha', 'Ünï'] True" ]] && pass "…json lists both, oldest first" || fail "list json: $(cat "$TMP/out")"
[[ "$(progress 'len(d["journal"])')" == 2 ]] && pass "progress.json holds 2 entries" || fail "progress journal"

# 2. Bad TEXT: exit 2 naming TEXT, progress.json untouched.
cp .course/progress.json "$TMP/before.json"
expect_exit 2 "empty TEXT refused" -- "$COURSE" journal add ""
expect_output "journal: TEXT: is empty" "…names TEXT"
expect_exit 2 "whitespace TEXT refused" -- "$COURSE" journal add "   "
expect_exit 0 "exactly 4096 bytes accepted" -- "$COURSE" journal add "$(head -c 4096 /dev/zero | tr '\0' x)"
cp .course/progress.json "$TMP/before.json"
expect_exit 2 "4097 bytes refused" -- "$COURSE" journal add "$(head -c 4097 /dev/zero | tr '\0' x)"
expect_output "TEXT: is 4097 bytes; an entry holds at most 4096" "…says the size and the limit"
cmp -s .course/progress.json "$TMP/before.json" && pass "…nothing written" || fail "refused entry changed progress.json"
expect_exit 2 "journal add without TEXT" -- "$COURSE" journal add
expect_exit 2 "journal --format junit" -- "$COURSE" journal --format junit
expect_exit 0 "journal --help" -- "$COURSE" journal --help
expect_output "add +Add a timestamped entry" "…lists add"

# 3. Completing the module's last exercise offers its reflection prompts (they are in the YAML).
first_prompt=$(/usr/bin/python3 -c "import yaml,sys; print(yaml.safe_load(open(sys.argv[1]))['reflection'][0])" \
  "$fixture/modules/01-data-validation.yaml")
cp "$COURSE_SOURCE/solutions/01-data-validation/quality_checks.cpp" exercises/01-data-validation/quality_checks.cpp
expect_exit 0 "check completes module 1 (its only exercise here)" -- "$COURSE" check 1.1
expect_output "Module 1 \(Data validation\) complete\. Before moving on, reflect in your journal:" \
  "…offers reflection"
grep -qF -- "  - $first_prompt" "$TMP/out" && pass "…with the module's prompts" || fail "prompt missing: $(cat "$TMP/out")"
expect_output "course journal add" "…and how to record an answer"
expect_exit 0 "check again" -- "$COURSE" check 1.1
if grep -q "reflect in your journal" "$TMP/out"; then fail "prompts offered twice"; else
  pass "…only once: not on a re-check"; fi
finish
