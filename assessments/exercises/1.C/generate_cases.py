#!/usr/bin/env python3
"""Builds the cases of challenge 1.C ("New Pokémon data drop") and their known truth.

Reference: the canonical data of generations 1..7 (data/pokemon.csv, real). Drop: the RAW entries
of generations 8 and 9 from @pkmn/dex (data/pokemon_gen8_9_raw.json, real, exported by
data/scripts/export_pokemon_drop.sh), flattened the way the harness flattens them (objects →
"a.b", lists → "a.0", "a.1"; an absent field is a missing cell). Nothing is injected: every
schema violation, quality issue and drift below is in the real data.

The truth is derived here with plain Python from the rules of
exercises/01-data-validation/data_drop.hpp: schema and quality rules directly, drift with the same
PSI as mlcore (numpy linear quantile edges, 10 bins, epsilon 1e-4) and scipy's ks_2samp
(default method). Drift verdicts close to a threshold would make the grade depend on rounding:
the script stops if any compared feature is within 5% of a threshold.

Usage: /usr/bin/python3 assessments/exercises/1.C/generate_cases.py (needs numpy and scipy)
"""

import csv
import io
import json
import math
import random
import sys
from pathlib import Path

import numpy as np
from scipy.stats import ks_2samp

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
REFERENCE = ROOT / "data" / "pokemon.csv"
DROP = ROOT / "data" / "pokemon_gen8_9_raw.json"
OUT = HERE / "cases.json"
GENERATED_BY = "assessments/exercises/1.C/generate_cases.py"

REFERENCE_COLUMNS = ["num", "name", "type1", "type2", "hp", "attack", "defense", "sp_attack",
                     "sp_defense", "speed", "generation", "height_m", "weight_kg", "color"]
PSI_THRESHOLD, KS_PVALUE, BINS, EPSILON = 0.2, 0.01, 10, 1e-4
MISSING_MARKERS = {"", "NA", "N/A", "NaN", "null"}


def fail(message):
    sys.exit(f"generate_cases.py: {message}")


# ---------------------------------------------------------------------------------------------
# Inputs

def reference_rows(max_generation):
    with open(REFERENCE, encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if int(r["generation"]) <= max_generation]
    return rows


def reference_csv(rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REFERENCE_COLUMNS)
    for r in rows:
        writer.writerow([r[c] for c in REFERENCE_COLUMNS])
    return out.getvalue()


def drop_records(generations):
    document = json.loads(DROP.read_text(encoding="utf-8"))
    return [r["raw"] for r in document["records"] if r["dex_gen"] in generations]


def flatten(value, prefix, out):
    if isinstance(value, dict):
        for key, item in value.items():
            flatten(item, f"{prefix}.{key}" if prefix else key, out)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            flatten(item, f"{prefix}.{i}", out)
    else:
        out[prefix] = value


def flat_table(records):
    """Columns in order of first appearance; typed like the harness: numeric when every present
    cell is a number, boolean when every one is true/false, else categorical."""
    flat = []
    for record in records:
        cells = {}
        flatten(record, "", cells)
        flat.append(cells)
    names = []
    for cells in flat:
        names += [n for n in cells if n not in names]
    table = {}
    for name in names:
        values = [cells.get(name) for cells in flat]
        present = [v for v in values if v is not None]
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
            kind = "numeric"
        elif all(isinstance(v, bool) for v in present):
            kind = "boolean"
        else:
            kind = "categorical"
        table[name] = (kind, values)
    return table


# ---------------------------------------------------------------------------------------------
# The contract: canonical column ← raw source, type and rules, calibrated on the reference.

