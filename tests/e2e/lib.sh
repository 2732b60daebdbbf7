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

finish() {
  if ((failures > 0)); then echo "$failures check(s) failed" >&2; exit 1; fi
  echo "all checks passed"
}
