#!/usr/bin/python3
"""Golden values for mlcore's validation and eda areas (run by hand, not in CI).

    /usr/bin/python3 tests/golden/validation/generate.py

Uses Debian's pandas 1.5 / numpy 1.24 / scipy 1.10. Writes next to this file:
  eda.json  describe, quantiles, correlations, value counts, histograms (pandas/numpy)
  ks.json   scipy.stats.ks_2samp statistic and p-value
  psi.json  PSI and category drift by a Python reference of the formula documented in
            include/mlcore/validation/psi.hpp (not a library function: PSI has no standard one)
Real data: data/pokemon.csv, read by the C++ tests with mlcore::read_csv; the drift split is
generation <= 7 (reference) vs generation >= 8 (current). Synthetic data comes from a fixed seed
and is written into the JSON files ("synthetic" in their names), so C++ uses the same numbers.
"""
import json
import math
import os

import numpy as np
import pandas as pd
import scipy
from scipy import stats
from scipy.stats import _ksstats

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
POKEMON = os.path.join(ROOT, "data", "pokemon.csv")
rng = np.random.default_rng(20240611)


def clean(value):
    """JSON has no NaN: NaN becomes null (the C++ reader maps null back to NaN)."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    if isinstance(value, (np.floating, float)):
        v = float(value)
        return None if math.isnan(v) else v
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.bool_,)):
        return bool(value)
    return value


def write(name, payload):
    payload = {"generator": "tests/golden/validation/generate.py",
               "versions": {"pandas": pd.__version__, "numpy": np.__version__,
                            "scipy": scipy.__version__},
               **payload}
    path = os.path.join(HERE, name)
    with open(path, "w") as f:
        json.dump(clean(payload), f, indent=1, allow_nan=False)
        f.write("\n")
    print(f"wrote {path} ({os.path.getsize(path)} bytes)")


def text_of(value):
    """A cell as mlcore's Column::to_string writes it."""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        v = float(value)
        return str(int(v)) if v.is_integer() and abs(v) < 1e16 else repr(v)
    return str(value)


df = pd.read_csv(POKEMON)
ref_df = df[df.generation <= 7]
cur_df = df[df.generation >= 8]

# ---------------------------------------------------------------- eda
numeric_cols = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "base_total",
                "generation", "height_m", "weight_kg", "evolution_stage"]
describe_numeric = []
for col in numeric_cols:
    d = df[col].describe()
    describe_numeric.append({"column": col, "count": d["count"], "mean": d["mean"],
                             "std": d["std"], "min": d["min"], "q25": d["25%"],
                             "median": d["50%"], "q75": d["75%"], "max": d["max"]})
describe_categorical = []
for col in ["type1", "type2", "color", "is_legendary", "is_mythical"]:
    d = df[col].describe()
    counts = df[col].value_counts()
    # Our tie rule (first appearance) must agree with pandas' top where it matters.
    assert (counts == counts.iloc[0]).sum() == 1, f"{col}: tie for top"
    describe_categorical.append({"column": col, "count": d["count"], "unique": d["unique"],
                                 "top": text_of(d["top"]), "freq": d["freq"],
                                 "missing": int(df[col].isna().sum())})


def value_counts_first_appearance(series):
    """pandas' counts, ordered by our documented rule: count desc, then first appearance."""
    counts = series.value_counts()
    first = {}
    for i, v in enumerate(series.dropna()):
        first.setdefault(v, i)
    keys = sorted(counts.index, key=lambda v: (-counts[v], first[v]))
    return [{"value": text_of(k), "count": int(counts[k])} for k in keys]


value_counts = {col: value_counts_first_appearance(df[col])
                for col in ["type1", "type2", "color", "generation", "is_legendary",
                            "evolution_stage"]}

corr_cols = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "height_m",
             "weight_kg", "base_total"]
pearson = df[corr_cols].corr(method="pearson").values.tolist()
spearman = df[corr_cols].corr(method="spearman").values.tolist()

# Synthetic table with missing cells in different rows per column (pairwise-complete path) and
# ties (rounded values) for Spearman's average ranks.
n = 60
syn = pd.DataFrame({
    "a": np.round(rng.normal(0, 1, n), 1),
    "b": np.round(rng.normal(0, 1, n), 2),
    "c": rng.integers(0, 5, n).astype(float),
})
syn["b"] = syn["b"] + 0.5 * syn["a"]
for col, frac in [("a", 0.1), ("b", 0.2), ("c", 0.05)]:
    syn.loc[rng.random(n) < frac, col] = np.nan
synthetic_corr = {
    "columns": {c: syn[c].tolist() for c in syn.columns},
    "pearson": syn.corr(method="pearson").values.tolist(),
    "spearman": syn.corr(method="spearman").values.tolist(),
}

