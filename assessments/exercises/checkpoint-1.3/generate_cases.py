#!/usr/bin/env python3
"""Builds the cases of exam exercise checkpoint-1.3 (features that lift a fixed model).

data/churn.csv (real rows, unaltered) is split once into a training sample (3000 rows, given to
the learner's code with its churn column) and a holdout (2000 rows, given WITHOUT churn: its
labels stay in `expected`, which never leaves the runner).

The grader's pipeline, run here in scikit-learn 1.2 exactly as harnesses/checkpoint-1/
churn_features_harness.cpp runs it in mlcore (whose StandardScaler, LogisticRegression and
StratifiedKFold reproduce scikit-learn's):
    X = the 15 raw numeric columns, in file order, then the learner's extra columns
    StandardScaler, then LogisticRegression(C=1, lbfgs, max_iter=100)
    out-of-fold probabilities from StratifiedKFold(5, shuffle=True, random_state=CV_SEED)
    (case "cv"), and a fit on all training rows scoring the holdout (case "holdout").

The script prints the ROC AUC of the baseline (no extra column) and of the reference solution's
features (solutions/checkpoint-1/churn_features.cpp, restated below in pandas), on this split
and on other random splits, and writes them to calibration.txt: the bars in
modules/checkpoint-1.yaml sit between the two.

Usage: /usr/bin/python3 assessments/exercises/checkpoint-1.3/generate_cases.py (deterministic)
"""

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = ROOT / "data" / "churn.csv"
OUT = HERE / "cases.json"
CALIBRATION = HERE / "calibration.txt"
GENERATED_BY = "assessments/exercises/checkpoint-1.3/generate_cases.py"
SPLIT_SEED = 6300
OTHER_SPLIT_SEEDS = [6301, 6302, 6303, 6304, 6305]
CV_SEED = 7
N_TRAIN = 3000


def fail(message):
    sys.exit(f"generate_cases.py: {message}")


def reference_features(d):
    """The reference solution's extra columns (solutions/checkpoint-1/churn_features.cpp)."""
    total_charge = (d.total_day_charge + d.total_eve_charge + d.total_night_charge
                    + d.total_intl_charge)
    return pd.DataFrame({
        "international_plan_yes": (d.international_plan == "yes") * 1.0,
        "voice_mail_plan_yes": (d.voice_mail_plan == "yes") * 1.0,
        "frequent_caller": (d.number_customer_service_calls > 3) * 1.0,
        "total_charge": total_charge,
        "total_charge_squared": (total_charge / 50) ** 2,
        "few_intl_calls": (d.total_intl_calls < 3) * 1.0,
    })


def matrices(train, other, numeric, extra):
    if not extra:
        return train[numeric].values, other[numeric].values
    return (pd.concat([train[numeric], reference_features(train)], axis=1).values,
            pd.concat([other[numeric], reference_features(other)], axis=1).values)


def fit_predict(X, y, X_new):
    scaler = StandardScaler().fit(X)
    model = LogisticRegression(C=1.0, max_iter=100).fit(scaler.transform(X), y)
    return model.predict_proba(scaler.transform(X_new))[:, 1]


def evaluate(full, numeric, split_seed, extra):
    order = np.random.RandomState(split_seed).permutation(len(full))
    train = full.iloc[sorted(order[:N_TRAIN])].reset_index(drop=True)
    holdout = full.iloc[sorted(order[N_TRAIN:])].reset_index(drop=True)
    X, X_holdout = matrices(train, holdout, numeric, extra)
    y = (train.churn == "yes").values.astype(int)
    oof = np.zeros(len(y))
    for fit_rows, score_rows in StratifiedKFold(5, shuffle=True, random_state=CV_SEED).split(X, y):
        oof[score_rows] = fit_predict(X[fit_rows], y[fit_rows], X[score_rows])
    y_holdout = (holdout.churn == "yes").values.astype(int)
    return (roc_auc_score(y, oof), roc_auc_score(y_holdout, fit_predict(X, y, X_holdout)),
            sorted(order[:N_TRAIN]), sorted(order[N_TRAIN:]), y, y_holdout)


def main():
    full = pd.read_csv(DATA, keep_default_na=False)
    if full.shape != (5000, 20):
        fail(f"{DATA}: expected 5000 x 20, got {full.shape}")
    numeric = [c for c in full.columns if full[c].dtype != object]
    if len(numeric) != 15:
        fail(f"expected 15 numeric columns, got {numeric}")
    lines = DATA.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    churn_at = header.index('"churn"')

    def csv_of(rows, with_churn):
        keep = [j for j in range(len(header)) if with_churn or j != churn_at]
        out = []
        for line in [lines[0]] + [lines[i + 1] for i in rows]:
            cells = line.split(",")  # safe: no cell of churn.csv holds a comma (checked below)
            if len(cells) != len(header):
                fail("a line of churn.csv has a comma inside a cell")
            out.append(",".join(cells[j] for j in keep))
        return "\n".join(out) + "\n"

    report = ["# ROC AUC of the grader's pipeline (scikit-learn 1.2), written by "
              + GENERATED_BY, "split_seed  baseline_cv  baseline_holdout  reference_cv  "
              "reference_holdout"]
    for seed in [SPLIT_SEED] + OTHER_SPLIT_SEEDS:
        base = evaluate(full, numeric, seed, extra=False)
        ref = evaluate(full, numeric, seed, extra=True)
        report.append(f"{seed}  {base[0]:.4f}  {base[1]:.4f}  {ref[0]:.4f}  {ref[1]:.4f}")
        if seed == SPLIT_SEED:
            _, _, train_rows, holdout_rows, y, y_holdout = base
    print("\n".join(report))
    CALIBRATION.write_text("\n".join(report) + "\n", encoding="utf-8")

    train_csv = csv_of(train_rows, with_churn=True)
    cases = [
        {"id": "cv", "input": {"train_csv": train_csv, "cv_seed": CV_SEED, "n_splits": 5},
         "expected": {"labels": [int(v) for v in y],
                      "leakage": {"same_with_target_present": True,
                                  "same_with_target_shuffled": True,
                                  "same_on_a_subset": True}}},
        {"id": "holdout", "input": {"train_csv": train_csv,
                                    "holdout_csv": csv_of(holdout_rows, with_churn=False)},
         "expected": {"labels": [int(v) for v in y_holdout]}},
    ]
    doc = {"schema_version": 1, "exercise": "checkpoint-1.3", "generated_by": GENERATED_BY,
           "cases": cases}
    OUT.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
