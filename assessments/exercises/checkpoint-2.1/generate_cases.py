"""Builds the cases of checkpoint exam 2, part 1 (model comparison by cross-validation).

Three cases, each a stratified sample of the development rows (credit_data.py):
  cv             1000 rows, 5 folds, seed 0 (public)
  cv-hidden       900 rows, 4 folds, seed 11 (hidden: another sample, fold count and seed)
  leakage-probe   800 rows, 5 folds, seed 0 (hidden), DOCTORED: in half of the first fold's
                  test rows Income, Assets and Debt are multiplied by 100 (amounts in cents, a
                  unit error of the kind real pipelines meet). Statistics over all rows then
                  differ strongly from those of that fold's training rows, so fitting the imputer
                  and scaler on the whole table before cross-validating gives a fold score far
                  from honest per-fold fitting.
`expected`: the labels (for the `stratified` check), the fold count, and the harness verdicts of
an honest submission: no contract problems, no refit gaps. The learner's fold scores are checked
by the harness refitting the learner's own candidates on the learner's folds, so no expected
score is stored; calibration.txt records scikit-learn's honest and leaky fold ROC AUC of the
logistic regression pipeline, to show that the probe separates them.
Deterministic. Usage: /usr/bin/python3 assessments/exercises/checkpoint-2.1/generate_cases.py
"""

import sys
from pathlib import Path

import numpy as np
from sklearn.base import clone
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import credit_data as c  # noqa: E402

SCRIPT = "assessments/exercises/checkpoint-2.1/generate_cases.py"
CASES = [  # id, rows, sample seed, n_splits, CV seed, doctored
    ("cv", 1000, 1, 5, 0, False),
    ("cv-hidden", 900, 2, 4, 11, False),
    ("leakage-probe", 800, 3, 5, 0, True),
]
PROBE_SHARE, PROBE_FACTOR, PROBE_SEED = 0.5, 100, 4  # of the first fold's test rows
MIN_PROBE_GAP = 0.03  # the probe must move some leaky fold AUC by at least this much


def doctor(frame, test_rows):
    out = frame.copy()
    rng = np.random.RandomState(PROBE_SEED)
    rows = rng.choice(test_rows, size=int(PROBE_SHARE * len(test_rows)), replace=False)
    for column in ["Income", "Assets", "Debt"]:
        out.loc[rows, column] = out.loc[rows, column] * PROBE_FACTOR
    return out


def fold_aucs(X, y, folds, leaky):
    """ROC AUC per fold of the logistic pipeline, preprocessing fitted per fold or on all rows."""
    scores = []
    for train, test in folds:
        model = c.logistic()
        if leaky:
            prep = clone(model.named_steps["prep"]).fit(X)
            Z = prep.transform(X)
            fitted = clone(model.named_steps["model"]).fit(Z[train], y[train])
            proba = fitted.predict_proba(Z[test])[:, 1]
        else:
            proba = model.fit(X.iloc[train], y[train]).predict_proba(X.iloc[test])[:, 1]
        scores.append(float(roc_auc_score(y[test], proba)))
    return np.array(scores)


def main():
    X_all, y_all = c.load()
    development, _ = c.development_and_holdout(y_all)
    lines = ["# Checkpoint 2.1 calibration (written by generate_cases.py; do not edit)",
             "# ROC AUC per fold, scikit-learn LogisticRegression(C=1) after mlcore's default "
             "preprocessing", ""]
    cases = []
    for case_id, size, sample_seed, n_splits, cv_seed, doctored in CASES:
        rows = c.sample(development, y_all, size, sample_seed)
        X = X_all.iloc[rows].reset_index(drop=True)
        y = y_all[rows]
        folds = list(StratifiedKFold(n_splits, shuffle=True, random_state=cv_seed)
                     .split(np.zeros(len(y)), y))
        if doctored:
            X = doctor(X, folds[0][1])
        honest = fold_aucs(X, y, folds, leaky=False)
        leaky = fold_aucs(X, y, folds, leaky=True)
        gap = float(np.abs(honest - leaky).max())
        lines.append(f"{case_id}: {size} rows ({int(y.sum())} bad), {n_splits} folds, seed "
                     f"{cv_seed}")
        lines.append(f"  honest {np.round(honest, 4).tolist()} mean {honest.mean():.4f}")
        lines.append(f"  leaky  {np.round(leaky, 4).tolist()} mean {leaky.mean():.4f}; "
                     f"largest gap {gap:.4f}")
        if doctored and gap < MIN_PROBE_GAP:
            c.fail(SCRIPT, f"{case_id}: the probe moves leaky fold AUC by only {gap:.4f}")
        cases.append({"id": case_id,
                      "input": {"applicants_csv": c.csv_text(X),
                                "is_bad": [int(v) for v in y],
                                "protocol": {"n_splits": n_splits, "seed": cv_seed}},
                      "expected": {"labels": [int(v) for v in y], "parts": n_splits,
                                   "problems": [], "refit_gaps": []}})
    c.write(HERE, "checkpoint-2.1", SCRIPT, cases, lines)


if __name__ == "__main__":
    main()
