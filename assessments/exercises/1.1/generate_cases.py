#!/usr/bin/env python3
"""Builds the checkpoint cases of exercise 1.1 (data quality checks) from real Pokémon data.

Each case is a random sample of real rows of data/pokemon.csv, with defects injected by this
script. The expected issues are recorded twice, independently:

  1. by construction: every injection states which issue it creates (or that it creates none);
  2. by re-derivation: the CSV text that goes into the case is parsed back and checked with this
     script's own implementation of the rules of exercises/01-data-validation/quality_checks.hpp
     (including how mlcore::parse_csv types columns and how mlcore::parse_number reads numbers).

The script stops with an error unless both agree for every case, and unless the untouched real
data shows no issue at all under the rules. Deterministic: fixed seeds, Python 3 stdlib only.

Usage: python3 assessments/exercises/1.1/generate_cases.py   (writes cases.json beside itself)
"""

import csv
import io
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = ROOT / "data" / "pokemon.csv"
OUT = HERE / "cases.json"
GENERATED_BY = "assessments/exercises/1.1/generate_cases.py"

# Columns given to the learner. is_legendary is a boolean column no rule mentions: checks must
# leave columns without rules alone.
CASE_COLUMNS = ["num", "name", "type1", "type2", "hp", "attack", "defense", "sp_attack",
                "sp_defense", "speed", "generation", "height_m", "weight_kg", "is_legendary"]
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
REQUIRED = ["num", "name", "type1"] + STATS

MISSING, OUT_OF_RANGE, DUPLICATE, WRONG_TYPE, CATEGORY = (
    "missing", "out_of_range", "duplicate_id", "wrong_type", "inconsistent_category")

SEEDS = {
    "missing-values": 1101,
    "out-of-range": 1102,
    "wrong-types": 1103,
    "duplicate-ids": 1104,
    "inconsistent-categories": 1105,
    "clean-sample": 1106,
    "mixed-hidden": 1107,
    "unknown-column": 1108,
}


def fail(message):
    sys.exit(f"generate_cases.py: {message}")


# --------------------------------------------------------------------------------------------
# Real data and the rules calibrated on it.

