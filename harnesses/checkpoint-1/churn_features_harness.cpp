// Harness for exam exercise checkpoint-1.3 (features that lift a fixed model). The model is
// fixed here, out of the learner's reach: the 15 raw numeric columns plus the learner's extra
// columns, StandardScaler, LogisticRegression (C = 1). Case "cv" returns out-of-fold
// probabilities of a stratified 5-fold CV on the training rows, and the leakage guard's
// verdicts; case "holdout" fits on all training rows and returns probabilities for holdout rows.
// The learner's function always sees rows without churn when its output feeds the model. The parent
// scores both against labels it keeps.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "churn_features.hpp"
#include "course/exercise/harness.hpp"
#include "mlcore/csv.hpp"
#include "mlcore/data/rows.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/matrix.hpp"
#include "mlcore/model_selection/stratified_kfold.hpp"
#include "mlcore/preprocessing/standard_scaler.hpp"

namespace {

using nlohmann::json;

// The baseline: every numeric column but the target, in file order (as the generator's).
std::vector<std::string> raw_numeric_columns(const mlcore::Table& table) {
  std::vector<std::string> names;
  for (const mlcore::Column& col : table.columns())
    if (col.type() == mlcore::ColumnType::kNumeric) names.push_back(col.name());
  if (names.size() != 15)
    throw std::runtime_error("course content error: expected 15 numeric columns");
  return names;
}

// The learner's columns, held to the contract of churn_features.hpp with actionable messages.
mlcore::Matrix extra_features(const mlcore::Table& table, const char* which) {
  const ex::ExtraFeatures extra = ex::add_features(table);
  const std::string where = std::string("add_features on the ") + which + " rows";
  if (extra.names.empty())
    throw std::invalid_argument(where +
                                " returned no column: add at least one (the grader already "
                                "gives the model the 15 raw numeric columns)");
  if (static_cast<std::size_t>(extra.values.cols()) != extra.names.size() ||
      static_cast<std::size_t>(extra.values.rows()) != table.rows())
    throw std::invalid_argument(where + " returned a " + std::to_string(extra.values.rows()) +
                                " x " + std::to_string(extra.values.cols()) + " matrix; expected " +
                                std::to_string(table.rows()) + " x " +
                                std::to_string(extra.names.size()) + " (rows x names)");
  std::set<std::string> seen;
  for (const std::string& name : extra.names)
    if (name.empty() || table.has_column(name) || !seen.insert(name).second)
      throw std::invalid_argument(where + ": column name '" + name +
                                  "' is empty, repeated or the name of a raw column");
  for (Eigen::Index i = 0; i < extra.values.rows(); ++i)
    for (Eigen::Index j = 0; j < extra.values.cols(); ++j)
      if (!std::isfinite(extra.values(i, j)))
        throw std::invalid_argument(where + ": column '" + extra.names[std::size_t(j)] +
                                    "' is not finite in row " + std::to_string(i));
  return extra.values;
}

mlcore::Matrix model_matrix(const mlcore::Table& table, const std::vector<std::string>& raw,
                            const mlcore::Matrix& extra) {
  mlcore::Matrix X(extra.rows(), Eigen::Index(raw.size()) + extra.cols());
  X << mlcore::to_matrix(table, raw), extra;
  return X;
}

mlcore::Vector fit_predict(const mlcore::Matrix& X, const mlcore::Vector& y,
                           const mlcore::Matrix& X_new) {
  mlcore::StandardScaler scaler;
  const mlcore::Matrix Z = scaler.fit_transform(X);
  mlcore::LogisticRegression model;
  model.fit(Z, y);
  return model.predict_proba(scaler.transform(X_new)).col(1);
}

mlcore::Table without(const mlcore::Table& table, const std::string& drop) {
  std::vector<std::string> keep;
  for (const std::string& name : table.column_names())
    if (name != drop) keep.push_back(name);
  return table.select(keep);
}

// The table with its churn column permuted (fixed seed): features that read churn change.
mlcore::Table with_target_shuffled(const mlcore::Table& table) {
  mlcore::Indices order(table.rows());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), std::mt19937(6301));
  mlcore::Table out;
  for (const mlcore::Column& col : table.columns())
    out.add_column(col.name() == "churn" ? col.take_rows(order) : col);
  return out;
}

