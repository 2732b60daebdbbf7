#!/usr/bin/python3
"""mlcore vs scikit-learn (n_jobs=1) 5-fold stratified cross-validation, side by side in one run.

    /usr/bin/python3 bench/compare_cv.py [path/to/cv_bench] [--skip-exact-tree]

Regenerates the SYNTHETIC 100k x 50 binary data of bench/bench_data.hpp (seed 1) bit for bit
(the generator of compare_linear.py), runs scikit-learn's cross_validate with
StratifiedKFold(n_splits=5) (no shuffle: the same folds as mlcore's StratifiedKFold) and
n_jobs=1 for LogisticRegression() and DecisionTreeClassifier(max_depth=8, random_state=0), runs
the C++ benchmark, checks both saw the same data (checksums of X and y), and prints both times,
both mean accuracies and the ratios, plus the time spent inside fit on each side (wall clock,
summed over folds; the rest is splitting and scoring). Times are CPU seconds of the one working thread on both
sides (time.thread_time / Google Benchmark cpu_time), so other load distorts the ratio less than
wall time would. scikit-learn's tree uses exact splits: compare it with mlcore's tree_depth8
(exact) for accuracy; tree_depth8_hist is mlcore's faster histogram mode.
"""
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_linear import make_classification  # noqa: E402  (sets the BLAS thread count to 1)

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.model_selection import StratifiedKFold, cross_validate  # noqa: E402
from sklearn.tree import DecisionTreeClassifier  # noqa: E402

CASES = [  # (C++ benchmark name, scikit-learn estimator or None for mlcore-only rows)
    ("logreg", lambda: LogisticRegression()),
    ("tree_depth8", lambda: DecisionTreeClassifier(max_depth=8, random_state=0)),
    ("tree_depth8_hist", None),
]


def run_cpp(binary, skip_exact):
    args = [binary, "--benchmark_format=json"]
    if skip_exact:
        args.append("--benchmark_filter=-CrossValidate/tree_depth8$")
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    results = {}
    for b in json.loads(out)["benchmarks"]:
        unit = {"ms": 1e-3, "us": 1e-6, "ns": 1e-9, "s": 1.0}[b["time_unit"]]
        results[b["name"].split("/")[1]] = dict(b, cpu=b["cpu_time"] * unit)
    return results


def time_sklearn(make, X, y):
    t0 = time.thread_time()
    r = cross_validate(make(), X, y, cv=StratifiedKFold(n_splits=5), scoring="accuracy", n_jobs=1)
    return time.thread_time() - t0, float(np.mean(r["test_score"])), float(np.sum(r["fit_time"]))


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    positional = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary = positional[0] if positional else os.path.join(root, "build", "bench", "cv_bench")
    skip_exact = "--skip-exact-tree" in sys.argv
    X, y = make_classification(100_000, 50, 2, 1)
    print(f"running {binary} ...", flush=True)
    cpp = run_cpp(binary, skip_exact)
    print("data: SYNTHETIC 100k x 50 binary (bench_data.hpp, seed 1); 5-fold StratifiedKFold, "
          "n_jobs=1\n")
    header = (f"{'case':<20}{'sklearn s':>10}{'mlcore s':>10}{'ratio':>7}"
              f"{'sk mean acc':>13}{'ml mean acc':>13}{'|diff|':>9}{'sk fit s':>10}{'ml fit s':>10}")
    print(header)
    print("-" * len(header))
    sk_tree = (float("nan"),) * 3  # scikit-learn's exact tree, set by its row.
    for name, make in CASES:
        if make is None:  # mlcore-only row, compared with scikit-learn's exact tree.
            sk_time, sk_acc, sk_fit = sk_tree
        else:
            sk_time, sk_acc, sk_fit = time_sklearn(make, X, y)
            if name == "tree_depth8":
                sk_tree = (sk_time, sk_acc, sk_fit)
        c = cpp.get(name)
        if c is None:  # Filtered out (--skip-exact-tree).
            continue
        if abs(y.sum() - c["y_sum"]) > 0.5 or abs(X.sum() - c["x_sum"]) > 1e-6 * np.abs(X).sum():
            sys.exit(f"{name}: data differs from the C++ side (y_sum {y.sum()} vs {c['y_sum']})")
        ml_acc = c["mean_accuracy"]
        print(f"{name:<20}{sk_time:>10.3f}{c['cpu']:>10.3f}{sk_time / c['cpu']:>7.1f}"
              f"{sk_acc:>13.6f}{ml_acc:>13.6f}{abs(sk_acc - ml_acc):>9.1e}"
              f"{sk_fit:>10.3f}{c['fit_seconds']:>10.3f}", flush=True)


if __name__ == "__main__":
    main()