def contract(ref_rows):
    types = sorted({r["type1"] for r in ref_rows} | {r["type2"] for r in ref_rows if r["type2"]})
    colors = sorted({r["color"] for r in ref_rows})

    def field(column, source, kind, required=True, lo=None, hi=None, allowed=(), drift=False):
        f = {"column": column, "source": source, "type": kind, "required": required,
             "allowed": list(allowed), "drift": drift}
        if lo is not None:
            f["min"] = lo
        if hi is not None:
            f["max"] = hi
        return f

    stats = [("hp", "hp"), ("attack", "atk"), ("defense", "def"), ("sp_attack", "spa"),
             ("sp_defense", "spd"), ("speed", "spe")]
    fields = [field("num", "num", "numeric", lo=1, hi=1025),
              field("name", "name", "categorical"),
              field("type1", "types.0", "categorical", allowed=types, drift=True),
              field("type2", "types.1", "categorical", required=False, allowed=types, drift=True)]
    fields += [field(c, f"baseStats.{s}", "numeric", lo=1, hi=255, drift=True) for c, s in stats]
    fields += [field("generation", "gen", "numeric", lo=1, hi=9),
               field("height_m", "heightm", "numeric", lo=0.1, hi=100, drift=True),
               field("weight_kg", "weightkg", "numeric", lo=0.1, hi=999.9, drift=True),
               field("color", "color", "categorical", allowed=colors, drift=True)]
    return {"id_column": "num", "fields": fields}


# ---------------------------------------------------------------------------------------------
# Truth

