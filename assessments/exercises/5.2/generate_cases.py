"""Builds the cases of exercise 5.2 (fast inference with identical predictions).

Rows are real species (data/pokemon.csv) as the harness's Species (8 numbers and a color); the
harness repeats them `repeat` times and serves them in requests of `request_size` rows. Expected
labels (one initial per row: F, G, W) and probabilities come from scikit-learn's fit of the
module's model (../inference_data.py). The `*-slow` cases run the header's SlowPredictor: they
are the speedup check's baselines, sized so that the slow version takes well over 0.2 s of CPU.
Deterministic. Usage: /usr/bin/python3 assessments/exercises/5.2/generate_cases.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import inference_data as m  # noqa: E402

SCRIPT = "assessments/exercises/5.2/generate_cases.py"


def main():
    data = m.load()
    model = m.StarterTypeModel(data)
    artifact = model.artifact()
    initials = "".join(m.CLASSES[i][0] for i in model.predict(data))
    proba = model.predict_proba(data)
    every = [m.record(r) for _, r in data.iterrows()]
    reverse = data.iloc[::-1]
    reverse_initials = "".join(m.CLASSES[i][0] for i in model.predict(reverse))

    def case(case_id, species, labels, repeat, request_size, implementation="fast",
             probabilities=None):
        expected = {"labels": labels * repeat, "rows": len(species) * repeat}
        if probabilities is not None:  # the harness then answers with names
            expected["labels"] = [m.CLASSES["FGW".index(c)] for c in labels]
            expected["probabilities"] = probabilities
        return {"id": case_id,
                "input": {"model": artifact, "species": species, "repeat": repeat,
                          "request_size": request_size, "implementation": implementation,
                          "with_probabilities": probabilities is not None},
                "expected": expected}

    cases = [
        case("all-species", every, initials, 1, 100,
             probabilities=[[float(v) for v in row] for row in proba]),
        case("bulk", every, initials, 20, 1000),
        case("bulk-slow", every, initials, 20, 1000, implementation="slow"),
        case("single-requests", every, initials, 20, 1),
        case("single-requests-slow", every, initials, 20, 1, implementation="slow"),
        case("reversed-odd-batches", [m.record(r) for _, r in reverse.iterrows()],
             reverse_initials, 3, 37),
    ]
    m.write(HERE, "5.2", SCRIPT, cases)
    print(f"{len(cases)} cases; labels: { {c: initials.count(c[0]) for c in m.CLASSES} }")


if __name__ == "__main__":
    main()