histograms = []
for col, bins in [("hp", 10), ("weight_kg", 7), ("height_m", 30), ("speed", 1),
                  ("base_total", 13), ("generation", 9)]:
    counts, edges = np.histogram(df[col].to_numpy(dtype=float), bins=bins)
    histograms.append({"column": col, "bins": bins, "edges": edges.tolist(),
                       "counts": counts.tolist()})

quantile_sample = np.round(rng.normal(10, 3, 37), 3)
qs = [0.0, 0.1, 0.25, 1 / 3, 0.5, 0.7, 0.75, 0.9, 0.999, 1.0]
quantiles = {"synthetic_sample": quantile_sample.tolist(), "q": qs,
             "values": [float(np.quantile(quantile_sample, q)) for q in qs]}

write("eda.json", {
    "data": "data/pokemon.csv",
    "describe_numeric": describe_numeric,
    "describe_categorical": describe_categorical,
    "value_counts": value_counts,
    "correlation_columns": corr_cols,
    "pearson": pearson,
    "spearman": spearman,
    "synthetic_correlation": synthetic_corr,
    "histograms": histograms,
    "quantiles": quantiles,
})

# ---------------------------------------------------------------- KS


def ks_branch(n1, n2, d, method):
    """Which scipy code path produced the p-value (for the test's report)."""
    if method == "exact" or (method == "auto" and max(n1, n2) <= 10000):
        return "exact_square" if n1 == n2 else "exact_inside"
    m, k = max(n1, n2), min(n1, n2)
    N = int(np.round(m * k / (m + k)))
    t, nx2 = N * d, N * d * d
    if t <= 1:
        return "asymp_ruben_gambino_low"
    if t >= N - 1:
        return "asymp_ruben_gambino_high"
    if d >= 0.5:
        return "asymp_smirnov"
    if N <= 140:
        return ("asymp_durbin" if nx2 <= 0.754693 else
                "asymp_pomeranz" if nx2 <= 4 else "asymp_smirnov")
    if nx2 >= 370:
        return "asymp_zero"
    if nx2 >= 2.2:
        return "asymp_smirnov"
    return "asymp_durbin" if (N <= 100000 and N * d ** 1.5 <= 1.4) else "asymp_pelz_good"


ks_cases = []


def add_ks(name, a, b, method="auto", store=True):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    r = stats.ks_2samp(a, b, method=method)
    case = {"name": name, "method": method, "statistic": r.statistic, "pvalue": r.pvalue,
            "branch": ks_branch(len(a), len(b), r.statistic, method)}
    if store:
        case["sample1"] = a.tolist()
        case["sample2"] = b.tolist()
    ks_cases.append(case)


for col in ["hp", "attack", "defense", "speed", "base_total", "weight_kg", "height_m"]:
    # Real data; the C++ test rebuilds the samples from data/pokemon.csv.
    r = stats.ks_2samp(ref_df[col].to_numpy(float), cur_df[col].to_numpy(float))
    ks_cases.append({"name": f"pokemon_gen1-7_vs_gen8-9_{col}", "column": col, "method": "auto",
                     "statistic": r.statistic, "pvalue": r.pvalue,
                     "branch": ks_branch(len(ref_df), len(cur_df), r.statistic, "auto")})
legendary = df[df.is_legendary]["base_total"].to_numpy(float)
ordinary = df[~df.is_legendary]["base_total"].to_numpy(float)
add_ks("pokemon_legendary_vs_not_base_total", legendary, ordinary)

for n1, n2, shift, decimals in [(3, 4, 0.0, 2), (5, 7, 1.0, 2), (8, 8, 0.5, 1), (10, 10, 2.0, 2),
                                (30, 45, 0.3, 1), (64, 48, 0.0, 0), (200, 300, 0.2, 2),
                                (1000, 1000, 0.1, 3), (999, 1000, 0.05, 3),
                                (3000, 4500, 0.05, 2)]:
    a = np.round(rng.normal(0, 1, n1), decimals)
    b = np.round(rng.normal(shift, 1, n2), decimals)
    add_ks(f"synthetic_exact_{n1}x{n2}_shift{shift}", a, b)
# Large samples: scipy's auto switches to the asymptotic distribution.
for n1, n2, shift in [(12000, 2500, 0.0), (10001, 3000, 0.04), (10500, 2000, 0.5)]:
    a = np.round(rng.normal(0, 1, n1), 3)
    b = np.round(rng.normal(shift, 1, n2), 3)
    add_ks(f"synthetic_auto_large_{n1}x{n2}_shift{shift}", a, b)
# Forced asymptotic on smaller samples to reach every branch of kstwo.sf.
for n1, n2, shift in [(40, 60, 0.0), (40, 60, 0.8), (100, 150, 0.3), (30, 30, 2.5),
                      (500, 700, 0.02), (500, 700, 0.15), (2000, 2000, 0.1), (2000, 2500, 0.02),
                      (4, 3, 0.2), (1, 3, 5.0)]:
    a = np.round(rng.normal(0, 1, n1), 3)
    b = np.round(rng.normal(shift, 1, n2), 3)
    add_ks(f"synthetic_asymp_{n1}x{n2}_shift{shift}", a, b, method="asymp")
