"""Shared data preparation for the cases of checkpoint exam 2 (credit risk): checkpoint-2.1..3.

The data: data/credit.csv (modeldata's `credit_data`, 4454 loan applicants, MIT; see
data/SOURCES.md). The target is `Status`; the positive class is "bad" (1254 rows, 28%): the loans
the lender wants to catch. Features are the thirteen other columns as published, missing values
included (Income 381, Assets 47, Debt 18, Home 6, Job 2, Marital 1).

The rows are split once, stratified, into DEVELOPMENT rows (80%) and a HIDDEN HOLDOUT (20%, 891
rows whose labels appear only in `expected`). Every case samples its rows from one of the two,
small enough that a whole grade takes a few seconds of CPU.

The preprocessing every generator uses is what mlcore's default TablePreprocessor does with the
inferred columns (scikit-learn's equivalent, PREPROCESS): numeric and boolean columns -> mean
imputation -> standard scaling; text columns -> one-hot encoding with a missing cell as its own
category ("nan") and unknown categories ignored. mlcore's models reproduce scikit-learn 1.2's, so
bars and expected values are computed here with scikit-learn. Needs /usr/bin/python3
(scikit-learn 1.2.1, pandas).
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent))
from model_development_data import fail, write  # noqa: E402,F401  (shared case-file helpers)

ROOT = Path(__file__).resolve().parents[2]
TARGET = "Status"
NUMERIC = ["Seniority", "Time", "Age", "Expenses", "Income", "Assets", "Debt", "Amount", "Price"]
CATEGORICAL = ["Home", "Marital", "Records", "Job"]
FEATURES = ["Seniority", "Home", "Time", "Age", "Marital", "Records", "Job", "Expenses", "Income",
            "Assets", "Debt", "Amount", "Price"]  # the CSV's order
HOLDOUT_SEED = 62  # train_test_split random_state of the development/holdout split


def load():
    """(features data frame, y as 0/1 ints with 1 = bad) for all 4454 applicants."""
    data = pd.read_csv(ROOT / "data" / "credit.csv", keep_default_na=False, na_values=[""])
    if len(data) != 4454 or list(data.columns) != [TARGET] + FEATURES:
        sys.exit(f"credit_data.py: unexpected shape of data/credit.csv: {data.shape}")
    y = (data[TARGET] == "bad").astype(int).to_numpy()
    return data[FEATURES].reset_index(drop=True), y


def development_and_holdout(y):
    """(development rows, hidden holdout rows), stratified 80/20."""
    rows = np.arange(len(y))
    return train_test_split(rows, test_size=0.2, random_state=HOLDOUT_SEED, stratify=y)


def sample(rows, y, size, seed):
    """A stratified sample of `size` of `rows` (sorted, so cases keep the file's order)."""
    picked, _ = train_test_split(rows, train_size=size, random_state=seed, stratify=y[rows])
    return np.sort(picked)


def preprocess():
    """mlcore's default TablePreprocessor on these columns, in scikit-learn."""
    categorical = make_pipeline(SimpleImputer(strategy="constant", fill_value="nan"),
                                OneHotEncoder(handle_unknown="ignore"))
    numeric = make_pipeline(SimpleImputer(strategy="mean"), StandardScaler())
    return ColumnTransformer([("num", numeric, NUMERIC), ("cat", categorical, CATEGORICAL)])


def logistic():
    """The preprocessing, then LogisticRegression(C=1): a pipeline fitted on training rows only."""
    return Pipeline([("prep", preprocess()), ("model", LogisticRegression(C=1.0, max_iter=1000))])


def csv_text(frame):
    """The rows as CSV text the way data/credit.csv writes them (missing cells empty)."""
    out = frame.copy()
    for column in NUMERIC:  # integers stay integers ("73", not "73.0"); missing stays empty
        out[column] = out[column].map(lambda v: "" if pd.isna(v) else
                                      (str(int(v)) if float(v).is_integer() else repr(float(v))))
    return out.to_csv(index=False, lineterminator="\n")
