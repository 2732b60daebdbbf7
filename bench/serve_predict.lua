-- wrk script for bench/serve_load.sh: POSTs one record (the body file given as the first script
-- argument) to /v1/predict; an optional second argument paces each connection (delay in ms
-- between its requests), which turns wrk's closed loop into a roughly fixed request rate.
local delay_ms = 0

function init(args)
  local f = assert(io.open(args[1], "r"))
  wrk.body = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.path = "/v1/predict"
  wrk.headers["Content-Type"] = "application/json"
  delay_ms = tonumber(args[2] or "0")
end

function delay()
  return delay_ms
end

function done(summary, latency, requests)
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.0f p50_us=%d p90_us=%d p99_us=%d max_us=%d errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
