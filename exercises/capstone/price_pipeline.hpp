// Capstone — Pokémon card price predictor. This header is the contract: read it, do not edit it
// (the grader compiles your price_pipeline.cpp against the course's copy).
//
// You write one file, price_pipeline.cpp, with five functions: the whole path from a raw table to
// a served prediction. The grader (harnesses/capstone/price_pipeline_harness.cpp) calls them:
//
//   validate_cards      data engineering: typed issues for a raw table
//   fit_features        feature engineering: learn what the features need, from training rows only
//   transform_features  turn any rows (training, holdout, one served record) into a matrix
//   train_pipeline      model development: >= 3 candidate models, K-fold CV, keep the best
//   predict_log_prices  evaluation: the kept model's log-price predictions for a table
//   predict_price       deployment: one record in, a price or a typed error out, never a crash
//
// The target, price_usd_simulated, is SIMULATED: Pokémon TCG Pocket has no card market, so
// assessments/capstone/make_dataset.py computes a price from the real card attributes with a
// documented formula and seeded noise (data/SOURCES.md). Models predict its natural log.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "mlcore/csv.hpp"
#include "mlcore/linalg.hpp"
#include "mlcore/table.hpp"

namespace capstone {

// The target column (US dollars, simulated). Training tables have it; rows to score may not.
inline const char* const kTarget = "price_usd_simulated";

// ---- The card schema (provided) -------------------------------------------------------------
// Every field a record carries and a table's rows are validated on. A table may have more
// columns (set_name, evolves_from, packs, copies_per_1000_packs, the target): validation ignores
// them; features may use them.
//
// | field            | required | type                    | allowed values                      |
// | set              | yes      | text                    | known_sets()                        |
// | set_release_date | yes      | date YYYY-MM-DD         | any                                 |
// | number           | yes      | whole number            | >= 1                                |
// | name             | yes      | text                    | any                                 |
// | card_type        | yes      | text                    | known_card_types()                  |
// | rarity           | yes      | text                    | known_rarities()                    |
// | element          | no       | text                    | known_elements() (blank: trainers)  |
// | stage            | no       | whole number            | 0, 1 or 2 (blank: trainers)         |
// | is_ex            | yes      | true or false           |                                     |
// | packs_to_pull    | yes      | number                  | > 0 and finite                      |
inline const std::vector<std::string>& card_fields() {
  static const std::vector<std::string> fields = {
      "set",    "set_release_date", "number", "name",  "card_type",
      "rarity", "element",          "stage",  "is_ex", "packs_to_pull"};
  return fields;
}
inline const std::vector<std::string>& known_sets() {
  static const std::vector<std::string> v = {"A1",  "A1a", "A2",  "A2a", "A2b", "A3", "A3a",
                                             "A3b", "A4",  "A4a", "A4b", "B1",  "B1a"};
  return v;
}
inline const std::vector<std::string>& known_rarities() {
  static const std::vector<std::string> v = {"C",   "U",  "R",  "RR", "AR", "SR",
                                             "SAR", "IM", "UR", "S",  "SSR"};
  return v;
}
inline const std::vector<std::string>& known_card_types() {
  static const std::vector<std::string> v = {"pokemon", "supporter", "item", "tool", "Fossil"};
  return v;
}
inline const std::vector<std::string>& known_elements() {
  static const std::vector<std::string> v = {"grass",     "fire",     "water",    "lightning",
                                             "psychic",   "fighting", "darkness", "metal",
                                             "colorless", "dragon"};
  return v;
}

// ---- Data engineering -------------------------------------------------------------------------
// Issue kinds, checked per field in this order; a field gets at most one issue (its first):
//   "missing"           a required field is blank (a table without the column: every row)
//   "wrong_type"        not a number / whole number / true-false / YYYY-MM-DD as the type says
//   "unknown_category"  a text value outside its allowed list (exact, case-sensitive)
//   "out_of_range"      a number outside its allowed values
//   "duplicate"         (tables only) the same set and number as an earlier row: the later row,
//                       column "number"
struct Issue {
  std::size_t row = 0;  // 0-based data row
  std::string column;   // the field
  std::string kind;     // one of the kinds above
};

// `raw` comes from mlcore::parse_csv with every column read as text (categorical; blank cells
// and NA/N/A/NaN/null are missing), so nothing was coerced before you look at it. Returns every
// issue; a clean table gives none.
std::vector<Issue> validate_cards(const mlcore::Table& raw);

// ---- Feature engineering ----------------------------------------------------------------------
// Yours: define `struct capstone::FittedFeatures { … };` in price_pipeline.cpp with whatever
// fit_features learns (category lists, scaling constants, …).
struct FittedFeatures;

// Learns from the training rows only. `train` is typed (card_csv_options()) and has kTarget.
std::shared_ptr<const FittedFeatures> fit_features(const mlcore::Table& train);

// One row of features per row of `rows`, in order, the same columns for every call; every value
// finite. `rows` is typed like `train`, with or without kTarget. A row's features must come from
// that row and `fitted` alone: not from the target, not from the other rows being transformed.
mlcore::Matrix transform_features(const FittedFeatures& fitted, const mlcore::Table& rows);

// ---- Model development ------------------------------------------------------------------------
struct ModelScore {
  std::string name;               // e.g. "ridge(alpha=1)", distinct per candidate
  std::vector<double> fold_rmse;  // RMSE of log(price) on each CV fold's test rows, fold order
  double mean_rmse = 0.0;         // their mean
};

struct TrainOptions {
  std::size_t folds = 5;       // K of the K-fold CV
  std::uint32_t seed = 20261;  // every random choice (shuffles, bootstraps) derives from it
};

// Yours: define `struct capstone::FittedModel { … };` in price_pipeline.cpp (the kept model).
struct FittedModel;

struct TrainedPipeline {
  std::shared_ptr<const FittedFeatures> features;  // fitted on all training rows
  std::vector<ModelScore> cv;                      // one entry per candidate, at least 3
  std::string chosen;                              // name of the kept candidate: lowest mean_rmse
  std::shared_ptr<const FittedModel> model;        // the kept candidate refit on all rows
};

// Target: std::log(price_usd_simulated). Compares >= 3 candidates with options.folds-fold CV
// (features fit inside each fold on its training rows only), keeps the best, refits it on all
// rows. The same train and options give the same result, run after run.
TrainedPipeline train_pipeline(const mlcore::Table& train, const TrainOptions& options);

// ---- Evaluation -------------------------------------------------------------------------------
// The kept model's prediction of log(price_usd_simulated) for every row of `rows` (typed, no
// target needed), in order.
std::vector<double> predict_log_prices(const TrainedPipeline& pipeline, const mlcore::Table& rows);

// ---- Deployment -------------------------------------------------------------------------------
// A served request: field name -> text, as a form or a JSON body decoded to text would give it
// (a JSON number 12.5 arrives as "12.5", true as "true"). An absent key is a missing field.
using CardRecord = std::map<std::string, std::string>;

struct PredictError {
  std::string kind;     // "missing", "wrong_type", "unknown_category" or "out_of_range"
  std::string field;    // the first bad field in card_fields() order
  std::string message;  // for the caller: what is wrong and what is allowed (not empty)
};

struct PricePrediction {
  bool ok = false;
  double price_usd = 0.0;  // simulated US dollars, > 0 and finite when ok
  PredictError error;      // when !ok
};

// Never throws for a bad record: returns ok = false with the first bad field's error (the same
// rules as validate_cards, in card_fields() order). A valid record gets ok = true and
// exp(predicted log price).
PricePrediction predict_price(const TrainedPipeline& pipeline, const CardRecord& record);

// ---- Helpers (provided) -----------------------------------------------------------------------
// How the grader types training and scored tables: numbers numeric, is_ex boolean, the rest
// text. The target column is numeric when present.
inline mlcore::CsvOptions card_csv_options(bool with_target) {
  mlcore::CsvOptions options;
  using mlcore::ColumnType;
  options.types = {
      {"set", ColumnType::kCategorical},       {"set_release_date", ColumnType::kCategorical},
      {"number", ColumnType::kNumeric},        {"name", ColumnType::kCategorical},
      {"card_type", ColumnType::kCategorical}, {"rarity", ColumnType::kCategorical},
      {"element", ColumnType::kCategorical},   {"stage", ColumnType::kNumeric},
      {"is_ex", ColumnType::kBoolean},         {"packs_to_pull", ColumnType::kNumeric}};
  if (with_target) options.types[kTarget] = ColumnType::kNumeric;
  return options;
}

// A VALIDATED record as a one-row table typed like the scored rows (card_fields() columns only),
// ready for transform_features. A record that fails validation may throw mlcore::CsvError here:
// validate first.
inline mlcore::Table record_to_table(const CardRecord& record) {
  std::string header, row;
  for (const auto& field : card_fields()) {
    const auto it = record.find(field);
    std::string quoted = "\"";  // Quoted, so commas and quotes in a value stay in their cell.
    if (it != record.end())
      for (const char c : it->second) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    const char* sep = header.empty() ? "" : ",";
    header += sep + field;
    row += sep + quoted + "\"";
  }
  return mlcore::parse_csv(header + "\n" + row + "\n", card_csv_options(false), "<record>");
}

}  // namespace capstone
