"""Builds the cases of challenge 5.C (production incident) and the evidence it quotes.

The incidents are scenarios: no real service failed. The shipped "2.0" service in the challenge
has three planted faults, each behind one alert:
  latency      the model file is parsed for every row (cause: model_reloaded_per_request)
  confidence   softmax applied again to the probabilities (cause: probabilities_transformed_twice)
  all Fire     the scaler is skipped, raw numbers reach a model trained on standardized ones
               (cause: training_serving_skew)
Rows are real species (data/pokemon.csv). Expected types and probabilities come from
scikit-learn's fit of the module's model (../inference_data.py). This script also computes, with
the same faults reproduced in numpy, the figures the evidence quotes (evidence.txt), and stops
unless each fault produces its symptom. Deterministic.
Usage: /usr/bin/python3 assessments/exercises/5.C/generate_cases.py
"""

import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import inference_data as m  # noqa: E402

SCRIPT = "assessments/exercises/5.C/generate_cases.py"
CAUSES = {"latency_cause": "model_reloaded_per_request",
          "confidence_cause": "probabilities_transformed_twice",
          "fire_cause": "training_serving_skew"}


def softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def main():
    data = m.load()
    model = m.StarterTypeModel(data)
    artifact = model.artifact()
    shuffled = data.sample(frac=1.0, random_state=57)
    visible, hidden = shuffled.iloc[:200], shuffled.iloc[200:]

    # The faults, reproduced to measure their symptoms on all 1025 species.
    proba = model.predict_proba(data)
    twice = softmax(proba)
    raw = model.classifier.predict(m.raw_features(data))  # the scaler skipped
    fire_share_raw = float(np.mean(raw == 0))
    fire_share = float(np.mean(proba.argmax(axis=1) == 0))
    lines = ["# Challenge 5.C evidence (written by generate_cases.py; do not edit)",
             f"offline: share of confidence >= 0.6: {np.mean(proba.max(axis=1) >= 0.6):.3f}, "
             f"median confidence {np.median(proba.max(axis=1)):.3f}",
             f"softmax applied twice: max confidence {twice.max():.3f}, median "
             f"{np.median(twice.max(axis=1)):.3f}",
             f"share of Fire predictions: correct features {fire_share:.3f}, scaler skipped "
             f"{fire_share_raw:.3f}"]
    trained = data[data["type1"].isin(m.CLASSES)]
    weight = model.scaler.transform(trained[m.NUMERIC].to_numpy(float))[:, m.NUMERIC.index("weight_kg")]
    lines.append(f"weight_kg as the classifier saw it in training: {weight.min():.2f} .. "
                 f"{weight.max():.2f}")
    print("\n".join(lines))
    if twice.max() >= 0.6 or fire_share_raw < 0.9 or fire_share > 0.5:
        m.fail(SCRIPT, "a planted fault no longer produces its alert's symptom")
    (HERE / "evidence.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def case(case_id, frame, repeat=1, request_size=50, implementation="learner"):
        p = model.predict_proba(frame)
        names = [m.CLASSES[i] for i in p.argmax(axis=1)]
        # The harness answers with names for single passes, initials (F, G, W) for replays.
        labels = names if repeat == 1 else "".join(n[0] for n in names)
        return {"id": case_id,
                "input": {"model": artifact, "species": [m.record(r) for _, r in frame.iterrows()],
                          "repeat": repeat, "request_size": request_size,
                          "implementation": implementation},
                "expected": {"labels": labels * repeat, "cards": len(frame) * repeat,
                             "probabilities": [[float(v) for v in row] for row in p] * repeat,
                             "confidence": [float(v) for v in p.max(axis=1)] * repeat,
                             **CAUSES}}

    cases = [case("traffic", visible), case("traffic-hidden", hidden),
             case("replay", data, 40, 1), case("replay-shipped", data, 40, 1, "shipped")]
    # The replay cases are judged on labels only: keep their files small.
    for c in cases[2:]:
        del c["expected"]["probabilities"], c["expected"]["confidence"]
    m.write(HERE, "5.C", SCRIPT, cases)


if __name__ == "__main__":
    main()
