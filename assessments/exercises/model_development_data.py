"""Shared data preparation for the cases of module 3 (model development): 3.1, 3.2, 3.3, 3.C.

The task of the module: is a species unevolved (evolution_stage == 1)? Features are the eleven
numeric columns of data/pokemon.csv (FEATURES, in this order; is_legendary and is_mythical as 1/0),
the same matrix the exercise headers document. The rows are split once, stratified, into training
rows (70%) and a hidden holdout (30%), and the training rows again (75/25) into a visible
fit/validation pair: the same seeds as challenge 2.C, so the module's holdout is one split.

mlcore's models reproduce scikit-learn 1.2's (LogisticRegression, DecisionTreeClassifier, and
RandomForestClassifier with max_bins = 0), so expected values and calibrations are computed here
with scikit-learn. Needs /usr/bin/python3 (scikit-learn 1.2.1, pandas).
"""

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "height_m",
            "weight_kg", "generation", "is_legendary", "is_mythical"]
HOLDOUT_SEED, VALIDATION_SEED = 3, 2103  # train_test_split random_state (as challenge 2.C)
CV_SEED = 0  # StratifiedKFold(5, shuffle=True, random_state=0): the module's CV protocol


def fail(script, message):
    sys.exit(f"{script}: {message}")


def load():
    """(data frame, X as floats, y as 0/1 ints) for all 1025 species."""
    data = pd.read_csv(ROOT / "data" / "pokemon.csv", keep_default_na=False,
                       na_values={"type2": [""]})
    if len(data) != 1025:
        sys.exit(f"model_development_data.py: expected 1025 rows, got {len(data)}")
    X = data[FEATURES].replace({"true": 1, "false": 0, True: 1, False: 0}).astype(float)
    y = (data["evolution_stage"] == 1).astype(int).to_numpy()
    return data, X.to_numpy(), y


def splits(y):
    """{"validation": (fit rows, scored rows), "holdout": (fit rows, scored rows)}."""
    rows = np.arange(len(y))
    fit_rows, holdout_rows = train_test_split(rows, test_size=0.3, random_state=HOLDOUT_SEED,
                                              stratify=y)
    part_rows, val_rows = train_test_split(fit_rows, test_size=0.25,
                                           random_state=VALIDATION_SEED, stratify=y[fit_rows])
    return {"validation": (part_rows, val_rows), "holdout": (fit_rows, holdout_rows)}


def cv_folds(y):
    """The module's CV protocol on labels y: a list of (train rows, test rows)."""
    return list(StratifiedKFold(5, shuffle=True, random_state=CV_SEED).split(np.zeros(len(y)), y))


def scaled_logistic():
    """StandardScaler fit on the training rows, then LogisticRegression(C=1)."""
    return make_pipeline(StandardScaler(), LogisticRegression(C=1.0))


def forest(n_estimators, max_depth):
    """mlcore::RandomForestClassifier with max_bins = 0 and random_state = 0 (max_depth -1 =
    unlimited)."""
    return RandomForestClassifier(n_estimators=n_estimators,
                                  max_depth=None if max_depth < 0 else max_depth, random_state=0)


def cv_scores(make_model, X, y, folds):
    """Accuracy of a fresh model per fold, fitted on the fold's training rows."""
    scores = []
    for train, test in folds:
        model = make_model().fit(X[train], y[train])
        scores.append(float((model.predict(X[test]) == y[test]).mean()))
    return scores


def accuracy(make_model, X, y, fit_rows, scored_rows):
    model = make_model().fit(X[fit_rows], y[fit_rows])
    return float((model.predict(X[scored_rows]) == y[scored_rows]).mean())


def matrix(X):
    """A matrix as JSON rows (integral values written as integers, to keep files small)."""
    return [[int(v) if float(v).is_integer() else float(v) for v in row] for row in X]


def write(here, exercise, script, cases, calibration=None):
    document = {"schema_version": 1, "exercise": exercise, "generated_by": script,
                "cases": cases}
    (here / "cases.json").write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    if calibration is not None:
        (here / "calibration.txt").write_text("\n".join(calibration) + "\n", encoding="utf-8")
        print("\n".join(calibration))
