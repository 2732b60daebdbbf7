#!/usr/bin/python3
"""`course serve` end to end over real HTTP on loopback: a model trained by `course ml train` on
real data, predictions compared with scikit-learn's (tests/golden/cli), every bad input answered
with the right status and a message naming the field, metrics, drift, access log, start-up
errors (exit 2)."""
import json
import random
import re
import subprocess
import tempfile
import time

from serve_support import (COURSE, DATA, Server, check, finish, golden, records, train)

work = tempfile.mkdtemp()
model = train(work)
gold = golden()

# --- start-up errors: exit 2 with the file or option named, before listening ----------------
def start_fails(args, pattern, what):
    p = subprocess.run([COURSE, "serve", *args], capture_output=True, text=True, timeout=30)
    check(p.returncode == 2 and re.search(pattern, p.stderr) is not None,
          f"{what}: exit 2 naming it (got {p.returncode}: {p.stderr.strip()[:200]})")

start_fails(["--model", f"{work}/nope.json"], r"nope\.json", "missing model file")
bad = f"{work}/bad.json"
open(bad, "w").write("{\"format_version\": 1")
start_fails(["--model", bad], r"bad\.json.*not valid JSON", "malformed model file")
start_fails(["--model", str(model), "--port", "70000"], r"--port", "port out of range")
start_fails(["--model", str(model), "--threads", "0"], r"--threads", "zero threads")
partial = f"{work}/partial.csv"
with open(DATA) as f, open(partial, "w") as out:
    for line in f:
        out.write(",".join(line.rstrip("\n").split(",")[:5]) + "\n")  # drops later columns
start_fails(["--model", str(model), "--reference", partial], r"partial\.csv.*missing column",
            "reference without the model's columns")

