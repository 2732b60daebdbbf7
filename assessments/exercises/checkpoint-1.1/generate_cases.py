#!/usr/bin/env python3
"""Builds the cases of exam exercise checkpoint-1.1 (churn validation) from data/churn.csv.

Each case is a random sample of real rows with defects injected by this script. The expected
issues are known twice, independently:

  1. by construction: every injection states the issues it creates (or that it creates none);
  2. by re-derivation: the CSV text that goes into the case is parsed back, typed the way
     mlcore::parse_csv types columns, and checked with this script's own implementation of the
     schema of exercises/checkpoint-1/churn_validation.hpp.

The script stops unless both agree for every case and the untouched 5000 real rows raise no
issue at all. Deterministic: fixed seeds, Python 3 standard library only.

Usage: /usr/bin/python3 assessments/exercises/checkpoint-1.1/generate_cases.py
"""

import csv
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = ROOT / "data" / "churn.csv"
OUT = HERE / "cases.json"
GENERATED_BY = "assessments/exercises/checkpoint-1.1/generate_cases.py"

# The schema of churn_validation.hpp, restated here on purpose (not imported from the C++).
STATES = sorted("AK AL AR AZ CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS "
                "MT NC ND NE NH NJ NM NV NY OH OK OR PA RI SC SD TN TX UT VA VT WA WI WV WY".split())
CATEGORIES = {
    "state": STATES,
    "area_code": ["area_code_408", "area_code_415", "area_code_510"],
    "international_plan": ["no", "yes"],
    "voice_mail_plan": ["no", "yes"],
    "churn": ["no", "yes"],
}
NUMERIC = {"account_length": (1, 600), "number_vmail_messages": (0, 100),
           "number_customer_service_calls": (0, 20)}
CHARGES = [("day", 0.17), ("eve", 0.085), ("night", 0.045), ("intl", 0.27)]
for part, _ in CHARGES:
    NUMERIC[f"total_{part}_minutes"] = (0, 1000)
    NUMERIC[f"total_{part}_calls"] = (0, 500)
    NUMERIC[f"total_{part}_charge"] = (0, 300)
CHARGE_TOLERANCE = 0.01

SEEDS = {"missing-value": 6101, "wrong-type": 6102, "out-of-range": 6103, "not-allowed": 6104,
         "charge-mismatch": 6105, "vmail-inconsistent": 6106, "duplicate-row": 6107,
         "clean-sample": 6108, "several-defects": 6109}
PUBLIC_POOL = range(0, 3500)  # rows of a fixed permutation the public cases sample from
HIDDEN_POOL = range(3500, 5000)  # unseen rows for the hidden case


def fail(message):
    sys.exit(f"generate_cases.py: {message}")


