// Exercise 1.2 — Reproducible loading.
//
// A training run is reproducible only if loading the data is: the same upstream file must give
// the same table, byte for byte, every time and whatever order the rows or columns arrive in.
// You turn a messy loader (reproducible_loading.cpp) into one that keeps this contract. This
// header is the contract the grader tests against: read it, do not edit it.
//
// The upstream file is a CSV export of Pokémon species (the columns of data/pokemon.csv, maybe
// more, in any order). The loader returns the canonical table below. The grader writes your table
// back with mlcore::to_csv and compares the bytes, and compares each column's name and type.
#pragma once

#include <stdexcept>
#include <string_view>

#include "mlcore/table.hpp"

namespace ex {

// Thrown when the upstream file lacks a column the canonical table needs.
class SchemaError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The canonical table, column by column, in this order, with these types:
//
//   num           numeric       national dex number
//   name          categorical
//   type1         categorical
//   type2         categorical   missing for single-typed species
//   hp, attack, defense, sp_attack, sp_defense, speed
//                 numeric       base stats
//   generation    numeric
//   height_m      numeric
//   weight_kg     numeric
//   is_legendary  boolean
//
// The contract, precisely:
//
// 1. Schema first. Before any value is used, check that the header holds every canonical column
//    (by name, exactly). If any is absent, throw SchemaError whose message names each absent
//    column, e.g. "upstream file lacks column(s): weight_kg". Columns may arrive in any order;
//    columns not listed above are dropped.
// 2. Typed parsing. Column types are the ones above, never inferred from the batch: a batch in
//    which every type2 cell is blank still has a categorical type2 (force the types with
//    mlcore::CsvOptions::types).
// 3. Explicit missing values. A cell that mlcore::parse_csv reads as missing (empty, "NA", "N/A",
//    "NaN", "null") stays missing in the result: never 0, never "None".
// 4. Stable order. Rows are sorted by num ascending, ties broken by name (byte-wise). Inputs never
//    have a missing num.
// 5. Nothing else. No extra columns (no load timestamps, no row ids): the same file must give
//    the same bytes in any process, at any time.
mlcore::Table load_species(std::string_view csv_text);

}  // namespace ex
