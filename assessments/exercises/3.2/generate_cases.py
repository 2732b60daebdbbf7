"""Builds and calibrates the cases of exercise 3.2 (model selection with cross-validation).

Four candidates, as exercise 3.2's header builds them with mlcore: the majority class
(DummyClassifier(strategy="most_frequent")), StandardScaler + LogisticRegression(C=1), a
DecisionTreeClassifier(random_state=0) and a RandomForestClassifier(n_estimators=100,
random_state=0) (mlcore's with max_bins = 0: scikit-learn's forest). Each is scored by the
module's CV protocol (StratifiedKFold(5, shuffle=True, random_state=0)) on the fit rows: the
expected evidence (mean and population std of the fold accuracies). Each is then refitted on the
fit rows and scored on the scored rows, and the script stops unless the candidate with the best
CV mean clears the bar and every other candidate misses it: choosing by anything but the
evidence fails. Output: cases.json and calibration.txt. Deterministic.
Usage: /usr/bin/python3 assessments/exercises/3.2/generate_cases.py
"""

import sys
from pathlib import Path

import numpy as np
from sklearn.dummy import DummyClassifier
from sklearn.tree import DecisionTreeClassifier

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import model_development_data as m  # noqa: E402

SCRIPT = "assessments/exercises/3.2/generate_cases.py"
CANDIDATES = {
    "majority": lambda: DummyClassifier(strategy="most_frequent"),
    "logistic_regression": m.scaled_logistic,
    "decision_tree": lambda: DecisionTreeClassifier(random_state=0),
    "random_forest": lambda: m.forest(100, -1),
}
BARS = {"validation": 0.80, "holdout": 0.80}  # the checkpoints' min accuracy


def main():
    _, X, y = m.load()
    lines = ["# Exercise 3.2 calibration (written by generate_cases.py; do not edit)",
             "# CV: StratifiedKFold(5, shuffle=True, random_state=0) on the fit rows; "
             "accuracy on the scored rows after refitting on all fit rows", ""]
    cases = []
    for case_id, (fit_rows, scored_rows) in m.splits(y).items():
        folds = m.cv_folds(y[fit_rows])
        evidence, scored = {}, {}
        for name, make in CANDIDATES.items():
            scores = np.array(m.cv_scores(make, X[fit_rows], y[fit_rows], folds))
            evidence[name] = {"mean": float(scores.mean()), "std": float(scores.std())}
            scored[name] = m.accuracy(make, X, y, fit_rows, scored_rows)
            lines.append(f"{case_id}: {name:20s} CV {scores.mean():.4f} ± {scores.std():.4f}, "
                         f"scored rows {scored[name]:.4f}")
        best = max(evidence, key=lambda name: evidence[name]["mean"])
        bar = BARS[case_id]
        lines.append(f"{case_id}: best by CV {best}; bar {bar}\n")
        if scored[best] < bar + 0.01 or any(scored[n] >= bar for n in scored if n != best):
            m.fail(SCRIPT, f"{case_id}: the bar {bar} does not single out {best}: {scored}")
        cases.append({"id": case_id,
                      "input": {"X_train": m.matrix(X[fit_rows]),
                                "y_train": [int(v) for v in y[fit_rows]],
                                "X_test": m.matrix(X[scored_rows])},
                      "expected": {"labels": [int(v) for v in y[scored_rows]],
                                   "evidence": evidence, "chosen": best,
                                   "choice_follows_evidence": True}})
    m.write(HERE, "3.2", SCRIPT, cases, lines)


if __name__ == "__main__":
    main()