// Runs add_features on a variant of the training rows; true when it gives `reference` (on the
// given rows) to the last bit. A throw counts as a difference.
bool same_features(const mlcore::Table& variant, const mlcore::Matrix& reference,
                   const mlcore::Indices& rows) {
  try {
    const mlcore::Matrix got = extra_features(variant, "leakage-check");
    const mlcore::Matrix want = mlcore::take_rows(reference, rows);
    return got.rows() == want.rows() && got.cols() == want.cols() && got == want;
  } catch (const std::exception&) {
    return false;
  }
}

json cv_case(const json& input) {
  const mlcore::Table train = mlcore::parse_csv(input.at("train_csv").get<std::string>());
  // The model gets the features production would compute: without the target. A feature read
  // from churn therefore cannot inflate the score; the guard below reports it.
  const mlcore::Table features_input = without(train, "churn");
  const mlcore::Matrix extra = extra_features(features_input, "training");
  const mlcore::Matrix X = model_matrix(train, raw_numeric_columns(train), extra);
  mlcore::Vector y(Eigen::Index(train.rows()));
  for (std::size_t i = 0; i < train.rows(); ++i)
    y[Eigen::Index(i)] = train.column("churn").text(i) == "yes" ? 1.0 : 0.0;

  mlcore::StratifiedKFoldParams params;
  params.n_splits = input.at("n_splits").get<std::size_t>();
  params.shuffle = true;
  params.random_state = input.at("cv_seed").get<std::uint32_t>();
  std::vector<double> oof(train.rows());
  for (const mlcore::Fold& fold : mlcore::StratifiedKFold(params).split(train.rows(), &y)) {
    const mlcore::Vector p =
        fit_predict(mlcore::take_rows(X, fold.train), mlcore::take_rows(y, fold.train),
                    mlcore::take_rows(X, fold.test));
    for (std::size_t k = 0; k < fold.test.size(); ++k) oof[fold.test[k]] = p[Eigen::Index(k)];
  }

  mlcore::Indices all(train.rows()), odd;
  for (std::size_t i = 0; i < all.size(); ++i) {
    all[i] = i;
    if (i % 2 == 1) odd.push_back(i);
  }
  return {{"cv_probabilities", oof},
          {"leakage",
           {{"same_with_target_present", same_features(train, extra, all)},
            {"same_with_target_shuffled", same_features(with_target_shuffled(train), extra, all)},
            {"same_on_a_subset", same_features(features_input.take_rows(odd), extra, odd)}}}};
}

json holdout_case(const json& input) {
  const mlcore::Table train = mlcore::parse_csv(input.at("train_csv").get<std::string>());
  const mlcore::Table holdout = mlcore::parse_csv(input.at("holdout_csv").get<std::string>());
  const std::vector<std::string> raw = raw_numeric_columns(train);
  const mlcore::Matrix X =
      model_matrix(train, raw, extra_features(without(train, "churn"), "training"));
  const mlcore::Matrix X_new = model_matrix(holdout, raw, extra_features(holdout, "holdout"));
  if (X_new.cols() != X.cols())
    throw std::invalid_argument("add_features gave " + std::to_string(X.cols() - 15) +
                                " columns for the training rows but " +
                                std::to_string(X_new.cols() - 15) + " for the holdout rows");
  mlcore::Vector y(Eigen::Index(train.rows()));
  for (std::size_t i = 0; i < train.rows(); ++i)
    y[Eigen::Index(i)] = train.column("churn").text(i) == "yes" ? 1.0 : 0.0;
  const mlcore::Vector p = fit_predict(X, y, X_new);
  return {{"holdout_probabilities", std::vector<double>(p.data(), p.data() + p.size())}};
}

}  // namespace

namespace course::exercise {

json run_case(const json& input) {
  return input.contains("holdout_csv") ? holdout_case(input) : cv_case(input);
}

}  // namespace course::exercise
