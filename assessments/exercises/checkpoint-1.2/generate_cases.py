#!/usr/bin/env python3
"""Builds the cases of exam exercise checkpoint-1.2 (churn EDA findings) from data/churn.csv.

Each case is a sample of real, unaltered rows; the expected findings are computed here with
pandas (never with the code under test), following the definitions of
exercises/checkpoint-1/churn_eda.hpp:

  churn rates         mean of churn == "yes", overall and within international_plan yes / no
  largest gap         over the numeric columns (DataFrame.select_dtypes("number")) except the
                      four *_charge ones (each is its minutes times a rate: a redundant copy):
                      |mean(churners) - mean(others)| / std(all rows, ddof=1), the largest
  redundant pair      DataFrame.corr() (Pearson) of total_day_minutes and total_day_charge
  frequent callers    rows with number_customer_service_calls > 3, and their churn rate

The script checks that the largest gap beats the runner-up by at least MIN_MARGIN in every case,
so that rounding cannot change which feature is "largest".

Usage: /usr/bin/python3 assessments/exercises/checkpoint-1.2/generate_cases.py
(needs pandas; Debian's /usr/bin/python3 has it). Deterministic.
"""

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = ROOT / "data" / "churn.csv"
OUT = HERE / "cases.json"
GENERATED_BY = "assessments/exercises/checkpoint-1.2/generate_cases.py"
MIN_MARGIN = 0.01

# Disjoint samples: the hidden case's rows are never in the public one.
CASES = {"sample-a": (0, 1500), "sample-b": (1500, 3000)}
PERMUTATION_SEED = 6200


def fail(message):
    sys.exit(f"generate_cases.py: {message}")


def findings(df):
    churned = df["churn"] == "yes"
    numeric = df.select_dtypes("number")
    numeric = numeric[[c for c in numeric.columns if not c.endswith("_charge")]]
    gaps = ((numeric[churned].mean() - numeric[~churned].mean()).abs()
            / numeric.std(ddof=1)).sort_values(ascending=False)
    if gaps.iloc[0] - gaps.iloc[1] < MIN_MARGIN:
        fail(f"largest gap {gaps.index[0]} beats {gaps.index[1]} by less than {MIN_MARGIN}")
    intl = df["international_plan"] == "yes"
    frequent = df["number_customer_service_calls"] > 3
    corr = df[["total_day_minutes", "total_day_charge"]].corr().iloc[0, 1]
    return {
        "churn_rates": {"overall": float(churned.mean()),
                        "international": float(churned[intl].mean()),
                        "domestic": float(churned[~intl].mean())},
        "largest_gap": {"feature": gaps.index[0], "gap": float(gaps.iloc[0])},
        "day_minutes_charge_correlation": float(corr),
        "frequent_callers": {"count": int(frequent.sum()),
                             "churn_rate": float(churned[frequent].mean())},
    }, gaps


def main():
    text = DATA.read_text(encoding="utf-8")
    full = pd.read_csv(DATA, keep_default_na=False)
    if full.shape != (5000, 20):
        fail(f"{DATA}: expected 5000 x 20, got {full.shape}")
    order = np.random.RandomState(PERMUTATION_SEED).permutation(len(full))
    lines = text.splitlines()
    cases = []
    for case_id, (start, stop) in CASES.items():
        rows = sorted(order[start:stop])
        sample = full.iloc[rows].reset_index(drop=True)
        expected, gaps = findings(sample)
        # The CSV is the real file's own lines (quoting and number text as exported).
        csv_text = "\n".join([lines[0]] + [lines[i + 1] for i in rows]) + "\n"
        if not pd.read_csv(pd.io.common.StringIO(csv_text)).equals(sample):
            fail(f"{case_id}: the CSV text does not read back as the sample")
        cases.append({"id": case_id, "input": {"csv": csv_text}, "expected": expected})
        print(f"{case_id}: {len(rows)} rows; top gaps {gaps.head(3).round(4).to_dict()}")
        print(f"  {json.dumps(expected)}")
    doc = {"schema_version": 1, "exercise": "checkpoint-1.2", "generated_by": GENERATED_BY,
           "cases": cases}
    OUT.write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
