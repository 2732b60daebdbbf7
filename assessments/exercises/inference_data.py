"""Shared data and model for module 5 (inference & monitoring): 5.1, 5.2, 5.3, 5.C.

The module serves one fixed model, the "starter type" classifier: is a species' primary type
Fire, Grass or Water (labels 0, 1, 2 = CLASSES)? It is fitted here, once, on the 303 species of
data/pokemon.csv whose type1 is one of the three: the eight numeric NUMERIC features standardized
(StandardScaler, whose mean and scale travel with the model) followed by a one-hot of `color` in
COLORS order, into scikit-learn's LogisticRegression(C=1, lbfgs). mlcore's LogisticRegression
predicts with the same arithmetic, so the model is written in mlcore's model file format
(model_artifact) and every expected prediction is computed here with scikit-learn.

Needs /usr/bin/python3 (scikit-learn 1.2.1, pandas). Deterministic.
"""

import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[2]
NUMERIC = ["hp", "attack", "defense", "sp_attack", "sp_defense", "speed", "height_m", "weight_kg"]
COLORS = ["Black", "Blue", "Brown", "Gray", "Green", "Pink", "Purple", "Red", "White", "Yellow"]
CLASSES = ["Fire", "Grass", "Water"]


def fail(script, message):
    sys.exit(f"{script}: {message}")


def load():
    """All 1025 species as a data frame (real data, data/SOURCES.md)."""
    data = pd.read_csv(ROOT / "data" / "pokemon.csv", keep_default_na=False,
                       na_values={"type2": [""]})
    if len(data) != 1025 or sorted(data["color"].unique()) != COLORS:
        sys.exit("inference_data.py: data/pokemon.csv is not the expected 1025 species")
    return data


def raw_features(frame):
    """Numeric columns as given, then the color one-hot (the learner's feature row, unscaled)."""
    onehot = (frame["color"].to_numpy()[:, None] == np.array(COLORS)[None, :]).astype(float)
    return np.hstack([frame[NUMERIC].to_numpy(float), onehot])


class StarterTypeModel:
    """Scaler on the numeric columns + multinomial logistic regression, fitted on all 303
    Fire/Grass/Water species."""

    def __init__(self, data):
        train = data[data["type1"].isin(CLASSES)]
        X = raw_features(train)
        y = train["type1"].map(CLASSES.index).to_numpy()
        self.scaler = StandardScaler().fit(X[:, :len(NUMERIC)])
        self.classifier = LogisticRegression(C=1.0, max_iter=1000).fit(self.scaled(X), y)
        self.n_samples = len(y)

    def scaled(self, X):
        X = np.array(X, dtype=float)
        X[:, :len(NUMERIC)] = self.scaler.transform(X[:, :len(NUMERIC)])
        return X

    def predict_proba(self, frame):
        return self.classifier.predict_proba(self.scaled(raw_features(frame)))

    def predict(self, frame):
        """Label indices, ties to the smallest label (argmax), as mlcore."""
        return np.argmax(self.predict_proba(frame), axis=1)

    def artifact(self):
        """The model as the harnesses receive it: mlcore's logistic_regression file (as a JSON
        object) plus the scaler's mean and scale."""
        coef = self.classifier.coef_
        classifier = {
            "format_version": 1, "model": "logistic_regression",
            "metadata": {"feature_names": NUMERIC + [f"color={c}" for c in COLORS],
                         "target": "type1 (0 Fire, 1 Grass, 2 Water)",
                         "n_samples": self.n_samples, "trained_at": "", "metrics": {}},
            "params": {"C": 1.0, "fit_intercept": True, "tol": 1e-4, "max_iter": 1000,
                       "n_threads": 1, "class_weight": "none"},
            "state": {"classes": [0.0, 1.0, 2.0],
                      "coef": {"rows": int(coef.shape[0]), "cols": int(coef.shape[1]),
                               "data": [float(v) for v in coef.reshape(-1)]},
                      "intercept": [float(v) for v in self.classifier.intercept_],
                      "n_iter": int(self.classifier.n_iter_[0]), "n_fev": 0, "objective": 0.0,
                      "converged": True, "convergence_warning": ""}}
        return {"classifier": classifier, "mean": [float(v) for v in self.scaler.mean_],
                "scale": [float(v) for v in self.scaler.scale_]}


def record(row):
    """One species as a request record: the model's fields with their JSON types."""
    out = {}
    for name in NUMERIC:
        value = float(row[name])
        out[name] = int(value) if value.is_integer() else value
    out["color"] = str(row["color"])
    return out


def write(here, exercise, script, cases):
    document = {"schema_version": 1, "exercise": exercise, "generated_by": script,
                "cases": cases}
    (here / "cases.json").write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
