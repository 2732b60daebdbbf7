#!/usr/bin/env bash
# `course watch` through the real binary: a check at start and on every save, keys read line by
# line from a fifo (no terminal), moving on to the next exercise when one passes, stopping on
# completion, q, SIGTERM and SIGINT with the documented exit codes, with inotify and with --poll.
# Every wait is on a condition with a deadline; nothing relies on a fixed sleep.
source "$(dirname "$0")/lib.sh"
starter_rel=01-data-validation/quality_checks.cpp
solution="$COURSE_SOURCE/solutions/$starter_rel"
step=180  # Seconds allowed for one check (a cold compile on a loaded 2-core machine).

# A two-exercise copy of the course, so "moves on" has somewhere to go: 1.2 is 1.1 again in
# another file.
fixture="$TMP/course"
fixture_course "$fixture"
again_rel=01-data-validation/quality_checks_again.cpp
cp "$fixture/exercises/$starter_rel" "$fixture/exercises/$again_rel"
cp "$fixture/solutions/$starter_rel" "$fixture/solutions/$again_rel"
/usr/bin/python3 - "$fixture/modules/01-data-validation.yaml" "$again_rel" <<'PY'
import copy, sys, yaml
path, rel = sys.argv[1], sys.argv[2]
module = yaml.safe_load(open(path))
again = copy.deepcopy(module["exercises"][0])
again.update({"id": "1.2", "title": "Data quality checks, again", "file": rel})
module["exercises"].append(again)
yaml.safe_dump(module, open(path, "w"), sort_keys=False, allow_unicode=True)
PY

# start_watch WS NAME ARGS…: runs `course watch ARGS` in WS with stdin from a fifo held open on
# fd 3; sets $watch_pid. Through a small launcher: its own session (so what it starts can be found
# afterwards), and SIGINT back to its default (bash starts background commands with it ignored).
launcher='import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_DFL)
os.setsid()
os.execv(sys.argv[1], sys.argv[1:])'
start_watch() {
  local ws=$1 name=$2; shift 2
  out="$TMP/$name.out" err="$TMP/$name.err"
  rm -f "$TMP/$name.in" && mkfifo "$TMP/$name.in"
  (cd "$ws" && exec python3 -c "$launcher" "$COURSE" watch "$@" <"$TMP/$name.in" >"$out" 2>"$err") &
  watch_pid=$!
  exec 3>"$TMP/$name.in"  # Opening the fifo unblocks the watch's stdin.
}
send() { printf '%s\n' "$1" >&3; }

# alive PID: running (bash reaps its children, but a zombie must not count either).
alive() { [[ -r /proc/$1/stat ]] && [[ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]]; }
count_matches() { cat "$out" "$err" | grep -cE -- "$1" || true; }

# wait_for PATTERN DESCRIPTION [SECONDS] [MIN_COUNT]: until the watch's output has MIN_COUNT lines
# matching the grep -E pattern; fails at the deadline or when the watch has ended without them.
wait_for() {
  local pattern=$1 what=$2 deadline=$((SECONDS + ${3:-$step})) want=${4:-1}
  until (($(count_matches "$pattern") >= want)); do
    if ((SECONDS >= deadline)) || ! alive "$watch_pid"; then
      (($(count_matches "$pattern") >= want)) && break  # It printed, then exited.
      fail "$what: no /$pattern/ (x$want) in the output"; sed 's/^/  | /' "$out" "$err" >&2
      return 0
    fi
    sleep 0.1
  done
  pass "$what"
}

# expect_watch_exit CODE DESCRIPTION: the watch ends by itself within a deadline with CODE, and
# leaves nothing running behind.
expect_watch_exit() {
  local want=$1 what=$2 deadline=$((SECONDS + 30)) got
  while alive "$watch_pid" && ((SECONDS < deadline)); do sleep 0.1; done
  if alive "$watch_pid"; then
    fail "$what: still running after 30 s"; kill -9 "$watch_pid"
  fi
  set +e; wait "$watch_pid"; got=$?; set -e
  exec 3>&-
  [[ $got -eq $want ]] && pass "$what (exit $got)" || {
    fail "$what: exit $got, expected $want"; sed 's/^/  | /' "$out" "$err" >&2; }
  local left
  left=$(ps -eo pid=,sid=,args= | awk -v sid="$watch_pid" -v tmp="$TMP" \
    '($2 == sid || index($0, tmp)) && !/awk/ {print}')
  [[ -z "$left" ]] && pass "$what: no process left behind" || fail "$what: left behind: $left"
}

checks_of() { grep -c "Checking $1…" "$out" || true; }
progress() { json "$1" "$2/.course/progress.json"; }

# 1. inotify, two exercises: keys, an atomic rename-save, moving on, finishing.
ws="$TMP/ws"
"$COURSE" --course "$fixture" init "$ws" >/dev/null
start_watch "$ws" inotify --course "$fixture"
wait_for "^Checking 1\.1…" "says Checking 1.1… at once" 20
wait_for "\(inotify\)" "watches with inotify" 20
wait_for "Keep going" "the starter fails and watch says what to do"
send h
wait_for "^Hint 1/3:" "h shows the first hint" 20
send n
wait_for "1\.1 does not pass yet" "n refuses to move on and says why" 20
send l
wait_for "1\.2 +Data quality checks, again" "l lists the exercises" 20
send ""
wait_for "^Checking 1\.1…" "Enter checks again" 20 2
wait_for "Keep going" "…and reports again" "$step" 2
# An editor's rename-save: write a temporary file next to it, rename it over the exercise.
cp "$solution" "$ws/exercises/$starter_rel.tmp~" && mv "$ws/exercises/$starter_rel.tmp~" "$ws/exercises/$starter_rel"
wait_for "Exercise 1\.1 complete!" "a rename-save is checked and passes"
wait_for "^Exercise 1\.2:" "moves on and shows exercise 1.2 as course next does"
wait_for "Watching exercises/$again_rel" "watches 1.2's file" 20
[[ $(checks_of 1.1) -eq 3 ]] && pass "one check per event (start, Enter, save)" \
  || fail "checks of 1.1: $(checks_of 1.1), expected 3"
