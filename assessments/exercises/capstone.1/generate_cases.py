#!/usr/bin/python3
"""Builds the cases of the capstone (capstone.1: Pokémon card price predictor, SIMULATED price).

Inputs: data/tcgp_prices_simulated_train.csv (public training rows) and
assessments/capstone/holdout.csv (hidden rows; never copied to a workspace), both written by
assessments/capstone/make_dataset.py. The price column, price_usd_simulated, is simulated from
real card attributes (data/SOURCES.md); models predict its natural log.

Expected values are computed here, independently of any C++:
  - validation issues: the rules of exercises/capstone/price_pipeline.hpp re-implemented below
    (field_issue), applied to the corrupted tables; the script stops unless they find exactly
    the defects it injected and nothing in the clean training file;
  - bad-record kinds: each record carries one injected defect, so its expected error is that
    field and kind (checked against field_issue for the hidden case's values);
  - holdout labels: log(price_usd_simulated) of the held-out rows (stay in `expected`; the rows
    sent to the program have no price column);
  - evaluation bars: scikit-learn 1.2.1 baselines fitted on the training rows and scored on the
    holdout (calibration.txt): the bars sit at the Ridge baseline's level with slack, far above
    predicting the mean, and below what the reference solution reaches.
Deterministic (seeded). Usage: /usr/bin/python3 assessments/exercises/capstone.1/generate_cases.py
"""

import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error, r2_score

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
TARGET = "price_usd_simulated"
SEED = 20261
FIELDS = ["set", "set_release_date", "number", "name", "card_type", "rarity", "element", "stage",
          "is_ex", "packs_to_pull"]
SETS = ["A1", "A1a", "A2", "A2a", "A2b", "A3", "A3a", "A3b", "A4", "A4a", "A4b", "B1", "B1a"]
RARITIES = ["C", "U", "R", "RR", "AR", "SR", "SAR", "IM", "UR", "S", "SSR"]
CARD_TYPES = ["pokemon", "supporter", "item", "tool", "Fossil"]
ELEMENTS = ["grass", "fire", "water", "lightning", "psychic", "fighting", "darkness", "metal",
            "colorless", "dragon"]
MISSING_MARKERS = {"", "NA", "N/A", "NaN", "null"}   # mlcore::CsvOptions' defaults + blank
RMSE_SLACK, R2_SLACK = 1.10, 0.03                    # bars relative to the Ridge baseline


def fail(message):
    sys.exit(f"generate_cases.py: {message}")


def number(text):
    """mlcore::parse_number, closely enough for the values used here."""
    try:
        return float(text.strip(" "))
    except ValueError:
        return None


def field_issue(field, text):
    """The first issue of one field (None = missing), as price_pipeline.hpp specifies."""
    if text is None or text in MISSING_MARKERS:
        return None if field in ("element", "stage") else "missing"
    allowed = {"set": SETS, "card_type": CARD_TYPES, "rarity": RARITIES, "element": ELEMENTS}
    if field in allowed:
        return None if text in allowed[field] else "unknown_category"
    if field == "set_release_date":
        ok = len(text) == 10 and text[4] == "-" and text[7] == "-" and \
            (text[:4] + text[5:7] + text[8:]).isdigit()
        return None if ok else "wrong_type"
    if field == "is_ex":
        return None if text in ("true", "false") else "wrong_type"
    if field in ("number", "stage"):
        v = number(text)
        if v is None or not math.isfinite(v) or v != math.floor(v):
            return "wrong_type"
        if field == "number" and v < 1:
            return "out_of_range"
        if field == "stage" and not 0 <= v <= 2:
            return "out_of_range"
    if field == "packs_to_pull":
        v = number(text)
        if v is None:
            return "wrong_type"
        if not math.isfinite(v) or v <= 0:
            return "out_of_range"
    return None


def table_issues(frame):
    issues, seen = set(), set()
    for r, row in enumerate(frame.to_dict("records")):
        for f in FIELDS:
            kind = field_issue(f, row.get(f))
            if kind:
                issues.add((r, f, kind))
        key = (row["set"], row["number"])
        if row["set"] not in MISSING_MARKERS and row["number"] not in MISSING_MARKERS:
            if key in seen:
                issues.add((r, "number", "duplicate"))
            seen.add(key)
    return issues


