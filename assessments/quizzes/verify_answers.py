#!/usr/bin/python3
"""Recompute every numeric answer of the quiz bank, and the measured numbers its prompts quote.

Each numeric question id maps to a computation from its prompt's inputs (plain Python, numpy,
scipy or scikit-learn, never copied from the bank); the answer must lie within the question's
tolerance of it. Prompts that quote data/pokemon.csv (describe, correlations, the legendary
classifier, the evolution-stage models) are re-measured here with scikit-learn.
Run: /usr/bin/python3 assessments/quizzes/verify_answers.py   (exit 2 on any mismatch)
"""
import math
import pathlib
import sys

import numpy as np
import pandas as pd
import yaml
from scipy import stats
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (average_precision_score, brier_score_loss, confusion_matrix,
                             f1_score, roc_auc_score)
from sklearn.model_selection import StratifiedKFold, cross_val_predict, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier

HERE = pathlib.Path(__file__).resolve().parent
DATA = pd.read_csv(HERE.parent.parent / "data" / "pokemon.csv")
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]


def psi(expected, actual):
    return sum((a - e) * math.log(a / e) for e, a in zip(expected, actual))


def nearest_rank(values, q):
    ordered = sorted(values)
    return ordered[math.ceil(q * len(ordered)) - 1]


def legendary_confusion():
    """Out-of-fold legendary classifier, as the module-4 prompts describe it."""
    y = DATA.is_legendary.to_numpy()
    cv = StratifiedKFold(5, shuffle=True, random_state=0)
    model = make_pipeline(StandardScaler(), LogisticRegression())
    p = cross_val_predict(model, DATA[STATS].to_numpy(), y, cv=cv, method="predict_proba")[:, 1]
    return y, p


Y_LEG, P_LEG = legendary_confusion()
(TN, FP), (FN, TP) = confusion_matrix(Y_LEG, P_LEG >= 0.5)

NUMERIC = {
    "m1-columnar-bytes": lambda: 3 * 5_000_000 * 8 / 1e6,
    "m1-duplicate-count": lambda: 20 * (3 - 1),
    "m1-psi-two-bins": lambda: psi([0.5, 0.5], [0.7, 0.3]),
    "m1-ks-statistic": lambda: stats.ks_2samp([40, 50, 60, 70, 80], [60, 70, 80, 90, 100]).statistic,
    "m2-spearman-monotone": lambda: stats.spearmanr([1, 2, 3, 4, 5], [1, 2, 3, 4, 100])[0],
    "m2-target-rate-loo": lambda: (3 - 1) / (4 - 1),
    "m2-balance-charizard": lambda: ((84 + 78) - (109 + 85)) / ((84 + 78) + (109 + 85)),
    "m2-spread-bulbasaur": lambda: float(np.std([45, 49, 49, 65, 65, 45])),
    "m3-majority-baseline": lambda: (~DATA.is_legendary).mean(),
    "m3-tree-budget": lambda: math.floor((50 - 12 - 3 - 10) / 0.15),
    "m3-grid-fits": lambda: 4 * 2 * 2 * 5 + 1,
    "m4-legendary-recall": lambda: TP / (TP + FN),
    "m4-legendary-f1": lambda: f1_score(Y_LEG, P_LEG >= 0.5),
    "m4-cost-at-threshold": lambda: 45 * 20 + 5 * 500,
    "m4-bayes-threshold": lambda: 20 / (20 + 500),
    "m4-brier": lambda: brier_score_loss([1, 0, 0, 0], [0.9, 0.2, 0.6, 0.1]),
    "m4-ci-accuracy": lambda: 1.96 * math.sqrt(0.85 * 0.15 / 400),
    "m5-p99-compute": lambda: nearest_rank([40] * 985 + [120] * 10 + [900] * 5, 0.99),
    "m5-psi-three-bins": lambda: psi([0.25, 0.5, 0.25], [0.1, 0.5, 0.4]),
    "m5-alert-false-alarms": lambda: 20 * 24 * 0.01,
}


