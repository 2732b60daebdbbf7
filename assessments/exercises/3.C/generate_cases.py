"""Builds and calibrates the cases of challenge 3.C (debug the failing model).

The given pipeline (exercises/03-model-development/debug_model.cpp) sorts the training rows of X
by their stat total "for readable exploration" but leaves the labels in their original order,
then fits RandomForestClassifier(100, random_state=0) (mlcore's with max_bins 0). The script
mirrors that bug to produce the metrics the challenge shows (training accuracy, CV accuracy,
validation accuracy), and the fixed pipeline (the same forest on aligned rows) to calibrate the
bar: the buggy pipeline must miss it and the fix clear it by a margin. The cause is a data issue
(`expected.cause`). Deterministic. Usage: /usr/bin/python3 assessments/exercises/3.C/generate_cases.py
"""

import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import model_development_data as m  # noqa: E402

SCRIPT = "assessments/exercises/3.C/generate_cases.py"
BAR, MARGIN = 0.80, 0.015


def buggy_fit(X, y):
    """The starter's bug: X sorted by stat total (stable), y left in the original order."""
    order = np.argsort(X[:, :6].sum(axis=1), kind="stable")
    return m.forest(100, -1).fit(X[order], y), X[order]


def main():
    _, X, y = m.load()
    lines = ["# Challenge 3.C calibration (written by generate_cases.py; do not edit)",
             "# model: RandomForestClassifier(100, random_state=0); bug: X sorted, y not", ""]
    cases = []
    for case_id, (a, b) in m.splits(y).items():
        model, X_sorted = buggy_fit(X[a], y[a])
        train_acc = float((model.predict(X_sorted) == y[a]).mean())
        folds = m.cv_folds(y[a])
        cv = np.mean(m.cv_scores(lambda: m.forest(100, -1), X_sorted, y[a], folds))
        buggy = float((model.predict(X[b]) == y[b]).mean())
        fixed = m.accuracy(lambda: m.forest(100, -1), X, y, a, b)
        majority = max(y[b].mean(), 1 - y[b].mean())
        lines.append(f"{case_id}: buggy training accuracy {train_acc:.4f}, buggy CV {cv:.4f}, "
                     f"buggy scored {buggy:.4f}, majority {majority:.4f}, fixed scored "
                     f"{fixed:.4f}; bar {BAR}")
        if buggy >= BAR or fixed < BAR + MARGIN:
            m.fail(SCRIPT, f"{case_id}: buggy {buggy:.4f} / fixed {fixed:.4f} vs bar {BAR}")
        cases.append({"id": case_id,
                      "input": {"X_train": m.matrix(X[a]), "y_train": [int(v) for v in y[a]],
                                "X_test": m.matrix(X[b])},
                      "expected": {"labels": [int(v) for v in y[b]], "cause": "data_issue"}})
    m.write(HERE, "3.C", SCRIPT, cases, lines)


if __name__ == "__main__":
    main()
