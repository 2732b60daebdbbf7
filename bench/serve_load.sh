#!/usr/bin/env bash
# Load test of `course serve` from a second process on loopback (wrk, Debian package): a logistic
# regression trained by `course ml train` on data/pokemon.csv, single-record POST /v1/predict.
#   bench/serve_load.sh [COURSE_BINARY] [SECONDS]
# Prints, for the access log on (to a file) and off: the most requests/s wrk can drive with 8
# connections, then p50/p90/p99 at a paced ~1,000 requests/s twice: 10 connections each sending
# every 10 ms, and 3 connections every 3 ms. The two paced runs differ in how long a keep-alive
# connection idles: cpp-httplib 0.11 waits on one in 10 ms poll slices with a 1 ms sleep between
# them, so a request arriving in that sleep waits up to 1 ms (bench/README.md, "Serve").
# Goal: p99 <= 1 ms at 1,000 requests/s on 2 cores. Server and wrk share the machine's cores.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
course=${1:-$root/build/course}
seconds=${2:-10}
command -v wrk >/dev/null || { echo "serve_load: wrk not found (scripts/install-deps.sh --test)" >&2; exit 2; }
tmp=$(mktemp -d)
server=""
cleanup() { [[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT

"$course" ml train --data "$root/data/pokemon.csv" --target is_legendary --model logreg \
  --save "$tmp/model.json" >/dev/null
# Bulbasaur, typed as the API wants it.
cat >"$tmp/record.json" <<'JSON'
{"num": 1, "hp": 45, "attack": 49, "defense": 49, "sp_attack": 65, "sp_defense": 65, "speed": 45,
 "base_total": 318, "generation": 1, "height_m": 0.7, "weight_kg": 6.9, "evolution_stage": 1,
 "is_mythical": false, "type1": "Grass", "type2": "Poison", "color": "Green"}
JSON

run() {  # run LABEL ACCESS_LOG
  "$course" serve --model "$tmp/model.json" --reference "$root/data/pokemon.csv" --port 0 \
    --threads 12 --access-log "$2" >"$tmp/out" 2>"$tmp/err" &
  server=$!
  for _ in $(seq 50); do grep -q listening "$tmp/out" 2>/dev/null && break; sleep 0.1; done
  local url
  url=$(grep -o 'http://[0-9.:]*' "$tmp/out")
  curl -fsS -H 'Content-Type: application/json' --data @"$tmp/record.json" "$url/v1/predict" \
    >/dev/null  # one valid answer before measuring
  wrk -t1 -c8 -d2s -s "$root/bench/serve_predict.lua" "$url" -- "$tmp/record.json" >/dev/null
  local max paced
  max=$(wrk -t2 -c8 -d"${seconds}s" -s "$root/bench/serve_predict.lua" "$url" -- "$tmp/record.json" | grep RESULT)
  paced=$(wrk -t2 -c10 -d"${seconds}s" -s "$root/bench/serve_predict.lua" "$url" -- "$tmp/record.json" 10 | grep RESULT)
  busy=$(wrk -t1 -c3 -d"${seconds}s" -s "$root/bench/serve_predict.lua" "$url" -- "$tmp/record.json" 3 | grep RESULT)
  echo "$1, max throughput:     ${max#RESULT }"
  echo "$1, paced 10 x 10 ms:   ${paced#RESULT }"
  echo "$1, paced  3 x  3 ms:   ${busy#RESULT }"
  kill -TERM "$server"; wait "$server" || true; server=""
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
run "access log to a file" "$tmp/access.log"
run "access log off     " off
