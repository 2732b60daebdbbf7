"""Builds the cases of challenge 4.C (model review board) from a real model on real data.

The model under review: is a species unevolved (evolution_stage == 1)? Scaled logistic regression
on the six stats, height and weight, out-of-fold scores (evaluation_data.py), predictions
score >= 0.5. The `visible` case holds the module's visible half of the species, the `hidden` case
the other half, each with a review policy (a scenario: the bars a review board sets).

Expected values, in plain Python: accuracy and its 95% Wilson score interval (z = 1.959963984540054)
overall and per generation, and the recommendation by the rule of exercises/04-evaluation/
model_review.hpp (do_not_ship when the overall interval lies below min_accuracy; ship when it lies
at or above it and no generation's interval lies below min_group_accuracy; needs_work otherwise).
The script stops unless the rule on point estimates (accuracy instead of the interval) gives a
different recommendation in every case, so that ignoring the intervals fails. Output:
cases.json and calibration.txt. Deterministic.
Usage: /usr/bin/python3 assessments/exercises/4.C/generate_cases.py
"""

import math
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import evaluation_data as e  # noqa: E402

SCRIPT = "assessments/exercises/4.C/generate_cases.py"
Z = 1.959963984540054
POLICIES = {"visible": (0, {"min_accuracy": 0.70, "min_group_accuracy": 0.60}),
            "hidden": (1, {"min_accuracy": 0.62, "min_group_accuracy": 0.70})}


def wilson(correct, n):
    p = correct / n
    denominator = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / denominator
    half = Z / denominator * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return centre - half, centre + half


def summary(correct):
    low, high = wilson(int(correct.sum()), len(correct))
    return {"rows": len(correct), "accuracy": float(correct.mean()), "ci_low": low,
            "ci_high": high}


def recommend(overall, groups, policy, low="ci_low", high="ci_high"):
    if overall[high] < policy["min_accuracy"]:
        return "do_not_ship"
    if overall[low] >= policy["min_accuracy"] and all(
            g[high] >= policy["min_group_accuracy"] for g in groups):
        return "ship"
    return "needs_work"


def main():
    data = e.load()
    features = e.STATS + ["height_m", "weight_kg"]
    y = (data["evolution_stage"] == 1).astype(int).to_numpy()
    scores = e.rounded(e.out_of_fold_scores(data[features].to_numpy(dtype=float), y))
    predicted = (scores >= 0.5).astype(int)
    generation = data["generation"].to_numpy()
    lines = ["# Challenge 4.C calibration (written by generate_cases.py; do not edit)", ""]
    cases = []
    for case_id, (half, policy) in POLICIES.items():
        rows = np.sort(e.halves(y)[half])
        correct = predicted[rows] == y[rows]
        overall = summary(correct)
        groups = [dict(generation=int(g), **summary(correct[generation[rows] == g]))
                  for g in sorted(set(generation[rows].tolist()))]
        verdict = recommend(overall, groups, policy)
        naive = recommend(overall, groups, policy, low="accuracy", high="accuracy")
        lines.append(f"{case_id}: {len(rows)} rows, policy {policy}; accuracy "
                     f"{overall['accuracy']:.4f} [{overall['ci_low']:.4f}, "
                     f"{overall['ci_high']:.4f}]; recommendation {verdict} "
                     f"(on point estimates: {naive})")
        lines += [f"  generation {g['generation']}: {g['rows']} rows, {g['accuracy']:.3f} "
                  f"[{g['ci_low']:.3f}, {g['ci_high']:.3f}]" for g in groups]
        if naive == verdict:
            e.fail(SCRIPT, "the point-estimate rule gives the same recommendation")
        cases.append({"id": case_id,
                      "input": {"labels": [int(v) for v in y[rows]],
                                "predictions": [int(v) for v in predicted[rows]],
                                "generation": [int(v) for v in generation[rows]],
                                "policy": policy},
                      "expected": {"overall": {k: overall[k] for k in
                                               ("accuracy", "ci_low", "ci_high")},
                                   "by_generation": groups, "recommendation": verdict,
                                   "states_its_numbers": True}})
    first = cases[0]["input"]
    cases.append({"id": "length-mismatch",
                  "input": dict(first, generation=first["generation"][:-1]), "expected": {}})
    e.write(HERE, "4.C", SCRIPT, cases, lines)


if __name__ == "__main__":
    main()
