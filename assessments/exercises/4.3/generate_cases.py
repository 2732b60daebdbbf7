"""Builds and calibrates the cases of exercise 4.3 (cost-based threshold tuning).

Real labels and out-of-fold scores (evaluation_data.py); the cost matrices are scenarios. For each
case the optimum is found by brute force in plain Python: the mean cost per row of "predict
positive iff score >= t" for every distinct score t, and for t above every score (nothing
positive). The expected `mean_cost` is the smallest; the checkpoints accept a learner's threshold
whose mean cost is within 1% of it. The script stops unless the default threshold 0.5 and the best
of a 0.1-step grid miss that bar in every case (the starter and a lazy search must fail), unless
ignoring the gains of correct calls misses it where there are gains, and unless the optimum flags
at least one row.
Output: cases.json and calibration.txt. Deterministic.
Usage: /usr/bin/python3 assessments/exercises/4.3/generate_cases.py
"""

import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import evaluation_data as e  # noqa: E402

SCRIPT = "assessments/exercises/4.3/generate_cases.py"
TARGETS = {
    "legendary": (lambda d: d["is_legendary"], e.STATS),
    "unevolved": (lambda d: (d["evolution_stage"] == 1).astype(int),
                  e.STATS + ["height_m", "weight_kg"]),
    "mythical": (lambda d: d["is_mythical"], e.STATS),
}
CASES = [  # id, target, half (0 visible, 1 hidden), costs
    ("missed-costs-10x", "legendary", 0,
     {"false_positive": 1, "false_negative": 10, "true_positive": 0, "true_negative": 0}),
    ("with-gains", "legendary", 0,
     {"false_positive": 2, "false_negative": 1, "true_positive": -4, "true_negative": 0}),
    ("false-alarms-costly", "unevolved", 1,
     {"false_positive": 5, "false_negative": 1, "true_positive": 0, "true_negative": 0}),
    ("rare-and-costly", "mythical", 1,
     {"false_positive": 1, "false_negative": 5, "true_positive": -20, "true_negative": 0}),
]
TOLERANCE = 0.01  # the checkpoints' rel_tol


def mean_cost(y, scores, t, c):
    flagged = scores >= t
    tp = int(np.sum(flagged & (y == 1)))
    fp = int(np.sum(flagged & (y == 0)))
    fn = int(np.sum(~flagged & (y == 1)))
    tn = int(np.sum(~flagged & (y == 0)))
    total = (tp * c["true_positive"] + fp * c["false_positive"] + fn * c["false_negative"]
             + tn * c["true_negative"])
    return total / len(y)


def main():
    data = e.load()
    scored = {}
    for name, (target, features) in TARGETS.items():
        y = target(data).to_numpy().astype(int)
        scored[name] = (y, e.out_of_fold_scores(data[features].to_numpy(dtype=float), y))
    lines = ["# Exercise 4.3 calibration (written by generate_cases.py; do not edit)",
             "# mean cost per row; bar = optimum within 1%", ""]
    cases = []
    for case_id, target, half, costs in CASES:
        y_all, scores_all = scored[target]
        rows = np.sort(e.halves(y_all)[half])
        y, scores = y_all[rows], e.rounded(scores_all[rows])
        candidates = sorted(set(scores.tolist())) + [float("inf")]
        costs_at = [mean_cost(y, scores, t, costs) for t in candidates]
        best = int(np.argmin(costs_at))
        optimum, best_t = costs_at[best], candidates[best]
        default = mean_cost(y, scores, 0.5, costs)
        grid = min(mean_cost(y, scores, t, costs) for t in np.arange(0.1, 1.0, 0.1))
        lines.append(f"{case_id}: {target}, {len(rows)} rows ({y.sum()} positive), {costs}; "
                     f"optimum {optimum:.5f} at t = {best_t:.6f}; t = 0.5: {default:.5f}; "
                     f"best of 0.1..0.9: {grid:.5f}")
        if best_t == float("inf"):
            e.fail(SCRIPT, f"{case_id}: the optimum flags nothing")
        no_gains = dict(costs, true_positive=0, true_negative=0)
        t_no_gains = min(candidates, key=lambda t: mean_cost(y, scores, t, no_gains))
        ignoring_gains = mean_cost(y, scores, t_no_gains, costs)
        lines.append(f"  ignoring the gains of correct calls: {ignoring_gains:.5f}")
        for what, cost in (("the default threshold 0.5", default), ("a 0.1-step grid", grid)):
            if abs(cost - optimum) <= TOLERANCE * abs(optimum):
                e.fail(SCRIPT, f"{case_id}: {what} is within the bar")
        if costs["true_positive"] and abs(ignoring_gains - optimum) <= TOLERANCE * abs(optimum):
            e.fail(SCRIPT, f"{case_id}: ignoring the gains is within the bar")
        cases.append({"id": case_id,
                      "input": {"labels": [int(v) for v in y],
                                "scores": [float(v) for v in scores], "costs": costs},
                      "expected": {"mean_cost": optimum}})
    first = cases[0]["input"]
    cases.append({"id": "length-mismatch",
                  "input": {"labels": first["labels"][:10], "scores": first["scores"][:9],
                            "costs": first["costs"]},
                  "expected": {}})
    e.write(HERE, "4.3", SCRIPT, cases, lines)


if __name__ == "__main__":
    main()
