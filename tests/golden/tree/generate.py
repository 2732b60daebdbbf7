#!/usr/bin/python3
"""Golden values for mlcore's decision trees and random forests, from scikit-learn 1.2.

Run by hand (Debian's scikit-learn, not the pyenv python3 on PATH):
    /usr/bin/python3 tests/golden/tree/generate.py
Deterministic; rewrites the JSON files next to this script, which tree_golden_test.cpp reads.

Data:
  - real: data/pokemon.csv (1025 species): is_legendary and type1 from the stats, weight_kg from
    the other stats;
  - synthetic: make_classification / make_friedman1 with fixed seeds (continuous features, no
    ties), written into the files so the C++ test uses the very same numbers.
X is rounded to float32 before anything else, because scikit-learn's trees work on float32:
with float32-exact inputs mlcore (double) and scikit-learn see the same numbers and compute the
same thresholds.

Trees (exact splits, max_features=None): for every test row the file holds scikit-learn's
prediction (and predict_proba for classifiers) and a flag `tied`: the row's decision path passes
a node whose chosen split is tied (within 1e-9 relative) with another candidate on a different
feature or position. scikit-learn breaks such ties by its random feature order, so only untied
rows are guaranteed to match an implementation with another order; mlcore draws features in
scikit-learn's order, so tied rows match too.

Forests: scikit-learn's test accuracy (classifier) / R^2 (regressor) for several random_states;
mlcore must be within 1 percentage point of their mean accuracy. Seed 0's predictions are kept
too: mlcore draws bootstraps and features from scikit-learn's random streams, so its exact-split
forest (max_bins=0) reproduces them.
"""
import json
import os

import numpy as np
import pandas as pd
import sklearn
from sklearn.datasets import make_classification, make_friedman1
from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor
from sklearn.tree import DecisionTreeClassifier, DecisionTreeRegressor

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "generation",
         "height_m", "weight_kg"]
REL_TIE = 1e-9


def f32(X):
    return np.asarray(X, dtype=np.float32).astype(np.float64)


def split_rows(n, seed, test_fraction=0.25):
    order = np.random.RandomState(seed).permutation(n)
    n_test = int(round(n * test_fraction))
    return np.sort(order[n_test:]), np.sort(order[:n_test])


def candidate_proxies(X, y, w, min_leaf, criterion, n_classes):
    """All candidate splits of one node as (proxy, feature, position-in-sorted-order)."""
    out = []
    n = len(y)
    for f in range(X.shape[1]):
        order = np.argsort(X[:, f], kind="stable")
        xs, ys, ws = X[order, f], y[order], w[order]
        p = np.arange(1, n)
        valid = (xs[1:] > xs[:-1] + 1e-7) & (p >= min_leaf) & (n - p >= min_leaf)
        if not valid.any():
            continue
        if criterion == "squared_error":
            sl = np.cumsum(ws * ys)[:-1]
            sr = np.sum(ws * ys) - sl
            wl = np.cumsum(ws)[:-1]
            wr = np.sum(ws) - wl
            proxy = sl * sl / wl + sr * sr / wr
        else:
            onehot = np.zeros((n, n_classes))
            onehot[np.arange(n), ys.astype(int)] = ws
            cl = np.cumsum(onehot, axis=0)[:-1]
            cr = onehot.sum(axis=0) - cl
            wl, wr = cl.sum(axis=1), cr.sum(axis=1)

            def impurity(c, wt):
                if criterion == "gini":
                    return 1.0 - (c * c).sum(axis=1) / (wt * wt)
                pr = c / wt[:, None]
                with np.errstate(divide="ignore", invalid="ignore"):
                    terms = np.where(pr > 0, pr * (np.log(pr) / np.log(2.0)), 0.0)
                return -terms.sum(axis=1)

            proxy = -wr * impurity(cr, wr) - wl * impurity(cl, wl)
        for pos in np.nonzero(valid)[0]:
            out.append((proxy[pos], f, pos + 1, xs[pos], xs[pos + 1]))
    return out


def tied_nodes(model, X, y, w, min_leaf, criterion, n_classes):
    """Ids of scikit-learn nodes whose chosen split ties with another candidate."""
    tree = model.tree_
    paths = model.decision_path(X.astype(np.float32)).tocsc()
    tied = set()
    for node in range(tree.node_count):
        if tree.children_left[node] < 0:
            continue
        rows = paths[:, node].nonzero()[0]
        cands = candidate_proxies(X[rows], y[rows], w[rows], min_leaf, criterion, n_classes)
        f, t = tree.feature[node], tree.threshold[node]
        chosen = [c for c in cands if c[1] == f and c[3] <= t < c[4]]
        assert len(chosen) == 1, (node, f, t)
        best, _, best_pos, _, _ = chosen[0]
        tol = REL_TIE * max(1.0, abs(best))
        for proxy, cf, pos, _, _ in cands:
            if cf == f and pos == best_pos:
                continue
            if abs(proxy - best) <= tol and not (cf == f and proxy == best and pos > best_pos):
                tied.add(node)
                break
    return tied


