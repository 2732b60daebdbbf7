// Capstone — reference solution (instructors' copy; the contract is price_pipeline.hpp).
//
// One record validator serves both the table check and the served predictor, so a rule can
// never differ between training-time validation and serving. Features learn their category
// lists and scaling constants from the training rows only and transform each row on its own.
// Three candidates (ridge, a shallow tree, a small forest) are compared with K-fold CV in which
// the features are refit inside every fold, then the best is refit on all rows.
#include "price_pipeline.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "mlcore/ensemble/random_forest_regressor.hpp"
#include "mlcore/linear/ridge.hpp"
#include "mlcore/model_selection/estimator.hpp"
#include "mlcore/model_selection/kfold.hpp"
#include "mlcore/tree/decision_tree_regressor.hpp"

namespace capstone {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::optional<double> whole_number(const std::string& text) {
  const auto value = mlcore::parse_number(text);
  if (!value || !std::isfinite(*value) || std::floor(*value) != *value) return std::nullopt;
  return value;
}

bool is_date(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) return false;
  return true;
}

// The first problem of one field's text (present = false for a blank or absent field), in the
// order the header specifies: missing, wrong type, then unknown category or out of range.
std::optional<PredictError> check_field(const std::string& field, bool present,
                                        const std::string& text) {
  const auto error = [&](const char* kind, const std::string& why) {
    return PredictError{kind, field, field + ": " + why};
  };
  const bool optional_field = field == "element" || field == "stage";
  if (!present) {
    if (optional_field) return std::nullopt;
    return error("missing", "required, got nothing");
  }
  if (field == "set" && !contains(known_sets(), text))
    return error("unknown_category", "unknown set '" + text + "' (known: A1 … B1a)");
  if (field == "card_type" && !contains(known_card_types(), text))
    return error("unknown_category", "unknown card type '" + text + "'");
  if (field == "rarity" && !contains(known_rarities(), text))
    return error("unknown_category",
                 "unknown rarity '" + text + "' (C, U, R, RR, AR, SR, SAR, IM, UR, S, SSR)");
  if (field == "element" && !contains(known_elements(), text))
    return error("unknown_category", "unknown element '" + text + "'");
  if (field == "set_release_date" && !is_date(text))
    return error("wrong_type", "expected a date YYYY-MM-DD, got '" + text + "'");
  if (field == "is_ex" && text != "true" && text != "false")
    return error("wrong_type", "expected true or false, got '" + text + "'");
  if (field == "number" || field == "stage") {
    const auto value = whole_number(text);
    if (!value) return error("wrong_type", "expected a whole number, got '" + text + "'");
    if (field == "number" && *value < 1) return error("out_of_range", "must be at least 1");
    if (field == "stage" && (*value < 0 || *value > 2))
      return error("out_of_range", "must be 0, 1 or 2");
  }
  if (field == "packs_to_pull") {
    const auto value = mlcore::parse_number(text);
    if (!value) return error("wrong_type", "expected a number, got '" + text + "'");
    if (!std::isfinite(*value) || *value <= 0)
      return error("out_of_range", "must be a finite number above 0, got '" + text + "'");
  }
  return std::nullopt;
}

// ---- Features -----------------------------------------------------------------------------
// Days since 1970-01-01 of a YYYY-MM-DD date (Howard Hinnant's days_from_civil).
long days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

// Age of the card's set in years on a fixed date (a constant, not a statistic of any rows).
double set_age_years(const std::string& date) {
  const int y = std::stoi(date.substr(0, 4));
  const auto m = static_cast<unsigned>(std::stoi(date.substr(5, 2)));
  const auto d = static_cast<unsigned>(std::stoi(date.substr(8, 2)));
  return static_cast<double>(days_from_civil(2026, 11, 1) - days_from_civil(y, m, d)) / 365.25;
}

// The categorical columns one-hot encoded with the categories seen in training; an unseen
// category (or a blank) is all zeros rather than an error, so serving never breaks on it.
const std::vector<std::string>& one_hot_columns() {
  static const std::vector<std::string> c = {"rarity", "card_type", "element", "set"};
  return c;
}

// Numeric features, computed from one row alone.
std::vector<double> numeric_features(const mlcore::Table& rows, std::size_t r) {
  const double packs = rows.column("packs_to_pull").numeric(r);
  const auto& stage = rows.column("stage");
  const std::string& rarity = rows.column("rarity").text(r);
  const std::string& name = rows.column("name").text(r);
  const bool full_art = rarity == "IM" || rarity == "UR" || rarity == "SAR";
  return {std::log(packs),
          rows.column("is_ex").boolean(r) ? 1.0 : 0.0,
          full_art ? 1.0 : 0.0,
          set_age_years(rows.column("set_release_date").text(r)),
          stage.is_missing(r) ? -1.0 : stage.numeric(r),
          name.rfind("Mega ", 0) == 0 ? 1.0 : 0.0};
}

}  // namespace

