#!/usr/bin/env python3
"""Builds the checkpoint cases of exercise 1.3 (per-type summary statistics) from real data.

Inputs are real rows of data/pokemon.csv (no defects: this exercise is about speed, not
validation). The `large` cases repeat all 1025 species REPEAT times in the harness, to give the
provided slow version enough work to time (≥ 0.1 s of CPU). Expected values are computed here
with plain Python: counts, means and sample standard deviations (divisor n - 1, two passes, sums
in row order) of the six base stats per type1, sorted by type; a one-row group has no spread
(null). Cross-checked against pandas' groupby when /usr/bin/python3 has pandas.

Deterministic: fixed seed. Usage: /usr/bin/python3 assessments/exercises/1.3/generate_cases.py
"""

import csv
import json
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = ROOT / "data" / "pokemon.csv"
OUT = HERE / "cases.json"
GENERATED_BY = "assessments/exercises/1.3/generate_cases.py"

STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
COLUMNS = ["num", "name", "type1"] + STATS
REPEAT = 200  # 205,000 rows: the slow version takes ~0.5-1 s of CPU, the reference ~20 ms


def fail(message):
    sys.exit(f"generate_cases.py: {message}")


def load_rows():
    with open(DATA, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != 1025:
        fail(f"{DATA}: expected 1025 rows, got {len(rows)}")
    return rows


def to_csv(rows):
    # No cell of these columns needs quoting (checked: no comma, quote or edge space).
    for row in rows:
        for c in COLUMNS:
            if any(ch in row[c] for ch in ',"\n') or row[c] != row[c].strip():
                fail(f"cell needs quoting: {row[c]!r}")
    return "\n".join([",".join(COLUMNS)] + [",".join(r[c] for c in COLUMNS) for r in rows]) + "\n"


def summarize(rows, repeat):
    groups = {}
    for _ in range(repeat):
        for row in rows:
            groups.setdefault(row["type1"], []).append([float(row[s]) for s in STATS])
    out = []
    for type_name in sorted(groups, key=lambda t: t.encode("utf-8")):
        records = groups[type_name]
        n = len(records)
        means, stds = [], []
        for s in range(len(STATS)):
            total = 0.0
            for r in records:
                total += r[s]
            mean = total / n
            squares = 0.0
            for r in records:
                squares += (r[s] - mean) * (r[s] - mean)
            means.append(mean)
            stds.append(None if n < 2 else math.sqrt(squares / (n - 1)))
        out.append({"type": type_name, "count": n, "mean": means, "std": stds})
    return out


def cross_check(rows, groups, repeat):
    try:
        import pandas as pd
    except ImportError:
        return
    frame = pd.DataFrame([{s: float(r[s]) for s in STATS} | {"type1": r["type1"]}
                          for r in rows] * repeat)
    by = frame.groupby("type1")
    means, stds, counts = by[STATS].mean(), by[STATS].std(ddof=1), by.size()
    for g in groups:
        if counts[g["type"]] != g["count"]:
            fail(f"count differs from pandas for {g['type']}")
        for i, s in enumerate(STATS):
            if abs(means.loc[g["type"], s] - g["mean"][i]) > 1e-9 * max(1, abs(g["mean"][i])):
                fail(f"mean differs from pandas for {g['type']} {s}")
            want = stds.loc[g["type"], s]
            got = g["std"][i]
            if (got is None) != math.isnan(want) or (got is not None and abs(want - got) > 1e-9 * max(1, want)):
                fail(f"std differs from pandas for {g['type']} {s}")


def case(case_id, rows, repeat=1, slow=False):
    data = {"csv": to_csv(rows), "repeat": repeat}
    if slow:
        data["implementation"] = "slow"
    groups = summarize(rows, repeat)
    cross_check(rows, groups, repeat)
    return {"id": case_id, "input": data, "expected": {"groups": groups}}


def main():
    rows = load_rows()
    first = [r for r in rows if int(r["num"]) <= 25]
    sample = random.Random(1301).sample(rows, 400)
    cases = [
        case("all-species", rows),
        case("first-25", first),
        case("large", rows, REPEAT),
        case("large-slow", rows, REPEAT, slow=True),
        case("hidden-sample", sample),
    ]
    if not any(None in g["std"] for g in cases[1]["expected"]["groups"]):
        fail("first-25 should hold a one-row group (Electric: Pikachu)")
    document = {"schema_version": 1, "exercise": "1.3", "generated_by": GENERATED_BY,
                "cases": cases}
    OUT.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    for c in cases:
        print(f"{c['id']}: {len(c['expected']['groups'])} groups, repeat {c['input']['repeat']}")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
