#!/usr/bin/python3
"""mlcore vs scikit-learn (single-threaded) decision trees, side by side in one run.

    /usr/bin/python3 bench/compare_trees.py [path/to/tree_bench]

Makes SYNTHETIC data with scikit-learn's make_classification (100k x 50, fixed seed; rounded to
float32, which scikit-learn's trees use internally, so both sides see the same numbers), splits it
80/20, writes it to a binary file, times scikit-learn's DecisionTreeClassifier (gini) at unlimited
depth and depth 8, runs `tree_bench --compare FILE` (mlcore histogram splits, best of 3, and
exact splits once) and prints wall times, test accuracies and speed ratios.
"""
import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"  # Before numpy is imported.

import json
import subprocess
import sys
import tempfile
import time

import numpy as np
from sklearn.datasets import make_classification
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        HERE, "..", "build-tree", "bench", "tree_bench")
    X, y = make_classification(n_samples=100_000, n_features=50, n_informative=20,
                               n_redundant=10, flip_y=0.01, random_state=0)
    X = X.astype(np.float32).astype(np.float64)
    y = y.astype(np.float64)
    n_train = 80_000
    X_train, X_test, y_train, y_test = X[:n_train], X[n_train:], y[:n_train], y[n_train:]
    with tempfile.NamedTemporaryFile(suffix=".bin", delete=False) as fh:
        np.array([n_train, len(y_test), X.shape[1]], dtype="<i8").tofile(fh)
        for a in (X_train, y_train, X_test, y_test):
            np.ascontiguousarray(a, dtype="<f8").tofile(fh)
        path = fh.name
    try:
        sk = {}
        for name, depth in (("unlimited", None), ("depth8", 8)):
            model = DecisionTreeClassifier(max_depth=depth, random_state=0)
            start = time.perf_counter()
            model.fit(X_train.astype(np.float32), y_train)
            seconds = time.perf_counter() - start
            accuracy = float((model.predict(X_test.astype(np.float32)) == y_test).mean())
            sk[name] = (seconds, accuracy, model.get_n_leaves())
            print(f"scikit-learn {name:10s} {seconds:7.3f} s  accuracy {accuracy:.4f}  "
                  f"leaves {model.get_n_leaves()}", flush=True)
        out = subprocess.run([binary, "--compare", path], check=True, capture_output=True,
                             text=True).stdout
    finally:
        os.unlink(path)
    print()
    print(f"{'mlcore':22s} {'seconds':>8s} {'accuracy':>9s} {'leaves':>7s} "
          f"{'speedup':>8s} {'acc diff (pp)':>14s}")
    for line in out.splitlines():
        r = json.loads(line)
        sk_seconds, sk_accuracy, _ = sk["depth8" if r["name"].endswith("depth8") else "unlimited"]
        print(f"{r['name']:22s} {r['seconds']:8.3f} {r['accuracy']:9.4f} {r['leaves']:7d} "
              f"{sk_seconds / r['seconds']:7.1f}x {100 * (r['accuracy'] - sk_accuracy):+14.2f}")


if __name__ == "__main__":
    main()
