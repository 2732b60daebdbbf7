"""Builds the cases of checkpoint exam 2, part 3 (cost-minimising threshold and metrics).

Scores are real: out-of-fold P(bad) of scikit-learn's logistic regression after mlcore's default
preprocessing (credit_data.logistic; cross_val_predict with StratifiedKFold(5, shuffle=True,
random_state=0)) on a stratified sample of development rows, rounded to 3 decimals so that tied
scores occur, as they do with real score bands. The costs are a scenario.
  cost-5-1     1200 rows, a missed bad loan costs 5, a refused good applicant 1 (public)
  cost-3-2     1000 other rows, costs 3 and 2 (hidden: other rows, other costs)
  mismatch     401 labels and 400 scores: must raise std::invalid_argument (public)
Expected values: the threshold by plain enumeration of the distinct scores (refuse iff
score >= t; total cost FN·missed + FP·rejected; on a cost tie the highest threshold), the
confusion counts from sklearn.metrics.confusion_matrix, precision_score and recall_score at it,
the mean cost, and average_precision_score of the scores (the PR-AUC). Deterministic.
Usage: /usr/bin/python3 assessments/exercises/checkpoint-2.3/generate_cases.py
"""

import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import (average_precision_score, confusion_matrix, precision_score,
                             recall_score)
from sklearn.model_selection import StratifiedKFold, cross_val_predict

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import credit_data as c  # noqa: E402

SCRIPT = "assessments/exercises/checkpoint-2.3/generate_cases.py"
CASES = [  # id, rows, sample seed, missed_bad, rejected_good
    ("cost-5-1", 1200, 31, 5.0, 1.0),
    ("cost-3-2", 1000, 32, 3.0, 2.0),
]


def oof_scores(X, y):
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    p = cross_val_predict(c.logistic(), X, y, cv=folds, method="predict_proba")[:, 1]
    return np.round(p, 3)


def best_threshold(y, s, missed, rejected):
    best_t, best_cost = None, None
    for t in sorted(set(s.tolist()), reverse=True):  # highest first: strict < keeps it on ties
        refused = s >= t
        cost = missed * np.sum(~refused & (y == 1)) + rejected * np.sum(refused & (y == 0))
        if best_cost is None or cost < best_cost:
            best_t, best_cost = t, cost
    return best_t, float(best_cost)


def report(y, s, missed, rejected):
    t, cost = best_threshold(y, s, missed, rejected)
    pred = (s >= t).astype(int)
    tn, fp, fn, tp = confusion_matrix(y, pred, labels=[0, 1]).ravel()
    return {"decision": {"threshold": t, "true_positives": int(tp), "false_positives": int(fp),
                         "true_negatives": int(tn), "false_negatives": int(fn),
                         "mean_cost": cost / len(y)},
            "metrics": {"precision": float(precision_score(y, pred, zero_division=0)),
                        "recall": float(recall_score(y, pred)),
                        "pr_auc": float(average_precision_score(y, s))}}


def main():
    X_all, y_all = c.load()
    development, _ = c.development_and_holdout(y_all)
    lines = ["# Checkpoint 2.3 calibration (written by generate_cases.py; do not edit)", ""]
    cases = []
    used = np.array([], dtype=int)
    for case_id, size, seed, missed, rejected in CASES:
        rows = c.sample(np.setdiff1d(development, used), y_all, size, seed)
        used = np.union1d(used, rows)
        X = X_all.iloc[rows].reset_index(drop=True)
        y = y_all[rows]
        s = oof_scores(X, y)
        expected = report(y, s, missed, rejected)
        naive = (s >= 0.5).astype(int)
        naive_cost = (missed * np.sum((naive == 0) & (y == 1)) +
                      rejected * np.sum((naive == 1) & (y == 0))) / len(y)
        lines.append(f"{case_id}: {size} rows ({int(y.sum())} bad), {len(set(s.tolist()))} "
                     f"distinct scores; costs {missed}:{rejected}")
        lines.append(f"  {expected}")
        lines.append(f"  mean cost at 0.5: {naive_cost:.4f}\n")
        cases.append({"id": case_id,
                      "input": {"is_bad": [int(v) for v in y], "scores": s.tolist(),
                                "costs": {"missed_bad": missed, "rejected_good": rejected}},
                      "expected": expected})
    cases.append({"id": "mismatch",
                  "input": {"is_bad": [int(v) for v in y_all[:401]],
                            "scores": [0.5] * 400,
                            "costs": {"missed_bad": 5.0, "rejected_good": 1.0}},
                  "expected": {}})
    c.write(HERE, "checkpoint-2.3", SCRIPT, cases, lines)


if __name__ == "__main__":
    main()