struct FittedFeatures {
  std::vector<std::vector<std::string>> categories;  // per one_hot_columns() entry, sorted
  std::vector<double> mean, scale;                   // of numeric_features over training rows
};

struct FittedModel {
  std::unique_ptr<mlcore::Estimator> estimator;
};

std::vector<Issue> validate_cards(const mlcore::Table& raw) {
  std::vector<Issue> issues;
  const std::size_t n = raw.rows();
  for (std::size_t r = 0; r < n; ++r)
    for (const auto& field : card_fields()) {
      const bool has = raw.has_column(field);
      const bool present = has && !raw.column(field).is_missing(r);
      const auto error = check_field(field, present, present ? raw.column(field).text(r) : "");
      if (error) issues.push_back({r, field, error->kind});
    }
  // Later copies of a (set, number) pair; blanks are reported as missing above, not here.
  if (raw.has_column("set") && raw.has_column("number")) {
    std::set<std::pair<std::string, std::string>> seen;
    const auto& set = raw.column("set");
    const auto& number = raw.column("number");
    for (std::size_t r = 0; r < n; ++r) {
      if (set.is_missing(r) || number.is_missing(r)) continue;
      if (!seen.insert({set.text(r), number.text(r)}).second)
        issues.push_back({r, "number", "duplicate"});
    }
  }
  return issues;
}

std::shared_ptr<const FittedFeatures> fit_features(const mlcore::Table& train) {
  auto fitted = std::make_shared<FittedFeatures>();
  for (const auto& name : one_hot_columns()) {
    std::set<std::string> seen;
    const auto& column = train.column(name);
    for (std::size_t r = 0; r < train.rows(); ++r)
      if (!column.is_missing(r)) seen.insert(column.text(r));
    fitted->categories.emplace_back(seen.begin(), seen.end());
  }
  // Standardising constants from the training rows only: computing them on the rows being
  // transformed would make a row's features depend on its batch (a leak from the test set).
  const std::size_t n = train.rows();
  std::vector<std::vector<double>> values;
  for (std::size_t r = 0; r < n; ++r) values.push_back(numeric_features(train, r));
  const std::size_t p = values.empty() ? 0 : values.front().size();
  fitted->mean.assign(p, 0.0);
  fitted->scale.assign(p, 1.0);
  for (std::size_t j = 0; j < p; ++j) {
    double sum = 0, sq = 0;
    for (const auto& v : values) sum += v[j];
    fitted->mean[j] = sum / static_cast<double>(n);
    for (const auto& v : values) sq += (v[j] - fitted->mean[j]) * (v[j] - fitted->mean[j]);
    const double sd = std::sqrt(sq / static_cast<double>(n));
    fitted->scale[j] = sd > 0 ? sd : 1.0;
  }
  return fitted;
}

mlcore::Matrix transform_features(const FittedFeatures& fitted, const mlcore::Table& rows) {
  std::size_t width = fitted.mean.size();
  for (const auto& c : fitted.categories) width += c.size();
  mlcore::Matrix X = mlcore::Matrix::Zero(static_cast<Eigen::Index>(rows.rows()),
                                          static_cast<Eigen::Index>(width));
  for (std::size_t r = 0; r < rows.rows(); ++r) {
    const auto i = static_cast<Eigen::Index>(r);
    const auto numbers = numeric_features(rows, r);
    Eigen::Index j = 0;
    for (std::size_t k = 0; k < numbers.size(); ++k, ++j)
      X(i, j) = (numbers[k] - fitted.mean[k]) / fitted.scale[k];
    for (std::size_t c = 0; c < one_hot_columns().size(); ++c) {
      const auto& cats = fitted.categories[c];
      const auto& column = rows.column(one_hot_columns()[c]);
      if (!column.is_missing(r)) {
        const auto it = std::lower_bound(cats.begin(), cats.end(), column.text(r));
        if (it != cats.end() && *it == column.text(r)) X(i, j + (it - cats.begin())) = 1.0;
      }
      j += static_cast<Eigen::Index>(cats.size());
    }
  }
  return X;
}