def tree_case(name, kind, params, data, weighted=False):
    Xtr, ytr, Xte = data["X_train"], data["y_train"], data["X_test"]
    w = data["w_train"] if weighted else np.ones(len(ytr))
    sk_params = dict(params)
    sk_params.setdefault("random_state", 0)
    if kind == "classifier":
        model = DecisionTreeClassifier(**sk_params)
    else:
        model = DecisionTreeRegressor(**sk_params)
    model.fit(Xtr.astype(np.float32), ytr, sample_weight=w if weighted else None)
    criterion = params.get("criterion", "gini" if kind == "classifier" else "squared_error")
    n_classes = len(np.unique(ytr))
    y_codes = np.searchsorted(np.unique(ytr), ytr) if kind == "classifier" else ytr
    tied = tied_nodes(model, Xtr, y_codes, w, params.get("min_samples_leaf", 1), criterion,
                      n_classes)
    paths = model.decision_path(Xte.astype(np.float32))
    row_tied = [bool(set(paths[i].indices) & tied) for i in range(len(Xte))]
    case = {
        "name": name,
        "kind": kind,
        "weighted": weighted,
        "params": {k: v for k, v in params.items()},
        "predict": model.predict(Xte.astype(np.float32)).tolist(),
        "tied": row_tied,
        "n_tied_nodes": len(tied),
        "node_count": int(model.tree_.node_count),
        "depth": int(model.get_depth()),
        "n_leaves": int(model.get_n_leaves()),
        "feature_importances": model.feature_importances_.tolist(),
    }
    if kind == "classifier":
        case["predict_proba"] = model.predict_proba(Xte.astype(np.float32)).tolist()
    print(f"{name}: {model.tree_.node_count} nodes, {len(tied)} tied, "
          f"{sum(row_tied)}/{len(row_tied)} test rows through a tie")
    return case


def dataset_json(data, description):
    out = {"description": description}
    for key in ("X_train", "y_train", "X_test", "y_test", "w_train"):
        if key in data:
            out[key] = np.asarray(data[key]).tolist()
    return out


def write(name, payload):
    path = os.path.join(HERE, name)
    with open(path, "w") as fh:
        json.dump(payload, fh, separators=(",", ":"))
    print(f"wrote {path} ({os.path.getsize(path) / 1e6:.2f} MB)")


def pokemon_data(target):
    df = pd.read_csv(os.path.join(REPO, "data", "pokemon.csv"))
    features = [c for c in STATS if c != target]
    X = f32(df[features].to_numpy(dtype=np.float64))
    if target == "is_legendary":
        y = df["is_legendary"].astype(int).to_numpy(dtype=np.float64)
    elif target == "type1":
        y = np.searchsorted(np.sort(df["type1"].unique()), df["type1"]).astype(np.float64)
    else:
        y = df[target].to_numpy(dtype=np.float64)
    tr, te = split_rows(len(y), 42)
    w = np.random.RandomState(7).randint(1, 4, size=len(tr)).astype(np.float64)
    return {"X_train": X[tr], "y_train": y[tr], "X_test": X[te], "y_test": y[te], "w_train": w}


