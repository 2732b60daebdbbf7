#!/usr/bin/env python3
"""Latency of `course check` as a learner feels it (issue 4's goals), not a timed test.

In a fresh temporary workspace, with exercise 1.1 solved (a one-function exercise):
  1. one warm-up check (builds the harness object and the precompiled header, once per workspace);
  2. N times: edit the function (a changed constant inside it), `course check` -> verdict;
  3. N times: the same file again (unchanged re-check).
Prints median and p90 of the wall time of each, the per-phase breakdown from the JSON `timings`
(compile, link, visible and hidden runs, ...) with "other" = process start, sandbox decision,
loading the course, writing progress; the load average; and, if given, sandbox_bench's figure.

  bench/check_latency.py [--course BIN] [--runs N] [--sandbox-bench BIN]
Goals: edit->verdict <= 1.0 s median on 2 cores, unchanged re-check <= 0.2 s, sandbox <= 50 ms.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
EXERCISE = "exercises/01-data-validation/quality_checks.cpp"
SOLUTION = os.path.join(ROOT, "solutions/01-data-validation/quality_checks.cpp")


def p90(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]


def check(course, workspace):
    start = time.perf_counter()
    done = subprocess.run([course, "--format", "json", "check", "1.1"], cwd=workspace,
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"course check failed ({done.returncode}): {done.stderr}")
    result = json.loads(done.stdout)["exercises"][0]
    if not result["passed"]:
        raise SystemExit("the solution did not pass: " + json.dumps(result["checkpoints"]))
    return wall, result["timings"]


def summary(name, samples):
    walls = [w for w, _ in samples]
    phases = {}
    for wall, timings in samples:
        measured = 0.0
        for phase, seconds in timings.get("phases", {}).items():
            phases.setdefault(phase, []).append(seconds)
            measured += seconds
        phases.setdefault("other", []).append(wall - measured)
    print(f"{name}: median {statistics.median(walls):.3f} s, p90 {p90(walls):.3f} s "
          f"(n={len(walls)})")
    for phase, values in phases.items():
        print(f"  {phase:12s} median {statistics.median(values):.3f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--course", default=os.path.join(ROOT, "build/course"))
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sandbox-bench", default=os.path.join(ROOT, "build/bench/sandbox_bench"))
    args = parser.parse_args()
    if args.runs < 10:
        parser.error("--runs must be at least 10 (medians of fewer runs are noise here)")

    with tempfile.TemporaryDirectory(prefix="course-latency-") as tmp:
        workspace = os.path.join(tmp, "ws")
        subprocess.run([args.course, "init", workspace], check=True, capture_output=True)
        target = os.path.join(workspace, EXERCISE)
        shutil.copyfile(SOLUTION, target)
        with open(target) as f:
            solution = f.read()
        # The edit: a changed constant inside the one function, as a learner's tweak would be.
        marker = "std::vector<QualityIssue> issues;"
        if marker not in solution:
            raise SystemExit(f"cannot find '{marker}' in {SOLUTION}")

        start = time.perf_counter()
        check(args.course, workspace)
        print(f"first check in a new workspace (harness + PCH): {time.perf_counter() - start:.2f} s")

        edits, unchanged = [], []
        for i in range(args.runs):
            with open(target, "w") as f:
                f.write(solution.replace(marker, f"{marker}\n  issues.reserve({i + 1});"))
            edits.append(check(args.course, workspace))
        for _ in range(args.runs):
            unchanged.append(check(args.course, workspace))

    print(f"load average before/after: {os.getloadavg()[0]:.2f} (1 min), cpus {os.cpu_count()}")
    summary("edit -> verdict", edits)
    summary("unchanged re-check", unchanged)
    if os.access(args.sandbox_bench, os.X_OK):
        out = subprocess.run([args.sandbox_bench, "20"], capture_output=True, text=True)
        print("sandbox:", out.stdout.strip() or out.stderr.strip())


if __name__ == "__main__":
    main()