namespace {

struct Candidate {
  std::string name;
  std::function<std::unique_ptr<mlcore::Estimator>()> make;
};

// Three model families of rising flexibility; every random choice is seeded from options.seed
// and the forest grows its trees on one thread, so two runs give identical numbers.
std::vector<Candidate> candidates(std::uint32_t seed) {
  mlcore::RidgeParams ridge;
  ridge.alpha = 1.0;
  mlcore::DecisionTreeRegressorParams tree;
  tree.max_depth = 8;
  tree.min_samples_leaf = 5;
  tree.random_state = seed;
  mlcore::RandomForestRegressorParams forest;
  forest.n_estimators = 40;
  forest.max_depth = 12;
  forest.min_samples_leaf = 2;
  forest.max_features = mlcore::kMaxFeaturesSqrt;
  forest.random_state = seed;
  forest.n_jobs = 1;
  return {{"ridge(alpha=1)", [=] { return mlcore::make_estimator(mlcore::Ridge(ridge)); }},
          {"tree(depth=8,leaf=5)",
           [=] { return mlcore::make_estimator(mlcore::DecisionTreeRegressor(tree)); }},
          {"forest(40 trees,depth=12,sqrt)",
           [=] { return mlcore::make_estimator(mlcore::RandomForestRegressor(forest)); }}};
}

mlcore::Vector log_target(const mlcore::Table& train) {
  const auto& price = train.column(kTarget);
  mlcore::Vector y(static_cast<Eigen::Index>(train.rows()));
  for (std::size_t r = 0; r < train.rows(); ++r)
    y[static_cast<Eigen::Index>(r)] = std::log(price.numeric(r));
  return y;
}

mlcore::Vector take(const mlcore::Vector& y, const mlcore::Indices& rows) {
  mlcore::Vector out(static_cast<Eigen::Index>(rows.size()));
  for (std::size_t i = 0; i < rows.size(); ++i)
    out[static_cast<Eigen::Index>(i)] = y[static_cast<Eigen::Index>(rows[i])];
  return out;
}

}  // namespace

TrainedPipeline train_pipeline(const mlcore::Table& train, const TrainOptions& options) {
  const mlcore::Vector y = log_target(train);
  mlcore::KFoldParams kfold;
  kfold.n_splits = options.folds;
  kfold.shuffle = true;  // The file is ordered by set: unshuffled folds would test unseen sets.
  kfold.random_state = options.seed;
  const auto folds = mlcore::KFold(kfold).split(train.rows(), nullptr);

  // Features once per fold, shared by the candidates: each fold's features see its train rows.
  std::vector<std::pair<mlcore::Matrix, mlcore::Matrix>> fold_features;
  for (const auto& fold : folds) {
    const mlcore::Table fit_rows = train.take_rows(fold.train);
    const auto fitted = fit_features(fit_rows);
    fold_features.emplace_back(transform_features(*fitted, fit_rows),
                               transform_features(*fitted, train.take_rows(fold.test)));
  }

  TrainedPipeline pipeline;
  double best = std::numeric_limits<double>::infinity();
  const auto models = candidates(options.seed);
  std::size_t best_index = 0;
  for (std::size_t m = 0; m < models.size(); ++m) {
    ModelScore score{models[m].name, {}, 0.0};
    for (std::size_t f = 0; f < folds.size(); ++f) {
      auto model = models[m].make();
      model->fit(fold_features[f].first, take(y, folds[f].train), nullptr);
      const mlcore::Vector error = model->predict(fold_features[f].second) - take(y, folds[f].test);
      score.fold_rmse.push_back(std::sqrt(error.squaredNorm() / static_cast<double>(error.size())));
    }
    for (const double v : score.fold_rmse) score.mean_rmse += v;
    score.mean_rmse /= static_cast<double>(score.fold_rmse.size());
    if (score.mean_rmse < best) {
      best = score.mean_rmse;
      best_index = m;
    }
    pipeline.cv.push_back(score);
  }

  // The kept candidate, refit on every training row with features fit on every training row.
  pipeline.chosen = models[best_index].name;
  pipeline.features = fit_features(train);
  auto kept = std::make_shared<FittedModel>();
  kept->estimator = models[best_index].make();
  kept->estimator->fit(transform_features(*pipeline.features, train), y, nullptr);
  pipeline.model = kept;
  return pipeline;
}

std::vector<double> predict_log_prices(const TrainedPipeline& pipeline, const mlcore::Table& rows) {
  const mlcore::Vector p =
      pipeline.model->estimator->predict(transform_features(*pipeline.features, rows));
  return std::vector<double>(p.data(), p.data() + p.size());
}

PricePrediction predict_price(const TrainedPipeline& pipeline, const CardRecord& record) {
  PricePrediction out;
  for (const auto& field : card_fields()) {
    const auto it = record.find(field);
    // A blank value or "NA"-like marker counts as missing, exactly as in a table.
    const bool present = it != record.end() && !it->second.empty() && it->second != "NA" &&
                         it->second != "N/A" && it->second != "NaN" && it->second != "null";
    if (auto error = check_field(field, present, present ? it->second : "")) {
      out.error = *error;
      return out;
    }
  }
  // Validated, so record_to_table cannot fail on a type.
  const double log_price = predict_log_prices(pipeline, record_to_table(record)).front();
  out.price_usd = std::exp(log_price);
  out.ok = std::isfinite(out.price_usd) && out.price_usd > 0;
  if (!out.ok) out.error = {"out_of_range", "price", "the model gave no finite price"};
  return out;
}

}  // namespace capstone
