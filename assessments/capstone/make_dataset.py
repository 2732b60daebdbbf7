#!/usr/bin/python3
"""Builds the capstone's card-price data: real card features, a SIMULATED price.

No package ships a market price for Pokémon TCG Pocket cards (the game has no card market), so
the target is simulated from real attributes with the documented formula below and seeded noise.
Every file and column that carries it says "simulated".

Inputs (real, in data/, see data/SOURCES.md):
  data/tcgp_cards.csv  Pokémon TCG Pocket cards with pull rates (npm pokemon-tcg-pocket-database)
  data/pokemon.csv     species stats (npm pokemon-showdown)
Outputs (deterministic: a rerun is byte-identical):
  data/tcgp_prices_simulated_train.csv      public: what learners train on (card columns + price)
  assessments/capstone/holdout.csv          hidden: the same columns for the held-out cards;
                                            never copied to a workspace
  assessments/capstone/dataset_summary.txt  counts and the price's spread, for the README

Price (US dollars, simulated), for cards that come from packs (promos have no pull rate and are
left out):
  log(price) = log(0.10)
             + 0.80 * log(packs_to_pull / 15)       scarcity: real, from the published pull rates
             + 0.45 * is_ex
             + 0.30 * [rarity in IM, UR, SAR]        full-art premium beyond scarcity
             + 0.0035 * (base_total - 420)           species strength (Pokémon cards with a species)
             + 0.50 * is_legendary + 0.35 * is_mythical
             - 0.20 * years between the set's release and 2026-11-01
             + noise,  noise ~ Normal(0, 0.30), numpy default_rng(20261123)
  price = round(exp(log(price)), 2), at least 0.01.
Species stats join on the card's species name: the card name without " ex", a leading "Mega " or
regional adjective (Alolan, Galarian, Hisuian, Paldean) or a trailing Mega " X"/" Y"; cards whose
species is not found (trainers, Rotom and Necrozma formes) take
base_total 420 and no legendary/mythical term. The holdout is a seeded 20% of the cards, stratified
by rarity so every rarity appears in both parts.
"""
import math
import os
import re
import sys

import numpy as np
import pandas as pd

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
SEED = 20261123
REFERENCE_DATE = pd.Timestamp("2026-11-01")
PRICE_COLUMN = "price_usd_simulated"


def species_name(card_name: str) -> str:
    name = re.sub(r" ex$", "", card_name)
    name = re.sub(r"^(Mega |Alolan |Galarian |Hisuian |Paldean )", "", name)
    name = re.sub(r" [XY]$", "", name)
    # pokemon-showdown spells the Nidoran pair without the gender symbols.
    return {"Nidoran♀": "Nidoran-F", "Nidoran♂": "Nidoran-M"}.get(name, name)


def simulated_log_price(cards: pd.DataFrame, species: pd.DataFrame, rng) -> np.ndarray:
    stats = species.set_index("name")
    joined = cards["name"].map(species_name)
    found = joined.isin(stats.index) & (cards["card_type"] == "pokemon")
    base_total = np.where(found, joined.map(stats["base_total"]).fillna(420), 420).astype(float)
    legendary = np.where(found, joined.map(stats["is_legendary"]).fillna(False), False)
    mythical = np.where(found, joined.map(stats["is_mythical"]).fillna(False), False)
    years = (REFERENCE_DATE - pd.to_datetime(cards["set_release_date"])).dt.days / 365.25
    art = cards["rarity"].isin(["IM", "UR", "SAR"]).astype(float)
    packs_to_pull = cards["packs_to_pull"].astype(float)
    is_ex = (cards["is_ex"] == "true").astype(float)
    log_price = (math.log(0.10) + 0.80 * np.log(packs_to_pull / 15.0) + 0.45 * is_ex + 0.30 * art
                 + 0.0035 * (base_total - 420) + 0.50 * legendary.astype(float)
                 + 0.35 * mythical.astype(float) - 0.20 * years)
    return log_price.to_numpy() + rng.normal(0.0, 0.30, len(cards))


def stratified_holdout(cards: pd.DataFrame, rng, fraction=0.2) -> np.ndarray:
    held = np.zeros(len(cards), dtype=bool)
    for _, rows in cards.groupby("rarity", sort=True).indices.items():
        rows = np.sort(rows)
        take = max(1, int(round(fraction * len(rows))))
        held[rng.choice(rows, size=take, replace=False)] = True
    return held


def main() -> int:
    # As text, so every card column is written back exactly as read (stage "1", not "1.0").
    cards = pd.read_csv(os.path.join(ROOT, "data", "tcgp_cards.csv"), dtype=str,
                        keep_default_na=False)
    species = pd.read_csv(os.path.join(ROOT, "data", "pokemon.csv"))
    cards = cards[cards["packs_to_pull"] != ""].reset_index(drop=True)
    rng = np.random.default_rng(SEED)
    price = np.maximum(np.round(np.exp(simulated_log_price(cards, species, rng)), 2), 0.01)
    cards[PRICE_COLUMN] = price
    held = stratified_holdout(cards, rng)
    train, holdout = cards[~held], cards[held]
    train.to_csv(os.path.join(ROOT, "data", "tcgp_prices_simulated_train.csv"), index=False,
                 lineterminator="\n")
    out_dir = os.path.dirname(os.path.abspath(__file__))
    holdout.to_csv(os.path.join(out_dir, "holdout.csv"), index=False, lineterminator="\n")
    with open(os.path.join(out_dir, "dataset_summary.txt"), "w") as f:
        f.write(f"cards from packs: {len(cards)}; train {len(train)}, holdout {len(holdout)}\n")
        q = np.quantile(price, [0.0, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0])
        f.write("price_usd_simulated quantiles (0, 25, 50, 75, 90, 99, 100%): "
                + ", ".join(f"{v:.2f}" for v in q) + "\n")
        f.write("std of log(price): %.3f (noise alone: 0.300)\n" % np.log(price).std())
    print(open(os.path.join(out_dir, "dataset_summary.txt")).read(), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