access_log = f"{work}/access.log"
with Server(model, "--reference", str(DATA), "--max-batch", "50", "--max-body-bytes", "200000",
            "--drift-window", "200", "--drift-min-records", "50", "--drift-check-ms", "50",
            "--access-log", access_log, workdir=work) as srv:
    check("http://127.0.0.1:" in srv.banner, "binds to loopback by default: " + srv.banner.strip())
    with Server(model, workdir=tempfile.mkdtemp()) as other:
        p = subprocess.run([COURSE, "serve", "--model", str(model), "--port", str(other.port)],
                           capture_output=True, text=True, timeout=30)
        check(p.returncode == 2 and str(other.port) in p.stderr, "port in use: exit 2 naming it")
        other.stop()

    # --- health, readiness, model card ---------------------------------------------------------
    check(srv.json("GET", "/healthz") == (200, {"status": "ok"}), "GET /healthz")
    check(srv.json("GET", "/readyz") == (200, {"status": "ready"}), "GET /readyz")
    status, card = srv.json("GET", "/v1/model")
    names = [f["name"] for f in card["features"]]
    check(status == 200 and card["name"] == model.stem and len(card["version"]) == 12 and
          card["target"] == "is_legendary" and card["classes"] == ["false", "true"],
          "GET /v1/model: name, version, target, classes")
    check(sorted(names) == sorted(gold["numeric"] + gold["categorical"]),
          "model card lists the training features")
    check("train_accuracy" in card["training_metrics"], "model card has training metrics")
    hp = next(f for f in card["features"] if f["name"] == "hp")
    check(hp["min"] == 1 and hp["max"] == 255 and not hp["nullable"],
          "hp range and nullability from the training data")
    type2 = next(f for f in card["features"] if f["name"] == "type2")
    check(type2["nullable"] and "Fire" in type2["categories"], "type2 categories, nullable")

    rows = records(card)

    # --- predictions agree with scikit-learn ----------------------------------------------------
    status, body = srv.json("POST", "/v1/predict", rows[0])
    p0 = body["predictions"][0]
    check(status == 200 and p0["prediction"] == gold["predictions"][0] and
          abs(p0["probabilities"]["true"] - gold["proba"][0][1]) < 1e-6 and
          abs(p0["confidence"] - max(gold["proba"][0])) < 1e-6,
          "single record: prediction and probabilities as scikit-learn's")
    pick = [5, 143, 149, 150, 1000]  # includes legendary species (144-151 are)
    status, body = srv.json("POST", "/v1/predict", [rows[i] for i in pick])
    ok = status == 200 and len(body["predictions"]) == len(pick)
    for i, p in zip(pick, body.get("predictions", [])):
        ok = ok and p["prediction"] == gold["predictions"][i] and \
            abs(p["probabilities"]["true"] - gold["proba"][i][1]) < 1e-6
    check(ok, "batch of 5: predictions in order, as scikit-learn's")
    check(len({p["prediction"] for p in body["predictions"]}) == 2, "batch covers both classes")
    nulled = dict(rows[0], type2=None)
    check(srv.json("POST", "/v1/predict", nulled)[0] == 200, "null accepted where training had gaps")

    # --- every bad input: status, code, field ---------------------------------------------------
    def rejects(body, status, code, field=None, what="", headers=None, raw=False):
        if raw:
            got, _, data = srv.request("POST", "/v1/predict", body,
                                       {"Content-Type": "application/json"}
                                       if headers is None else headers)
        else:
            got, _, data = srv.request("POST", "/v1/predict", body, headers)
        try:
            err = json.loads(data)["error"]
        except (ValueError, KeyError):
            return check(False, f"{what}: not a JSON error body: {data[:200]!r}")
        fields = [d["field"] for d in err.get("details", [])]
        ok = got == status and err["code"] == code and err["status"] == status
        if field:
            ok = ok and field in fields and field in err["message"]
        check(ok, f"{what}: {got} {err['code']} {err['message'][:110]}")

    def with_(**changes):
        return dict(rows[0], **changes)

    rejects(b'{"hp": 4', 400, "malformed_json", what="truncated JSON", raw=True)
    rejects(b"", 400, "malformed_json", what="empty body", raw=True)
    rejects(b"[" * 100000 + b"]" * 100000, 400, "malformed_json", what="nesting 100000 deep",
            raw=True)
    rejects(b'{"hp": "\xff\xfe"}', 400, "malformed_json", what="invalid UTF-8", raw=True)
    rejects(b'{"hp": 1e400}', 400, "malformed_json", what="number overflowing a double", raw=True)
    rejects(json.dumps(rows[0]).encode(), 415, "unsupported_media_type", what="text/plain body",
            headers={"Content-Type": "text/plain"}, raw=True)
    rejects(json.dumps(rows[0]).encode(), 415, "unsupported_media_type",
            what="no Content-Type", headers={}, raw=True)
    rejects([], 422, "empty_batch", what="empty batch")
    rejects(b"42", 422, "invalid_body", what="a number as body", raw=True)
    rejects([rows[0], 7], 422, "invalid_records", what="a non-object in a batch")
    rejects([rows[0]] * 51, 413, "batch_too_large", what="51 records (--max-batch 50)")
    rejects(b'{"pad": "' + b"x" * 300000 + b'"}', 413, "body_too_large",
            what="300 kB body (--max-body-bytes 200000)", raw=True)
    missing = dict(rows[0])
    del missing["attack"]
    rejects(missing, 422, "invalid_records", "attack", "missing field")
    rejects(with_(hp="high"), 422, "invalid_records", "hp", "string for a number")
    rejects(with_(hp=True), 422, "invalid_records", "hp", "boolean for a number")
    rejects(with_(hp=[1]), 422, "invalid_records", "hp", "array for a number")
    rejects(with_(is_mythical=1), 422, "invalid_records", "is_mythical", "number for a boolean")
    rejects(with_(type1=3), 422, "invalid_records", "type1", "number for a category")
    rejects(with_(hp=256), 422, "invalid_records", "hp", "above the training maximum")
    rejects(with_(speed=-1), 422, "invalid_records", "speed", "below the training minimum")
    rejects(with_(type1="Plasma"), 422, "invalid_records", "type1", "unknown category")
    rejects(with_(hp=None), 422, "invalid_records", "hp", "null where training had none")
    rejects(with_(hpp=50), 422, "invalid_records", "hpp", "unknown field (typo)")
    rejects([rows[0], with_(color="Plaid")], 422, "invalid_records", "color",
            "second record of a batch bad")
    status, body = srv.json("POST", "/v1/predict", [rows[0], with_(color="Plaid", hp=999)])
    details = body["error"]["details"]
    check({(d["record"], d["field"], d["code"]) for d in details} ==
          {(1, "color", "unknown_category"), (1, "hp", "above_max")},
          "every problem listed with its record index, field and code")
    status, body = srv.json("GET", "/v1/predict")
    check(status == 405 and body["error"]["code"] == "method_not_allowed", "GET /v1/predict: 405")
    status, body = srv.json("GET", "/nowhere")
    check(status == 404 and body["error"]["code"] == "not_found", "unknown path: 404")

    # --- drift: in-distribution records, then shifted ones ---------------------------------------
    rng = random.Random(7)
    sample = rng.sample(rows, 200)
    for i in range(0, 200, 25):
        srv.json("POST", "/v1/predict", sample[i:i + 25])
    status, drift = srv.json("GET", "/v1/drift")
    check(drift["ready"] and drift["window_records"] == 200, "drift window full (200 records)")
    calm = {f["feature"]: f for f in drift["features"]}
    check(not calm["hp"]["drifted"] and calm["hp"]["psi"] < 0.2,
          f"a random sample of the training data does not drift hp (PSI {calm['hp']['psi']:.3f})")
    shifted = [dict(r, hp=min(255.0, r["hp"] + 60)) for r in sample]
    for i in range(0, 200, 25):
        srv.json("POST", "/v1/predict", shifted[i:i + 25])
    status, drift = srv.json("GET", "/v1/drift")
    hot = {f["feature"]: f for f in drift["features"]}
    check(hot["hp"]["drifted"] and hot["hp"]["psi"] > 0.2 and hot["hp"]["ks_pvalue"] < 0.01,
          f"hp + 60 drifts: PSI {hot['hp']['psi']:.2f}, KS p {hot['hp']['ks_pvalue']:.2g}")
    check(not hot["attack"]["drifted"], "unchanged attack does not drift")
    srv.request("GET", "/metrics")
    time.sleep(0.3)  # a few background checks
    warnings = [l for l in srv.stderr().splitlines() if "drift: feature 'hp'" in l]
    check(len(warnings) == 1 and "[warning]" in warnings[0],
          f"one warning logged when hp crossed the threshold ({len(warnings)})")

    # --- metrics ---------------------------------------------------------------------------------
    status, ctype, text = srv.request("GET", "/metrics")
    text = text.decode()
    check(status == 200 and ctype.startswith("text/plain; version=0.0.4"), "GET /metrics")
    def value(pattern):
        m = re.search("^" + re.escape(pattern) + r" (\S+)$", text, re.M)
        return float(m.group(1)) if m else None
    for code in (200, 400, 404, 405, 413, 415, 422):
        route = "other" if code in (404,) else "/v1/predict"
        check((value(f'course_serve_requests_total{{route="{route}",status="{code}"}}') or 0) >= 1,
              f"request count for status {code}")
    n_ok = value('course_serve_requests_total{route="/v1/predict",status="200"}')
    n_count = value('course_serve_request_duration_seconds_count{route="/v1/predict"}')
    inf = value('course_serve_request_duration_seconds_bucket{route="/v1/predict",le="+Inf"}')
    check(n_count is not None and n_count == inf and n_count >= n_ok,
          "latency histogram: +Inf bucket equals count")
    predicted = (value('course_serve_predictions_total{class="false"}') or 0) + \
        (value('course_serve_predictions_total{class="true"}') or 0)
    check(predicted == 1 + 5 + 1 + 400, f"prediction distribution counts every record ({predicted})")
    check(value('course_serve_drift_detected{feature="hp"}') == 1 and
          value('course_serve_drift_psi{feature="hp"}') > 0.2 and
          value('course_serve_drift_ks_pvalue{feature="type1"}') is None,
          "drift gauges per feature (KS only for numeric ones)")
    for line in text.splitlines():  # every sample line is NAME{labels} VALUE
        if line and not line.startswith("#") and \
                not re.match(r'^[a-z_]+(\{[a-z_]+="[^"]*"(,[a-z_]+="[^"]*")*\})? \S+$', line):
            check(False, f"Prometheus line malformed: {line}")
            break

    code = srv.stop()
    check(code == 0, f"SIGTERM: clean exit ({code})")