def load_real_rows():
    with open(DATA, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != 1025:
        fail(f"{DATA}: expected 1025 rows, got {len(rows)}")
    return [{c: row[c] for c in CASE_COLUMNS} for row in rows]


def json_number(value):
    """20.0 → 20, 0.1 → 0.1: keeps the rules readable."""
    return int(value) if float(value).is_integer() else value


def build_rules(real_rows):
    types = sorted({r["type1"] for r in real_rows} | {r["type2"] for r in real_rows if r["type2"]})
    if len(types) != 18:
        fail(f"expected the 18 real types, got {types}")
    generations = [int(r["generation"]) for r in real_rows]
    if (min(generations), max(generations)) != (1, 9):
        fail("generations are not 1..9")
    heights = [float(r["height_m"]) for r in real_rows]
    weights = [float(r["weight_kg"]) for r in real_rows]
    numeric = [{"column": s, "min": 1, "max": 255} for s in STATS]
    numeric += [
        {"column": "generation", "min": 1, "max": 9},
        {"column": "height_m", "min": json_number(min(heights)), "max": json_number(max(heights))},
        {"column": "weight_kg", "min": json_number(min(weights)), "max": json_number(max(weights))},
    ]
    return {
        "id_column": "num",
        "required": list(REQUIRED),
        "numeric": numeric,
        "categories": [{"column": "type1", "allowed": types},
                       {"column": "type2", "allowed": types}],
    }


# --------------------------------------------------------------------------------------------
# CSV writing (RFC 4180, LF line ends). Python's csv module does not quote leading or trailing
# spaces, and " Water" must survive the round trip, so quoting is decided here.

def csv_cell(text):
    if any(ch in text for ch in ',"\r\n') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def to_csv(rows):
    lines = [",".join(CASE_COLUMNS)]
    lines += [",".join(csv_cell(row[c]) for c in CASE_COLUMNS) for row in rows]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Independent re-derivation: mlcore's reading rules and the exercise's semantics, from scratch.

MISSING_MARKERS = {"", "NA", "N/A", "NaN", "null"}  # mlcore::CsvOptions defaults + empty cell
_DECIMAL = re.compile(r"-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_SPECIAL = re.compile(r"-?(inf|infinity|nan(\([0-9A-Za-z_]*\))?)", re.IGNORECASE)


def parse_number(cell):
    """mlcore::parse_number: spaces around, one optional '+', then a whole decimal number."""
    text = cell.strip(" ")
    if text.startswith("+"):
        text = text[1:]
        if text[:1] in ("+", "-"):
            return None
    if _DECIMAL.fullmatch(text) or _SPECIAL.fullmatch(text):
        return float(text)
    return None


class Column:
    """A parsed column typed the way mlcore::parse_csv infers it."""

    def __init__(self, cells):
        self.missing = [c in MISSING_MARKERS for c in cells]
        present = [c for c, m in zip(cells, self.missing) if not m]
        if all(parse_number(c) is not None for c in present):  # also: entirely missing
            self.type = "numeric"
            self.values = [None if m else parse_number(c) for c, m in zip(cells, self.missing)]
        elif all(c.lower() in ("true", "false") for c in present):
            self.type = "boolean"
            self.values = [None if m else c.lower() for c, m in zip(cells, self.missing)]
        else:
            self.type = "categorical"
            self.values = [None if m else c for c, m in zip(cells, self.missing)]

    def key(self, row):
        """Stands in for Column::to_string when comparing cells: equal exactly when those are."""
        return (self.type, self.values[row])


def derive_issues(csv_text, rules):
    records = list(csv.reader(io.StringIO(csv_text, newline="")))
    header, body = records[0], records[1:]
    if any(len(r) != len(header) for r in body):
        fail("ragged CSV")
    table = {name: Column([r[i] for r in body]) for i, name in enumerate(header)}
    issues = set()
    for name in rules["required"]:
        col = table[name]
        issues |= {(row, name, MISSING) for row, m in enumerate(col.missing) if m}
    for rule in rules["numeric"]:
        name, col = rule["column"], table[rule["column"]]
        for row, value in enumerate(col.values):
            if col.missing[row]:
                continue
            # A boolean column's cells ("true"/"false") are not numbers either.
            number = value if col.type == "numeric" else parse_number(value)
            if number is None:
                issues.add((row, name, WRONG_TYPE))
            elif number < rule["min"] or number > rule["max"]:
                issues.add((row, name, OUT_OF_RANGE))
    id_col, seen = table[rules["id_column"]], set()
    for row in range(len(body)):
        if id_col.missing[row]:
            continue
        if id_col.key(row) in seen:
            issues.add((row, rules["id_column"], DUPLICATE))
        seen.add(id_col.key(row))
    for rule in rules["categories"]:
        name, col = rule["column"], table[rule["column"]]
        if col.type != "categorical":
            fail(f"category column {name} is not text")
        issues |= {(row, name, CATEGORY) for row, v in enumerate(col.values)
                   if v is not None and v not in rule["allowed"]}
    return issues


# --------------------------------------------------------------------------------------------
# Building a case: rows are added first, then cells are edited, each edit stating its issue.

class CaseBuilder:
    def __init__(self, case_id, real_rows, size):
        self.id = case_id
        self.rng = random.Random(SEEDS[case_id])
        sample = self.rng.sample(real_rows, size)
        self.rows = [dict(r) for r in sorted(sample, key=lambda r: int(r["num"]))]
        self.truth = set()
        self.used = set()        # rows already chosen for an edit or a copy
        self.edited = set()      # (row, column): each cell is edited at most once

    # --- rows: all row insertions happen before the first cell edit, so indices stay put
    def insert_copy(self, source, at):
        if self.edited:
            fail(f"{self.id}: add rows before editing cells")
        self.rows.insert(at, dict(self.rows[source]))
        self.used = {r + 1 if r >= at else r for r in self.used} | {at}

    def append_copy(self, source):
        self.insert_copy(source, len(self.rows))
        return len(self.rows) - 1

    def fresh_row(self, where=lambda row: True):
        """A random row not chosen before whose content satisfies where."""
        candidates = [i for i, r in enumerate(self.rows) if i not in self.used and where(r)]
        row = self.rng.choice(candidates)
        self.used.add(row)
        return row

    def fresh_rows(self, count):
        return sorted(self.fresh_row() for _ in range(count))

    # --- cells
    def set(self, row, column, text, issue=None):
        """Writes text into a cell; issue is the kind it creates, None for a harmless edit."""
        if (row, column) in self.edited:
            fail(f"{self.id}: cell ({row}, {column}) edited twice")
        self.edited.add((row, column))
        self.rows[row][column] = text
        if issue:
            self.truth.add((row, column, issue))

    def expect(self, row, column, issue):
        """Records an issue that shows in a row other than the edited one (duplicates)."""
        self.truth.add((row, column, issue))

    def build(self, rules):
        text = to_csv(self.rows)
        derived = derive_issues(text, rules)
        if derived != self.truth:
            fail(f"{self.id}: injected truth and re-derived issues differ:\n"
                 f"  only injected: {sorted(self.truth - derived)}\n"
                 f"  only derived:  {sorted(derived - self.truth)}")
        issues = [{"row": r, "column": c, "kind": k} for r, c, k in sorted(self.truth)]
        return {"id": self.id, "input": {"csv": text, "rules": rules},
                "expected": {"issues": issues}}


def has_type2(row):
    return row["type2"] != ""


def case_missing_values(real_rows, rules):
    b = CaseBuilder("missing-values", real_rows, 120)
    # One blank in each required column, two more among the stats, and one row missing two cells.
    for column in REQUIRED + b.rng.sample(STATS, 2):
        b.set(b.fresh_row(), column, "", MISSING)
    row = b.fresh_row()
    b.set(row, "hp", "", MISSING)
    b.set(row, "speed", "", MISSING)
    # Harmless blanks: these columns are not required, and a missing cell is never a category,
    # type or range issue.
    for _ in range(4):
        b.set(b.fresh_row(where=has_type2), "type2", "")
    b.set(b.fresh_row(), "height_m", "")
    b.set(b.fresh_row(), "generation", "")
    return b.build(rules)


def case_out_of_range(real_rows, rules):
    b = CaseBuilder("out-of-range", real_rows, 110)
    bad = [("hp", "0"), ("attack", "300"), ("defense", "-5"), ("sp_attack", "256"),
           ("sp_defense", "1000"), ("speed", "0"), ("generation", "0"), ("generation", "10"),
           ("height_m", "0"), ("height_m", "25"), ("weight_kg", "1500"), ("weight_kg", "-1"),
           ("weight_kg", "1e4")]
    for column, text in bad:
        b.set(b.fresh_row(), column, text, OUT_OF_RANGE)
    # Bounds are inclusive: the extremes themselves are fine, and so is a non-integer in range.
    fine = [("hp", "1"), ("attack", "255"), ("generation", "9"), ("height_m", "0.1"),
            ("weight_kg", "999.9"), ("speed", "254.5")]
    for column, text in fine:
        b.set(b.fresh_row(), column, text)
    return b.build(rules)


def case_wrong_types(real_rows, rules):
    b = CaseBuilder("wrong-types", real_rows, 100)
    # hp becomes a text column: each present cell is judged by parse_number.
    for text in ("45kg", "high", "?"):
        b.set(b.fresh_row(), "hp", text, WRONG_TYPE)
    b.set(b.fresh_row(), "hp", "999", OUT_OF_RANGE)  # a number, written in a text column
    b.set(b.fresh_row(), "hp", " 120 ")              # spaces around a number: still a number
    b.set(b.fresh_row(), "hp", "", MISSING)          # missing, and only that: not a wrong type
    # weight_kg: units glued on, a word, a decimal comma.
    for text in ("12kg", "heavy", "1,5"):
        b.set(b.fresh_row(), "weight_kg", text, WRONG_TYPE)
    # generation: a roman numeral makes it text; a too-large number in it is out of range.
    b.set(b.fresh_row(), "generation", "III", WRONG_TYPE)
    b.set(b.fresh_row(), "generation", "12", OUT_OF_RANGE)
    # attack stays a numeric column: the reader takes " 78 " as 78.
    b.set(b.fresh_row(), "attack", " 78 ")
    return b.build(rules)


def case_duplicate_ids(real_rows, rules):
    b = CaseBuilder("duplicate-ids", real_rows, 130)
    # A record written twice in a row: the copy lands right after it.
    adjacent = b.fresh_row()
    b.insert_copy(adjacent, adjacent + 1)
    b.expect(adjacent + 1, "num", DUPLICATE)
    # A batch ingested three times: one row appended twice more at the end.
    twice = b.fresh_row()
    for _ in range(2):
        b.expect(b.append_copy(twice), "num", DUPLICATE)
    # Typos in ids. A later row takes an earlier id: the later row is flagged. An earlier row
    # takes a later id: the later, untouched row is flagged. Order decides, not blame.
    i, j, k, m = b.fresh_rows(4)
    b.set(j, "num", b.rows[i]["num"])
    b.expect(j, "num", DUPLICATE)
    b.set(k, "num", b.rows[m]["num"])
    b.expect(m, "num", DUPLICATE)
    # Two unknown ids: missing (num is required), but not duplicates of each other. (pandas'
    # duplicated() would call the second one a duplicate: NaN keys compare equal there.)
    for row in b.fresh_rows(2):
        b.set(row, "num", "", MISSING)
    return b.build(rules)


def case_inconsistent_categories(real_rows, rules):
    b = CaseBuilder("inconsistent-categories", real_rows, 115)
    for column, text in [("type1", "fire"), ("type2", " Water"), ("type1", "Grass "),
                         ("type2", "Psychc"), ("type1", "GHOST"), ("type2", "Fairy type")]:
        b.set(b.fresh_row(), column, text, CATEGORY)
    # Changed, but to another correctly spelled type, or to nothing: not quality issues.
    b.set(b.fresh_row(), "type1", "Dragon")
    b.set(b.fresh_row(), "type2", "Steel")
    b.set(b.fresh_row(where=has_type2), "type2", "")
    return b.build(rules)


def case_clean_sample(real_rows, rules):
    return CaseBuilder("clean-sample", real_rows, 150).build(rules)


def case_mixed_hidden(real_rows, rules):
    b = CaseBuilder("mixed-hidden", real_rows, 140)
    # Duplicates: a re-appended row (which also carries an out-of-range value) and an id typo.
    copy = b.append_copy(b.fresh_row())
    b.expect(copy, "num", DUPLICATE)
    b.set(copy, "defense", "0", OUT_OF_RANGE)
    first, second = b.fresh_rows(2)
    b.set(second, "num", b.rows[first]["num"])
    b.expect(second, "num", DUPLICATE)
    b.set(second, "type1", "water", CATEGORY)  # one row, two problems
    # Missing: two blank ids are neither duplicates of each other nor of anything.
    for column in ("num", "num", "name", "type1", "speed"):
        b.set(b.fresh_row(), column, "", MISSING)  # a blank type1 is not also a category issue
    b.set(b.fresh_row(where=has_type2), "type2", "")  # not required
    b.set(b.fresh_row(), "height_m", "")              # not required
    # Out of range in numeric columns, and an upper bound that is fine.
    b.set(b.fresh_row(), "weight_kg", "1200", OUT_OF_RANGE)
    b.set(b.fresh_row(), "height_m", "0", OUT_OF_RANGE)
    b.set(b.fresh_row(), "hp", "255")
    # sp_attack and generation become text columns.
    b.set(b.fresh_row(), "sp_attack", "fifty", WRONG_TYPE)
    b.set(b.fresh_row(), "sp_attack", "65 pts", WRONG_TYPE)
    b.set(b.fresh_row(), "sp_attack", "300", OUT_OF_RANGE)
    b.set(b.fresh_row(), "sp_attack", "-1", OUT_OF_RANGE)
    b.set(b.fresh_row(), "sp_attack", " 65 ")
    b.set(b.fresh_row(), "sp_attack", "", MISSING)
    b.set(b.fresh_row(), "generation", "Gen 4", WRONG_TYPE)
    # Categories.
    b.set(b.fresh_row(), "type2", "Flying ", CATEGORY)
    b.set(b.fresh_row(), "type1", "Eletric", CATEGORY)
    b.set(b.fresh_row(), "type2", "Fairy")
    return b.build(rules)


def case_unknown_column(real_rows, rules):
    """A table without the `hp` column the rules name: the contract says find_quality_issues
    throws mlcore::Error (from Table::column) rather than report nothing. Judged by must_raise,
    so there are no expected issues."""
    rng = random.Random(SEEDS["unknown-column"])
    rows = sorted(rng.sample(real_rows, 12), key=lambda r: int(r["num"]))
    columns = [c for c in CASE_COLUMNS if c != "hp"]
    lines = [",".join(columns)] + [",".join(csv_cell(r[c]) for c in columns) for r in rows]
    return {"id": "unknown-column", "input": {"csv": "\n".join(lines) + "\n", "rules": rules},
            "expected": {"raises": "mlcore::Error"}}


def main():
    real_rows = load_real_rows()
    rules = build_rules(real_rows)
    # Calibration: the untouched real data, all 1025 rows, must raise no issue at all.
    real_issues = derive_issues(to_csv(real_rows), rules)
    if real_issues:
        fail(f"real data is not clean under the rules: {sorted(real_issues)[:10]}")
    builders = [case_missing_values, case_out_of_range, case_wrong_types, case_duplicate_ids,
                case_inconsistent_categories, case_clean_sample, case_mixed_hidden,
                case_unknown_column]
    cases = [build(real_rows, rules) for build in builders]
    document = {"schema_version": 1, "exercise": "1.1", "generated_by": GENERATED_BY,
                "cases": cases}
    OUT.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for case in cases:
        rows = case["input"]["csv"].count("\n") - 1
        issues = case["expected"].get("issues")
        print(f"{case['id']}: {rows} rows, "
              + (f"{len(issues)} issues" if issues is not None else "raises"))
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
