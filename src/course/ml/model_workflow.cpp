#include "course/ml/model_workflow.hpp"

#include <chrono>
#include <set>

#include "course/error.hpp"
#include "course/progress.hpp"  // now_iso8601
#include "mlcore/data/label_encode.hpp"
#include "mlcore/data/rows.hpp"
#include "mlcore/matrix.hpp"
#include "mlcore/metrics/scorer.hpp"
#include "mlcore/model_selection/cross_validate.hpp"
#include "mlcore/model_selection/kfold.hpp"
#include "mlcore/model_selection/stratified_kfold.hpp"
#include "mlcore/preprocessing/pipeline.hpp"

namespace course::ml {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

const mlcore::Column& target_column(const mlcore::Table& data, const std::string& target,
                                    const std::string& source) {
  if (!data.has_column(target)) {
    std::string names;
    for (const auto& n : data.column_names()) names += (names.empty() ? "" : ", ") + n;
    throw InputError(source, 0, 0, "--target",
                     "no column '" + target + "' (columns: " + names + ")");
  }
  return data.column(target);
}

// The metric names reported for a task; roc_auc only when probabilities exist.
std::vector<std::string> metric_names(Task task) {
  if (task == Task::kRegression) return {"r2", "rmse", "mae"};
  return {"accuracy", "balanced_accuracy", "f1_macro", "roc_auc", "log_loss"};
}

// Computes one metric by scikit-learn scoring name from labels/codes and probabilities.
double metric(const std::string& name, const mlcore::Vector& y, const mlcore::Vector& pred,
              const mlcore::Matrix* proba, const mlcore::Vector* classes) {
  if (name == "roc_auc") {
    const bool binary = classes && classes->size() == 2;
    return mlcore::make_scorer(binary ? "roc_auc" : "roc_auc_ovr").metric(y, pred, proba, classes);
  }
  if (name == "log_loss")
    return mlcore::make_scorer("neg_log_loss").metric(y, pred, proba, classes);
  return mlcore::make_scorer(name).metric(y, pred, proba, classes);
}

// Every metric that is defined for this data (roc_auc on a one-class sample is not).
std::map<std::string, double> metrics(Task task, const mlcore::Vector& y,
                                      const mlcore::Vector& pred, const mlcore::Matrix* proba,
                                      const mlcore::Vector* classes) {
  std::map<std::string, double> out;
  for (const auto& name : metric_names(task)) {
    try {
      out[name] = metric(name, y, pred, proba, classes);
    } catch (const mlcore::Error&) {
      // Undefined on this sample (e.g. one class present): reported as absent, not as 0.
    }
  }
  return out;
}

// Identifier-like text columns (every value distinct, e.g. names) teach a model nothing and
// would one-hot into one column per row: left out of the features.
bool is_identifier(const mlcore::Column& column) {
  if (column.type() != mlcore::ColumnType::kCategorical || column.size() < 20) return false;
  std::set<std::string> seen;
  for (std::size_t r = 0; r < column.size(); ++r)
    if (!seen.insert(column.text(r)).second) return false;
  return true;
}

}  // namespace

