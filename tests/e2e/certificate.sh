#!/usr/bin/env bash
# `course certificate` through the real binary on the levels fixture (levels_fixture.sh): exit 1
# with what is missing below Proficient (nothing written), then certificate.md and a
# self-contained, escaped certificate.html once level 3 is reached; the HTML rendered in headless
# Chromium (Debian `chromium`, scripts/install-deps.sh --test) must not be a blank page.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/levels_fixture.sh"
ws=$(levels_workspace)
cd "$ws"
name='Ada <script>alert(1)</script> & "Bob" O'"'"'Neil *bold*'

# 1. Below Proficient: exit 1, the missing items, nothing written.
cp "$COURSE_SOURCE/solutions/01-data-validation/quality_checks.cpp" exercises/01-data-validation/quality_checks.cpp
"$COURSE" check 1.1 >/dev/null
expect_exit 1 "certificate at level 1" -- "$COURSE" certificate --name "$name"
expect_output "^No certificate yet: it is issued from level 3 \(Proficient\); you are at level 1 \(Advanced Beginner\)" \
  "…says which level is needed"
expect_output "^  - Fixture quiz: module 1: not taken yet" "…lists the quiz"
expect_output "^  - Capstone: .*: not passed yet" "…and the capstone"
[[ ! -e certificate.md && ! -e certificate.html ]] && pass "…nothing written" || fail "files written below level 3"
expect_exit 1 "certificate --format json at level 1" -- "$COURSE" certificate --format json
[[ "$(json 'd["issued"], d["level"], d["required_level"], len(d["missing"]), d["files"]' "$TMP/out")" \
  == "False 1 3 2 None" ]] && pass "…json: not issued, 2 missing" || fail "json: $(cat "$TMP/out")"

# 2. Bad input: exit 2 naming the flag or directory.
expect_exit 2 "--out to a missing directory" -- "$COURSE" certificate --out "$TMP/no/such/dir"
expect_output "no/such/dir" "…names it"
expect_exit 2 "blank --name" -- "$COURSE" certificate --name "  "
expect_output "certificate: --name: is empty" "…names --name"

# 3. Level 3: both files, with every section.
pass_quiz
pass_capstone
mkdir "$TMP/cert"
expect_exit 0 "certificate at level 3" -- "$COURSE" certificate --out "$TMP/cert" --name "$name"
expect_output "^Certificate written: .*certificate.md and .*certificate.html$" "…says where"
md="$TMP/cert/certificate.md"; html="$TMP/cert/certificate.html"
read -r best_score max_score <<<"$(json 'd["exercises"]["1.1"]["best_score"], d["exercises"]["1.1"]["max_score"]' .course/progress.json)"
/usr/bin/python3 - "$md" "$html" "$best_score/$max_score" "$name" <<'PY' && pass "certificate content" || fail "certificate content"
import html as H, re, sys
md, page, score, name = open(sys.argv[1]).read(), open(sys.argv[2]).read(), sys.argv[3], sys.argv[4]
problems = []
def need(cond, what):
    if not cond: problems.append(what)
# Markdown: name escaped, course, level and date, module completion date, scores.
need("Ada \\<script\\>alert(1)\\</script\\> \\& \"Bob\" O'Neil \\*bold\\*" in md, "md: escaped name")
need("course ml-engineering-onboarding, version 0.1.0" in md, "md: course id/version")
need(re.search(r"reached level 3, \*\*Proficient\*\*, on \d{4}-\d\d-\d\d", md), "md: level and date")
need(re.search(r"\| 1 \| Data validation \| \d{4}-\d\d-\d\d \|", md), "md: module 1 completed date")
need(f"| 1.1 | Data quality checks | {score} |" in md, "md: exercise best score")
need("| fx-module-1 | Fixture quiz: module 1 | 100% | 1 | passed " in md, "md: quiz score")
need(re.search(r"## Capstone\n\n.*\n.*\n\| capstone \| .* \| 90% \| 1 \| passed \d{4}-\d\d-\d\d \|", md), "md: capstone")
# HTML: self-contained (no scripts, links, images, fonts, url()), escaped, same facts.
need(page.startswith("<!DOCTYPE html>"), "html: doctype")
need("<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page, "html: name escaped")
need("&amp; &quot;Bob&quot; O&#39;Neil *bold*" in page, "html: quotes and ampersand escaped")
need(not re.search(r"(src|href)\s*=|url\(|@import|<link|<img", page), "html: external assets")
need(re.search(r"reached level 3, <strong>Proficient</strong>, on \d{4}-\d\d-\d\d", page), "html: level")
need(f"<td>1.1</td><td>Data quality checks</td><td>{score}</td>" in page, "html: exercise score")
need("<td>capstone</td>" in page and "<td>90%</td>" in page, "html: capstone score")
need("<td>fx-module-1</td>" in page, "html: quiz")
if problems: print("\n".join(problems), file=sys.stderr); sys.exit(1)
PY
expect_exit 0 "certificate --format json at level 3 (default --out: the workspace)" -- "$COURSE" certificate --format json --name Ada
[[ "$(json 'd["issued"], d["level"], d["missing"], [p.split("/")[-1] for p in d["files"].values()]' "$TMP/out")" \
  == "True 3 [] ['certificate.html', 'certificate.md']" ]] && [[ -s certificate.md && -s certificate.html ]] \
  && pass "…json: issued, files in the workspace" || fail "json issued: $(cat "$TMP/out")"

# 4. Headless Chromium renders the page, and the screenshot is not blank.
if chromium_screenshot "$html" "$TMP/shot.png"; then
  /usr/bin/python3 - "$TMP/shot.png" <<'PY' && pass "chromium screenshot is not blank" || fail "screenshot: $(tail -3 "$TMP/chromium.log")"
import sys
from PIL import Image
img = Image.open(sys.argv[1]).convert("RGB")
colors = img.getcolors(maxcolors=1 << 20) or []
# A blank page is one color; the certificate has a border, headings, tables and text.
dark = sum(n for n, (r, g, b) in colors if r + g + b < 300)
print(f"{img.size[0]}x{img.size[1]}, {len(colors)} colors, {dark} dark pixels")
sys.exit(0 if len(colors) > 50 and dark > 2000 else 1)
PY
fi
finish
