"""Builds the checkpoint cases of exercise 2.1 (feature engineering) from real Pokémon data.

Each case is a random sample of real rows of data/pokemon.csv; the edge-case cases then write
zeros, blanks and absurd values (0, -5, 300, 1e308, inf, nan) into chosen cells, each edit named
in a comment. Expected features are computed here, in plain Python, from the final CSV text and
the rules of exercises/02-eda-features/features.hpp (never from the C++ solution).

Deterministic: fixed seeds, Python 3 stdlib only.
Usage: python3 assessments/exercises/2.1/generate_cases.py   (writes cases.json beside itself)
"""

import csv
import io
import json
import math
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
DATA = ROOT / "data" / "pokemon.csv"
OUT = HERE / "cases.json"
GENERATED_BY = "assessments/exercises/2.1/generate_cases.py"

COLUMNS = ["num", "name", "type1", "type2", "hp", "attack", "defense", "sp_attack", "sp_defense",
           "speed", "height_m", "weight_kg"]
STATS = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed"]
TYPES = ["Bug", "Dark", "Dragon", "Electric", "Fairy", "Fighting", "Fire", "Flying", "Ghost",
         "Grass", "Ground", "Ice", "Normal", "Poison", "Psychic", "Rock", "Steel", "Water"]
MISSING_MARKERS = {"", "NA", "N/A", "NaN", "null"}  # mlcore::CsvOptions defaults + empty cell
STAT_RANGE, HEIGHT_RANGE, WEIGHT_RANGE = (0.0, 255.0), (0.1, 20.0), (0.0, 1000.0)
SEEDS = {"real-sample": 2101, "zeros": 2102, "missing": 2103, "extremes": 2104,
         "mixed-hidden": 2105}


def fail(message):
    sys.exit(f"generate_cases.py: {message}")