log = [json.loads(l) for l in open(access_log)]
check(len(log) > 50 and all({"ts", "remote", "method", "path", "status", "bytes"} <= set(e)
                            for e in log), f"access log: {len(log)} JSON lines with the fields")
check(any(e["status"] == 413 and "ms" not in e for e in log) and
      any(e["path"] == "/v1/predict" and e["status"] == 200 and "ms" in e for e in log),
      "access log has rejected-while-reading and timed requests")

# --- a regressor: numeric predictions and their histogram ------------------------------------
ridge = train(work, target="weight_kg", model="ridge")
with Server(ridge, "--reference", str(DATA), "--access-log", "off", workdir=work) as srv:
    status, card = srv.json("GET", "/v1/model")
    reg_rows = records(card)
    status, body = srv.json("POST", "/v1/predict", reg_rows[:3])
    reg_gold = golden("ridge_weight_kg")["predictions"]
    check(status == 200 and all(abs(p["prediction"] - g) <= 1e-6 * max(1, abs(g))
                                for p, g in zip(body["predictions"], reg_gold)),
          "ridge: predictions as scikit-learn's")
    _, _, text = srv.request("GET", "/metrics")
    check(b"course_serve_prediction_value_count 3" in text, "regressor prediction histogram")
    check(srv.stop() == 0, "ridge server stops cleanly")

finish()