add_ks("synthetic_exact_forced_700x1100", np.round(rng.normal(0, 1, 700), 2),
       np.round(rng.normal(0.1, 1, 1100), 2), method="exact")

# kstwo.sf directly over a grid of (N, d), covering every branch of _kolmogn.
kstwo_grid = []
for N in [1, 2, 5, 20, 100, 140, 141, 500, 5000, 60000, 200000]:
    for d in [0.3 / N, 0.7 / N, 1.0 / N, 1.5 / N, 0.01, 0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.6,
              0.9, 1 - 0.5 / N]:
        if 0 < d < 1:
            kstwo_grid.append({"n": N, "d": d, "sf": float(stats.kstwo.sf(d, N))})

write("ks.json", {"data": "data/pokemon.csv (pokemon_*) and synthetic samples",
                  "cases": ks_cases, "kstwo_sf": kstwo_grid})

# ---------------------------------------------------------------- PSI (reference formula)


def psi_edges(reference, bins):
    reference = np.sort(np.asarray(reference, dtype=float))
    edges = []
    for i in range(1, bins):
        e = float(np.quantile(reference, i / bins))
        if not edges or e != edges[-1]:
            edges.append(e)
    return edges


def psi_shares(values, edges):
    idx = np.searchsorted(np.asarray(edges), np.asarray(values, dtype=float), side="left")
    counts = np.bincount(idx, minlength=len(edges) + 1)
    return [int(c) / len(values) for c in counts]


def psi_value(ref_shares, cur_shares, eps=1e-4):
    total = 0.0
    for e, a in zip(ref_shares, cur_shares):
        e = eps if e == 0 else e
        a = eps if a == 0 else a
        total += (a - e) * math.log(a / e)
    return total


psi_numeric = []
for col in ["hp", "attack", "defense", "speed", "base_total", "weight_kg", "height_m",
            "evolution_stage"]:
    r = ref_df[col].to_numpy(float)
    c = cur_df[col].to_numpy(float)
    for bins in [10, 4, 20]:
        edges = psi_edges(r, bins)
        rs, cs = psi_shares(r, edges), psi_shares(c, edges)
        psi_numeric.append({"column": col, "bins": bins, "edges": edges, "reference_shares": rs,
                            "current_shares": cs, "psi": psi_value(rs, cs)})

syn_ref = np.round(rng.normal(0, 1, 500), 2)
syn_cur = np.round(rng.normal(0.4, 1.3, 400), 2)
edges = psi_edges(syn_ref, 10)
rs, cs = psi_shares(syn_ref, edges), psi_shares(syn_cur, edges)
psi_synthetic = {"reference": syn_ref.tolist(), "current": syn_cur.tolist(), "bins": 10,
                 "edges": edges, "reference_shares": rs, "current_shares": cs,
                 "psi": psi_value(rs, cs)}


def category_drift(ref, cur, eps=1e-4):
    ref_order = value_counts_first_appearance(ref)
    cur_order = value_counts_first_appearance(cur)
    cur_counts = {e["value"]: e["count"] for e in cur_order}
    cats = [(e["value"], e["count"], cur_counts.get(e["value"], 0)) for e in ref_order]
    seen = {e["value"] for e in ref_order}
    cats += [(e["value"], 0, e["count"]) for e in cur_order if e["value"] not in seen]
    nr, nc = ref.notna().sum(), cur.notna().sum()
    rs = [r / nr for _, r, _ in cats]
    cs = [c / nc for _, _, c in cats]
    tvd = 0.0
    for a, b in zip(rs, cs):
        tvd += abs(b - a)
    unseen = [v for v, r, _ in cats if r == 0]
    return {"categories": [v for v, _, _ in cats], "reference_counts": [r for _, r, _ in cats],
            "current_counts": [c for _, _, c in cats], "psi": psi_value(rs, cs),
            "total_variation": 0.5 * tvd, "unseen": unseen,
            "unseen_share": sum(c for v, _, c in cats if v in unseen) / nc}


psi_categorical = []
for col in ["type1", "type2", "color", "is_legendary"]:
    psi_categorical.append({"column": col, **category_drift(ref_df[col], cur_df[col])})
# Unseen categories: gen 1 as reference vs gen 2 (Dark and Steel types first appear in gen 2).
g1, g2 = df[df.generation == 1], df[df.generation == 2]
psi_categorical.append({"column": "type1", "split": "gen1_vs_gen2",
                        **category_drift(g1["type1"], g2["type1"])})

write("psi.json", {"data": "data/pokemon.csv split generation <= 7 vs >= 8, plus synthetic",
                   "epsilon": 1e-4, "numeric": psi_numeric, "synthetic": psi_synthetic,
                   "categorical": psi_categorical})
