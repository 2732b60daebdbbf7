"""Builds the cases of exercise 5.3 (drift detection with PSI and KS).

Every batch is real species from data/pokemon.csv except `weight-in-pounds`, which is SIMULATED:
real records whose weight_kg was multiplied by 2.20462 (a unit bug upstream); it is labelled
simulated in its case id, here and in the exercise text.

The reference sample is a seeded 60% of the species of generations 1-8 (the "training data");
the batches compared with it:
  clean, clean-hidden   the other 40% of generations 1-8, in two halves (no drift expected)
  legendary             the legendary and mythical species (stats, height and weight shift up)
  weight-in-pounds      SIMULATED: the clean batch with weight in pounds
  generation-9          the 120 species of generation 9 (hidden)
  fully-evolved         species at evolution stage 3 (hidden)
Truth: PSI over 10 reference-quantile bins with the exercise's rule (psi() below, numpy), the KS
statistic and p-value from scipy.stats.ks_2samp; a feature drifts when PSI > 0.2 or p < 0.01.
The script stops unless the clean batches flag nothing and every other batch flags something.
Deterministic. Usage: /usr/bin/python3 assessments/exercises/5.3/generate_cases.py
"""

import sys
from pathlib import Path

import numpy as np
from scipy.stats import ks_2samp

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import inference_data as m  # noqa: E402

SCRIPT = "assessments/exercises/5.3/generate_cases.py"
BINS, EPSILON, PSI_THRESHOLD, KS_THRESHOLD = 10, 1e-4, 0.2, 0.01
POUNDS_PER_KG = 2.20462


def psi(reference, current):
    """The header's PSI: interior reference deciles (numpy's linear quantile), repeated edges
    once, value -> number of edges strictly below it, empty shares replaced by EPSILON."""
    edges = np.unique(np.quantile(reference, [i / BINS for i in range(1, BINS)]))
    shares = []
    for sample in (reference, current):
        counts = np.bincount(np.searchsorted(edges, sample, side="left"),
                             minlength=len(edges) + 1)
        shares.append(counts / len(sample))
    e, a = (np.where(s == 0, EPSILON, s) for s in shares)
    return float(np.sum((a - e) * np.log(a / e)))


def columns(frame):
    return {f: [float(v) for v in frame[f]] for f in m.NUMERIC}


def case(case_id, reference, current):
    stats = []
    for f in m.NUMERIC:
        ks = ks_2samp(reference[f].to_numpy(float), current[f].to_numpy(float))
        p = psi(reference[f].to_numpy(float), current[f].to_numpy(float))
        stats.append((f, p, float(ks.statistic), float(ks.pvalue),
                      p > PSI_THRESHOLD or ks.pvalue < KS_THRESHOLD))
    return {"id": case_id,
            "input": {"features": m.NUMERIC, "reference": columns(reference),
                      "current": columns(current)},
            "expected": {"psi": [s[1] for s in stats], "ks_statistic": [s[2] for s in stats],
                         "ks_pvalue": [s[3] for s in stats],
                         "drifted": [s[0] for s in stats if s[4]]}}


def main():
    data = m.load()
    older = data[data["generation"] <= 8].sample(frac=1.0, random_state=53)
    cut = int(len(older) * 0.6)
    reference, rest = older.iloc[:cut], older.iloc[cut:]
    clean, clean_hidden = rest.iloc[:len(rest) // 2], rest.iloc[len(rest) // 2:]
    pounds = clean.copy()
    pounds["weight_kg"] = pounds["weight_kg"] * POUNDS_PER_KG
    legendary = data[(data["is_legendary"] == True) | (data["is_mythical"] == True)]  # noqa: E712
    cases = [case("clean", reference, clean),
             case("legendary", reference, legendary),
             case("weight-in-pounds-simulated", reference, pounds),
             case("clean-hidden", reference, clean_hidden),
             case("generation-9", reference, data[data["generation"] == 9]),
             case("fully-evolved", reference, data[data["evolution_stage"] == 3])]
    for c in cases:
        flagged = c["expected"]["drifted"]
        print(f"{c['id']}: {len(c['input']['current']['hp'])} rows, drifted {flagged}")
        if c["id"].startswith("clean") == bool(flagged):
            m.fail(SCRIPT, f"{c['id']}: drifted {flagged} is not what the case is for")
    m.write(HERE, "5.3", SCRIPT, cases)


if __name__ == "__main__":
    main()
