#!/usr/bin/env python3
"""Builds the checkpoint cases of exercise 1.2 (reproducible loading) from real Pokémon data.

Each case is an "upstream export": real rows of data/pokemon.csv with all of its columns, written
the way the exporter would (possibly shuffled, with columns reordered or renamed, and in one case
with missing-value markers injected by this script). The expected output is the canonical table of
exercises/01-data-validation/reproducible_loading.hpp written as mlcore::to_csv writes it, built
here from the real rows with plain Python, independently of any C++ code.

Deterministic: fixed seeds, Python 3 stdlib only.
Usage: python3 assessments/exercises/1.2/generate_cases.py   (writes cases.json beside itself)
"""

import csv
import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = ROOT / "data" / "pokemon.csv"
OUT = HERE / "cases.json"
GENERATED_BY = "assessments/exercises/1.2/generate_cases.py"

CANONICAL = [("num", "numeric"), ("name", "categorical"), ("type1", "categorical"),
             ("type2", "categorical"), ("hp", "numeric"), ("attack", "numeric"),
             ("defense", "numeric"), ("sp_attack", "numeric"), ("sp_defense", "numeric"),
             ("speed", "numeric"), ("generation", "numeric"), ("height_m", "numeric"),
             ("weight_kg", "numeric"), ("is_legendary", "boolean")]
SCHEMA = [f"{name}:{kind}" for name, kind in CANONICAL]
MISSING_MARKERS = {"", "NA", "N/A", "NaN", "null"}  # mlcore::CsvOptions defaults + empty cell


def fail(message):
    sys.exit(f"generate_cases.py: {message}")


def load_rows():
    with open(DATA, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
        header = reader.fieldnames
    if len(rows) != 1025:
        fail(f"{DATA}: expected 1025 rows, got {len(rows)}")
    return header, rows


def csv_cell(text):
    """RFC 4180 quoting as mlcore::to_csv does it (also for leading/trailing spaces)."""
    if any(ch in text for ch in ',"\r\n') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(header, rows):
    lines = [",".join(csv_cell(h) for h in header)]
    lines += [",".join(csv_cell(row[h]) for h in header) for row in rows]
    return "\n".join(lines) + "\n"


def canonical_cell(text, kind):
    """The cell as mlcore::to_csv writes it after a typed load: missing → "", numbers in
    shortest round-trip form (Python's repr of a float is that form too), booleans lower case."""
    if text in MISSING_MARKERS:
        return ""
    if kind == "numeric":
        value = float(text)
        return str(int(value)) if value.is_integer() else repr(value)
    if kind == "boolean":
        return text.lower()
    return text


def canonical_csv(rows):
    ordered = sorted(rows, key=lambda r: (float(r["num"]), r["name"].encode("utf-8")))
    names = [name for name, _ in CANONICAL]
    lines = [",".join(names)]
    for row in ordered:
        lines.append(",".join(csv_cell(canonical_cell(row[n], k)) for n, k in CANONICAL))
    return "\n".join(lines) + "\n"


def case(case_id, header, rows, expected_rows=None):
    expected_rows = rows if expected_rows is None else expected_rows
    text = canonical_csv(expected_rows)
    return {"id": case_id, "input": {"csv": write_csv(header, rows)},
            "expected": {"csv": text, "lines": text.split("\n")[:-1], "schema": SCHEMA}}


def inject_missing(rng, rows, columns, count):
    """Replaces `count` present cells of the given columns with missing-value markers."""
    rows = [dict(r) for r in rows]
    cells = [(i, c) for i in range(len(rows)) for c in columns if rows[i][c] != ""]
    for i, column in rng.sample(cells, count):
        rows[i][column] = rng.choice(["", "NA", "null", "N/A"])
    return rows


def main():
    header, rows = load_rows()
    rng = random.Random(1201)
    pool = list(rows)
    rng.shuffle(pool)
    batch_a = sorted(pool[:80], key=lambda r: int(r["num"]))
    missing_rows = sorted(pool[80:140], key=lambda r: int(r["num"]))
    hidden_rows = pool[140:230]
    singles = [r for r in pool[230:] if r["type2"] == ""][:40]
    renamed_rows = sorted(pool[230:245], key=lambda r: int(r["num"]))

    shuffled = list(batch_a)
    random.Random(1202).shuffle(shuffled)
    reordered_header = list(header)
    random.Random(1203).shuffle(reordered_header)

    cases = [
        case("batch-a", header, batch_a),
        case("batch-a-shuffled", header, shuffled, batch_a),
        case("batch-a-reordered-columns", reordered_header, batch_a),
        case("missing-values", header,
             inject_missing(random.Random(1204), missing_rows,
                            ["hp", "speed", "height_m", "weight_kg", "generation", "type2"], 12)),
        case("single-type-batch", header, sorted(singles, key=lambda r: int(r["num"]))),
    ]
    # Upstream switched to the raw field names of its source (weightkg, as in @pkmn/dex).
    renamed_header = ["weightkg" if h == "weight_kg" else h for h in header]
    renamed = [{("weightkg" if k == "weight_kg" else k): v for k, v in r.items()}
               for r in renamed_rows]
    cases.append({"id": "renamed-column", "input": {"csv": write_csv(renamed_header, renamed)},
                  "expected": {"raises": "ex::SchemaError"}})
    # Hidden: unseen rows, shuffled, columns reordered, an extra column, markers injected.
    hidden = inject_missing(random.Random(1205), hidden_rows,
                            ["attack", "defense", "height_m", "weight_kg", "type2"], 10)
    for row in hidden:
        row["source_batch"] = "2026-11"
    hidden_header = header + ["source_batch"]
    random.Random(1206).shuffle(hidden_header)
    cases.append(case("mixed-hidden", hidden_header, hidden))

    if len(singles) != 40 or any(r["type2"] for r in singles):
        fail("single-type batch: expected 40 single-typed species")
    if not cases[0]["expected"] == cases[1]["expected"] == cases[2]["expected"]:
        fail("shuffled cases must expect the unshuffled table")

    document = {"schema_version": 1, "exercise": "1.2", "generated_by": GENERATED_BY,
                "cases": cases}
    OUT.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for c in cases:
        print(f"{c['id']}: {c['input']['csv'].count(chr(10)) - 1} rows")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
