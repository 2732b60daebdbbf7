"""Builds and calibrates the cases of exercise 3.3 (tuning under an inference latency budget).

The grid (exercise 3.3's header, kGrid): RandomForestClassifier with n_estimators in
(10, 30, 100, 300) x max_depth in (4, 8, unlimited), random_state 0 (mlcore's forest with
max_bins 0 is scikit-learn's). For each configuration the script computes the CV accuracy under
the module's protocol on the 717 training rows (the `tune` case's expected values) and the
accuracy on the validation and holdout rows after fitting on the matching training rows. It
stops unless the accuracy floor separates: the reference choice (the most accurate
configuration by CV among those within the latency budget, REFERENCE below) must clear the floor
with margin, and the cheap configurations (depth 4) must miss it. Latency is not modelled here:
it is measured by the runner (see README.md). Deterministic.
Usage: /usr/bin/python3 assessments/exercises/3.3/generate_cases.py
"""

import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import model_development_data as m  # noqa: E402

SCRIPT = "assessments/exercises/3.3/generate_cases.py"
GRID = [(n, d) for n in (10, 30, 100, 300) for d in (4, 8, -1)]  # kGrid order
WITHIN_BUDGET = [(10, 4), (10, 8), (10, -1), (30, 4), (30, 8), (30, -1), (100, 4)]  # measured
FLOOR = 0.81           # the accuracy checkpoints' min
MAX_MICROS = 2.5       # the latency budget per row given to tune_forest
REPEAT = 1300          # the latency case predicts the 308 holdout rows this many times


def main():
    _, X, y = m.load()
    split = m.splits(y)
    fit_rows, holdout_rows = split["holdout"]
    folds = m.cv_folds(y[fit_rows])
    cv = {c: float(np.mean(m.cv_scores(lambda c=c: m.forest(*c), X[fit_rows], y[fit_rows],
                                       folds))) for c in GRID}
    scored = {name: {c: m.accuracy(lambda c=c: m.forest(*c), X, y, a, b) for c in GRID}
              for name, (a, b) in split.items()}
    reference = max(WITHIN_BUDGET, key=lambda c: cv[c])
    lines = ["# Exercise 3.3 calibration (written by generate_cases.py; do not edit)",
             "# forest (n_estimators, max_depth; -1 = unlimited): CV accuracy on the 717 training"
             " rows, accuracy on validation / holdout", ""]
    for c in GRID:
        lines.append(f"{str(c):10s} CV {cv[c]:.4f}  validation {scored['validation'][c]:.4f}  "
                     f"holdout {scored['holdout'][c]:.4f}"
                     f"{'  (within the budget)' if c in WITHIN_BUDGET else ''}")
    lines += ["", f"reference (best CV within the budget): {reference}; floor {FLOOR}",
              f"best CV overall: {max(GRID, key=lambda c: cv[c])}"]
    for name in split:
        if scored[name][reference] < FLOOR + 0.01:
            m.fail(SCRIPT, f"{name}: the reference {reference} does not clear {FLOOR} + 0.01")
        for c in GRID:
            if c[1] == 4 and scored[name][c] >= FLOOR:
                m.fail(SCRIPT, f"{name}: the cheap configuration {c} clears the floor {FLOOR}")
    cases = [{"id": "tune",
              "input": {"task": "tune", "X_train": m.matrix(X[fit_rows]),
                        "y_train": [int(v) for v in y[fit_rows]], "max_micros_per_row": MAX_MICROS},
              "expected": {"cv_accuracy": [cv[c] for c in GRID], "follows_rule": True,
                           "ships_tuned_choice": True}}]
    for name, (a, b) in split.items():
        cases.append({"id": name,
                      "input": {"task": "predict", "X_train": m.matrix(X[a]),
                                "y_train": [int(v) for v in y[a]], "X_test": m.matrix(X[b]),
                                "repeat": 1},
                      "expected": {"labels": [int(v) for v in y[b]]}})
    cases.append({"id": "latency",
                  "input": {"task": "predict", "X_train": m.matrix(X[fit_rows]),
                            "y_train": [int(v) for v in y[fit_rows]],
                            "X_test": m.matrix(X[holdout_rows]), "repeat": REPEAT},
                  "expected": {"rows_predicted": REPEAT * len(holdout_rows)}})
    m.write(HERE, "3.3", SCRIPT, cases, lines)


if __name__ == "__main__":
    main()
