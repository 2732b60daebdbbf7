"""Builds and calibrates the cases of checkpoint exam 2, part 2 (holdout performance).

Two cases (credit_data.py's split):
  validation  fit on 1500 development rows, score 600 other development rows (public: the
              learner sees these checks' messages, with the metric's value)
  holdout     fit on 2000 development rows, score the 891 hidden holdout rows (hidden)
The scored rows' labels are `expected.labels` only: metric_threshold judges the learner's
probabilities (ROC AUC) and decisions (balanced accuracy) in the parent.

Bars: scikit-learn's logistic regression after mlcore's default preprocessing (what the reference
solution fits), refusing above the training share of bad loans, gives REFERENCE; each bar is that
value minus MARGIN, rounded down to 0.01, so a sound model passes with room and a constant or
majority-class answer (AUC 0.5, balanced accuracy 0.5) fails. calibration.txt also shows the
balanced accuracy at the naive threshold 0.5, which falls under the bar: the threshold matters.
Deterministic. Usage: /usr/bin/python3 assessments/exercises/checkpoint-2.2/generate_cases.py
"""

import math
import sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import balanced_accuracy_score, roc_auc_score
from sklearn.pipeline import Pipeline

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import credit_data as c  # noqa: E402

SCRIPT = "assessments/exercises/checkpoint-2.2/generate_cases.py"
MARGIN = {"roc_auc": 0.03, "balanced_accuracy": 0.03}


def forest():
    return Pipeline([("prep", c.preprocess()),
                     ("model", RandomForestClassifier(n_estimators=100, min_samples_leaf=3,
                                                      random_state=0))])


def evaluate(make, X, y, fit_rows, scored_rows):
    model = make().fit(X.iloc[fit_rows], y[fit_rows])
    p = model.predict_proba(X.iloc[scored_rows])[:, 1]
    truth = y[scored_rows]
    prior = y[fit_rows].mean()
    return {"roc_auc": roc_auc_score(truth, p),
            "balanced_accuracy": balanced_accuracy_score(truth, (p >= prior).astype(int)),
            "balanced_accuracy@0.5": balanced_accuracy_score(truth, (p >= 0.5).astype(int))}


def main():
    X, y = c.load()
    development, holdout = c.development_and_holdout(y)
    val_fit = c.sample(development, y, 1500, 21)
    val_scored = c.sample(np.setdiff1d(development, val_fit), y, 600, 22)
    hold_fit = c.sample(development, y, 2000, 23)
    splits = {"validation": (val_fit, val_scored), "holdout": (hold_fit, np.sort(holdout))}

    lines = ["# Checkpoint 2.2 calibration (written by generate_cases.py; do not edit)",
             "# scikit-learn after mlcore's default preprocessing; threshold = training share "
             "of bad loans unless marked @0.5", ""]
    cases = []
    for case_id, (fit_rows, scored_rows) in splits.items():
        reference = evaluate(c.logistic, X, y, fit_rows, scored_rows)
        other = evaluate(forest, X, y, fit_rows, scored_rows)
        bars = {m: math.floor((reference[m] - MARGIN[m]) * 100) / 100 for m in MARGIN}
        lines.append(f"{case_id}: fit {len(fit_rows)} rows, score {len(scored_rows)} rows "
                     f"({int(y[scored_rows].sum())} bad)")
        for name, values in [("logistic", reference), ("forest(100)", other)]:
            lines.append(f"  {name:12s} " + ", ".join(f"{k} {v:.4f}" for k, v in values.items()))
        lines.append(f"  bars: {bars}\n")
        if reference["balanced_accuracy@0.5"] >= bars["balanced_accuracy"]:
            c.fail(SCRIPT, f"{case_id}: the naive threshold 0.5 passes the balanced-accuracy bar")
        cases.append({"id": case_id,
                      "input": {"train_csv": c.csv_text(X.iloc[fit_rows]),
                                "train_is_bad": [int(v) for v in y[fit_rows]],
                                "applicants_csv": c.csv_text(X.iloc[scored_rows])},
                      "expected": {"labels": [int(v) for v in y[scored_rows]], "bars": bars}})
    c.write(HERE, "checkpoint-2.2", SCRIPT, cases, lines)


if __name__ == "__main__":
    main()
