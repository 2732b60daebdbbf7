"""Builds the cases of exercise 3.1 (k-fold and stratified k-fold cross-validation from scratch).

Split cases give only sizes, labels and seeds; the checks (index_partition, stratified,
deterministic) need no reference folds, so any correct shuffle passes. Score cases give the
folds (scikit-learn's StratifiedKFold test rows) so that the learner's per-fold accuracies can be
compared with scikit-learn's on the same folds: a DecisionTreeClassifier(max_depth=4,
random_state=0) (mlcore's tree is identical) and StandardScaler + LogisticRegression(C=1).
Deterministic. Usage: /usr/bin/python3 assessments/exercises/3.1/generate_cases.py
"""

import sys
from pathlib import Path

from sklearn.tree import DecisionTreeClassifier

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import model_development_data as m  # noqa: E402

SCRIPT = "assessments/exercises/3.1/generate_cases.py"


def fold_sizes(n_rows, n_splits):
    """Sizes of k folds over n rows as scikit-learn cuts them, largest first."""
    return [n_rows // n_splits + (1 if i < n_rows % n_splits else 0) for i in range(n_splits)]


def split_case(case_id, n_rows, n_splits, seed):
    return {"id": case_id,
            "input": {"task": "kfold", "n_rows": n_rows, "n_splits": n_splits, "seed": seed},
            "expected": {"n": n_rows, "fold_sizes": fold_sizes(n_rows, n_splits)}}


def stratified_case(case_id, labels, n_splits, seed):
    labels = [int(v) for v in labels]
    return {"id": case_id,
            "input": {"task": "stratified", "labels": labels, "n_splits": n_splits, "seed": seed},
            "expected": {"labels": labels}}


def score_case(case_id, model_name, make_model, X, y):
    folds = m.cv_folds(y)
    return {"id": case_id,
            "input": {"task": "scores", "model": model_name, "X": m.matrix(X),
                      "y": [int(v) for v in y], "folds": [[int(i) for i in test]
                                                          for _, test in folds]},
            "expected": {"scores": m.cv_scores(make_model, X, y, folds)}}


def main():
    data, X, y = m.load()
    split = m.splits(y)
    fit_rows, _ = split["holdout"]
    part_rows, _ = split["validation"]
    legendary = data["is_legendary"].astype(int).to_numpy()
    cases = [
        split_case("kfold-717", len(fit_rows), 5, 7),
        split_case("kfold-uneven", 10, 3, 0),
        split_case("too-many-folds", 3, 5, 0),
        split_case("one-fold", 100, 1, 0),
        # 71 legendary species of 1025 (6.9%): a plain shuffle misses the share in some fold.
        stratified_case("stratified-legendary", legendary, 5, 1),
        # Nine generations of very different sizes, on the training rows only.
        stratified_case("stratified-generation", data["generation"].to_numpy()[fit_rows], 4, 11),
        score_case("scores-tree", "decision_tree",
                   lambda: DecisionTreeClassifier(max_depth=4, random_state=0),
                   X[fit_rows], y[fit_rows]),
        score_case("scores-logistic", "logistic_regression", m.scaled_logistic,
                   X[part_rows], y[part_rows]),
    ]
    m.write(HERE, "3.1", SCRIPT, cases)
    for case in cases:
        print(case["id"], {k: v for k, v in case["expected"].items() if k == "scores"})


if __name__ == "__main__":
    main()