TrainResult train(const mlcore::Table& raw, const std::string& source,
                  const TrainRequest& request) {
  // Trees and forests classify a text or boolean target and regress a numeric one.
  const mlcore::ColumnType target_type = target_column(raw, request.target, source).type();
  const Task task =
      target_type == mlcore::ColumnType::kNumeric ? Task::kRegression : Task::kClassification;
  const ModelKind& kind = model_kind(request.model, task);
  for (const auto& [key, value] : request.params)
    if (std::find(kind.params.begin(), kind.params.end(), key) == kind.params.end()) {
      std::string known;
      for (const auto& p : kind.params) known += (known.empty() ? "" : ", ") + p;
      fail_usage("--param " + key + ": not a parameter of " + kind.name + " (known: " + known +
                 ")");
    }
  const mlcore::Column& raw_target = target_column(raw, request.target, source);

  TrainResult result;
  const mlcore::Indices keep = mlcore::rows_where(
      raw, [&](const mlcore::Table&, std::size_t row) { return !raw_target.is_missing(row); });
  result.dropped_rows = raw.rows() - keep.size();
  const mlcore::Table data = mlcore::take_rows(raw, keep);
  result.rows = data.rows();
  if (result.rows < 2)
    throw InputError(source, 0, 0, "--target", "fewer than 2 rows with a target value");
  const mlcore::Column& target = data.column(request.target);

  SavedModel& model = result.model;
  model.kind = kind.name;
  model.tags["kind"] = kind.name;
  model.task = kind.task;
  model.target = request.target;
  mlcore::Vector y;
  if (kind.task == Task::kClassification) {
    const mlcore::LabelEncoding encoding = mlcore::label_encode(target);
    if (encoding.classes.size() < 2)
      throw InputError(source, 0, 0, "--target",
                       "'" + request.target + "' has one value ('" + encoding.classes.front() +
                           "') in every row; a classifier needs at least two classes");
    model.classes = encoding.classes;
    y = encoding.codes;
  } else {
    if (target.type() == mlcore::ColumnType::kCategorical)
      throw InputError(source, 0, 0, "--target",
                       "'" + request.target + "' is not numeric; a regressor (" + kind.name +
                           ") predicts numbers: use --model logreg to classify it");
    y = mlcore::to_vector(target);
    if (y.maxCoeff() == y.minCoeff())
      throw InputError(source, 0, 0, "--target",
                       "'" + request.target + "' is constant; there is nothing to learn");
  }

  // Features: every other column, identifiers left out; text columns one-hot encoded.
  mlcore::TablePreprocessorParams prep;
  for (const auto& column : data.columns()) {
    if (column.name() == request.target || is_identifier(column)) continue;
    (column.type() == mlcore::ColumnType::kCategorical ? prep.categorical_columns
                                                       : prep.numeric_columns)
        .push_back(column.name());
  }
  if (prep.numeric_columns.empty() && prep.categorical_columns.empty())
    throw InputError(source, 0, 0, "", "no feature columns besides the target");
  if (request.scale == "standard")
    prep.scaling = mlcore::NumericScaling::kStandard;
  else if (request.scale == "minmax")
    prep.scaling = mlcore::NumericScaling::kMinMax;
  else if (request.scale == "none")
    prep.scaling = mlcore::NumericScaling::kNone;
  else
    fail_usage("--scale " + request.scale + ": expected standard, minmax or none");
  prep.numeric_impute = mlcore::ImputeStrategy::kMedian;

  if (request.cv > 0) {
    if (request.cv < 2) fail_usage("--cv must be at least 2");
    mlcore::ScoreFunctions scorers;
    for (const auto& name : metric_names(kind.task))
      scorers[name] = [name](const mlcore::Vector& yt, const mlcore::Vector& yp,
                             const mlcore::Matrix* proba, const mlcore::Vector* classes) {
        return metric(name, yt, yp, proba, classes);
      };
    if (kind.task == Task::kClassification) scorers.erase("roc_auc"), scorers.erase("log_loss");
    const auto factory = [&]() -> std::unique_ptr<mlcore::TableEstimator> {
      return std::make_unique<mlcore::Pipeline>(prep, kind.make(request.params, request.seed));
    };
    const mlcore::Table features = data;  // The pipeline selects its columns.
    std::unique_ptr<mlcore::Splitter> splitter;
    if (kind.task == Task::kClassification)
      splitter = std::make_unique<mlcore::StratifiedKFold>(
          mlcore::StratifiedKFoldParams{std::size_t(request.cv), true, request.seed});
    else
      splitter = std::make_unique<mlcore::KFold>(
          mlcore::KFoldParams{std::size_t(request.cv), true, request.seed});
    result.cv_scores =
        mlcore::cross_validate<mlcore::Table>(factory, features, y, *splitter, scorers).test_scores;
  }

  const auto start = Clock::now();
  model.preprocessor = mlcore::TablePreprocessor(prep);
  const mlcore::Matrix X = model.preprocessor.fit_transform(data);
  model.estimator = kind.make(request.params, request.seed);
  model.estimator->fit(X, y, nullptr);
  result.fit_seconds = seconds_since(start);
  result.features_out = std::size_t(X.cols());

  const mlcore::Vector pred = model.estimator->predict(X);
  const bool proba = model.estimator->has_predict_proba();
  const mlcore::Matrix p = proba ? model.estimator->predict_proba(X) : mlcore::Matrix();
  const mlcore::Vector classes = model.estimator->classes();
  result.train_metrics =
      metrics(kind.task, y, pred, proba ? &p : nullptr, proba ? &classes : nullptr);

  model.metadata.feature_names = prep.numeric_columns;
  model.metadata.feature_names.insert(model.metadata.feature_names.end(),
                                      prep.categorical_columns.begin(),
                                      prep.categorical_columns.end());
  model.metadata.target = request.target;
  model.metadata.n_samples = result.rows;
  model.metadata.trained_at = now_iso8601();
  for (const auto& [name, value] : result.train_metrics)
    model.metadata.metrics["train_" + name] = value;
  for (const auto& [name, scores] : result.cv_scores) {
    double sum = 0;
    for (double s : scores) sum += s;
    model.metadata.metrics["cv_" + name] = sum / double(scores.size());
  }
  return result;
}