# Defect templates per kind: (field, bad text). Each keeps the rest of the row valid.
DEFECTS = {
    "missing": [("rarity", ""), ("packs_to_pull", "NA"), ("name", ""), ("set", "null"),
                ("is_ex", ""), ("set_release_date", "")],
    "wrong_type": [("packs_to_pull", "twelve"), ("is_ex", "yes"), ("stage", "1.5"),
                   ("set_release_date", "30/10/2024"), ("number", "12a"), ("is_ex", "1")],
    "unknown_category": [("rarity", "Rare"), ("set", "Z9"), ("element", "Fire"),
                         ("card_type", "Pokemon"), ("rarity", "rr"), ("set", "a1")],
    "out_of_range": [("packs_to_pull", "-4.2"), ("stage", "3"), ("number", "0"),
                     ("packs_to_pull", "0"), ("stage", "-1")],
}


def corrupt(frame, rng, per_kind, duplicates):
    """Injects defects in distinct rows; returns the corrupted copy and the injected issues."""
    frame = frame.copy()
    rows = list(rng.permutation(len(frame)))
    injected = set()
    for kind, templates in DEFECTS.items():
        for k in range(per_kind):
            r = int(rows.pop())
            field, value = templates[k % len(templates)]
            frame.at[r, field] = value
            injected.add((r, field, kind))
    for _ in range(duplicates):
        src, dst = int(rows.pop()), int(rows.pop())
        lo, hi = min(src, dst), max(src, dst)
        for f in ("set", "number"):
            frame.at[hi, f] = frame.at[lo, f]
        injected.add((hi, "number", "duplicate"))
    return frame, injected


def csv_text(frame):
    return frame.to_csv(index=False, lineterminator="\n")


def json_record(row):
    """A training row as a JSON request body with natural JSON types."""
    return {"set": row["set"], "set_release_date": row["set_release_date"],
            "number": int(row["number"]), "name": row["name"], "card_type": row["card_type"],
            "rarity": row["rarity"], "element": row["element"] or None,
            "stage": int(row["stage"]) if row["stage"] else None,
            "is_ex": row["is_ex"] == "true", "packs_to_pull": float(row["packs_to_pull"])}


BAD_RECORDS = {
    "missing": [("rarity", "<absent>"), ("packs_to_pull", None), ("name", ""), ("is_ex", None)],
    "wrong_type": [("packs_to_pull", "a lot"), ("is_ex", "yes"), ("number", 2.5),
                   ("set_release_date", "yesterday"), ("stage", "two")],
    "unknown_category": [("rarity", "Legendary"), ("set", "A9"), ("element", "Fairy"),
                         ("card_type", "energy")],
    "out_of_range": [("packs_to_pull", -3), ("packs_to_pull", 0), ("stage", 4), ("number", 0)],
}


def predict_case(kind, small_train, pool, rng):
    picks = rng.choice(len(pool), size=len(BAD_RECORDS[kind]) + 1, replace=False)
    records, expected = [], []
    for i, p in enumerate(picks):
        record = json_record(pool.iloc[int(p)])
        if i == 0:
            expected.append({"record": 0, "kind": "ok", "field": ""})
        else:
            field, value = BAD_RECORDS[kind][i - 1]
            if value == "<absent>":
                del record[field]
            else:
                record[field] = value
            expected.append({"record": i, "kind": kind, "field": field})
        records.append(record)
    return {"id": f"bad-{kind.replace('_', '-')}",
            "input": {"task": "predict", "train_csv": small_train, "folds": 5, "seed": SEED,
                      "records": records},
            "expected": {"results": expected}}


