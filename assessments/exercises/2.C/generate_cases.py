"""Builds and calibrates the cases of challenge 2.C (feature engineering competition).

Task: is a species unevolved (evolution_stage == 1)? The model is fixed: StandardScaler fit on
the training rows, then LogisticRegression(C=1, lbfgs), exactly what the harness runs with
mlcore (mlcore's StandardScaler and LogisticRegression reproduce scikit-learn 1.2's). The learner
only chooses the features.

Rows of data/pokemon.csv are split once, stratified, into training rows (70%) and a hidden
holdout (30%); the training rows are split again (75/25) into a visible fit/validation pair.
Cases carry the raw columns (no num, name, base_total or evolution_stage) and the training
labels; the validation and holdout labels stay in `expected`.

Calibration: the script fits the fixed model with the baseline features (the six raw stats: the
starter) and with the reference solution's features, on both pairs and on eight other holdout
splits, and stops unless the baseline misses the bar and the reference clears it with margin.
The numbers go to calibration.txt. Deterministic. Needs /usr/bin/python3 (scikit-learn 1.2.1,
pandas): usage: /usr/bin/python3 assessments/exercises/2.C/generate_cases.py
"""

import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GENERATED_BY = "assessments/exercises/2.C/generate_cases.py"
RAW_COLUMNS = ["type1", "type2", "hp", "attack", "defense", "sp_attack", "sp_defense", "speed",
               "generation", "height_m", "weight_kg", "color", "is_legendary", "is_mythical"]
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
HOLDOUT_SEED, VALIDATION_SEED = 3, 2103  # train_test_split random_state of each split
BAR = 0.751     # "more than 75%": the checkpoints' min
MARGIN = 0.03   # the reference must clear the bar by this much on both pairs


def fail(message):
    sys.exit(f"generate_cases.py: {message}")


def baseline_features(raw):
    """The starter: the six raw stats."""
    return raw[STATS].to_numpy(dtype=float)


def reference_features(raw):
    """Mirror of solutions/02-eda-features/competition.cpp."""
    stats = raw[STATS].to_numpy(dtype=float)
    total = stats.sum(axis=1)
    special = (raw["is_legendary"] | raw["is_mythical"]).to_numpy(dtype=float)
    return np.column_stack([stats, special, np.log(raw["weight_kg"].clip(lower=0.1)),
                            np.log(raw["height_m"].clip(lower=0.1)), (total / 100.0) ** 2])


def accuracy(features, train, test, y_train, y_test):
    x_train, x_test = features(train), features(test)
    scaler = StandardScaler().fit(x_train)
    model = LogisticRegression(C=1.0).fit(scaler.transform(x_train), y_train)
    return float((model.predict(scaler.transform(x_test)) == y_test).mean())


def to_csv(frame):
    return frame.to_csv(index=False, lineterminator="\n")


def model_case(case_id, train, test, y_train, y_test):
    return {"id": case_id,
            "input": {"train_csv": to_csv(train), "train_labels": [int(v) for v in y_train],
                      "test_csv": to_csv(test)},
            "expected": {"labels": [int(v) for v in y_test]}}


def main():
    data = pd.read_csv(ROOT / "data" / "pokemon.csv", keep_default_na=False,
                       na_values={"type2": [""]})
    if len(data) != 1025:
        fail(f"expected 1025 rows, got {len(data)}")
    y = (data["evolution_stage"] == 1).astype(int).to_numpy()
    raw = data[RAW_COLUMNS]
    rows = np.arange(len(data))
    fit_rows, holdout_rows = train_test_split(rows, test_size=0.3, random_state=HOLDOUT_SEED,
                                              stratify=y)
    part_rows, val_rows = train_test_split(fit_rows, test_size=0.25, random_state=VALIDATION_SEED,
                                           stratify=y[fit_rows])
    pairs = {"validation": (part_rows, val_rows), "holdout": (fit_rows, holdout_rows)}
    lines = ["# Challenge 2.C calibration (written by generate_cases.py; do not edit)",
             "# model: StandardScaler + LogisticRegression(C=1); task: evolution_stage == 1",
             f"# bar: accuracy >= {BAR}; the reference must reach bar + {MARGIN}", ""]
    cases = []
    for case_id, (a, b) in pairs.items():
        args = (raw.iloc[a], raw.iloc[b], y[a], y[b])
        base, ref = accuracy(baseline_features, *args), accuracy(reference_features, *args)
        lines.append(f"{case_id}: {len(a)} fit rows, {len(b)} scored rows, "
                     f"majority class {max(y[b].mean(), 1 - y[b].mean()):.4f}, "
                     f"baseline {base:.4f}, reference {ref:.4f}")
        if base >= BAR or ref < BAR + MARGIN:
            fail(f"{case_id}: baseline {base:.4f} / reference {ref:.4f} do not straddle {BAR}")
        cases.append(model_case(case_id, *args))
    # Robustness: the same comparison over other holdout splits, so the bar is not one lucky draw.
    lines.append("")
    for seed in range(8):
        a, b = train_test_split(rows, test_size=0.3, random_state=seed, stratify=y)
        args = (raw.iloc[a], raw.iloc[b], y[a], y[b])
        lines.append(f"other split (random_state={seed}): baseline "
                     f"{accuracy(baseline_features, *args):.4f}, reference "
                     f"{accuracy(reference_features, *args):.4f}")
    document = {"schema_version": 1, "exercise": "2.C", "generated_by": GENERATED_BY,
                "cases": cases}
    (HERE / "cases.json").write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    (HERE / "calibration.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
