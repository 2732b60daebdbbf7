#!/usr/bin/python3
"""Golden values for mlcore's linear models, computed with scikit-learn.

Run by hand with Debian's interpreter (it has scikit-learn 1.2):
    /usr/bin/python3 tests/golden/linear/generate.py
Deterministic. Writes logistic_regression.json and least_squares.json next to this file.

Data: real rows of data/pokemon.csv (standardized with numpy here, the matrices written into the
golden files so C++ uses the very same numbers) and SYNTHETIC data from sklearn's
make_classification / numpy with fixed seeds, also written into the files.
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn.datasets import make_classification
from sklearn.linear_model import LinearRegression, LogisticRegression, Ridge

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]


def standardize(X):
    return (X - X.mean(axis=0)) / X.std(axis=0)


def matrix(X):
    X = np.asarray(X, dtype=float)
    return {"rows": X.shape[0], "cols": X.shape[1], "data": X.ravel().tolist()}


def datasets():
    df = pd.read_csv(os.path.join(ROOT, "data", "pokemon.csv"))
    out = {}
    # Real: is_legendary from the six standardized stats.
    out["pokemon_legendary"] = {
        "source": "real: data/pokemon.csv, six stats standardized -> is_legendary",
        "X": standardize(df[STATS].to_numpy(float)),
        "y": df["is_legendary"].astype(float).to_numpy(),
    }
    # Real: primary type among four classes from stats, log height and log weight.
    types = {"Water": 0.0, "Fire": 1.0, "Grass": 2.0, "Electric": 3.0}
    sub = df[df["type1"].isin(types)]
    feats = np.column_stack([sub[STATS].to_numpy(float), np.log(sub["height_m"]),
                             np.log(sub["weight_kg"])])
    out["pokemon_type4"] = {
        "source": "real: data/pokemon.csv rows of type1 Water/Fire/Grass/Electric (0..3), "
                  "six stats + log height + log weight standardized",
        "X": standardize(feats),
        "y": sub["type1"].map(types).to_numpy(float),
    }
    # Synthetic binary and 3-class data; labels recoded to 3/7 and 2/5/9 to exercise label maps.
    Xb, yb = make_classification(n_samples=300, n_features=8, n_informative=5, n_redundant=1,
                                 random_state=7)
    out["synthetic_binary"] = {"source": "synthetic: make_classification(300, 8, random_state=7), "
                                         "labels 3/7", "X": Xb, "y": np.where(yb == 1, 7.0, 3.0)}
    Xm, ym = make_classification(n_samples=400, n_features=6, n_informative=4, n_redundant=0,
                                 n_classes=3, n_clusters_per_class=1, random_state=11)
    out["synthetic_multiclass"] = {"source": "synthetic: make_classification(400, 6, 3 classes, "
                                             "random_state=11), labels 2/5/9",
                                   "X": Xm, "y": np.array([2.0, 5.0, 9.0])[ym]}
    # Real regression: weight_kg from six stats, base_total (their sum: rank-deficient) and height.
    reg = df[STATS + ["base_total", "height_m"]].to_numpy(float)
    out["pokemon_weight"] = {"source": "real: data/pokemon.csv, weight_kg from six stats, "
                                       "base_total (= their sum, so X is rank-deficient), height_m",
                             "X": reg, "y": df["weight_kg"].to_numpy(float)}
    out["pokemon_weight_full_rank"] = {"source": "real: as pokemon_weight without base_total",
                                       "X": reg[:, [0, 1, 2, 3, 4, 5, 7]],
                                       "y": df["weight_kg"].to_numpy(float)}
    rng = np.random.RandomState(3)
    Xw = rng.normal(size=(20, 30))
    out["synthetic_wide"] = {"source": "synthetic: numpy RandomState(3), 20 x 30 normal, "
                                       "y = X w + noise", "X": Xw,
                             "y": Xw @ rng.normal(size=30) + 0.1 * rng.normal(size=20)}
    return out


def weights_for(n):
    # Deterministic, uneven sample weights: 0.5, 1.0, ..., 2.5 repeating.
    return 0.5 * (1 + np.arange(n) % 5)


def logistic_cases(data):
    cases = []
    specs = [
        ("pokemon_legendary", dict(C=1.0), False),
        ("pokemon_legendary", dict(C=0.1), False),
        ("pokemon_legendary", dict(C=1.0, class_weight="balanced"), False),
        ("pokemon_legendary", dict(C=0.1), True),
        ("pokemon_type4", dict(C=1.0), False),
        ("pokemon_type4", dict(C=0.1), False),
        ("pokemon_type4", dict(C=1.0, class_weight="balanced"), True),
        ("synthetic_binary", dict(C=1.0), False),
        ("synthetic_binary", dict(C=0.1, fit_intercept=False), True),
        ("synthetic_multiclass", dict(C=1.0), False),
        ("synthetic_multiclass", dict(C=0.1, fit_intercept=False, class_weight="balanced"), False),
    ]
    for name, params, weighted in specs:
        d = data[name]
        sw = weights_for(len(d["y"])) if weighted else None
        model = LogisticRegression(solver="lbfgs", tol=1e-8, max_iter=10000, **params)
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            model.fit(d["X"], d["y"], sample_weight=sw)
        full = {"C": 1.0, "fit_intercept": True, "class_weight": "none"}
        full.update({k: (v if v is not None else "none") for k, v in params.items()})
        cases.append({
            "data": name,
            "params": full,
            "sample_weight": None if sw is None else sw.tolist(),
            "classes": model.classes_.tolist(),
            "coef": matrix(model.coef_),
            "intercept": np.atleast_1d(model.intercept_).tolist(),
            "predict_proba": matrix(model.predict_proba(d["X"])),
            "predict": model.predict(d["X"]).tolist(),
            "n_iter": int(model.n_iter_[0]),
        })
    return cases


def least_squares_cases(data):
    cases = []
    specs = [
        # Not pokemon_weight with LinearRegression: its smallest singular value is 5.6e-16 of
        # the largest, just above lstsq's eps cutoff, so scikit-learn returns +-6e11
        # coefficients there (mlcore returns the minimum-norm solution; see the unit tests).
        ("linear_regression", "pokemon_weight_full_rank", {}, False),
        ("linear_regression", "pokemon_weight_full_rank", {}, True),
        ("linear_regression", "pokemon_weight_full_rank", {"fit_intercept": False}, False),
        ("ridge", "pokemon_weight_full_rank", {"alpha": 1.0}, False),
        ("ridge", "pokemon_weight_full_rank", {"alpha": 10.0}, True),
        ("ridge", "pokemon_weight", {"alpha": 1.0, "fit_intercept": False}, False),
        ("ridge", "synthetic_wide", {"alpha": 0.5}, True),
    ]
    for kind, name, params, weighted in specs:
        d = data[name]
        sw = weights_for(len(d["y"])) if weighted else None
        model = (LinearRegression(**params) if kind == "linear_regression"
                 else Ridge(solver="auto", **params))
        model.fit(d["X"], d["y"], sample_weight=sw)
        full = {"fit_intercept": True}
        if kind == "ridge":
            full["alpha"] = 1.0
        full.update(params)
        cases.append({
            "model": kind,
            "data": name,
            "params": full,
            "sample_weight": None if sw is None else sw.tolist(),
            "coef": model.coef_.tolist(),
            "intercept": float(model.intercept_),
            "predict": model.predict(d["X"]).tolist(),
        })
    return cases


def write(filename, used, data, cases):
    doc = {
        "generator": "tests/golden/linear/generate.py",
        "sklearn_version": sklearn.__version__,
        "datasets": {k: {"source": data[k]["source"], "X": matrix(data[k]["X"]),
                         "y": np.asarray(data[k]["y"], float).tolist()} for k in used},
        "cases": cases,
    }
    with open(os.path.join(HERE, filename), "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")


def main():
    data = datasets()
    lr = logistic_cases(data)
    write("logistic_regression.json", sorted({c["data"] for c in lr}), data, lr)
    ls = least_squares_cases(data)
    write("least_squares.json", sorted({c["data"] for c in ls}), data, ls)


if __name__ == "__main__":
    main()
