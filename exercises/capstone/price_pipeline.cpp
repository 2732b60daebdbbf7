// Capstone — Pokémon card price predictor (the price is SIMULATED; see price_pipeline.hpp).
//
// Implement the six functions declared in price_pipeline.hpp; run `course check capstone` to
// grade the whole capstone (this file and MODEL_CARD.md, API.md, RUNBOOK.md at the workspace
// root). Each function below throws until you write it, so the report shows what is left.
// `course lesson capstone` shows the whole brief: the interface, the rubric, the documents.
//
// Useful mlcore calls:
//   table.column("rarity").text(r) / .numeric(r) / .boolean(r) / .is_missing(r), table.rows(),
//   table.take_rows(indices), mlcore::parse_number(text) -> std::optional<double>
//   mlcore::KFold({k, /*shuffle=*/true, seed}).split(n, nullptr) -> folds (train/test indices)
//   mlcore::make_estimator(mlcore::Ridge(params)) -> std::unique_ptr<mlcore::Estimator>
//   (also mlcore::DecisionTreeRegressor, mlcore::RandomForestRegressor: mlcore/tree, ensemble)
#include "price_pipeline.hpp"

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "mlcore/model_selection/estimator.hpp"

namespace capstone {

// TODO: what fit_features learns (e.g. the categories seen in training, means and scales).
struct FittedFeatures {};

// TODO: the kept model (e.g. a std::unique_ptr<mlcore::Estimator>).
struct FittedModel {};

std::vector<Issue> validate_cards([[maybe_unused]] const mlcore::Table& raw) {
  // TODO 1 — one issue per bad field per row, in the header's order (missing, wrong type,
  // unknown category / out of range), then later duplicates of a (set, number) pair.
  // Tip: write one `check_field(field, present, text)` and reuse it in predict_price, so the
  // rules cannot drift apart between training and serving.
  throw std::logic_error("TODO 1: validate_cards is not written yet");
}

std::shared_ptr<const FittedFeatures> fit_features([[maybe_unused]] const mlcore::Table& train) {
  // TODO 2 — learn from `train` only what transform_features needs.
  throw std::logic_error("TODO 2: fit_features is not written yet");
}

mlcore::Matrix transform_features([[maybe_unused]] const FittedFeatures& fitted,
                                  [[maybe_unused]] const mlcore::Table& rows) {
  // TODO 3 — features of each row from the row and `fitted` only (never the target column,
  // never a statistic of `rows`). Scarcity (packs_to_pull) spans orders of magnitude: a log helps.
  throw std::logic_error("TODO 3: transform_features is not written yet");
}

TrainedPipeline train_pipeline([[maybe_unused]] const mlcore::Table& train,
                               [[maybe_unused]] const TrainOptions& options) {
  // TODO 4 — y = log(price_usd_simulated); shuffled, seeded K folds; for each of >= 3
  // candidates and each fold: fit_features on the fold's train rows, fit, RMSE on its test rows.
  // Keep the lowest mean RMSE, refit features and model on every row.
  throw std::logic_error("TODO 4: train_pipeline is not written yet");
}

std::vector<double> predict_log_prices([[maybe_unused]] const TrainedPipeline& pipeline,
                                       [[maybe_unused]] const mlcore::Table& rows) {
  // TODO 5 — transform with pipeline.features, predict with pipeline.model.
  throw std::logic_error("TODO 5: predict_log_prices is not written yet");
}

PricePrediction predict_price([[maybe_unused]] const TrainedPipeline& pipeline,
                              [[maybe_unused]] const CardRecord& record) {
  // TODO 6 — validate every field in card_fields() order; on the first problem return
  // {ok = false, error}; otherwise record_to_table(record), predict, exp().
  PricePrediction out;
  out.error = {"missing", "set", "TODO 6: predict_price is not written yet"};
  return out;
}

}  // namespace capstone