[[ "$(progress 'd["exercises"]["1.1"]["state"], d["current_exercise"]' "$ws")" == "done 1.2" ]] \
  && pass "progress: 1.1 done, 1.2 current" || fail "progress after 1.1: $(cat "$ws/.course/progress.json")"
cp "$fixture/solutions/$again_rel" "$ws/exercises/$again_rel"  # An in-place save.
wait_for "Exercise 1\.2 complete!" "an in-place save of 1.2 is checked and passes"
wait_for "finished every exercise" "says every exercise is done"
expect_watch_exit 0 "watch stops by itself when everything is done"
[[ "$(progress '[d["exercises"][i]["state"] for i in ("1.1", "1.2")]' "$ws")" == "['done', 'done']" ]] \
  && pass "progress: both done" || fail "progress at the end: $(cat "$ws/.course/progress.json")"
[[ "$(progress 'd["exercises"]["1.1"]["hints_revealed"]' "$ws")" == 1 ]] \
  && pass "progress: the hint is recorded" || fail "hint not recorded"

# 2. --poll on the course reduced to 1.1: SIGTERM, SIGINT, q, a pass, and nothing left to do.
fixture_course "$TMP/course-single"
export COURSE_HOME="$TMP/course-single"
ws="$TMP/ws-poll"
"$COURSE" init "$ws" >/dev/null
start_watch "$ws" term --poll --interval 100
wait_for "\(polling\)" "--poll polls" 20
wait_for "Keep going" "the starter fails (polling)"
kill -TERM "$watch_pid"
wait_for "Stopped watching" "SIGTERM stops it politely" 20
expect_watch_exit 143 "SIGTERM exit code"
start_watch "$ws" int --poll --interval 100
wait_for "Keep going" "the cached starter fails again"
kill -INT "$watch_pid"
expect_watch_exit 130 "SIGINT (Ctrl-C) exit code"
start_watch "$ws" quit --poll --interval 100
wait_for "Keep going" "the starter fails a third time"
send q
expect_watch_exit 0 "q quits"
[[ "$(progress 'd["exercises"]["1.1"]["state"], d["exercises"]["1.1"]["attempts"]' "$ws")" == "in_progress 3" ]] \
  && pass "progress: three attempts, none lost" || fail "progress after stops: $(cat "$ws/.course/progress.json")"
start_watch "$ws" pass --poll --interval 100
wait_for "Keep going" "the starter fails before the save"
cp "$solution" "$ws/exercises/$starter_rel"
wait_for "Exercise 1\.1 complete!" "polling sees the save and it passes"
expect_watch_exit 0 "watch stops when the only exercise is done"
[[ "$(progress 'd["exercises"]["1.1"]["state"]' "$ws")" == done ]] && pass "progress: done" \
  || fail "progress not done"
start_watch "$ws" done
wait_for "Every exercise is done" "nothing to watch: says so" 20
expect_watch_exit 0 "…and exits"

# 3. On a terminal (script(1) gives a pty): one key without Enter acts, colors are on, and the
# terminal is back in canonical mode with echo afterwards.
if command -v script >/dev/null; then
  ws="$TMP/ws-tty" log="$TMP/tty.log"
  "$COURSE" init "$ws" >/dev/null
  # The keyboard: waits (bounded) until the check has reported, then presses q, no Enter.
  keyboard() {
    local deadline=$((SECONDS + step))
    until grep -q "Keep going" "$log" 2>/dev/null || ((SECONDS >= deadline)); do sleep 0.1; done
    printf q
    sleep 5  # Keeps the pty's input open while the watch quits (it does not wait for this).
  }
  (cd "$ws" && keyboard | env -u NO_COLOR -u CI timeout $((step + 30)) script -qfec \
    "'$COURSE' watch; echo watch-exit=\$?; stty -a" "$log" >/dev/null) || true
  grep -q "watch-exit=0" "$log" && pass "tty: q without Enter quits (exit 0)" \
    || { fail "tty: q did not quit"; sed 's/^/  | /' "$log" >&2; }
  grep -q $'\x1b\\[' "$log" && pass "tty: color on a terminal" || fail "tty: no color"
  grep -qE '(^|[[:space:];])icanon' "$log" && grep -qE '(^|[[:space:];])echo([[:space:];]|$)' "$log" \
    && pass "tty: terminal restored (icanon, echo)" || fail "tty: terminal left in raw mode"
else
  fail "script(1) is missing (util-linux): cannot test terminal behaviour"
fi

# 4. Bad usage.
cd "$ws"
expect_exit 2 "--format json is refused" -- "$COURSE" watch --format json
expect_output "course check --format json" "…pointing at check"
expect_exit 2 "--interval below 10 ms is refused" -- "$COURSE" watch --poll --interval 5
expect_exit 0 "watch --help" -- "$COURSE" watch --help
expect_output "h hint .* q quit" "--help lists the keys"
finish