def text_of(value):
    """Column::to_string of a cell: numbers in shortest round-trip form."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    return value


def usable(field, table):
    return field["source"] in table and table[field["source"]][0] == field["type"]


def schema_truth(con, table):
    out = []
    for f in con["fields"]:
        if f["source"] not in table:
            out.append({"column": f["column"], "kind": "missing_field"})
        elif table[f["source"]][0] != f["type"]:
            out.append({"column": f["column"], "kind": "wrong_type"})
    return out


def quality_truth(con, table, ref_rows):
    issues = set()
    for f in con["fields"]:
        if not usable(f, table):
            continue
        values = table[f["source"]][1]
        for row, v in enumerate(values):
            if v is None:
                if f["required"]:
                    issues.add((row, f["column"], "missing"))
                continue
            if f["type"] == "numeric" and (v < f.get("min", -math.inf) or v > f.get("max", math.inf)):
                issues.add((row, f["column"], "out_of_range"))
            if f["type"] == "categorical" and f["allowed"] and v not in f["allowed"]:
                issues.add((row, f["column"], "not_allowed"))
    id_field = next(f for f in con["fields"] if f["column"] == con["id_column"])
    if usable(id_field, table):
        seen = {text_of(float(r[con["id_column"]])) for r in ref_rows}
        for row, v in enumerate(table[id_field["source"]][1]):
            if v is None:
                continue
            if text_of(v) in seen:
                issues.add((row, con["id_column"], "duplicate_id"))
            seen.add(text_of(v))
    return [{"row": r, "column": c, "kind": k} for r, c, k in sorted(issues)]


def numeric_psi(ref, cur):
    ref_sorted = np.sort(ref)
    edges = np.unique(np.quantile(ref_sorted, [i / BINS for i in range(1, BINS)]))
    def shares(x):
        counts = np.bincount(np.searchsorted(edges, x, side="left"), minlength=len(edges) + 1)
        return counts / len(x)
    return psi(shares(ref), shares(cur))


def psi(e, a):
    total = 0.0
    for ei, ai in zip(e, a):
        ei = ei if ei > 0 else EPSILON
        ai = ai if ai > 0 else EPSILON
        total += (ai - ei) * math.log(ai / ei)
    return total


def categorical_psi(ref, cur):
    cats = list(dict.fromkeys(list(ref) + list(cur)))
    return psi([ref.count(c) / len(ref) for c in cats], [cur.count(c) / len(cur) for c in cats])


def drift_truth(con, table, ref_rows):
    drifted, details = [], []
    for f in con["fields"]:
        if not f["drift"] or not usable(f, table):
            continue
        cur = [v for v in table[f["source"]][1] if v is not None]
        ref = [r[f["column"]] for r in ref_rows if r[f["column"]] not in MISSING_MARKERS]
        if f["type"] == "numeric":
            ref = np.array([float(v) for v in ref])
            cur = np.array([float(v) for v in cur])
            score = numeric_psi(ref, cur)
            pvalue = ks_2samp(ref, cur).pvalue
            is_drift = score > PSI_THRESHOLD or pvalue < KS_PVALUE
            # Signed margins: > 0 when the criterion says "drifted", in relative units.
            margins = [(score - PSI_THRESHOLD) / PSI_THRESHOLD,
                       (math.log(KS_PVALUE) - math.log(max(pvalue, 1e-300))) / abs(math.log(KS_PVALUE))]
        else:
            score, pvalue = categorical_psi(ref, cur), None
            is_drift = score > PSI_THRESHOLD
            margins = [(score - PSI_THRESHOLD) / PSI_THRESHOLD]
        details.append((f["column"], round(score, 4), pvalue, is_drift))
        # Robust: a drifted feature crosses some threshold by 5%; a stable one misses all by 5%.
        if (max(margins) < 0.05) if is_drift else (max(margins) > -0.05):
            fail(f"{f['column']}: psi {score:.4f}, p {pvalue} too close to a threshold")
        if is_drift:
            drifted.append({"column": f["column"]})
    return drifted, details


def raw_layout(row):
    """A canonical row written back in the raw layout (field names and nesting of @pkmn/dex, plus
    the heightm, color and gen fields the real drop lacks). Values are the real ones."""
    def number(text):
        value = float(text)
        return int(value) if value.is_integer() else value
    stats = {"hp": "hp", "atk": "attack", "def": "defense", "spa": "sp_attack",
             "spd": "sp_defense", "spe": "speed"}
    return {"num": number(row["num"]), "name": row["name"],
            "types": [row["type1"]] + ([row["type2"]] if row["type2"] else []),
            "baseStats": {k: number(row[v]) for k, v in stats.items()},
            "heightm": number(row["height_m"]), "weightkg": number(row["weight_kg"]),
            "color": row["color"], "gen": number(row["generation"])}


def control_split():
    """Control: generations 1..7 split at random in two halves, one the reference and one a
    "drop" in the raw layout. Same population: no schema violation, no issue, no drift."""
    rows = reference_rows(7)
    random.Random(1901).shuffle(rows)
    half = len(rows) // 2
    reference = sorted(rows[:half], key=lambda r: int(r["num"]))
    drop = [raw_layout(r) for r in sorted(rows[half:], key=lambda r: int(r["num"]))]
    return reference, drop


def build_case(case_id, max_ref_generation, drop_generations):
    if drop_generations is None:
        ref_rows, records = control_split()
    else:
        ref_rows = reference_rows(max_ref_generation)
        records = drop_records(drop_generations)
    table = flat_table(records)
    con = contract(ref_rows)
    drifted, details = drift_truth(con, table, ref_rows)
    expected = {"schema": schema_truth(con, table), "quality": quality_truth(con, table, ref_rows),
                "drifted": drifted}
    case = {"id": case_id,
            "input": {"reference_csv": reference_csv(ref_rows), "drop": records, "contract": con},
            "expected": expected}
    return case, details, len(ref_rows), len(records)


def main():
    cases = []
    for case_id, max_ref, gens in [("gen8-9-drop", 7, {8, 9}), ("control-split", 7, None),
                                    ("gen9-drop-hidden", 8, {9})]:
        case, details, n_ref, n_drop = build_case(case_id, max_ref, gens)
        cases.append(case)
        e = case["expected"]
        kinds = {}
        for q in e["quality"]:
            kinds[(q["column"], q["kind"])] = kinds.get((q["column"], q["kind"]), 0) + 1
        print(f"{case_id}: reference {n_ref} rows, drop {n_drop} records")
        print(f"  schema: {[(s['column'], s['kind']) for s in e['schema']]}")
        print(f"  quality: {kinds}")
        for d in details:
            print(f"  drift {d}")
    document = {"schema_version": 1, "exercise": "1.C", "generated_by": GENERATED_BY,
                "cases": cases}
    OUT.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