Predictions predict(const SavedModel& model, const mlcore::Table& data, const std::string& source) {
  for (const auto& name : model.metadata.feature_names)
    if (!data.has_column(name))
      throw InputError(source, 0, 0, "",
                       "missing column '" + name + "', which the model was trained on");
  Predictions out;
  const auto start = Clock::now();
  const mlcore::Matrix X = model.preprocessor.transform(data);
  const mlcore::Vector pred = model.estimator->predict(X);
  const bool proba = model.task == Task::kClassification && model.estimator->has_predict_proba();
  const mlcore::Matrix p = proba ? model.estimator->predict_proba(X) : mlcore::Matrix();
  out.predict_seconds = seconds_since(start);

  if (model.task == Task::kClassification) {
    mlcore::Column prediction("prediction", mlcore::ColumnType::kCategorical);
    for (Eigen::Index i = 0; i < pred.size(); ++i)
      prediction.push_text(model.classes.at(std::size_t(pred[i])));
    out.table.add_column(std::move(prediction));
    for (std::size_t k = 0; proba && k < model.classes.size(); ++k) {
      mlcore::Column column("proba_" + model.classes[k], mlcore::ColumnType::kNumeric);
      for (Eigen::Index i = 0; i < p.rows(); ++i) column.push_numeric(p(i, Eigen::Index(k)));
      out.table.add_column(std::move(column));
    }
  } else {
    mlcore::Column prediction("prediction", mlcore::ColumnType::kNumeric);
    for (Eigen::Index i = 0; i < pred.size(); ++i) prediction.push_numeric(pred[i]);
    out.table.add_column(std::move(prediction));
  }
  return out;
}

std::map<std::string, double> evaluate(const SavedModel& model, const mlcore::Table& raw,
                                       const std::string& source) {
  const mlcore::Column& raw_target = target_column(raw, model.target, source);
  const mlcore::Indices keep = mlcore::rows_where(
      raw, [&](const mlcore::Table&, std::size_t row) { return !raw_target.is_missing(row); });
  const mlcore::Table data = mlcore::take_rows(raw, keep);
  if (data.rows() == 0)
    throw InputError(source, 0, 0, "", "no rows with a value in '" + model.target + "'");
  const mlcore::Column& target = data.column(model.target);
  const mlcore::Matrix X = model.preprocessor.transform(data);
  const mlcore::Vector pred = model.estimator->predict(X);
  mlcore::Vector y(static_cast<Eigen::Index>(data.rows()));
  if (model.task == Task::kClassification) {
    for (std::size_t r = 0; r < data.rows(); ++r) {
      const std::string label = target.to_string(r);
      const auto it = std::find(model.classes.begin(), model.classes.end(), label);
      if (it == model.classes.end())
        throw InputError(source, r + 2, 0, model.target,
                         "label '" + label + "' was not seen in training");
      y[Eigen::Index(r)] = double(it - model.classes.begin());
    }
    const mlcore::Matrix p = model.estimator->predict_proba(X);
    const mlcore::Vector classes = model.estimator->classes();
    return metrics(model.task, y, pred, &p, &classes);
  }
  y = mlcore::to_vector(target);
  return metrics(model.task, y, pred, nullptr, nullptr);
}

}  // namespace course::ml
