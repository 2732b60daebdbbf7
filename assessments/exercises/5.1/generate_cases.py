"""Builds the cases of exercise 5.1 (a validating inference function).

Valid batches are real species (data/pokemon.csv) as request records; their expected labels and
probabilities come from scikit-learn's fit of the module's model (../inference_data.py). Invalid
batches are real records with one planted defect each (a field removed or set to null, a number
sent as text, a value outside the documented range, a color the model never saw, an empty or
oversized batch); their expected errors are the planted defects, listed by (record, field, kind).
The ranges below are the ones the exercise header documents; the script checks every species
passes them. Deterministic. Usage: /usr/bin/python3 assessments/exercises/5.1/generate_cases.py
"""

import copy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import inference_data as m  # noqa: E402

SCRIPT = "assessments/exercises/5.1/generate_cases.py"
RANGES = {**{s: (1, 255) for s in m.NUMERIC[:6]}, "height_m": (0.1, 100), "weight_kg": (0.1, 1000)}
MAX_BATCH = 64


def valid_case(case_id, model, artifact, frame):
    proba = model.predict_proba(frame)
    return {"id": case_id,
            "input": {"model": artifact, "records": [m.record(r) for _, r in frame.iterrows()]},
            "expected": {"labels": [m.CLASSES[i] for i in proba.argmax(axis=1)],
                         "probabilities": [[float(v) for v in row] for row in proba],
                         "errors": []}}


def error_case(case_id, artifact, records, errors):
    return {"id": case_id, "input": {"model": artifact, "records": records},
            "expected": {"errors": [{"record": r, "field": f, "kind": k} for r, f, k in errors],
                         "labels": []}}


def main():
    data = m.load()
    for name, (low, high) in RANGES.items():
        if not data[name].between(low, high).all():
            m.fail(SCRIPT, f"a species is outside the documented range of {name}")
    model = m.StarterTypeModel(data)
    artifact = model.artifact()
    shuffled = data.sample(frac=1.0, random_state=51)
    base = [m.record(r) for _, r in shuffled.iloc[100:200].iterrows()]

    def batch(start, n=5):
        return copy.deepcopy(base[start:start + n])

    cases = [valid_case("valid-batch", model, artifact, shuffled.iloc[:40]),
             valid_case("valid-batch-hidden", model, artifact, shuffled.iloc[40:64])]

    b = batch(0)
    del b[1]["speed"]
    b[3]["color"] = None
    cases.append(error_case("missing-field", artifact, b,
                            [(1, "speed", "missing_field"), (3, "color", "missing_field")]))
    b = batch(5)
    b[0]["hp"] = str(b[0]["hp"])
    b[2]["color"] = 7
    b[4]["weight_kg"] = True
    cases.append(error_case("wrong-type", artifact, b,
                            [(0, "hp", "wrong_type"), (2, "color", "wrong_type"),
                             (4, "weight_kg", "wrong_type")]))
    b = batch(10)
    b[0]["attack"] = 0
    b[1]["speed"] = 300
    b[3]["height_m"] = 0
    b[4]["weight_kg"] = 1500.5
    cases.append(error_case("out-of-range", artifact, b,
                            [(0, "attack", "out_of_range"), (1, "speed", "out_of_range"),
                             (3, "height_m", "out_of_range"), (4, "weight_kg", "out_of_range")]))
    b = batch(15)
    b[1]["color"] = "Orange"
    b[2]["color"] = b[2]["color"].lower()
    cases.append(error_case("unknown-category", artifact, b,
                            [(1, "color", "unknown_category"), (2, "color", "unknown_category")]))
    cases.append(error_case("empty-batch", artifact, [], [(0, "", "empty_batch")]))
    cases.append(error_case("oversized-batch", artifact, copy.deepcopy(base[:MAX_BATCH + 1]),
                            [(0, "", "batch_too_large")]))
    cases.append(valid_case("full-batch-ok", model, artifact, shuffled.iloc[100:100 + MAX_BATCH]))
    # Hidden: several defects of different kinds in one batch, next to valid records, and a
    # record with two problems (both must be reported).
    b = batch(20, 8)
    del b[0]["defense"]
    b[2]["sp_attack"] = "95"
    b[2]["color"] = "Teal"
    b[5]["sp_defense"] = -1
    b[7]["height_m"] = None
    cases.append(error_case("mixed-defects", artifact, b,
                            [(0, "defense", "missing_field"), (2, "sp_attack", "wrong_type"),
                             (2, "color", "unknown_category"), (5, "sp_defense", "out_of_range"),
                             (7, "height_m", "missing_field")]))
    m.write(HERE, "5.1", SCRIPT, cases)
    print(f"{len(cases)} cases; valid-batch labels: "
          f"{ {c: cases[0]['expected']['labels'].count(c) for c in m.CLASSES} }")


if __name__ == "__main__":
    main()
