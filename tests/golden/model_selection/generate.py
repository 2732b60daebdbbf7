#!/usr/bin/python3
"""Golden values for mlcore's data, model_selection and preprocessing areas.

Run by hand with Debian's python3 (numpy 1.24, scikit-learn 1.2):
    /usr/bin/python3 tests/golden/model_selection/generate.py
Deterministic: rerunning rewrites identical files. Writes, next to this script:
  random_state.json   numpy legacy RandomState streams (permutation, random_sample, randint,
                      uniform, shuffle) for several seeds.
  splits.json         KFold / StratifiedKFold test folds and train_test_split indices on real
                      Pokemon labels (type1, is_legendary) and on a small synthetic imbalanced
                      label vector (written into the file).
  grid_search.json    GridSearchCV(LogisticRegression) on real Pokemon stats (standardized, written
                      into the file) -> is_legendary: folds, cv_results_ per candidate, best
                      params/index/score and the refitted coefficients, for two scorings.
  preprocessing.json  StandardScaler / MinMaxScaler / SimpleImputer / OneHotEncoder /
                      ColumnTransformer outputs on real Pokemon columns, with a synthetic missing
                      mask and a synthetic constant column (both written into the file).
"""
import csv
import json
import math
import os

import numpy as np
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, KFold, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MinMaxScaler, OneHotEncoder, StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
CSV = os.path.join(ROOT, "data", "pokemon.csv")


def write(name, payload):
    payload["generator"] = "tests/golden/model_selection/generate.py"
    payload["versions"] = {"numpy": np.__version__, "sklearn": sklearn.__version__}
    with open(os.path.join(HERE, name), "w") as f:
        json.dump(payload, f, separators=(",", ":"), sort_keys=True)
        f.write("\n")


def ints(a):
    return [int(v) for v in a]


def floats(a):
    return [None if math.isnan(float(v)) else float(v) for v in np.asarray(a, dtype=float).ravel()]


def matrix(a):
    a = np.asarray(a, dtype=float)
    return {"rows": a.shape[0], "cols": a.shape[1], "data": floats(a)}


# ---------------------------------------------------------------- random_state.json
def random_state_golden():
    seeds = [0, 1, 42, 12345, 4294967295]
    out = []
    for seed in seeds:
        entry = {"seed": seed, "permutation": {}}
        for n in [1, 2, 10, 37, 1025]:
            entry["permutation"][str(n)] = ints(np.random.RandomState(seed).permutation(n))
        entry["random_sample"] = floats(np.random.RandomState(seed).random_sample(5))
        entry["randint_0_10"] = ints(np.random.RandomState(seed).randint(0, 10, size=8))
        entry["randint_m5_1000003"] = ints(np.random.RandomState(seed).randint(-5, 1000003, size=5))
        entry["randint_0_2p32"] = ints(np.random.RandomState(seed).randint(0, 2**32, size=3))
        entry["randint_0_2p40"] = ints(np.random.RandomState(seed).randint(0, 2**40, size=3))
        entry["uniform_m2_3"] = floats(np.random.RandomState(seed).uniform(-2.0, 3.0, size=4))
        # One stream mixing calls: the C++ must advance exactly as numpy does.
        rs = np.random.RandomState(seed)
        mixed = {"perm10": ints(rs.permutation(10)), "sample": float(rs.random_sample()),
                 "randint_5_17": int(rs.randint(5, 17)), "perm3": ints(rs.permutation(3)),
                 "uniform_1_2": float(rs.uniform(1.0, 2.0))}
        arr = np.array([3, 1, 4, 1, 5, 9, 2, 6])
        rs.shuffle(arr)
        mixed["shuffled"] = ints(arr)
        entry["mixed"] = mixed
        out.append(entry)
    by_array = {"key": [1, 2, 3],
                "random_sample": floats(np.random.RandomState(np.array([1, 2, 3], dtype=np.uint32)).random_sample(3))}
    write("random_state.json", {"seeds": out, "init_by_array": by_array})