# The hidden serving case: unseen cards (holdout rows, price dropped) with defects of every kind
# in values the public cases do not use, in shuffled order among good records, so an answer
# keyed to the public records or values cannot pass. None = the key is absent from the body.
HIDDEN_BAD_RECORDS = [
    ("missing", "set", None), ("missing", "packs_to_pull", ""),
    ("wrong_type", "packs_to_pull", "12,5"), ("wrong_type", "number", "7th"),
    ("wrong_type", "set_release_date", "2025/10/30"), ("wrong_type", "is_ex", "maybe"),
    ("unknown_category", "rarity", "c"), ("unknown_category", "card_type", "Item"),
    ("unknown_category", "element", "ice"),
    ("out_of_range", "stage", 3), ("out_of_range", "number", -7),
    ("out_of_range", "packs_to_pull", -0.5),
]


def hidden_predict_case(small_train, holdout, rng, n_good=4):
    picks = rng.choice(len(holdout), size=len(HIDDEN_BAD_RECORDS) + n_good, replace=False)
    slots = ([None] * n_good) + list(HIDDEN_BAD_RECORDS)
    order = rng.permutation(len(slots))
    records, expected = [], []
    for i, slot_index in enumerate(order):
        record = json_record(holdout.iloc[int(picks[i])])
        slot = slots[int(slot_index)]
        if slot is None:
            expected.append({"record": i, "kind": "ok", "field": ""})
        else:
            kind, field, value = slot
            if value is None:
                del record[field]
            else:
                record[field] = value
            # The record as the harness hands it over (JSON numbers and booleans as text).
            text = value if value is None or isinstance(value, str) else json.dumps(value)
            if field_issue(field, text) != kind:
                fail(f"hidden serving record {field}={value!r} is not {kind} under the rules")
            expected.append({"record": i, "kind": kind, "field": field})
        records.append(record)
    return {"id": "bad-hidden",
            "input": {"task": "predict", "train_csv": small_train, "folds": 5, "seed": SEED,
                      "records": records},
            "expected": {"results": expected}}


def design(frame, categories):
    """Baseline features (plain pandas): log scarcity, ex, set age, stage and one-hots."""
    age = (pd.Timestamp("2026-11-01") - pd.to_datetime(frame["set_release_date"])).dt.days / 365.25
    cols = {"log_packs": np.log(frame["packs_to_pull"].astype(float)),
            "is_ex": (frame["is_ex"] == "true").astype(float), "age": age,
            "stage": frame["stage"].replace("", "-1").astype(float)}
    for column, values in categories.items():
        for v in values:
            cols[f"{column}={v}"] = (frame[column] == v).astype(float)
    return pd.DataFrame(cols).to_numpy()


def calibrate(train, holdout):
    y_train = np.log(train[TARGET].astype(float))
    y_hold = np.log(holdout[TARGET].astype(float))
    categories = {c: sorted(train[c].unique()) for c in ("rarity", "card_type", "element", "set")}
    X_train, X_hold = design(train, categories), design(holdout, categories)
    lines, scores = [], {}
    mean = np.full(len(y_hold), y_train.mean())
    scores["mean"] = (math.sqrt(mean_squared_error(y_hold, mean)), r2_score(y_hold, mean))
    for name, model in [("ridge", Ridge(alpha=1.0)),
                        ("forest", RandomForestRegressor(n_estimators=200, min_samples_leaf=2,
                                                         max_features="sqrt", random_state=0))]:
        pred = model.fit(X_train, y_train).predict(X_hold)
        scores[name] = (math.sqrt(mean_squared_error(y_hold, pred)), r2_score(y_hold, pred))
    for name, (rmse, r2) in scores.items():
        lines.append(f"holdout {name:7s} RMSE(log price) {rmse:.4f}  R2 {r2:.4f}")
    rmse_bar = round(scores["ridge"][0] * RMSE_SLACK, 2)
    r2_bar = round(scores["ridge"][1] - R2_SLACK, 2)
    if not (rmse_bar < scores["mean"][0] / 2 and r2_bar > 0.5):
        fail("the bars would not separate a model from the mean predictor")
    lines.append(f"bars: RMSE <= {rmse_bar} (ridge x {RMSE_SLACK}), R2 >= {r2_bar} "
                 f"(ridge - {R2_SLACK})")
    return rmse_bar, r2_bar, y_hold, lines


