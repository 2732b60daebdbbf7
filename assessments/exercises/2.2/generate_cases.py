"""Builds and calibrates the cases of exercise 2.2 (spot the leakage).

Task: is a species unevolved (evolution_stage == 1)? Rows of data/pokemon.csv are split,
stratified, into training rows (70%) and the rows to score (30%, their labels only in
`expected`). The training rows then go through a "bad join": a quarter of them appear twice,
and the result is shuffled. That is the `labelled` table the learner's pipeline gets.

Both pipelines are mirrored here in scikit-learn (mlcore's StandardScaler, LogisticRegression
and KFold reproduce scikit-learn 1.2's):
  - leaky_pipeline: the starter (exercises/02-eda-features/leakage.cpp): no deduplication, a
    target rate per (type1, type2, color) group over all labelled rows, a scaler fit on the
    labelled and to-score rows together;
  - honest_pipeline: the solution (solutions/02-eda-features/leakage.cpp).
The script asserts that every checkpoint separates them (the honest one passes, the leaky one
fails) and writes the numbers to calibration.txt. Deterministic.
Usage: /usr/bin/python3 assessments/exercises/2.2/generate_cases.py
"""

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import KFold, train_test_split
from sklearn.preprocessing import StandardScaler

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GENERATED_BY = "assessments/exercises/2.2/generate_cases.py"
COLUMNS = ["num", "type1", "type2", "color", "hp", "attack", "defense", "sp_attack",
           "sp_defense", "speed", "height_m", "weight_kg", "is_legendary", "is_mythical"]
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
SPLIT_SEED, JOIN_SEED, SHUFFLE_SEED = 22, 22, 7
CV_TOLERANCE = 0.04       # |cv_accuracy - holdout accuracy| allowed (main case)
CHANCE_TOLERANCE = 0.06   # |cv_accuracy - honest shuffled-label estimate| allowed
AUC_SLACK = 0.03          # the AUC bar sits this far below the honest pipeline's


def fail(message):
    sys.exit(f"generate_cases.py: {message}")


def row_features(t):
    return np.column_stack([t[STATS].to_numpy(dtype=float), np.log(t["weight_kg"]),
                            np.log(t["height_m"]),
                            (t["is_legendary"] | t["is_mythical"]).to_numpy(dtype=float)])


def cross_validate(X, y, scaler_for):
    scores = []
    for train, test in KFold(5, shuffle=True, random_state=0).split(X):
        scaler = scaler_for(X[train])
        model = LogisticRegression().fit(scaler.transform(X[train]), y[train])
        scores.append(float((model.predict(scaler.transform(X[test])) == y[test]).mean()))
    return float(np.mean(scores))


def honest_pipeline(labelled, y, to_score):
    keep = ~labelled["num"].duplicated().to_numpy()
    X, y = row_features(labelled[keep]), y[keep]
    cv = cross_validate(X, y, lambda rows: StandardScaler().fit(rows))
    scaler = StandardScaler().fit(X)
    model = LogisticRegression().fit(scaler.transform(X), y)
    return cv, model.predict_proba(scaler.transform(row_features(to_score)))[:, 1]


def leaky_pipeline(labelled, y, to_score):
    def group(t):
        return (t["type1"] + "/" + t["type2"].fillna("") + "/" + t["color"]).to_numpy()
    rates = pd.Series(y, dtype=float).groupby(group(labelled)).mean()

    def features(t):
        rate = pd.Series(group(t)).map(rates).fillna(y.mean()).to_numpy()
        return np.column_stack([row_features(t), rate])
    X, X_new = features(labelled), features(to_score)
    scaler = StandardScaler().fit(np.vstack([X, X_new]))
    cv = cross_validate(X, y, lambda rows: scaler)
    model = LogisticRegression().fit(scaler.transform(X), y)
    return cv, model.predict_proba(scaler.transform(X_new))[:, 1]


def to_csv(frame):
    return frame.to_csv(index=False, lineterminator="\n")


def labelled_csv(labelled, y):
    return to_csv(labelled.assign(unevolved=y))


