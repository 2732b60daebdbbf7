# Helpers for the end-to-end tests (sourced). Each test gets its own temp dir, removed on exit.
set -euo pipefail
: "${COURSE:?COURSE must point at the course binary}"
: "${COURSE_SOURCE:?COURSE_SOURCE must point at the repository root}"
export NO_COLOR=1
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

# expect_exit CODE DESCRIPTION -- command...
expect_exit() {
  local want=$1 what=$2; shift 3
  set +e; "$@" >"$TMP/out" 2>"$TMP/err"; local got=$?; set -e
  if [[ $got -eq $want ]]; then pass "$what (exit $got)"; else
    fail "$what: exit $got, expected $want"; sed 's/^/  | /' "$TMP/out" "$TMP/err" >&2; fi
}

# expect_output PATTERN DESCRIPTION: the last command's stdout+stderr matches the grep -E pattern.
expect_output() {
  # grep reads the files itself: `cat … | grep -q` races under pipefail (grep exits early, cat
  # gets SIGPIPE, the pipeline "fails").
  if grep -hE -- "$1" "$TMP/out" "$TMP/err" >/dev/null; then pass "$2"; else
    fail "$2: output does not match /$1/"; sed 's/^/  | /' "$TMP/out" "$TMP/err" >&2; fi
}

# json QUERY FILE: evaluates a Python expression over the JSON document `d`.
json() { python3 -c "import json,sys; d=json.load(open(sys.argv[2])); print($1)" "$1" "$2"; }

# fixture_course DIR: a copy of the real course reduced to exercise 1.1 (every other module and
# exercise dropped, the manifest's other modules marked planned), so a test's counts and "what
# comes next" stay put as the course grows. Tests that need more add to the copy.
fixture_course() {
  local dir=$1
  mkdir -p "$dir"
  cp -r "$COURSE_SOURCE"/{modules,exercises,solutions,harnesses,assessments,data} "$dir/"
  /usr/bin/python3 - "$dir/modules" <<'PY'
import os, sys, yaml
modules = sys.argv[1]
manifest_path = os.path.join(modules, "course.yaml")
manifest = yaml.safe_load(open(manifest_path))
for m in manifest["modules"]:
    if m["number"] != 1:
        m.pop("file", None)
        m["planned"] = True
yaml.safe_dump(manifest, open(manifest_path, "w"), sort_keys=False, allow_unicode=True)
path = os.path.join(modules, next(m["file"] for m in manifest["modules"] if m["number"] == 1))
module = yaml.safe_load(open(path))
module["exercises"] = [e for e in module["exercises"] if e["id"] == "1.1"]
yaml.safe_dump(module, open(path, "w"), sort_keys=False, allow_unicode=True)
PY
}

# checkpoint_count DIR [hidden]: how many checkpoints (or hidden ones) exercise 1.1 has in DIR.
checkpoint_count() {
  /usr/bin/python3 - "$1" "${2:-}" <<'PY'
import sys, yaml
module = yaml.safe_load(open(sys.argv[1] + "/modules/01-data-validation.yaml"))
points = next(e for e in module["exercises"] if e["id"] == "1.1")["checkpoints"]
print(sum(1 for c in points if c.get("hidden")) if sys.argv[2] else len(points))
PY
}

# chromium_screenshot PAGE.html OUT.png: headless Chromium renders the page (1000×1400) to OUT.png,
# its log in $TMP/chromium.log. Without Chromium it fails the test (CI installs it:
# scripts/install-deps.sh --test) and returns 1, so the caller skips its pixel checks.
chromium_screenshot() {
  local bin
  bin=$(command -v chromium || command -v chromium-browser || true)
  if [[ -z "$bin" ]]; then
    fail "chromium not found: run scripts/install-deps.sh --test"
    return 1
  fi
  timeout 120 "$bin" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$TMP/chromium" --window-size=1000,1400 --screenshot="$2" \
    "file://$1" >"$TMP/chromium.log" 2>&1 || true
}

finish() {
  if ((failures > 0)); then echo "$failures check(s) failed" >&2; exit 1; fi
  echo "all checks passed"
}
