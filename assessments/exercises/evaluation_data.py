"""Shared data preparation for the cases of module 4 (evaluation & validation): 4.1, 4.2, 4.3, 4.C.

Every score and label comes from data/pokemon.csv and models trained here with scikit-learn 1.2.1:
the data is real; any business framing in the exercises (screening, spam, fraud, costs) is a
scenario and says so. Scores are out-of-fold: StratifiedKFold(5, shuffle=True, random_state=0) over
all 1025 species, each fold's StandardScaler + LogisticRegression(C=1) fitted on the other four,
so no species is scored by a model that saw it (the "legendary classifier" of the module-4 quiz).
Needs /usr/bin/python3 (scikit-learn 1.2.1, pandas).
"""

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

import model_development_data as m

STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
CV_SEED = 0
SPLIT_SEED = 4  # train_test_split random_state of the module's visible/hidden halves


fail, write = m.fail, m.write  # the module-3 helpers: same failure message, same case file


def load():
    """All 1025 species as a data frame, is_legendary and is_mythical as 0/1 ints."""
    data = m.load()[0]
    for column in ("is_legendary", "is_mythical"):
        data[column] = data[column].replace({"true": 1, "false": 0, True: 1, False: 0}).astype(int)
    return data


def out_of_fold_scores(X, y):
    """P(y = 1) for every row from a scaled logistic regression that never saw the row."""
    scores = np.zeros(len(y))
    folds = StratifiedKFold(5, shuffle=True, random_state=CV_SEED)
    for train, test in folds.split(X, y):
        model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0)).fit(X[train], y[train])
        scores[test] = model.predict_proba(X[test])[:, 1]
    return scores


def halves(y):
    """(visible rows, hidden rows): a stratified 50/50 split of all species."""
    rows = np.arange(len(y))
    return train_test_split(rows, test_size=0.5, random_state=SPLIT_SEED, stratify=y)


def rounded(values, digits=6):
    """Scores rounded for the case file; expected values are computed from the rounded ones."""
    return np.round(np.asarray(values, dtype=float), digits)