def load_real_rows():
    with open(DATA, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != 1025:
        fail(f"{DATA}: expected 1025 rows, got {len(rows)}")
    if sorted({r["type1"] for r in rows}) != TYPES:
        fail("the real type1 values are not the 18 types of features.hpp")
    return [{c: row[c] for c in COLUMNS} for row in rows]


def csv_cell(text):
    if any(ch in text for ch in ',"\r\n') or text != text.strip():
        return '"' + text.replace('"', '""') + '"'
    return text


def to_csv(rows):
    lines = [",".join(COLUMNS)] + [",".join(csv_cell(r[c]) for c in COLUMNS) for r in rows]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# The rules of features.hpp, applied to the CSV text as mlcore::parse_csv would read it.

def usable(text, bounds):
    """The clipped value of a present, finite number; None for missing cells, inf and nan."""
    if text in MISSING_MARKERS:
        return None
    value = float(text)  # every numeric cell of every case is a number (checked in derive)
    if not math.isfinite(value):
        return None
    return min(max(value, bounds[0]), bounds[1])


def features_of(row):
    s = {name: usable(row[name], STAT_RANGE) for name in STATS}
    attack, defense = s["attack"], s["defense"]
    power = 1.0 if attack is None or defense is None else attack / max(defense, 1.0)
    four = [s["attack"], s["defense"], s["sp_attack"], s["sp_defense"]]
    if any(v is None for v in four):
        balance = 0.0
    else:
        physical, special = four[0] + four[1], four[2] + four[3]
        total = physical + special
        balance = (physical - special) / total if total > 0 else 0.0
    weight, height = usable(row["weight_kg"], WEIGHT_RANGE), usable(row["height_m"], HEIGHT_RANGE)
    bulk = 0.0 if weight is None or height is None else weight / height
    values = [v for v in s.values() if v is not None]
    if len(values) < 2:
        spread = 0.0
    else:
        mean = sum(values) / len(values)
        spread = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    types = [1.0 if row["type1"] == t or row["type2"] == t else 0.0 for t in TYPES]
    return power, balance, bulk, spread, types


def derive(csv_text):
    records = list(csv.reader(io.StringIO(csv_text, newline="")))
    header, body = records[0], records[1:]
    rows = [dict(zip(header, r)) for r in body]
    for row in rows:
        for name in STATS + ["height_m", "weight_kg"]:
            if row[name] not in MISSING_MARKERS:
                float(row[name])  # raises: a column the reader would type as text
    out = {"power_ratio": [], "physical_special_balance": [], "weight_per_height": [],
           "stat_spread": [], "types": []}
    for row in rows:
        power, balance, bulk, spread, types = features_of(row)
        for key, value in zip(list(out)[:4], (power, balance, bulk, spread)):
            if not math.isfinite(value):
                fail(f"expected feature {key} is not finite: {value}")
            out[key].append(value)
        out["types"].append(types)
    return out


# --------------------------------------------------------------------------------------------
# Cases.

class Case:
    def __init__(self, case_id, real_rows, size):
        self.id = case_id
        self.rng = random.Random(SEEDS[case_id])
        sample = self.rng.sample(real_rows, size)
        self.rows = [dict(r) for r in sorted(sample, key=lambda r: int(r["num"]))]
        self.next_row = 0

    def edit(self, **cells):
        """Writes the given cells into the next untouched row (rows are used in order)."""
        if self.next_row >= len(self.rows):
            fail(f"{self.id}: more edits than rows")
        self.rows[self.next_row].update(cells)
        self.next_row += 1

    def build(self):
        text = to_csv(self.rows)
        return {"id": self.id, "input": {"csv": text}, "expected": derive(text)}


def case_real_sample(real_rows):
    return Case("real-sample", real_rows, 40).build()  # untouched real rows


def case_zeros(real_rows):
    c = Case("zeros", real_rows, 10)
    c.edit(defense="0")                                  # power_ratio divides by 1
    c.edit(attack="0", defense="0")                      # 0 / 1 = 0
    c.edit(height_m="0")                                 # height clipped to 0.1
    c.edit(weight_kg="0")                                # 0 kg per metre
    c.edit(**{s: "0" for s in STATS})                    # P + S == 0, spread 0, ratio 0
    c.edit(attack="0", defense="0", sp_attack="0", sp_defense="0")  # P + S == 0
    c.edit(sp_attack="0", sp_defense="0")                # balance +1
    c.edit(attack="0", defense="0", height_m="0", weight_kg="0")
    return c.build()


def case_missing(real_rows):
    c = Case("missing", real_rows, 12)
    c.edit(attack="")                                    # ratio 1, balance 0, spread of 5
    c.edit(defense="NA")                                 # a missing marker, not text
    c.edit(sp_defense="")                                # balance 0 only
    c.edit(height_m="")                                  # weight_per_height 0
    c.edit(weight_kg="NaN")                              # "NaN" is a missing marker
    c.edit(hp="", attack="", defense="", sp_attack="", sp_defense="")  # one usable stat: spread 0
    c.edit(**{s: "" for s in STATS})                     # no stats at all
    c.edit(type1="", type2="")                           # no types
    c.edit(type2="")                                     # one type left
    return c.build()


def case_extremes(real_rows):
    c = Case("extremes", real_rows, 12)
    c.edit(attack="1e308")                               # clipped to 255
    c.edit(defense="-5")                                 # clipped to 0, divides by 1
    c.edit(sp_attack="300", speed="1000")                # clipped to 255
    c.edit(hp="inf")                                     # unusable: left out of the spread
    c.edit(attack="nan")                                 # a present NaN: unusable
    c.edit(defense="-inf", sp_defense="inf")             # both unusable
    c.edit(defense="1e-300")                             # tiny, divides by 1
    c.edit(weight_kg="1e6", height_m="1e-9")             # 1000 / 0.1
    c.edit(height_m="-inf")                              # unusable
    c.edit(weight_kg="-3", height_m="50")                # 0 / 20
    c.edit(type1="fire", type2=" Water")                 # not exact: no types
    c.edit(type1="Dragon", type2="Dragon")               # one type, once
    return c.build()


def case_mixed_hidden(real_rows):
    c = Case("mixed-hidden", real_rows, 30)
    c.edit(defense="0", weight_kg="")
    c.edit(attack="1e308", sp_defense="nan")
    c.edit(height_m="0", hp="")
    c.edit(**{s: "0" for s in ["attack", "defense", "sp_attack", "sp_defense"]}, speed="inf")
    c.edit(type1="Ghost ", type2="")
    c.edit(defense="-5", speed="-1e308")
    c.edit(weight_kg="inf", sp_attack="")
    c.edit(hp="", attack="", defense="", sp_attack="", sp_defense="", speed="200")
    c.edit(type2="Steel", height_m="1e-300")
    return c.build()


def main():
    real_rows = load_real_rows()
    builders = [case_real_sample, case_zeros, case_missing, case_extremes, case_mixed_hidden]
    cases = [build(real_rows) for build in builders]
    document = {"schema_version": 1, "exercise": "2.1", "generated_by": GENERATED_BY,
                "cases": cases}
    OUT.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for case in cases:
        print(f"{case['id']}: {len(case['expected']['power_ratio'])} rows")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
