#!/usr/bin/python3
"""Golden values for `course ml train/predict` on real data, computed by scikit-learn 1.2.

Run by hand with Debian's python3-sklearn (/usr/bin/python3 tests/golden/cli/generate.py); the
e2e test tests/e2e/ml_cli.sh compares the CLI's predictions with pokemon_logreg.json.

The pipeline mirrors what `course ml train` does (docs in src/course/ml/model_workflow.cpp):
features are every column but the target, minus identifier-like text columns (all values
distinct: `name`); numeric and boolean columns -> median imputation -> StandardScaler; text
columns -> OneHotEncoder(handle_unknown="ignore") with a missing cell as category "nan";
numeric block first. Model: LogisticRegression(C=1, lbfgs, tol=1e-4, max_iter=100).
"""
import json
import pathlib

import numpy as np
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

ROOT = pathlib.Path(__file__).resolve().parents[3]
OUT = pathlib.Path(__file__).resolve().parent


def load():
    df = pd.read_csv(ROOT / "data" / "pokemon.csv", keep_default_na=False, na_values=[""])
    for col in ("is_legendary", "is_mythical"):  # booleans enter models as 0/1
        df[col] = df[col].astype(str).str.lower().map({"true": 1.0, "false": 0.0})
    return df


def split_columns(df, target):
    numeric, categorical = [], []
    for col in df.columns:
        if col == target:
            continue
        if df[col].dtype == object:
            if df[col].nunique(dropna=False) == len(df):  # identifier: left out
                continue
            categorical.append(col)
        else:
            numeric.append(col)
    return numeric, categorical


def pipeline(numeric, categorical, model):
    pre = ColumnTransformer([
        ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), numeric),
        ("cat", OneHotEncoder(handle_unknown="ignore"), categorical),
    ], sparse_threshold=0)  # dense: Ridge then solves exactly (cholesky), like mlcore
    return Pipeline([("pre", pre), ("model", model)])


def main():
    df = load()
    for col in ("type2",):
        df[col] = df[col].fillna("nan")
    cases = {}
    target = "is_legendary"
    numeric, categorical = split_columns(df, target)
    y = df[target].map({1.0: "true", 0.0: "false"})
    pipe = pipeline(numeric, categorical, LogisticRegression(C=1.0, max_iter=100, tol=1e-4))
    pipe.fit(df[numeric + categorical], y)
    proba = pipe.predict_proba(df[numeric + categorical])
    cases["logreg_is_legendary"] = {
        "target": target, "classes": list(pipe.classes_), "numeric": numeric, "categorical": categorical,
        "proba": proba.tolist(), "predictions": list(pipe.predict(df[numeric + categorical])),
    }
    target = "weight_kg"
    numeric, categorical = split_columns(df, target)
    pipe = pipeline(numeric, categorical, Ridge(alpha=1.0))
    pipe.fit(df[numeric + categorical], df[target])
    cases["ridge_weight_kg"] = {
        "target": target, "numeric": numeric, "categorical": categorical,
        "predictions": pipe.predict(df[numeric + categorical]).tolist(),
    }
    doc = {"generated_by": "tests/golden/cli/generate.py", "sklearn": sklearn.__version__,
           "data": "data/pokemon.csv (real)", "cases": cases}
    (OUT / "pokemon_pipelines.json").write_text(json.dumps(doc, indent=1) + "\n")


if __name__ == "__main__":
    main()