def main():
    print("scikit-learn", sklearn.__version__)
    # Real data: Pokemon.
    legendary = pokemon_data("is_legendary")
    types = pokemon_data("type1")
    weight = pokemon_data("weight_kg")
    # Synthetic, continuous features: no two values of a feature tie.
    Xc, yc = make_classification(n_samples=800, n_features=8, n_informative=5, n_redundant=1,
                                 n_classes=3, random_state=0)
    Xc = f32(Xc)
    wc = np.random.RandomState(1).uniform(0.5, 2.0, size=600)
    syn_clf = {"X_train": Xc[:600], "y_train": yc[:600].astype(float), "X_test": Xc[600:],
               "y_test": yc[600:].astype(float), "w_train": wc}
    Xr, yr = make_friedman1(n_samples=800, n_features=6, noise=0.5, random_state=0)
    Xr = f32(Xr)
    wr = np.random.RandomState(2).uniform(0.5, 2.0, size=600)
    syn_reg = {"X_train": Xr[:600], "y_train": yr[:600], "X_test": Xr[600:], "y_test": yr[600:],
               "w_train": wr}

    trees = {
        "sklearn_version": sklearn.__version__,
        "datasets": {
            "pokemon_legendary": dataset_json(legendary, "real: data/pokemon.csv, is_legendary "
                                              "from stats; 75/25 split, seed 42"),
            "pokemon_type1": dataset_json(types, "real: data/pokemon.csv, type1 (index into the "
                                          "sorted type names) from stats"),
            "pokemon_weight": dataset_json(weight, "real: data/pokemon.csv, weight_kg from the "
                                           "other stats"),
            "synthetic_classification": dataset_json(syn_clf, "synthetic: make_classification("
                                                     "800, 8 features, 3 classes, seed 0), f32"),
            "synthetic_regression": dataset_json(syn_reg, "synthetic: make_friedman1(800, 6 "
                                                 "features, noise 0.5, seed 0), f32"),
        },
        "cases": [],
    }
    cases = trees["cases"]
    d = trees["datasets"]
    del d  # The cases below refer to the datasets by name.
    plan = [
        ("pokemon_legendary", "classifier", {}, False),
        ("pokemon_legendary", "classifier", {"criterion": "entropy", "max_depth": 4}, False),
        ("pokemon_legendary", "classifier", {"min_samples_leaf": 5}, False),
        ("pokemon_legendary", "classifier", {"min_samples_split": 10}, True),
        ("pokemon_type1", "classifier", {"max_depth": 8}, False),
        ("pokemon_type1", "classifier", {"criterion": "entropy"}, False),
        ("pokemon_weight", "regressor", {}, False),
        ("pokemon_weight", "regressor", {"max_depth": 6, "min_samples_leaf": 3}, False),
        ("synthetic_classification", "classifier", {}, False),
        ("synthetic_classification", "classifier", {"criterion": "entropy", "max_depth": 6}, False),
        ("synthetic_classification", "classifier", {"min_impurity_decrease": 0.005}, False),
        ("synthetic_classification", "classifier", {}, True),
        ("synthetic_regression", "regressor", {}, False),
        ("synthetic_regression", "regressor", {"max_depth": 5, "min_samples_leaf": 4}, False),
        ("synthetic_regression", "regressor", {}, True),
    ]
    data_by_name = {"pokemon_legendary": legendary, "pokemon_type1": types,
                    "pokemon_weight": weight, "synthetic_classification": syn_clf,
                    "synthetic_regression": syn_reg}
    for dataset, kind, params, weighted in plan:
        name = dataset + "/" + kind + "/" + (json.dumps(params, sort_keys=True) if params else "default")
        if weighted:
            name += "/weighted"
        case = tree_case(name, kind, params, data_by_name[dataset], weighted)
        case["dataset"] = dataset
        cases.append(case)
    write("trees.json", trees)

    # Forests on synthetic data big enough for a stable accuracy (1000 test rows).
    Xf, yf = make_classification(n_samples=3000, n_features=12, n_informative=6, n_redundant=2,
                                 random_state=3)
    Xf = f32(Xf)
    Xg, yg = make_friedman1(n_samples=2000, n_features=8, noise=1.0, random_state=4)
    Xg = f32(Xg)
    forests = {"sklearn_version": sklearn.__version__, "classifier": {}, "regressor": {}}
    seeds = [0, 1, 2, 3, 4]
    acc = []
    for s in seeds:
        rf = RandomForestClassifier(n_estimators=100, random_state=s, n_jobs=1)
        rf.fit(Xf[:2000].astype(np.float32), yf[:2000])
        acc.append(float((rf.predict(Xf[2000:].astype(np.float32)) == yf[2000:]).mean()))
        if s == 0:
            rf_proba = rf.predict_proba(Xf[2000:].astype(np.float32))[:, 1].tolist()
    forests["classifier"] = {
        "description": "synthetic: make_classification(3000, 12 features, seed 3), f32; "
                       "first 2000 rows train, last 1000 test; RandomForestClassifier(100)",
        "X": Xf.tolist(), "y": yf.astype(float).tolist(), "n_train": 2000,
        "accuracy_by_seed": acc, "accuracy_mean": float(np.mean(acc)),
        "seed0_proba_class1": rf_proba,
    }
    r2 = []
    for s in seeds:
        rf = RandomForestRegressor(n_estimators=100, random_state=s, n_jobs=1)
        rf.fit(Xg[:1500].astype(np.float32), yg[:1500])
        r2.append(float(rf.score(Xg[1500:].astype(np.float32), yg[1500:])))
        if s == 0:
            rf_pred = rf.predict(Xg[1500:].astype(np.float32)).tolist()
    forests["regressor"] = {
        "description": "synthetic: make_friedman1(2000, 8 features, noise 1, seed 4), f32; "
                       "first 1500 rows train, last 500 test; RandomForestRegressor(100)",
        "X": Xg.tolist(), "y": yg.tolist(), "n_train": 1500,
        "r2_by_seed": r2, "r2_mean": float(np.mean(r2)),
        "seed0_predict": rf_pred,
    }
    print("forest accuracy", acc, "r2", r2)
    write("forests.json", forests)


if __name__ == "__main__":
    main()
