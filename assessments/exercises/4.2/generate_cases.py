"""Builds the cases of exercise 4.2 (error analysis) from a fixed type classifier on real data.

The classifier: the species of data/pokemon.csv whose primary type is Water, Normal, Bug or Psychic
(TYPES), features FEATURES (the six stats, height, weight), a stratified 60/20/20 split
(random_state SPLIT_SEED) into training rows, visible rows and hidden rows, and a scikit-learn
RandomForestClassifier(n_estimators=100, max_depth=6, random_state=0) fitted on the training rows.
Its predictions on the visible and the hidden rows (about 45 errors each) are the cases' input.

The expected breakdown is computed here in plain Python from those rows: the number of errors,
every (actual, predicted) pair with its count (ordered by count, then actual, then predicted), the
error rate in each quartile range of three features (edges, given to the learner: min, quartiles,
max of the case's rows, numpy's default interpolation; bins [low, high), the last one closed), and the range with
the highest error rate among those holding at least MIN_ROWS rows (the first one on a tie).
The script stops if the worst range is tied with another. Output: cases.json and
calibration.txt. Deterministic.
Usage: /usr/bin/python3 assessments/exercises/4.2/generate_cases.py
"""

import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import evaluation_data as e  # noqa: E402

SCRIPT = "assessments/exercises/4.2/generate_cases.py"
TYPES = ["Water", "Normal", "Bug", "Psychic"]
FEATURES = e.STATS + ["height_m", "weight_kg"]
BINNED = ["sp_attack", "speed", "weight_kg"]  # the features whose ranges are analysed
SPLIT_SEED = 0
MIN_ROWS = 10


def quartile_edges(X):
    """{feature: [min, q1, median, q3, max]} of the case's rows (given to the learner)."""
    return {f: [float(v) for v in np.quantile(X[:, FEATURES.index(f)], [0, 0.25, 0.5, 0.75, 1])]
            for f in BINNED}


def breakdown(actual, predicted, X, all_edges):
    wrong = actual != predicted
    pairs = Counter(zip(actual[wrong], predicted[wrong]))
    confusions = [{"actual": a, "predicted": p, "count": c}
                  for (a, p), c in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))]
    ranges = []
    for feature in BINNED:
        values = X[:, FEATURES.index(feature)]
        edges = all_edges[feature]
        for i in range(4):
            low, high = edges[i], edges[i + 1]
            inside = (values >= low) & ((values < high) if i < 3 else (values <= high))
            rows, errors = int(inside.sum()), int((inside & wrong).sum())
            ranges.append({"feature": feature, "low": low, "high": high, "rows": rows,
                           "errors": errors, "error_rate": errors / rows if rows else 0.0})
    eligible = [r for r in ranges if r["rows"] >= MIN_ROWS]
    worst = max(eligible, key=lambda r: r["error_rate"])  # max keeps the first on a tie
    tied = [r for r in eligible if r["error_rate"] == worst["error_rate"]]
    return int(wrong.sum()), confusions, ranges, worst, len(tied)


def main():
    data = e.load()
    species = data[data["type1"].isin(TYPES)].reset_index(drop=True)
    X = species[FEATURES].to_numpy(dtype=float)
    y = species["type1"].to_numpy()
    rows = np.arange(len(y))
    train, scored = train_test_split(rows, test_size=0.4, random_state=SPLIT_SEED, stratify=y)
    visible, hidden = train_test_split(scored, test_size=0.5, random_state=SPLIT_SEED,
                                       stratify=y[scored])
    model = RandomForestClassifier(n_estimators=100, max_depth=6, random_state=0)
    model.fit(X[train], y[train])
    lines = ["# Exercise 4.2 breakdown (written by generate_cases.py; do not edit)",
             f"# {len(species)} species of types {TYPES}; {len(train)} training rows", ""]
    cases = []
    for case_id, case_rows in (("visible", np.sort(visible)), ("hidden", np.sort(hidden))):
        predicted = model.predict(X[case_rows])
        actual = y[case_rows]
        edges = quartile_edges(X[case_rows])
        errors, confusions, ranges, worst, tied = breakdown(actual, predicted, X[case_rows], edges)
        if tied > 1:
            e.fail(SCRIPT, f"{case_id}: {tied} ranges share the worst error rate")
        lines.append(f"{case_id}: {len(case_rows)} rows, {errors} errors")
        lines += [f"  {c['actual']} -> {c['predicted']}: {c['count']}" for c in confusions]
        lines += [f"  {r['feature']} [{r['low']}, {r['high']}]: {r['errors']}/{r['rows']}"
                  for r in ranges]
        lines.append(f"  worst: {worst['feature']} [{worst['low']}, {worst['high']}]\n")
        cases.append({
            "id": case_id,
            "input": {"features": FEATURES,
                      "rows": [{"name": str(species["name"][i]), "actual": str(a),
                                "predicted": str(p), "features": e.m.matrix(X[[i]])[0]}
                               for i, a, p in zip(case_rows, actual, predicted)],
                      "binnings": [{"feature": f, "column": FEATURES.index(f), "edges": edges[f]}
                                   for f in BINNED],
                      "min_rows": MIN_ROWS},
            "expected": {"errors": errors, "confusions": confusions,
                         "top_pairs": [[c["actual"], c["predicted"], c["count"]]
                                       for c in confusions[:3]],
                         "ranges": ranges,
                         "worst_range": {k: worst[k] for k in ("feature", "low", "high")}}})
    e.write(HERE, "4.2", SCRIPT, cases, lines)


if __name__ == "__main__":
    main()