# ---------------------------------------------------------------- splits.json
def read_labels():
    with open(CSV, newline="") as f:
        rows = list(csv.DictReader(f))
    type1 = [r["type1"] for r in rows]
    legendary = [r["is_legendary"] == "true" for r in rows]
    return type1, legendary


def splits_golden():
    type1, legendary = read_labels()
    # Synthetic imbalanced labels (3 classes: 20 / 6 / 3), shuffled with a fixed seed.
    synthetic = np.array([5.0] * 20 + [-1.0] * 6 + [2.0] * 3)
    np.random.RandomState(2024).shuffle(synthetic)
    label_sets = {"type1": np.array(type1), "is_legendary": np.array(legendary),
                  "synthetic": synthetic}
    kfold, skfold, tts = [], [], []
    for name, y in label_sets.items():
        n = len(y)
        X = np.zeros((n, 1))
        for n_splits in [5, 3]:
            for shuffle, seed in [(False, None), (True, 0), (True, 42), (True, 7)]:
                kf = KFold(n_splits=n_splits, shuffle=shuffle, random_state=seed)
                kfold.append({"labels": name, "n_splits": n_splits, "shuffle": shuffle,
                              "seed": seed or 0,
                              "test": [ints(te) for _, te in kf.split(X)]})
                skf = StratifiedKFold(n_splits=n_splits, shuffle=shuffle, random_state=seed)
                skfold.append({"labels": name, "n_splits": n_splits, "shuffle": shuffle,
                               "seed": seed or 0,
                               "test": [ints(te) for _, te in skf.split(X, y)]})
        for test_size in [0.2, 0.25, 0.3]:
            for seed in [0, 42, 7]:
                idx = np.arange(n)
                tr, te = train_test_split(idx, test_size=test_size, random_state=seed)
                tts.append({"labels": name, "stratify": False, "test_size": test_size,
                            "seed": seed, "train": ints(tr), "test": ints(te)})
                tr, te = train_test_split(idx, test_size=test_size, random_state=seed, stratify=y)
                tts.append({"labels": name, "stratify": True, "test_size": test_size,
                            "seed": seed, "train": ints(tr), "test": ints(te)})
    write("splits.json", {"synthetic_labels": floats(synthetic), "kfold": kfold,
                          "stratified_kfold": skfold, "train_test_split": tts})


# ---------------------------------------------------------------- preprocessing.json
NUMERIC = ["hp", "attack", "defense", "speed", "height_m", "weight_kg"]
CATEGORICAL = ["type1", "type2", "is_legendary", "generation"]


