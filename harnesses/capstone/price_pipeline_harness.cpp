// Harness for the capstone (capstone.1): one learner file, price_pipeline.cpp, graded through
// the tasks below, chosen by the case input's "task". The grader's contract checks live here,
// in trusted code, and fail a case with a message the learner can act on; the parent judges
// what comes back (holdout labels and expected issues never reach this process).
//
//   validate   {raw_csv}                     -> {issues: [{row, column, kind}]}
//   leakage    {train_csv, rows_csv}         -> {probe: "no leakage"} or a failure naming the leak
//   train      {train_csv, folds, seed}      -> {contract: "ok", cv, chosen, sample_predictions}
//   holdout    {train_csv, rows_csv, …}      -> {predictions: [log price per row]}
//   predict    {train_csv, records, …}       -> {results: [{record, kind, field}]}
//   latency    {train_csv, records, repeats} -> {ok_predictions: n}
#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "mlcore/csv.hpp"
#include "price_pipeline.hpp"

namespace {

using nlohmann::json;

// Raw tables: every column text, so validate_cards sees the cells as written.
mlcore::Table raw_table(const std::string& csv) {
  const mlcore::Table header = mlcore::parse_csv(csv.substr(0, csv.find('\n') + 1));
  mlcore::CsvOptions options;
  for (const auto& name : header.column_names())
    options.types[name] = mlcore::ColumnType::kCategorical;
  return mlcore::parse_csv(csv, options, "<cards>");
}

mlcore::Table typed_table(const std::string& csv) {
  const bool with_target =
      csv.substr(0, csv.find('\n')).find(capstone::kTarget) != std::string::npos;
  return mlcore::parse_csv(csv, capstone::card_csv_options(with_target), "<cards>");
}

// Training is the slow part; cases of one process that train on the same rows with the same
// options share one pipeline (the learner's code is deterministic by contract, and the train
// task's deterministic checkpoint checks that separately).
const capstone::TrainedPipeline& trained(const std::string& csv, std::size_t folds,
                                         std::uint32_t seed) {
  static std::map<std::string, std::unique_ptr<capstone::TrainedPipeline>> cache;
  const std::string key = std::to_string(folds) + "/" + std::to_string(seed) + "/" + csv;
  auto& slot = cache[key];
  if (!slot) {
    slot = std::make_unique<capstone::TrainedPipeline>(
        capstone::train_pipeline(typed_table(csv), capstone::TrainOptions{folds, seed}));
    if (!slot->features || !slot->model)
      throw std::invalid_argument(
          "train_pipeline returned a pipeline without features or model (both must be set)");
  }
  return *slot;
}

const capstone::TrainedPipeline& trained(const json& input) {
  return trained(input.at("train_csv").get<std::string>(), input.value("folds", 5),
                 input.value("seed", 20261u));
}

void require(bool ok, const std::string& message) {
  if (!ok) throw std::invalid_argument(message);
}

mlcore::Matrix features_of(const capstone::FittedFeatures& fitted, const mlcore::Table& rows,
                           const std::string& which) {
  mlcore::Matrix X = capstone::transform_features(fitted, rows);
  require(static_cast<std::size_t>(X.rows()) == rows.rows(),
          "transform_features on " + which + " returned " + std::to_string(X.rows()) +
              " rows for " + std::to_string(rows.rows()));
  require(X.cols() > 0, "transform_features on " + which + " returned no columns");
  require(X.allFinite(), "transform_features on " + which + " returned a value that is not finite");
  return X;
}

// The first differing cell of two feature matrices, or "" when they are equal.
std::string first_difference(const mlcore::Matrix& a, const mlcore::Matrix& b) {
  if (a.rows() != b.rows() || a.cols() != b.cols())
    return "a " + std::to_string(a.rows()) + "x" + std::to_string(a.cols()) + " matrix against " +
           std::to_string(b.rows()) + "x" + std::to_string(b.cols());
  for (Eigen::Index i = 0; i < a.rows(); ++i)
    for (Eigen::Index j = 0; j < a.cols(); ++j)
      if (a(i, j) != b(i, j))
        return "row " + std::to_string(i) + ", feature column " + std::to_string(j);
  return "";
}

// A copy of `rows` whose target column holds other values (or none at all).
mlcore::Table with_target(const mlcore::Table& rows, bool present) {
  mlcore::Table out;
  for (const auto& column : rows.columns()) {
    if (column.name() != capstone::kTarget) {
      out.add_column(column);
    } else if (present) {
      mlcore::Column changed(column.name(), mlcore::ColumnType::kNumeric);
      for (std::size_t r = 0; r < column.size(); ++r)
        changed.push_numeric(column.numeric(r) * 7.0 + 3.0 + static_cast<double>(r % 5));
      out.add_column(changed);
    }
  }
  return out;
}

// Leakage probes on rows the features were not fitted on. The features of a row must not change
// when (1) its target changes, (2) its target is absent, (3) it is transformed alone or among
// other rows in another order: a statistic of the transformed batch is a fit on the test rows.
json leakage(const json& input) {
  const mlcore::Table train = typed_table(input.at("train_csv").get<std::string>());
  const mlcore::Table rows = typed_table(input.at("rows_csv").get<std::string>());
  const auto fitted = capstone::fit_features(train);
  require(fitted != nullptr, "fit_features returned no fitted state (nullptr)");
  const mlcore::Matrix X_train = features_of(*fitted, train, "the training rows");
  int varying = 0;
  for (Eigen::Index j = 0; j < X_train.cols(); ++j)
    varying += (X_train.col(j).array() != X_train(0, j)).any() ? 1 : 0;
  require(varying >= 2, "transform_features gives " + std::to_string(varying) +
                            " column(s) that vary over the training rows; a price model needs "
                            "at least 2 informative features");
  const mlcore::Matrix X = features_of(*fitted, rows, "new rows");
  require(X.cols() == X_train.cols(), "transform_features gave " + std::to_string(X_train.cols()) +
                                          " columns for the training rows but " +
                                          std::to_string(X.cols()) + " for new rows");
  std::string diff = first_difference(X, features_of(*fitted, with_target(rows, true), "new rows"));
  require(diff.empty(), "the features of new rows changed when only their " +
                            std::string(capstone::kTarget) + " changed (" + diff +
                            "): a feature reads the target");
  diff = first_difference(X, features_of(*fitted, with_target(rows, false), "new rows"));
  require(diff.empty(), "the features of new rows changed when their " +
                            std::string(capstone::kTarget) + " column was dropped (" + diff +
                            "): rows to score have no target");
  std::vector<std::size_t> reversed(rows.rows());
  std::iota(reversed.rbegin(), reversed.rend(), std::size_t{0});
  const mlcore::Matrix X_rev = features_of(*fitted, rows.take_rows(reversed), "reordered rows");
  mlcore::Matrix X_back(X_rev.rows(), X_rev.cols());
  for (Eigen::Index i = 0; i < X_rev.rows(); ++i) X_back.row(X.rows() - 1 - i) = X_rev.row(i);
  diff = first_difference(X, X_back);
  require(diff.empty(), "the features of a row changed when the same rows came in another order (" +
                            diff +
                            "): transform_features uses statistics of the rows it transforms");
  for (std::size_t r = 0; r < std::min<std::size_t>(rows.rows(), 5); ++r) {
    const mlcore::Matrix one = features_of(*fitted, rows.take_rows({r}), "a single row");
    require(first_difference(one, X.row(static_cast<Eigen::Index>(r))).empty(),
            "the features of row " + std::to_string(r) +
                " differ when it is transformed alone: transform_features uses statistics of "
                "the rows it transforms (fit those on the training rows in fit_features)");
  }
  return {{"probe", "no leakage"}};
}

// The CV report's contract, checked here so the message says what is wrong with it.
json train(const json& input) {
  const std::size_t folds = input.value("folds", 5);
  const auto& p = trained(input);
  const std::string csv = input.at("train_csv").get<std::string>();
  const mlcore::Table table = typed_table(csv);
  require(p.cv.size() >= 3, "train_pipeline compared " + std::to_string(p.cv.size()) +
                                " model(s); compare at least 3 candidates with cross-validation");
  std::set<std::string> names;
  double best = INFINITY;
  // Predicting the training mean everywhere: every candidate should do better than this.
  const auto& price = table.column(capstone::kTarget);
  double mean = 0, sq = 0;
  for (std::size_t r = 0; r < table.rows(); ++r) mean += std::log(price.numeric(r));
  mean /= static_cast<double>(table.rows());
  for (std::size_t r = 0; r < table.rows(); ++r)
    sq += std::pow(std::log(price.numeric(r)) - mean, 2);
  const double baseline = std::sqrt(sq / static_cast<double>(table.rows()));
  json cv = json::array();
  for (const auto& m : p.cv) {
    require(!m.name.empty() && names.insert(m.name).second,
            "train_pipeline's candidates need distinct, non-empty names (got '" + m.name + "')");
    require(m.fold_rmse.size() == folds, m.name + " has " + std::to_string(m.fold_rmse.size()) +
                                             " fold scores; expected one per fold (" +
                                             std::to_string(folds) + ")");
    double sum = 0;
    for (const double v : m.fold_rmse) {
      require(std::isfinite(v) && v > 0, m.name + " has a fold RMSE that is not a positive number");
      sum += v;
    }
    require(std::abs(sum / static_cast<double>(folds) - m.mean_rmse) <= 1e-9 * (1 + sum),
            m.name + ": mean_rmse is not the mean of its fold_rmse");
    require(m.mean_rmse < 1.5 * baseline,
            m.name + ": a mean CV RMSE of " + std::to_string(m.mean_rmse) +
                " is implausible: predicting the mean log price everywhere scores " +
                std::to_string(baseline) + " (is the target std::log(" + capstone::kTarget + ")?)");
    best = std::min(best, m.mean_rmse);
    cv.push_back({{"name", m.name}, {"fold_rmse", m.fold_rmse}, {"mean_rmse", m.mean_rmse}});
  }
  const auto chosen = std::find_if(
      p.cv.begin(), p.cv.end(), [&](const capstone::ModelScore& m) { return m.name == p.chosen; });
  require(chosen != p.cv.end(), "chosen ('" + p.chosen + "') is not one of the candidates");
  require(chosen->mean_rmse == best,
          "chosen ('" + p.chosen + "') does not have the lowest mean CV RMSE of the candidates");
  require(chosen->mean_rmse < baseline,
          "the chosen model does not beat predicting the mean log price (CV RMSE " +
              std::to_string(chosen->mean_rmse) + " vs " + std::to_string(baseline) + ")");
  // A few in-sample predictions, so the deterministic re-run also compares the kept model.
  const auto sample = capstone::predict_log_prices(p, table.take_rows({0, 1, 2, 3, 4}));
  return {{"contract", "ok"}, {"cv", cv}, {"chosen", p.chosen}, {"sample_predictions", sample}};
}

json holdout(const json& input) {
  const auto& p = trained(input);
  const mlcore::Table rows = typed_table(input.at("rows_csv").get<std::string>());
  const auto predictions = capstone::predict_log_prices(p, rows);
  require(predictions.size() == rows.rows(),
          "predict_log_prices returned " + std::to_string(predictions.size()) +
              " predictions for " + std::to_string(rows.rows()) + " rows");
  for (const double v : predictions)
    require(std::isfinite(v), "predict_log_prices returned a value that is not finite");
  return {{"predictions", predictions}};
}

// A JSON request body as the text fields CardRecord holds; null counts as absent.
capstone::CardRecord record_of(const json& body) {
  capstone::CardRecord record;
  for (const auto& [key, value] : body.items()) {
    if (value.is_null()) continue;
    record[key] = value.is_string() ? value.get<std::string>() : value.dump();
  }
  return record;
}

json predict(const json& input) {
  const auto& p = trained(input);
  json results = json::array();
  const auto& records = input.at("records");
  for (std::size_t i = 0; i < records.size(); ++i) {
    const auto out = capstone::predict_price(p, record_of(records[i]));
    if (out.ok) {
      require(std::isfinite(out.price_usd) && out.price_usd > 0,
              "predict_price said ok for record " + std::to_string(i) +
                  " but gave a price that is not a positive number");
      results.push_back({{"record", i}, {"kind", "ok"}, {"field", ""}});
    } else {
      require(!out.error.message.empty(),
              "predict_price's error for record " + std::to_string(i) + " has no message");
      results.push_back({{"record", i}, {"kind", out.error.kind}, {"field", out.error.field}});
    }
  }
  return {{"results", results}};
}

json latency(const json& input) {
  const auto& p = trained(input);
  const auto& bodies = input.at("records");
  std::vector<capstone::CardRecord> records;
  for (const auto& body : bodies) records.push_back(record_of(body));
  const int repeats = input.at("repeats").get<int>();
  int ok = 0;
  for (int k = 0; k < repeats; ++k)
    for (const auto& record : records) ok += capstone::predict_price(p, record).ok ? 1 : 0;
  return {{"ok_predictions", ok}};
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  const std::string task = input.at("task").get<std::string>();
  if (task == "validate") {
    json issues = json::array();
    for (const auto& issue :
         capstone::validate_cards(raw_table(input.at("raw_csv").get<std::string>())))
      issues.push_back({{"row", issue.row}, {"column", issue.column}, {"kind", issue.kind}});
    return {{"issues", issues}};
  }
  if (task == "leakage") return leakage(input);
  if (task == "train") return train(input);
  if (task == "holdout") return holdout(input);
  if (task == "predict") return predict(input);
  if (task == "latency") return latency(input);
  throw std::logic_error("unknown task " + task);
}

}  // namespace course::exercise
