#!/usr/bin/python3
"""mlcore vs scikit-learn (single-threaded) decision trees, side by side in one run.

    /usr/bin/python3 bench/compare_trees.py [path/to/tree_bench] [--seeds N]

Makes SYNTHETIC data with scikit-learn's make_classification (100k x 50; rounded to float32,
which scikit-learn's trees use internally, so both sides see the same numbers), splits it 80/20,
writes it to a binary file, times scikit-learn's DecisionTreeClassifier (gini) at unlimited depth
and depth 8, runs `tree_bench --compare FILE` (mlcore histogram splits, best of 3; exact splits
once, first dataset only) and prints wall times, test accuracies and speed ratios.

An unlimited-depth tree is a high-variance model: refitting it on another draw of the same data
moves test accuracy by a few tenths of a point either way, as much as the split method does. So
the comparison runs on N datasets (make_classification random_state 0..N-1, default 5) and the
verdict is the mean accuracy difference over them, next to each dataset's own.
"""
import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"  # Before numpy is imported.

import argparse
import json
import subprocess
import tempfile
import time

import numpy as np
from sklearn.datasets import make_classification
from sklearn.tree import DecisionTreeClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
DEPTHS = (("unlimited", None), ("depth8", 8))


def dataset(seed):
    X, y = make_classification(n_samples=100_000, n_features=50, n_informative=20,
                               n_redundant=10, flip_y=0.01, random_state=seed)
    X = X.astype(np.float32).astype(np.float64)
    n_train = 80_000
    return X[:n_train], y[:n_train].astype(np.float64), X[n_train:], y[n_train:].astype(np.float64)


def run_sklearn(X_train, y_train, X_test, y_test):
    out = {}
    for name, depth in DEPTHS:
        model = DecisionTreeClassifier(max_depth=depth, random_state=0)
        start = time.perf_counter()
        model.fit(X_train.astype(np.float32), y_train)
        seconds = time.perf_counter() - start
        accuracy = float((model.predict(X_test.astype(np.float32)) == y_test).mean())
        out[name] = (seconds, accuracy, model.get_n_leaves())
    return out


def run_mlcore(binary, data, histogram_only):
    with tempfile.NamedTemporaryFile(suffix=".bin", delete=False) as fh:
        X_train, y_train, X_test, y_test = data
        np.array([len(y_train), len(y_test), X_train.shape[1]], dtype="<i8").tofile(fh)
        for a in data:
            np.ascontiguousarray(a, dtype="<f8").tofile(fh)
        path = fh.name
    try:
        args = [binary, "--compare", path] + (["--histogram-only"] if histogram_only else [])
        out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    return [json.loads(line) for line in out.splitlines()]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", nargs="?",
                        default=os.path.join(HERE, "..", "build", "bench", "tree_bench"))
    parser.add_argument("--seeds", type=int, default=5)
    args = parser.parse_args()

    print(f"{'data':>4s} {'fit':22s} {'sk s':>7s} {'ml s':>7s} {'speedup':>8s} "
          f"{'sk acc':>7s} {'ml acc':>7s} {'diff pp':>8s} {'sk/ml leaves':>14s}", flush=True)
    diffs, speedups = {}, {}
    for seed in range(args.seeds):
        data = dataset(seed)
        sk = run_sklearn(*data)
        for r in run_mlcore(args.binary, data, histogram_only=seed > 0):
            depth = "depth8" if r["name"].endswith("depth8") else "unlimited"
            sk_seconds, sk_accuracy, sk_leaves = sk[depth]
            diff = 100 * (r["accuracy"] - sk_accuracy)
            speedup = sk_seconds / r["seconds"]
            diffs.setdefault(r["name"], []).append(diff)
            speedups.setdefault(r["name"], []).append(speedup)
            print(f"{seed:>4d} {r['name']:22s} {sk_seconds:7.3f} {r['seconds']:7.3f} "
                  f"{speedup:7.1f}x {sk_accuracy:7.4f} {r['accuracy']:7.4f} {diff:+8.2f} "
                  f"{sk_leaves:>7d}/{r['leaves']:<6d}", flush=True)
    print()
    for name in diffs:
        d, s = np.array(diffs[name]), np.array(speedups[name])
        print(f"{name:22s} over {len(d)} datasets: speedup median {np.median(s):.1f}x, "
              f"accuracy difference mean {d.mean():+.2f} pp (min {d.min():+.2f}, "
              f"max {d.max():+.2f})")


if __name__ == "__main__":
    main()