def load():
    with open(DATA, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames
        rows = list(reader)
    if len(rows) != 5000 or len(header) != 20:
        fail(f"{DATA}: expected 5000 rows x 20 columns, got {len(rows)} x {len(header)}")
    if set(header) != set(CATEGORIES) | set(NUMERIC):
        fail("the schema does not name exactly the columns of churn.csv")
    return header, rows


def csv_cell(text):
    if any(ch in text for ch in ',"\r\n') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def to_csv(header, rows):
    lines = [",".join(header)] + [",".join(csv_cell(r[c]) for c in header) for r in rows]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Independent re-derivation: mlcore's reading rules and the schema's semantics, from scratch.

MISSING_MARKERS = {"", "NA", "N/A", "NaN", "null"}
_DECIMAL = re.compile(r"-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_SPECIAL = re.compile(r"-?(inf|infinity|nan)", re.IGNORECASE)


def parse_number(cell):
    text = cell.strip(" ")
    if text.startswith("+"):
        text = text[1:]
        if text[:1] in ("+", "-"):
            return None
    if _DECIMAL.fullmatch(text) or _SPECIAL.fullmatch(text):
        return float(text)
    return None


def parse_back(text):
    """Parses the case CSV: per column, (missing mask, cells, numeric?) as mlcore types it."""
    records = list(csv.reader(text.splitlines()))
    header, body = records[0], records[1:]
    columns = {}
    for j, name in enumerate(header):
        cells = [r[j] for r in body]
        missing = [c in MISSING_MARKERS for c in cells]
        numeric = all(parse_number(c) is not None for c, m in zip(cells, missing) if not m)
        columns[name] = (missing, cells, numeric)
    return header, len(body), columns


def derive_issues(text):
    header, n, columns = parse_back(text)
    issues = set()

    def number(name, row):
        missing, cells, _ = columns[name]
        return None if missing[row] else parse_number(cells[row])

    def shown(name, row):  # Column::to_string: shortest number text in a numeric column
        missing, cells, numeric = columns[name]
        if missing[row]:
            return ""
        return repr(parse_number(cells[row])) if numeric else cells[row]

    for name in header:
        missing, cells, numeric = columns[name]
        for row in range(n):
            if missing[row]:
                issues.add((row, name, "missing"))
            elif name in CATEGORIES and cells[row] not in CATEGORIES[name]:
                issues.add((row, name, "not_allowed"))
            elif name in NUMERIC:
                value = parse_number(cells[row])
                low, high = NUMERIC[name]
                if value is None:
                    issues.add((row, name, "wrong_type"))
                elif value < low or value > high:
                    issues.add((row, name, "out_of_range"))
    for part, rate in CHARGES:
        for row in range(n):
            minutes = number(f"total_{part}_minutes", row)
            charge = number(f"total_{part}_charge", row)
            if minutes is not None and charge is not None and \
                    abs(charge - rate * minutes) > CHARGE_TOLERANCE:
                issues.add((row, f"total_{part}_charge", "charge_mismatch"))
    for row in range(n):
        messages = number("number_vmail_messages", row)
        plan_missing, plans, _ = columns["voice_mail_plan"]
        if not plan_missing[row] and plans[row] == "no" and messages is not None and messages > 0:
            issues.add((row, "number_vmail_messages", "inconsistent"))
    seen = set()
    for row in range(n):
        key = tuple(shown(name, row) for name in header)
        if key in seen:
            issues.add((row, "*", "duplicate_row"))
        seen.add(key)
    return issues


# ---------------------------------------------------------------------------------------------
# Cases: a sample of real rows, then injections that each state the issues they create.

def sample(rows, pool, seed, size):
    order = list(range(len(rows)))
    random.Random(6100).shuffle(order)  # one fixed permutation shared by every case
    picked = random.Random(seed).sample([order[i] for i in pool], size)
    return [dict(rows[i]) for i in sorted(picked)]


def first(rows, predicate, start=0):
    return next(i for i in range(start, len(rows)) if predicate(rows[i]))


def build_case(case_id, rows):
    size = {"clean-sample": 200, "several-defects": 120}.get(case_id, 80)
    pool = HIDDEN_POOL if case_id == "several-defects" else PUBLIC_POOL
    s = sample(rows, pool, SEEDS[case_id], size)
    issues = set()
    if case_id == "missing-value":
        s[17]["total_eve_calls"] = ""
        issues.add((17, "total_eve_calls", "missing"))
    elif case_id == "wrong-type":
        s[23]["total_night_calls"] = "ninety"  # one word turns the column into text
        issues.add((23, "total_night_calls", "wrong_type"))
        s[51]["total_night_calls"] = " " + s[51]["total_night_calls"] + " "  # decoy: a number
    elif case_id == "out-of-range":
        s[40]["number_customer_service_calls"] = "42"
        issues.add((40, "number_customer_service_calls", "out_of_range"))
        s[12]["number_customer_service_calls"] = "20"  # decoy: the bound itself is fine
    elif case_id == "not-allowed":
        i = first(s, lambda r: r["international_plan"] == "yes")
        s[i]["international_plan"] = "Yes"
        issues.add((i, "international_plan", "not_allowed"))
    elif case_id == "charge-mismatch":
        s[33]["total_day_charge"] = f"{float(s[33]['total_day_charge']) + 10:.2f}"
        issues.add((33, "total_day_charge", "charge_mismatch"))
    elif case_id == "vmail-inconsistent":
        i = first(s, lambda r: r["voice_mail_plan"] == "no", 20)
        s[i]["number_vmail_messages"] = "17"
        issues.add((i, "number_vmail_messages", "inconsistent"))
    elif case_id == "duplicate-row":
        s.append(dict(s[9]))  # the later copy is flagged, the original is not
        issues.add((len(s) - 1, "*", "duplicate_row"))
    elif case_id == "several-defects":
        s[5]["state"] = ""
        issues.add((5, "state", "missing"))
        s[14]["area_code"] = "415"
        issues.add((14, "area_code", "not_allowed"))
        s[22]["total_eve_charge"] = f"{float(s[22]['total_eve_charge']) * 2 + 0.5:.2f}"
        issues.add((22, "total_eve_charge", "charge_mismatch"))
        s[30]["total_intl_calls"] = "three"
        issues.add((30, "total_intl_calls", "wrong_type"))
        # Out of range but consistent: the charge agrees with the minutes, so only one issue.
        s[41]["total_night_minutes"], s[41]["total_night_charge"] = "2000", "90"
        issues.add((41, "total_night_minutes", "out_of_range"))
        i = first(s, lambda r: r["voice_mail_plan"] == "no", 50)
        s[i]["number_vmail_messages"] = "8"
        issues.add((i, "number_vmail_messages", "inconsistent"))
        j = first(s, lambda r: r["voice_mail_plan"] == "yes", 60)
        s[j]["number_vmail_messages"] = "0"  # decoy: a plan with no messages is fine
        s[77]["churn"] = "Yes"
        issues.add((77, "churn", "not_allowed"))
        s[88]["account_length"] = "-4"
        issues.add((88, "account_length", "out_of_range"))
        s.insert(100, dict(s[64]))  # a copy in the middle: row 100 is the later one
        issues = {(r + 1 if r >= 100 else r, c, k) for r, c, k in issues}
        issues.add((100, "*", "duplicate_row"))
    return s, issues


def main():
    header, rows = load()
    if derive_issues(to_csv(header, rows)):
        fail("the real data raises issues under the schema: recalibrate it")
    cases = []
    for case_id in SEEDS:
        s, built = build_case(case_id, rows)
        text = to_csv(header, s)
        derived = derive_issues(text)
        if derived != built:
            fail(f"{case_id}: construction {sorted(built - derived)} vs "
                 f"re-derivation {sorted(derived - built)}")
        cases.append({"id": case_id, "input": {"csv": text},
                      "expected": {"issues": [{"row": r, "column": c, "kind": k}
                                              for r, c, k in sorted(built)]}})
        print(f"{case_id}: {len(s)} rows, {len(built)} issues")
    doc = {"schema_version": 1, "exercise": "checkpoint-1.1", "generated_by": GENERATED_BY,
           "cases": cases}
    OUT.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
