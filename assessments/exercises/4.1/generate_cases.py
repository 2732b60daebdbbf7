"""Builds the cases of exercise 4.1 (metric selection) from real Pokémon labels and real scores.

Three scenarios, each a framing (labelled as such in the exercise) of a real target of
data/pokemon.csv scored out-of-fold by a scaled logistic regression (evaluation_data.py):

  screening  is_legendary (6.9% positive), the six stats          -> recall
  spam       unevolved, evolution_stage == 1 (52.9%), stats + size  -> precision
  fraud      is_mythical (2.2% positive), the six stats             -> average_precision

The scenario's right metric is the expected `choice.metric`, and its value on the case's rows the
expected `choice.value`; `all_metrics` holds all six metrics, every value from scikit-learn.
`screening` uses the module's visible half of the species, `spam` and `fraud` (hidden checkpoints)
the hidden half. Predictions are score >= 0.5. Deterministic.
Usage: /usr/bin/python3 assessments/exercises/4.1/generate_cases.py
"""

import sys
from pathlib import Path

import numpy as np
from sklearn.metrics import (accuracy_score, average_precision_score, f1_score,
                             precision_score, recall_score, roc_auc_score)

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import evaluation_data as e  # noqa: E402

SCRIPT = "assessments/exercises/4.1/generate_cases.py"
SCENARIOS = {  # name: (target, features, the right metric, which half)
    "screening": (lambda d: d["is_legendary"], e.STATS, "recall", 0),
    "spam": (lambda d: (d["evolution_stage"] == 1).astype(int),
             e.STATS + ["height_m", "weight_kg"], "precision", 1),
    "fraud": (lambda d: d["is_mythical"], e.STATS, "average_precision", 1),
}


def all_metrics(y, scores, predicted):
    return {
        "accuracy": accuracy_score(y, predicted),
        "precision": precision_score(y, predicted, zero_division=0),
        "recall": recall_score(y, predicted, zero_division=0),
        "f1": f1_score(y, predicted, zero_division=0),
        "roc_auc": roc_auc_score(y, scores),
        "average_precision": average_precision_score(y, scores),
    }


def main():
    data = e.load()
    cases, lines = [], ["# Exercise 4.1 (written by generate_cases.py; do not edit)", ""]
    for name, (target, features, metric, half) in SCENARIOS.items():
        y_all = target(data).to_numpy().astype(int)
        scores_all = e.out_of_fold_scores(data[features].to_numpy(dtype=float), y_all)
        rows = np.sort(e.halves(y_all)[half])
        y, scores = y_all[rows], e.rounded(scores_all[rows])
        predicted = (scores >= 0.5).astype(int)
        values = {k: float(v) for k, v in all_metrics(y, scores, predicted).items()}
        lines.append(f"{name}: {len(rows)} rows, {y.sum()} positive; right metric {metric}; "
                     + ", ".join(f"{k} {v:.4f}" for k, v in values.items()))
        if any(abs(v - values[metric]) < 1e-3 for k, v in values.items() if k != metric):
            e.fail(SCRIPT, f"{name}: another metric equals {metric}, a wrong choice could pass")
        cases.append({"id": name,
                      "input": {"scenario": name, "labels": [int(v) for v in y],
                                "scores": [float(v) for v in scores],
                                "predictions": [int(v) for v in predicted]},
                      "expected": {"choice": {"metric": metric, "value": values[metric]},
                                   "all_metrics": values}})
    screening = cases[0]["input"]
    cases.append({"id": "length-mismatch",
                  "input": {"scenario": "screening", "labels": screening["labels"][:10],
                            "scores": screening["scores"][:9],
                            "predictions": screening["predictions"][:10]},
                  "expected": {}})
    e.write(HERE, "4.1", SCRIPT, cases, lines)


if __name__ == "__main__":
    main()