def preprocessing_golden():
    df = pd.read_csv(CSV)
    n = len(df)
    # Synthetic missing mask on the real numeric columns (about 5% of cells).
    rs = np.random.RandomState(3)
    mask = rs.random_sample((n, len(NUMERIC))) < 0.05
    missing = [[int(i), int(j)] for i, j in zip(*np.nonzero(mask))]
    X = df[NUMERIC].to_numpy(dtype=float)
    X[mask] = np.nan
    # Synthetic constant column (0.1 everywhere: its float variance is tiny but not zero).
    X = np.hstack([X, np.full((n, 1), 0.1)])
    out = {"numeric_columns": NUMERIC, "missing_cells": missing, "constant_value": 0.1,
           "X": matrix(X)}

    s = StandardScaler().fit(X)
    out["standard"] = {"mean": floats(s.mean_), "var": floats(s.var_), "scale": floats(s.scale_),
                       "transform": matrix(s.transform(X))}
    s = StandardScaler(with_mean=False).fit(X)
    out["standard_no_mean"] = {"transform": matrix(s.transform(X))}
    for name, rng in [("min_max", (0.0, 1.0)), ("min_max_m1_2", (-1.0, 2.0))]:
        m = MinMaxScaler(feature_range=rng).fit(X)
        out[name] = {"feature_range": list(rng), "scale": floats(m.scale_), "min": floats(m.min_),
                     "transform": matrix(m.transform(X))}

    # The imputer also sees a synthetic all-missing column, which scikit-learn drops.
    X_empty = np.hstack([X, np.full((n, 1), np.nan)])
    imputers = {}
    for strategy in ["mean", "median", "most_frequent", "constant"]:
        kw = {"fill_value": -1.0} if strategy == "constant" else {}
        imp = SimpleImputer(strategy=strategy, **kw).fit(X_empty)
        imputers[strategy] = {"statistics": floats(imp.statistics_),
                              "transform": matrix(imp.transform(X_empty))}
    out["imputer"] = imputers

    # One-hot on real categorical columns (type2 has missing cells -> "nan" category).
    cats = df[CATEGORICAL]
    enc = OneHotEncoder(sparse_output=False).fit(cats)
    out["one_hot"] = {"columns": CATEGORICAL,
                      "categories": [[str(c) for c in cs] for cs in enc.categories_],
                      "feature_names": list(enc.get_feature_names_out()),
                      "active": [ints(np.nonzero(r)[0]) for r in enc.transform(cats)]}
    enc = OneHotEncoder(sparse_output=False, handle_unknown="ignore").fit(cats.iloc[:400])
    out["one_hot_ignore"] = {"fit_rows": 400,
                             "feature_names": list(enc.get_feature_names_out()),
                             "active": [ints(np.nonzero(r)[0]) for r in enc.transform(cats)]}

    # ColumnTransformer fitted on a train split only, applied to the test rows.
    frame = df[NUMERIC + ["type1", "type2"]].copy()
    frame[NUMERIC] = X[:, : len(NUMERIC)]
    train, test = train_test_split(np.arange(n), test_size=0.25, random_state=0)
    ct = ColumnTransformer([
        ("num", Pipeline([("impute", SimpleImputer()), ("scale", StandardScaler())]), NUMERIC),
        ("cat", OneHotEncoder(sparse_output=False, handle_unknown="ignore"), ["type1", "type2"]),
    ])
    ct.fit(frame.iloc[train])
    out["table_preprocessor"] = {
        "train": ints(train), "test": ints(test),
        "feature_names": [f.split("__", 1)[1] for f in ct.get_feature_names_out()],
        "transform_test": matrix(ct.transform(frame.iloc[test]))}
    write("preprocessing.json", out)


# ---------------------------------------------------------------- grid_search.json
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "height_m", "weight_kg"]


def grid_search_golden():
    df = pd.read_csv(CSV)
    X = StandardScaler().fit_transform(df[STATS].to_numpy(dtype=float))
    y = df["is_legendary"].to_numpy().astype(float)
    grid = {"C": [0.001, 0.01, 0.1, 1.0, 10.0, 100.0], "class_weight": [None, "balanced"]}
    cv = StratifiedKFold(n_splits=5)
    out = {"columns": STATS, "X": matrix(X), "y": floats(y),
           "folds": [ints(te) for _, te in cv.split(X, y)], "searches": []}
    for scoring in ["accuracy", "neg_log_loss"]:
        gs = GridSearchCV(LogisticRegression(tol=1e-8, max_iter=10000), grid, scoring=scoring,
                          cv=cv, n_jobs=1, refit=True).fit(X, y)
        r = gs.cv_results_
        candidates = []
        for i, params in enumerate(r["params"]):
            candidates.append({
                "C": params["C"], "class_weight": params["class_weight"] or "none",
                "split_scores": [float(r["split%d_test_score" % k][i]) for k in range(5)],
                "mean_test_score": float(r["mean_test_score"][i]),
                "std_test_score": float(r["std_test_score"][i]),
                "rank_test_score": int(r["rank_test_score"][i])})
        best = gs.best_estimator_
        out["searches"].append({
            "scoring": scoring, "candidates": candidates, "best_index": int(gs.best_index_),
            "best_params": {"C": gs.best_params_["C"],
                            "class_weight": gs.best_params_["class_weight"] or "none"},
            "best_score": float(gs.best_score_), "refit_coef": floats(best.coef_),
            "refit_intercept": floats(best.intercept_)})
    write("grid_search.json", out)


if __name__ == "__main__":
    random_state_golden()
    splits_golden()
    preprocessing_golden()
    grid_search_golden()