def main():
    data = pd.read_csv(ROOT / "data" / "pokemon.csv", keep_default_na=False,
                       na_values={"type2": [""]})
    if len(data) != 1025:
        fail(f"expected 1025 rows, got {len(data)}")
    y_all = (data["evolution_stage"] == 1).astype(int).to_numpy()
    train, scored = train_test_split(np.arange(len(data)), test_size=0.3,
                                     random_state=SPLIT_SEED, stratify=y_all)
    rng = np.random.RandomState(JOIN_SEED)
    rows = np.concatenate([train, rng.choice(train, size=len(train) // 4, replace=False)])
    rng.shuffle(rows)
    labelled = data.iloc[rows][COLUMNS].reset_index(drop=True)
    y = y_all[rows]
    to_score = data.iloc[scored][COLUMNS].reset_index(drop=True)
    y_scored = y_all[scored]
    n = len(to_score)

    lines = ["# Exercise 2.2 calibration (written by generate_cases.py; do not edit)",
             f"# labelled: {len(labelled)} rows ({len(train)} species, "
             f"{len(labelled) - len(train)} repeated by the join); to score: {n} rows", ""]
    results = {}
    for name, pipeline in [("honest", honest_pipeline), ("leaky", leaky_pipeline)]:
        cv, proba = pipeline(labelled, y, to_score)
        shuffled_cv, _ = pipeline(labelled, np.random.RandomState(SHUFFLE_SEED).permutation(y),
                                  to_score)
        accuracy = float(((proba > 0.5) == y_scored).mean())
        results[name] = {"cv": cv, "accuracy": accuracy, "auc": roc_auc_score(y_scored, proba),
                         "shuffled_cv": shuffled_cv}
        lines.append(f"{name}: cv_accuracy {cv:.4f}, accuracy on the scored rows {accuracy:.4f}, "
                     f"ROC AUC {results[name]['auc']:.4f}, cv_accuracy with shuffled labels "
                     f"{shuffled_cv:.4f}")
    honest, leaky = results["honest"], results["leaky"]
    auc_bar = round(honest["auc"] - AUC_SLACK, 3)
    lines += ["", f"cv-matches-holdout: |cv_accuracy - {honest['accuracy']:.4f}| <= {CV_TOLERANCE}",
              f"shuffled-labels: |cv_accuracy - {honest['shuffled_cv']:.4f}| <= "
              f"{CHANCE_TOLERANCE}", f"holdout-auc: ROC AUC >= {auc_bar}"]
    checks = {
        "honest cv near its holdout": abs(honest["cv"] - honest["accuracy"]) <= CV_TOLERANCE / 2,
        "leaky cv far from the holdout": abs(leaky["cv"] - honest["accuracy"]) > 2 * CV_TOLERANCE,
        "leaky shuffled cv above chance":
            abs(leaky["shuffled_cv"] - honest["shuffled_cv"]) > 1.5 * CHANCE_TOLERANCE,
        "leaky auc below the bar": leaky["auc"] < auc_bar,
    }
    for what, ok in checks.items():
        if not ok:
            fail(f"calibration: {what} does not hold: {results}")

    def case(case_id, **extra):
        base = {"labelled_csv": labelled_csv(labelled, y), "to_score_csv": to_csv(to_score),
                "n_scored": n}
        return {"id": case_id, "input": {**base, **extra.pop("input", {})}, **extra}

    perturbed = to_score.copy()
    half = n // 2
    perturbed.loc[half:, STATS] = perturbed.loc[half:, STATS] * 3  # rows after `half` only
    perturbed.loc[half:, "weight_kg"] = perturbed.loc[half:, "weight_kg"] * 10
    more = pd.concat([labelled, labelled.iloc[:60]], ignore_index=True)
    shuffled_y = np.random.RandomState(SHUFFLE_SEED).permutation(y)
    cases = [
        case("perturb-to-score",
             input={"variant": {"to_score_csv": to_csv(perturbed)}, "compare_rows": half},
             expected={"max_change": 0.0}),
        case("more-copies",
             input={"variant": {"labelled_csv": labelled_csv(more, np.concatenate([y, y[:60]]))},
                    "compare_rows": n},
             expected={"max_change": 0.0}),
        case("shuffled-labels", input={"labelled_csv": labelled_csv(labelled, shuffled_y)},
             expected={"cv_accuracy": honest["shuffled_cv"]}),
        case("holdout", expected={"cv_accuracy": honest["accuracy"],
                                  "labels": [int(v) for v in y_scored]}),
    ]
    document = {"schema_version": 1, "exercise": "2.2", "generated_by": GENERATED_BY,
                "cases": cases}
    (HERE / "cases.json").write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    (HERE / "calibration.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
