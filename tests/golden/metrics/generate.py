#!/usr/bin/python3
"""Golden values for mlcore's metrics, computed with scikit-learn (Debian's python3-sklearn 1.2).

Run by hand, not in CI:  /usr/bin/python3 tests/golden/metrics/generate.py
Deterministic (fixed seeds). Writes cases.json next to this file; the C++ tests
(tests/mlcore/metrics/golden_test.cpp) recompute every case and require |diff| <= 1e-12.

Inputs are written into the file so C++ uses the very same numbers:
- "synthetic" cases: random labels/scores/weights drawn here with a fixed seed; scores are rounded
  to create ties on purpose; weights include zeros.
- "pokemon" cases: a quick LogisticRegression on data/pokemon.csv (is_legendary, and
  evolution_stage for multi-class) and a LinearRegression (speed); y_true/proba/predictions are
  the real model outputs.
"""
import csv
import json
import os

import numpy as np
import sklearn
from sklearn import metrics as M
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
rng = np.random.default_rng(20240601)
cases = []


def clean(x):
    """JSON-safe: numpy -> Python, NaN -> None."""
    if isinstance(x, dict):
        return {k: clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    if isinstance(x, np.ndarray):
        return clean(x.tolist())
    if isinstance(x, (np.floating, float)):
        return None if np.isnan(x) else float(x)
    if isinstance(x, (np.integer, int, bool, np.bool_)):
        return float(x) if not isinstance(x, (bool, np.bool_)) else bool(x)
    return x


pool = {}  # Input arrays shared by many cases, stored once: args refer to them as "@<id>".


def pooled(value):
    value = clean(value)
    if not isinstance(value, list) or len(value) <= 8:
        return value
    key = json.dumps(value)
    if key not in pool:
        pool[key] = len(pool)
    return "@%d" % pool[key]


def add(name, fn, args, expected):
    args = {k: pooled(v) for k, v in args.items()}
    cases.append(clean({"name": name, "fn": fn, "args": args, "expected": expected}))


def label_cases(name, y, p, w=None):
    kw = {} if w is None else {"sample_weight": w}
    args = {"y_true": y, "y_pred": p}
    if w is not None:
        args["sample_weight"] = w
    add(name + "/accuracy", "accuracy", args, M.accuracy_score(y, p, **kw))
    add(name + "/balanced_accuracy", "balanced_accuracy", args,
        M.balanced_accuracy_score(y, p, **kw))
    add(name + "/confusion_matrix", "confusion_matrix", args, M.confusion_matrix(y, p, **kw))
    present = np.unique(np.concatenate([y, p]))
    for avg in ["macro", "weighted", "micro"]:
        for zd in [0, 1]:
            pr, rc, f, _ = M.precision_recall_fscore_support(y, p, average=avg, zero_division=zd, **kw)
            add(f"{name}/prf_{avg}_zd{zd}", "prf", dict(args, average=avg, zero_division=zd),
                {"precision": pr, "recall": rc, "f": f})
    if len(present) <= 2:
        for pos in present:
            pr, rc, f, _ = M.precision_recall_fscore_support(y, p, average="binary",
                                                             pos_label=pos, **kw)
            add(f"{name}/prf_binary_pos{pos:g}", "prf", dict(args, average="binary", pos_label=pos),
                {"precision": pr, "recall": rc, "f": f})
    rep = M.classification_report(y, p, output_dict=True, zero_division=0, **kw)
    add(name + "/report", "report", args, report_dict(rep, present))


def report_dict(rep, labels):
    rows = []
    for lab in labels:
        key = str(lab)
        # classification_report names rows by str(label) of the array's dtype.
        r = rep[key]
        rows.append([r["precision"], r["recall"], r["f1-score"], r["support"]])
    out = {"rows": rows}
    for k in ["macro avg", "weighted avg"]:
        r = rep[k]
        out[k.split()[0]] = [r["precision"], r["recall"], r["f1-score"], r["support"]]
    out["accuracy"] = rep.get("accuracy")
    return out


def score_cases(name, y, s, w=None, pos=1):
    kw = {} if w is None else {"sample_weight": w}
    args = {"y_true": y, "scores": s, "pos_label": pos}
    if w is not None:
        args["sample_weight"] = w
    for drop in [True, False]:
        fpr, tpr, thr = M.roc_curve(y, s, pos_label=pos, drop_intermediate=drop, **kw)
        add(f"{name}/roc_curve_drop{int(drop)}", "roc_curve", dict(args, drop_intermediate=drop),
            {"fpr": fpr, "tpr": tpr, "thresholds": thr})
    pr, rc, thr = M.precision_recall_curve(y, s, pos_label=pos, **kw)
    add(name + "/pr_curve", "pr_curve", args, {"precision": pr, "recall": rc, "thresholds": thr})
    add(name + "/average_precision", "average_precision", args,
        M.average_precision_score(y, s, pos_label=pos, **kw))
    if len(np.unique(y)) == 2 and pos == np.max(y):
        add(name + "/roc_auc", "roc_auc", args, M.roc_auc_score(y, s, **kw))


def brute_threshold(y, s, pos, costs, w):
    """Independent reference for choose_threshold: try every distinct score."""
    w = np.ones(len(y)) if w is None else np.asarray(w)
    keep = w != 0
    y, s, w = np.asarray(y)[keep], np.asarray(s)[keep], w[keep]
    best = None
    for t in sorted(np.unique(s), reverse=True):  # highest first: ties keep the highest
        pred = s >= t
        pos_mask = y == pos
        tp = w[pred & pos_mask].sum()
        fp = w[pred & ~pos_mask].sum()
        fn = w[~pred & pos_mask].sum()
        tn = w[~pred & ~pos_mask].sum()
        cost = fp * costs[0] + fn * costs[1] + tp * costs[2] + tn * costs[3]
        if best is None or cost < best[1] - 1e-9 * max(1.0, abs(best[1])):
            best = (t, cost, tp, fp, tn, fn)
    return best


def threshold_case(name, y, s, costs, w=None, pos=1):
    t, cost, tp, fp, tn, fn = brute_threshold(y, s, pos, costs, w)
    args = {"y_true": y, "scores": s, "pos_label": pos, "costs": costs}
    if w is not None:
        args["sample_weight"] = w
    add(name, "threshold", args, {"threshold": t, "cost": cost, "tp": tp, "fp": fp, "tn": tn,
                                  "fn": fn})


def regression_cases(name, y, p, w=None):
    kw = {} if w is None else {"sample_weight": w}
    args = {"y_true": y, "y_pred": p}
    if w is not None:
        args["sample_weight"] = w
    add(name + "/mse", "mse", args, M.mean_squared_error(y, p, **kw))
    add(name + "/rmse", "rmse", args, M.mean_squared_error(y, p, squared=False, **kw))
    add(name + "/mae", "mae", args, M.mean_absolute_error(y, p, **kw))
    add(name + "/mape", "mape", args, M.mean_absolute_percentage_error(y, p, **kw))
    add(name + "/r2", "r2", args, M.r2_score(y, p, **kw))


def proba_cases(name, y, proba, labels=None, w=None):
    kw = {} if w is None else {"sample_weight": w}
    args = {"y_true": y, "proba": proba}
    if labels is not None:
        args["labels"] = labels
    if w is not None:
        args["sample_weight"] = w
    for eps in ["auto", 1e-15, 1e-7]:
        add(f"{name}/log_loss_eps{eps}", "log_loss", dict(args, eps=eps),
            M.log_loss(y, proba, eps=eps, labels=labels, **kw))
    proba = np.asarray(proba)
    all_present = labels is None or set(labels) == set(np.unique(y))
    if proba.ndim == 2 and proba.shape[1] > 2 and all_present:
        for avg in ["macro", "weighted", "micro"]:
            add(f"{name}/roc_auc_ovr_{avg}", "roc_auc_ovr", dict(args, average=avg),
                M.roc_auc_score(y, proba, multi_class="ovr", average=avg, labels=labels, **kw))


def weights(n, zeros=True):
    w = np.round(rng.uniform(0.0, 3.0, n), 3)
    if zeros:
        w[rng.choice(n, max(1, n // 10), replace=False)] = 0.0
    return w


# ---- synthetic classification (labels) ----
for n, k, tag in [(40, 2, "bin_small"), (500, 2, "bin"), (300, 3, "mc3"), (1000, 5, "mc5"),
                  (7, 2, "tiny")]:
    y = rng.integers(0, k, n).astype(float)
    p = np.where(rng.random(n) < 0.7, y, rng.integers(0, k, n)).astype(float)
    label_cases(f"synthetic/{tag}", y, p)
    label_cases(f"synthetic/{tag}_w", y, p, weights(n))
# labels 3/7 with pos_label 7; a class never predicted; a class only predicted; all correct.
y = rng.choice([3.0, 7.0], 60)
p = np.where(rng.random(60) < 0.6, y, 10.0 - y)
label_cases("synthetic/labels37", y, p)
y = rng.integers(0, 3, 50).astype(float)
label_cases("synthetic/never_predicted", y, np.where(y == 2, 0.0, y))
label_cases("synthetic/only_predicted", np.where(y == 2, 1.0, y), y)
label_cases("synthetic/all_correct", y, y.copy())
label_cases("synthetic/no_positive_pred", np.array([0, 1, 1, 0, 1.0]), np.zeros(5))
label_cases("synthetic/single_class", np.ones(6), np.ones(6))
# labels argument: order, subset, absent label.
y = rng.integers(0, 4, 200).astype(float)
p = np.where(rng.random(200) < 0.5, y, rng.integers(0, 4, 200)).astype(float)
for labs, tag in [([3, 1, 0, 2], "reordered"), ([2, 0], "subset"), ([0, 1, 2, 3, 9], "absent")]:
    labs = np.array(labs, dtype=float)
    add(f"synthetic/labels_{tag}/confusion_matrix", "confusion_matrix",
        {"y_true": y, "y_pred": p, "labels": labs}, M.confusion_matrix(y, p, labels=labs))
    for avg in ["macro", "weighted", "micro"]:
        pr, rc, f, _ = M.precision_recall_fscore_support(y, p, average=avg, labels=labs)
        add(f"synthetic/labels_{tag}/prf_{avg}", "prf",
            {"y_true": y, "y_pred": p, "labels": labs, "average": avg},
            {"precision": pr, "recall": rc, "f": f})

# ---- synthetic scores: ties on purpose (rounded), weighted and unweighted ----
for n, dec, tag in [(30, 1, "coarse"), (400, 2, "ties"), (2000, 3, "fine"), (5, 1, "tiny")]:
    y = (rng.random(n) < 0.4).astype(float)
    s = np.round(np.clip(0.3 * y + rng.normal(0.35, 0.25, n), 0, 1), dec)
    score_cases(f"synthetic/{tag}", y, s)
    score_cases(f"synthetic/{tag}_w", y, s, weights(n))
    add(f"synthetic/{tag}/brier", "brier", {"y_true": y, "y_prob": s}, M.brier_score_loss(y, s))
    w = weights(n)
    add(f"synthetic/{tag}_w/brier", "brier", {"y_true": y, "y_prob": s, "sample_weight": w},
        M.brier_score_loss(y, s, sample_weight=w))
    for costs in [[1, 1, 0, 0], [1, 5, 0, 0], [3, 1, -1, 0], [2.5, 7.25, 0.5, 0.125]]:
        threshold_case(f"synthetic/{tag}/threshold_{costs}", y, s, costs)
        threshold_case(f"synthetic/{tag}_w/threshold_{costs}", y, s, costs, w)
y = rng.choice([3.0, 7.0], 80)
s = np.round(rng.random(80), 1)
score_cases("synthetic/labels37_pos7", y, s, pos=7.0)
score_cases("synthetic/labels37_pos3", y, s, pos=3.0)
add("synthetic/labels37/brier_default", "brier", {"y_true": y, "y_prob": s},
    M.brier_score_loss(y, s))
add("synthetic/labels37/brier_pos3", "brier", {"y_true": y, "y_prob": s, "pos_label": 3.0},
    M.brier_score_loss(y, s, pos_label=3.0))
score_cases("synthetic/all_tied", np.array([0, 1, 0, 1, 1.0]), np.full(5, 0.5))
score_cases("synthetic/perfect", np.array([0, 0, 1, 1.0]), np.array([0.1, 0.2, 0.8, 0.9]))
score_cases("synthetic/no_positive", np.zeros(6), np.round(rng.random(6), 1))
score_cases("synthetic/negative_scores", (rng.random(50) < 0.5).astype(float),
            np.round(rng.normal(0, 3, 50), 0))

# ---- synthetic probabilities ----
for n, k, tag in [(100, 2, "bin"), (300, 3, "mc3"), (500, 5, "mc5")]:
    y = rng.integers(0, k, n).astype(float)
    y[:k] = np.arange(k)
    logits = rng.normal(0, 2, (n, k))
    logits[np.arange(n), y.astype(int)] += 1.0
    proba = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    proba = np.round(proba, 2 if tag == "mc3" else 17)  # ties for mc3 (rows may not sum to 1)
    proba = proba / proba.sum(axis=1, keepdims=True)
    proba[0] = 0.0
    proba[0, int(y[0])] = 1.0  # exact 0 and 1 exercise the clipping
    proba_cases(f"synthetic/{tag}", y, proba)
    proba_cases(f"synthetic/{tag}_w", y, proba, w=weights(n, zeros=False))
y = np.array([0, 1, 1, 0, 1.0])
proba_cases("synthetic/one_column", y, np.array([0.1, 0.9, 1.0, 0.0, 0.4]))
proba_cases("synthetic/labels_given", np.array([0, 2, 2, 0.0]),
            np.array([[0.7, 0.1, 0.2], [0.2, 0.2, 0.6], [0.1, 0.0, 0.9], [0.5, 0.5, 0.0]]),
            labels=[0.0, 1.0, 2.0])

# ---- synthetic regression ----
for n, tag in [(50, "small"), (1000, "large"), (2, "two")]:
    y = rng.normal(10, 5, n)
    p = y + rng.normal(0, 2, n)
    regression_cases(f"synthetic/{tag}", y, p)
    regression_cases(f"synthetic/{tag}_w", y, p, weights(n, zeros=False))
yz = rng.normal(0, 1, 20)
yz[[2, 5]] = 0.0
regression_cases("synthetic/zeros_in_y", yz, yz + 0.5)
regression_cases("synthetic/constant_y_perfect", np.full(8, 3.0), np.full(8, 3.0))
regression_cases("synthetic/constant_y_wrong", np.full(8, 3.0), np.arange(8.0))
regression_cases("synthetic/one_sample", np.array([2.0]), np.array([2.5]))

# ---- pokemon: real predictions ----
with open(os.path.join(ROOT, "data", "pokemon.csv"), newline="") as f:
    rows = list(csv.DictReader(f))
feats = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
X = StandardScaler().fit_transform(np.array([[float(r[c]) for c in feats] for r in rows]))
y_leg = np.array([1.0 if r["is_legendary"] == "true" else 0.0 for r in rows])
lr = LogisticRegression(C=1.0, max_iter=1000).fit(X, y_leg)
proba = lr.predict_proba(X)
pred = lr.predict(X)
label_cases("pokemon/legendary", y_leg, pred)
score_cases("pokemon/legendary", y_leg, proba[:, 1])
proba_cases("pokemon/legendary", y_leg, proba)
add("pokemon/legendary/brier", "brier", {"y_true": y_leg, "y_prob": proba[:, 1]},
    M.brier_score_loss(y_leg, proba[:, 1]))
threshold_case("pokemon/legendary/threshold_fn10", y_leg, proba[:, 1], [1, 10, 0, 0])
y_stage = np.array([float(r["evolution_stage"]) for r in rows])
lr3 = LogisticRegression(C=1.0, max_iter=1000).fit(X, y_stage)
label_cases("pokemon/stage", y_stage, lr3.predict(X))
proba_cases("pokemon/stage", y_stage, lr3.predict_proba(X))
y_speed = X[:, 5] * 0 + np.array([float(r["speed"]) for r in rows])
Xr = X[:, :5]
regression_cases("pokemon/speed", y_speed, LinearRegression().fit(Xr, y_speed).predict(Xr))

# ---- scorers: sklearn's scorer objects on the pokemon models ----
class Fixed:
    """A fitted-looking estimator returning fixed predictions (sklearn's scorers call it)."""

    def __init__(self, pred, proba, classes):
        self.pred, self.proba, self.classes_ = pred, proba, classes
        self._estimator_type = "classifier" if proba is not None else "regressor"

    def predict(self, X):
        return self.pred

    def predict_proba(self, X):
        return self.proba

    def fit(self, X, y):
        return self


scorer_sets = [
    ("legendary", y_leg, pred, proba, lr.classes_,
     ["accuracy", "balanced_accuracy", "f1", "f1_macro", "f1_weighted", "precision", "recall",
      "roc_auc", "roc_auc_ovr", "neg_log_loss", "average_precision", "neg_brier_score"]),
    ("stage", y_stage, lr3.predict(X), lr3.predict_proba(X), lr3.classes_,
     ["accuracy", "balanced_accuracy", "f1_macro", "f1_weighted", "roc_auc_ovr",
      "roc_auc_ovr_weighted", "neg_log_loss"]),
]
for tag, y, p, pr, classes, names in scorer_sets:
    est = Fixed(p, pr, classes)
    for nm in names:
        add(f"pokemon/{tag}/scorer_{nm}", "scorer",
            {"name": nm, "y_true": y, "y_pred": p, "proba": pr, "classes": classes},
            M.get_scorer(nm)(est, X, y))
reg_pred = LinearRegression().fit(Xr, y_speed).predict(Xr)
est = Fixed(reg_pred, None, None)
for nm in ["r2", "neg_mean_squared_error", "neg_root_mean_squared_error",
           "neg_mean_absolute_error", "neg_mean_absolute_percentage_error"]:
    add(f"pokemon/speed/scorer_{nm}", "scorer", {"name": nm, "y_true": y_speed, "y_pred": reg_pred},
        M.get_scorer(nm)(est, Xr, y_speed))

out = {
    "generator": "tests/golden/metrics/generate.py",
    "sklearn_version": sklearn.__version__,
    "numpy_version": np.__version__,
    "note": "synthetic = random arrays drawn by generate.py with a fixed seed; "
            "pokemon = LogisticRegression/LinearRegression predictions on data/pokemon.csv",
    "arrays": [json.loads(k) for k, _ in sorted(pool.items(), key=lambda kv: kv[1])],
    "cases": cases,
}
with open(os.path.join(HERE, "cases.json"), "w") as f:
    json.dump(out, f, separators=(",", ":"))
print(f"{len(cases)} cases written")