def main():
    read = dict(dtype=str, keep_default_na=False)
    train = pd.read_csv(ROOT / "data" / "tcgp_prices_simulated_train.csv", **read)
    holdout = pd.read_csv(ROOT / "assessments" / "capstone" / "holdout.csv", **read)
    rng = np.random.default_rng(SEED)
    if table_issues(train) or table_issues(holdout):
        fail("the clean files have issues under the rules; fix the rules or the data")

    cases = [{"id": "clean-train", "input": {"task": "validate", "raw_csv": csv_text(train)},
              "expected": {"issues": []}}]
    for case_id, source, n, per_kind, dups in [("defects", train, 80, 3, 2),
                                               ("defects-hidden", holdout, 300, 6, 4)]:
        sample = source.drop(columns=[TARGET]).sample(n=n, random_state=int(rng.integers(1 << 30)))
        bad, injected = corrupt(sample.reset_index(drop=True), rng, per_kind, dups)
        found = table_issues(bad)
        if found != injected:
            fail(f"{case_id}: rules find {sorted(found ^ injected)} beyond the injected defects")
        cases.append({"id": case_id, "input": {"task": "validate", "raw_csv": csv_text(bad)},
                      "expected": {"issues": [{"row": r, "column": c, "kind": k}
                                              for r, c, k in sorted(injected)]}})

    # Leakage probes. Public: fit on part of the training rows, probe 120 others. Hidden: fit on
    # all training rows, probe the holdout rows with a stand-in target column (random numbers,
    # never the labels: the probe only changes and drops that column).
    order = rng.permutation(len(train))
    fit_part, probe_part = train.iloc[np.sort(order[:1200])], train.iloc[np.sort(order[1200:1320])]
    cases.append({"id": "leakage", "input": {"task": "leakage", "train_csv": csv_text(fit_part),
                                             "rows_csv": csv_text(probe_part)},
                  "expected": {"probe": "no leakage"}})
    stand_in = holdout.drop(columns=[TARGET]).copy()
    stand_in[TARGET] = np.round(rng.uniform(0.02, 30.0, len(stand_in)), 2)
    cases.append({"id": "leakage-hidden", "input": {"task": "leakage", "train_csv": csv_text(train),
                                                    "rows_csv": csv_text(stand_in)},
                  "expected": {"probe": "no leakage"}})

    cases.append({"id": "train-cv", "input": {"task": "train", "train_csv": csv_text(train),
                                              "folds": 5, "seed": SEED},
                  "expected": {"contract": "ok"}})
    rmse_bar, r2_bar, y_hold, lines = calibrate(train, holdout)
    cases.append({"id": "holdout",
                  "input": {"task": "holdout", "train_csv": csv_text(train), "folds": 5,
                            "seed": SEED, "rows_csv": csv_text(holdout.drop(columns=[TARGET]))},
                  "expected": {"labels": [round(float(v), 12) for v in y_hold]}})

    # Serving: a small training set (fast to train), records built from other training rows.
    small = train.iloc[np.sort(order[1320:1620])]
    pool = train.iloc[np.sort(order[1620:])].reset_index(drop=True)
    for kind in BAD_RECORDS:
        cases.append(predict_case(kind, csv_text(small), pool, rng))
    latency_records = [json_record(pool.iloc[i]) for i in range(200)]
    cases.append({"id": "latency", "input": {"task": "latency", "train_csv": csv_text(small),
                                             "folds": 5, "seed": SEED,
                                             "records": latency_records, "repeats": 5},
                  "expected": {"ok_predictions": 1000}})
    # Drawn last, so every case above stays as it was.
    cases.append(hidden_predict_case(csv_text(small), holdout.drop(columns=[TARGET]), rng))

    out = {"schema_version": 1, "exercise": "capstone.1",
           "generated_by": "assessments/exercises/capstone.1/generate_cases.py", "cases": cases}
    (HERE / "cases.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
    (HERE / "calibration.txt").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    print(f"{len(cases)} cases; bars RMSE <= {rmse_bar}, R2 >= {r2_bar}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