def quoted_facts():
    """Numbers the prompts quote from data/pokemon.csv: (label, measured, quoted, tolerance)."""
    w = DATA.weight_kg
    stage = DATA.evolution_stage.to_numpy()
    cv = StratifiedKFold(5, shuffle=True, random_state=0)
    x = DATA[STATS].to_numpy()

    def scores(model):
        r = cross_validate(model, x, stage, cv=cv, return_train_score=True)
        return r["train_score"].mean(), r["test_score"].mean()

    lr_train, lr_cv = scores(make_pipeline(StandardScaler(), LogisticRegression()))
    deep_train, deep_cv = scores(DecisionTreeClassifier(random_state=0))
    d3_train, d3_cv = scores(DecisionTreeClassifier(max_depth=3, random_state=0))
    return [
        ("weight mean", w.mean(), 66.9, 0.05), ("weight median", w.median(), 28.0, 0.05),
        ("weight std", w.std(), 121.3, 0.05), ("weight max", w.max(), 999.9, 0),
        ("type2 blank", DATA.type2.isna().sum(), 499, 0),
        ("legendary", DATA.is_legendary.sum(), 71, 0),
        ("Flying type1", (DATA.type1 == "Flying").sum(), 9, 0),
        ("pearson weight-height", DATA.weight_kg.corr(DATA.height_m), 0.63, 0.005),
        ("spearman weight-height",
         DATA.weight_kg.corr(DATA.height_m, method="spearman"), 0.84, 0.005),
        ("pearson speed-weight", DATA.speed.corr(DATA.weight_kg), 0.04, 0.005),
        ("stage-1 share", (stage == 1).mean(), 0.529, 0.0005),
        ("stage LR train", lr_train, 0.510, 0.0005), ("stage LR cv", lr_cv, 0.510, 0.0005),
        ("stage deep tree train", deep_train, 0.999, 0.0005),
        ("stage deep tree cv", deep_cv, 0.618, 0.0005),
        ("stage depth-3 train", d3_train, 0.649, 0.0005),
        ("stage depth-3 cv", d3_cv, 0.629, 0.0005),
        ("legendary TP", TP, 25, 0), ("legendary FN", FN, 46, 0),
        ("legendary FP", FP, 5, 0), ("legendary TN", TN, 949, 0),
        ("legendary ROC AUC", roc_auc_score(Y_LEG, P_LEG), 0.932, 0.0005),
        ("legendary AP", average_precision_score(Y_LEG, P_LEG), 0.620, 0.0005),
        ("legendary F1 (not legendary)", f1_score(Y_LEG, P_LEG >= 0.5, pos_label=False),
         0.974, 0.0005),
    ]


def main():
    failures = []
    numeric = {}
    for path in sorted(HERE.glob("module-*.yaml")):
        for q in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            if q["type"] == "numeric":
                numeric[q["id"]] = q
    for qid, q in numeric.items():
        if qid not in NUMERIC:
            failures.append(f"{qid}: no computation in verify_answers.py")
            continue
        computed = float(NUMERIC[qid]())
        ok = abs(computed - q["answer"]) <= q.get("tolerance", 0)
        print(f"{'ok ' if ok else 'BAD'} {qid}: bank {q['answer']}, computed {computed:.6g}")
        if not ok:
            failures.append(f"{qid}: bank answer {q['answer']} but computed {computed}")
    failures += [f"{qid}: computation for a question the bank lacks" for qid in NUMERIC
                 if qid not in numeric]
    for label, measured, quoted, tol in quoted_facts():
        ok = abs(measured - quoted) <= tol + 1e-12
        print(f"{'ok ' if ok else 'BAD'} {label}: quoted {quoted}, measured {measured:.4f}")
        if not ok:
            failures.append(f"{label}: quoted {quoted} but measured {measured}")
    for f in failures:
        print(f, file=sys.stderr)
    return 2 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
