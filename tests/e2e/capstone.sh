#!/usr/bin/env bash
# End-to-end: the capstone (modules/capstone.yaml) graded through the real binary with a fixture
# cohort: strong (reference solution + documents), weak (the starter + documents), no-compile,
# one reading the hidden holdout at run time, one #including it, one looping forever, one
# without documents. Asserts statuses, score bands, that the batch completes with --jobs 2, and
# that no byte of the hidden holdout reaches any output. Fixtures: tests/fixtures/capstone/.
source "$(dirname "$0")/lib.sh"

FILE=capstone/price_pipeline.cpp
FIX="$COURSE_SOURCE/tests/fixtures/capstone"
SUBS="$TMP/subs"
# submission NAME SOURCE [docs]: SOURCE is a learner file; @COURSE_HOME@ becomes the course.
submission() {
  mkdir -p "$SUBS/$1/exercises/capstone"
  sed "s|@COURSE_HOME@|$COURSE_SOURCE|g" "$2" >"$SUBS/$1/exercises/$FILE"
  if [[ ${3:-} == docs ]]; then cp "$COURSE_SOURCE"/solutions/capstone/*.md "$SUBS/$1/"; fi
}
submission strong "$COURSE_SOURCE/solutions/$FILE" docs
submission weak "$COURSE_SOURCE/exercises/$FILE" docs
submission nocompile "$FIX/compile_error.cpp" docs
submission reads-holdout "$FIX/read_holdout.cpp" docs
submission includes-holdout "$FIX/include_holdout.cpp" docs
submission loop "$FIX/cpu_loop.cpp" docs
submission nodocs "$COURSE_SOURCE/solutions/$FILE"
NAMES=(strong weak nocompile reads-holdout includes-holdout loop nodocs)
ARGS=()
for n in "${NAMES[@]}"; do ARGS+=("$SUBS/$n"); done

field() {
  /usr/bin/python3 -c '
import csv, sys
for row in csv.DictReader(open(sys.argv[1])):
    if row["submission"] == sys.argv[2]: print(row[sys.argv[3]])' "$1/gradebook.csv" "$2" "$3"
}
score_in() {  # NAME LOW HIGH
  local s; s=$(field "$OUT" "$1" score)
  if /usr/bin/python3 -c "import sys; sys.exit(not ($2 <= float('$s') <= $3))"; then
    pass "$1 scores $s (in $2..$3)"; else fail "$1 scores $s, expected $2..$3"; fi
}
status_is() {  # NAME STATUS
  local s; s=$(field "$OUT" "$1" status)
  if [[ $s == "$2" ]]; then pass "$1 is $2"; else fail "$1 is '$s', expected $2"; fi
}

OUT="$TMP/grades"
start=$(date +%s.%N)
expect_exit 1 "the batch completes; exit 1 because not every submission could be graded" -- \
  "$COURSE" --course "$COURSE_SOURCE" grade capstone "${ARGS[@]}" --jobs 2 --out "$OUT"
seconds=$(/usr/bin/python3 -c "import time; print(round(time.time() - $start, 1))")
expect_output "7 submissions" "summary line counts every submission"

# Scores: documents are 3 of deployment's 12 points (0.05); manual criteria count 0 (one of
# models' 6 points and one of deployment's 12: 0.05 in all), so the strong one tops out at 0.95.
status_is strong graded
score_in strong 0.9 0.96
[[ $(field "$OUT" strong passed) == pass ]] && pass "strong passes" || fail "strong should pass"
status_is weak graded
score_in weak 0.05 0.05
status_is nocompile compile_error
score_in nocompile 0.05 0.05
status_is reads-holdout graded
score_in reads-holdout 0.05 0.05
status_is includes-holdout compile_error
score_in includes-holdout 0.05 0.05
status_is loop timeout
score_in loop 0.05 0.05
status_is nodocs graded
score_in nodocs 0.89 0.91     # Everything automatic but the three documents.
[[ $(field "$OUT" nodocs passed) == pass ]] && pass "nodocs passes (0.90 ≥ 0.8)" || fail "nodocs"
for n in "${NAMES[@]}"; do
  iso=$(field "$OUT" "$n" isolation)
  [[ $iso == bwrap || $iso == degraded ]] && pass "$n records isolation $iso" || fail "$n isolation '$iso'"
done

# No holdout bytes anywhere: distinctive lines of the holdout (cards only it has), its labels
# as the checks would see them, and the reader's marker.
/usr/bin/python3 - "$COURSE_SOURCE" >"$TMP/needles" <<'PY'
import csv, math, sys
root = sys.argv[1]
def rows(path): return list(csv.DictReader(open(path, encoding="utf-8")))
train = {(r["set"], r["number"]) for r in rows(f"{root}/data/tcgp_prices_simulated_train.csv")}
hold = [r for r in rows(f"{root}/assessments/capstone/holdout.csv")]
for r in hold[:40]:
    assert (r["set"], r["number"]) not in train
    print(f'{r["set"]},{r["set_name"]},{r["set_release_date"]},{r["number"]},')
for r in hold[:40]:
    print(repr(math.log(float(r["price_usd_simulated"])))[:12])
print("LEAKED")
PY
if [[ $(iso=$(field "$OUT" reads-holdout isolation); echo "$iso") == degraded ]]; then
  echo "note: degraded sandbox: a world-readable holdout is readable (documented gap)"
elif grep -rqF -f "$TMP/needles" "$OUT" --exclude-dir=cache; then
  fail "holdout bytes reached an output:"; grep -rnoF -f "$TMP/needles" "$OUT" --exclude-dir=cache | head -5 >&2
else pass "no holdout bytes in gradebooks, results, feedback or summaries"; fi
grep -q "holdout: No such file or directory" "$OUT/feedback/reads-holdout.md" \
  && pass "the holdout reader's read failed in the sandbox" || fail "reads-holdout feedback"
grep -q "holdout.csv: No such file or directory\|holdout.csv' file not found" \
  "$OUT/feedback/includes-holdout.md" && pass "the holdout #include failed in the compile sandbox" \
  || fail "includes-holdout feedback"
grep -q "price_pipeline.cpp:7:" "$OUT/feedback/nocompile.md" \
  && pass "compile error feedback names the learner's line" || fail "nocompile feedback"
grep -q "RMSE of log price at most 0.51 on the hidden holdout (simulated price) — failed$" \
  "$OUT/feedback/weak.md" && pass "hidden check shown as failed only" || fail "hidden line in weak.md"
grep -q "MODEL_CARD.md is missing" "$OUT/feedback/nodocs.md" && pass "nodocs feedback names the missing document" \
  || fail "nodocs feedback"
grep -qi "simulated" "$OUT/feedback/strong.md" && pass "feedback labels the price simulated" \
  || fail "simulated label"

# Headless Chromium renders the strong submission's HTML feedback (as certificate.sh does); the
# screenshot must show text and the areas' bar chart, not a blank or unstyled page.
if chromium_screenshot "$OUT/feedback/strong.html" "$TMP/strong.png"; then
  /usr/bin/python3 - "$TMP/strong.png" <<'PY' && pass "chromium screenshot of strong.html shows text and chart" \
    || fail "screenshot: $(tail -3 "$TMP/chromium.log")"
import sys
from PIL import Image
img = Image.open(sys.argv[1]).convert("RGB")
colors = img.getcolors(maxcolors=1 << 20) or []
dark = sum(n for n, (r, g, b) in colors if r + g + b < 300)
# The SVG bars are coloured: pixels far from grey (max - min channel > 60).
tinted = sum(n for n, c in colors if max(c) - min(c) > 60)
print(f"{img.size[0]}x{img.size[1]}, {len(colors)} colors, {dark} dark, {tinted} tinted pixels")
sys.exit(0 if len(colors) > 50 and dark > 2000 and tinted > 500 else 1)
PY
fi

echo "capstone cohort: 7 submissions graded in ${seconds}s with --jobs 2"
exit $((failures > 0))
