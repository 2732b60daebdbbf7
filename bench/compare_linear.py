#!/usr/bin/python3
"""mlcore vs scikit-learn (single-threaded) logistic regression, side by side in one run.

    /usr/bin/python3 bench/compare_linear.py [path/to/linear_bench]

Regenerates the SYNTHETIC data of bench/bench_data.hpp bit for bit (the same counter-based
splitmix64 generator, in numpy uint64), times scikit-learn's LogisticRegression (lbfgs, defaults:
C=1, tol=1e-4, max_iter=100) on it, runs the C++ benchmark, checks both saw the same data
(checksums of X and y) and prints times, training log losses and ratios. Times are CPU seconds of
the fitting thread (best of several runs) for both sides, so other load on the machine distorts
the ratio less than wall time would; mlcore's 2-thread rows are wall time.
"""
import os

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"  # Before numpy is imported.

import json
import subprocess
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss

GOLDEN = np.uint64(0x9E3779B97F4A7C15)
M1 = np.uint64(0xBF58476D1CE4E5B9)
M2 = np.uint64(0x94D049BB133111EB)


def uniform(seed, count):
    """u(seed, k) for k = 0..count-1, as bench_data::uniform."""
    with np.errstate(over="ignore"):
        k = np.arange(1, count + 1, dtype=np.uint64)
        z = np.uint64(seed) + k * GOLDEN
        z = (z ^ (z >> np.uint64(30))) * M1
        z = (z ^ (z >> np.uint64(27))) * M2
        z ^= z >> np.uint64(31)
    return (z >> np.uint64(11)).astype(np.float64) * 2.0**-53


def make_classification(n, p, n_classes, seed):
    X = (np.sqrt(3.0) * (2.0 * uniform(seed, n * p) - 1.0)).reshape(n, p)
    rows = 1 if n_classes == 2 else n_classes
    W = (2.0 * np.sqrt(3.0 / p) * (2.0 * uniform(seed + 1, rows * p) - 1.0)).reshape(rows, p)
    Z = X @ W.T
    if n_classes == 2:
        prob = 1.0 / (1.0 + np.exp(-(Z[:, 0] + 0.5)))
        y = (uniform(seed + 2, n) < prob).astype(np.float64)
    else:
        u = uniform(seed + 2, n * n_classes).reshape(n, n_classes)
        with np.errstate(divide="ignore"):
            y = np.argmax(Z - np.log(-np.log(u)), axis=1).astype(np.float64)
    return X, y


CASES = [  # (benchmark name, n, p, classes, seed, sklearn repetitions)
    ("binary_100k_x_50", 100_000, 50, 2, 1, 5),
    ("binary_1M_x_20", 1_000_000, 20, 2, 2, 3),
    ("multinomial_100k_x_50_x_5", 100_000, 50, 5, 3, 3),
]


def time_sklearn(X, y, reps):
    best, model = float("inf"), None
    for _ in range(reps):
        model = LogisticRegression()
        t0 = time.thread_time()
        model.fit(X, y)
        best = min(best, time.thread_time() - t0)
    return best, model


def run_cpp(binary):
    out = subprocess.run([binary, "--benchmark_format=json", "--benchmark_repetitions=3",
                          "--benchmark_report_aggregates_only=false"],
                         check=True, capture_output=True, text=True).stdout
    results = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        name = b["run_name"].split("/")[1] if b["run_name"].startswith("fit/") else b["run_name"]
        unit = {"ms": 1e-3, "us": 1e-6, "ns": 1e-9}[b["time_unit"]]
        # One thread: CPU time of the fitting thread. Two threads: wall time (CPU time would
        # only count the main thread).
        t = (b["real_time"] if name.endswith("2threads") else b["cpu_time"]) * unit
        prev = results.get(name)
        if prev is None or t < prev["cpu"]:
            results[name] = dict(b, cpu=t)
    return results


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "build", "bench",
                                                                 "linear_bench")
    print(f"running {binary} ...", flush=True)
    cpp = run_cpp(binary)
    floor = cpp["PassOverX"]["cpu"]  # One read of the 1M x 20 X (160 MB).
    print(f"memory-bandwidth floor: one pass over 1M x 20 doubles = {floor * 1e3:.1f} ms\n")
    header = (f"{'case':<28}{'sklearn s':>10}{'mlcore s':>10}{'ratio':>7}"
              f"{'sk logloss':>12}{'ml logloss':>12}{'|diff|':>9}{'sk it/fev':>10}"
              f"{'ml it/fev':>10}")
    print(header)
    print("-" * len(header))
    latency_model = None
    for name, n, p, classes, seed, reps in CASES:
        X, y = make_classification(n, p, classes, seed)
        c = cpp[name]
        if abs(y.sum() - c["y_sum"]) > 0.5 or abs(X.sum() - c["x_sum"]) > 1e-6 * np.abs(X).sum():
            sys.exit(f"{name}: data differs from the C++ side (y_sum {y.sum()} vs {c['y_sum']})")
        sk_time, model = time_sklearn(X, y, reps)
        sk_loss = log_loss(y, model.predict_proba(X))
        if name == "binary_100k_x_50":
            latency_model = (model, X)
        print(f"{name:<28}{sk_time:>10.3f}{c['cpu']:>10.3f}{sk_time / c['cpu']:>7.1f}"
              f"{sk_loss:>12.6f}{c['log_loss']:>12.6f}{abs(sk_loss - c['log_loss']):>9.1e}"
              f"{int(model.n_iter_[0]):>6}/{'?':<3}{int(c['n_iter']):>6}/{int(c['n_fev']):<3}")
        two = cpp.get(name + "_2threads")
        if two:
            print(f"{'  mlcore, 2 threads (wall)':<28}{'':>10}{two['cpu']:>10.3f}"
                  f"{sk_time / two['cpu']:>7.1f}{'':>12}{two['log_loss']:>12.6f}")
        if name == "binary_1M_x_20":
            passes = int(c["n_fev"])
            print(f"{'':<28}mlcore: {passes} loss+gradient evaluations = {passes} passes over X; "
                  f"floor {passes} x {floor * 1e3:.1f} ms = {passes * floor:.3f} s, "
                  f"mlcore at {c['cpu'] / (passes * floor):.2f}x the floor")
    model, X = latency_model
    samples = []
    for i in range(2000):
        row = X[i % 1000:i % 1000 + 1]
        t0 = time.perf_counter()
        model.predict_proba(row)
        samples.append(time.perf_counter() - t0)
    sk_us = np.median(samples) * 1e6
    ml_us = cpp["PredictProbaOneRow"]["cpu"] * 1e6
    print(f"\nsingle-row predict_proba: sklearn median {sk_us:.1f} us, mlcore mean {ml_us:.2f} us "
          f"({sk_us / ml_us:.0f}x)")


if __name__ == "__main__":
    main()
