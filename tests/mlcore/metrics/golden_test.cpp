// Every case of tests/golden/metrics/cases.json (written by generate.py with scikit-learn 1.2)
// recomputed with mlcore: scalars, matrices and curves (element-wise, same length) within 1e-12.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iostream>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "mlcore/metrics/classification.hpp"
#include "mlcore/metrics/ranking.hpp"
#include "mlcore/metrics/regression.hpp"
#include "mlcore/metrics/scorer.hpp"
#include "mlcore/metrics/threshold.hpp"

namespace mlcore {
namespace {

using json = nlohmann::json;
constexpr double kTolerance = 1e-12;

const json& golden() {
  static const json doc = [] {
    std::ifstream in(std::string(MLCORE_METRICS_GOLDEN_DIR) + "/cases.json");
    if (!in) throw std::runtime_error("cannot open golden cases.json");
    return json::parse(in);
  }();
  return doc;
}

// Pooled arrays: args hold "@<index>" for arrays stored once in doc["arrays"].
const json& resolve(const json& value) {
  if (value.is_string() && value.get<std::string>().rfind('@', 0) == 0) {
    return golden()["arrays"][std::stoul(value.get<std::string>().substr(1))];
  }
  return value;
}

double num(const json& v) {
  return v.is_null() ? std::numeric_limits<double>::quiet_NaN() : v.get<double>();
}

Vector vec(const json& value) {
  const json& v = resolve(value);
  Vector out(static_cast<Eigen::Index>(v.size()));
  for (std::size_t i = 0; i < v.size(); ++i) out[static_cast<Eigen::Index>(i)] = num(v[i]);
  return out;
}

Matrix mat(const json& value) {
  const json& v = resolve(value);
  if (!v[0].is_array()) return vec(v);  // 1-d probabilities: one column.
  Matrix out(static_cast<Eigen::Index>(v.size()), static_cast<Eigen::Index>(v[0].size()));
  for (std::size_t i = 0; i < v.size(); ++i) {
    for (std::size_t j = 0; j < v[i].size(); ++j) {
      out(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = num(v[i][j]);
    }
  }
  return out;
}

std::string& current_case() {
  static std::string name;
  return name;
}

struct Stats {
  int cases = 0;
  int values = 0;
  double max_abs = 0.0;
  double max_rel = 0.0;
};
Stats& stats() {
  static Stats s;
  return s;
}

// versus_sklearn: the expected value is scikit-learn's (else generate.py's own reference); only
// those comparisons enter the reported maxima.
void expect_close(double actual, double expected, const std::string& what,
                  double tolerance = kTolerance, bool versus_sklearn = true) {
  ++stats().values;
  if (std::isnan(expected)) {
    EXPECT_TRUE(std::isnan(actual)) << what << ": expected NaN, got " << actual;
    return;
  }
  const double diff = std::abs(actual - expected);
  if (diff > 0 && std::getenv("MLCORE_GOLDEN_VERBOSE") != nullptr) {
    std::cout << "[golden] not bit-identical: " << current_case() << " " << what << " diff " << diff
              << "\n";
  }
  if (versus_sklearn) {
    stats().max_abs = std::max(stats().max_abs, diff);
    if (expected != 0.0) stats().max_rel = std::max(stats().max_rel, diff / std::abs(expected));
  }
  EXPECT_LE(diff, tolerance) << what << ": got " << actual << ", sklearn " << expected;
}

void expect_close(const Vector& actual, const json& expected, const std::string& what) {
  const Vector e = vec(expected);
  ASSERT_EQ(actual.size(), e.size()) << what << ": length differs from sklearn";
  for (Eigen::Index i = 0; i < e.size(); ++i) {
    expect_close(actual[i], e[i], what + "[" + std::to_string(i) + "]");
  }
}

const Vector* weights_of(const json& args, Vector& storage) {
  if (!args.contains("sample_weight")) return nullptr;
  storage = vec(args["sample_weight"]);
  return &storage;
}

Average average_of(const std::string& name) {
  static const std::map<std::string, Average> names = {{"binary", Average::kBinary},
                                                       {"macro", Average::kMacro},
                                                       {"weighted", Average::kWeighted},
                                                       {"micro", Average::kMicro}};
  return names.at(name);
}

void check_classification(const std::string& fn, const json& a, const json& e) {
  Vector w_storage;
  const Vector* w = weights_of(a, w_storage);
  const Vector y = vec(a["y_true"]);
  if (fn == "accuracy") return expect_close(accuracy_score(y, vec(a["y_pred"]), w), num(e), fn);
  if (fn == "balanced_accuracy") {
    return expect_close(balanced_accuracy_score(y, vec(a["y_pred"]), w), num(e), fn);
  }
  if (fn == "confusion_matrix") {
    const Vector labels = a.contains("labels") ? vec(a["labels"]) : Vector();
    const Matrix cm = confusion_matrix(y, vec(a["y_pred"]), labels, w);
    const Matrix expected = mat(e);
    ASSERT_EQ(cm.rows(), expected.rows());
    ASSERT_EQ(cm.cols(), expected.cols());
    for (Eigen::Index i = 0; i < cm.size(); ++i) {
      expect_close(cm.data()[i], expected.data()[i], "cm");
    }
    return;
  }
  if (fn == "prf") {
    PrfParams p;
    p.average = average_of(a["average"]);
    if (a.contains("zero_division")) p.zero_division = a["zero_division"].get<double>();
    if (a.contains("pos_label")) p.pos_label = a["pos_label"].get<double>();
    if (a.contains("labels")) p.labels = vec(a["labels"]);
    const PrfResult r = precision_recall_fscore(y, vec(a["y_pred"]), p, w);
    expect_close(r.precision_avg, num(e["precision"]), "precision");
    expect_close(r.recall_avg, num(e["recall"]), "recall");
    expect_close(r.f_score_avg, num(e["f"]), "f1");
    return;
  }
  if (fn == "report") {
    const ClassificationReport r = classification_report(y, vec(a["y_pred"]), {}, w);
    ASSERT_EQ(r.rows.size(), e["rows"].size());
    auto row = [](const ReportRow& x, const json& j, const std::string& what) {
      expect_close(x.precision, num(j[0]), what + " precision");
      expect_close(x.recall, num(j[1]), what + " recall");
      expect_close(x.f1, num(j[2]), what + " f1");
      expect_close(x.support, num(j[3]), what + " support");
    };
    for (std::size_t i = 0; i < r.rows.size(); ++i) row(r.rows[i], e["rows"][i], "row");
    row(r.macro_avg, e["macro"], "macro");
    row(r.weighted_avg, e["weighted"], "weighted");
    EXPECT_TRUE(r.micro_is_accuracy);
    expect_close(r.micro_avg.precision, num(e["accuracy"]), "accuracy");
    return;
  }
  if (fn == "brier") {
    std::optional<double> pos;
    if (a.contains("pos_label")) pos = a["pos_label"].get<double>();
    return expect_close(brier_score_loss(y, vec(a["y_prob"]), pos, w), num(e), fn);
  }
  if (fn == "log_loss") {
    LogLossParams p;
    if (a["eps"].is_number()) p.eps = a["eps"].get<double>();
    if (a.contains("labels")) p.labels = vec(a["labels"]);
    return expect_close(log_loss(y, mat(a["proba"]), p, w), num(e), fn);
  }
  FAIL() << "unknown classification fn " << fn;
}

void check_ranking(const std::string& fn, const json& a, const json& e) {
  Vector w_storage;
  const Vector* w = weights_of(a, w_storage);
  const Vector y = vec(a["y_true"]);
  const double pos = a.value("pos_label", 1.0);
  if (fn == "roc_curve") {
    const RocCurve r = roc_curve(y, vec(a["scores"]), {pos, a["drop_intermediate"].get<bool>()}, w);
    expect_close(r.fpr, e["fpr"], "fpr");
    expect_close(r.tpr, e["tpr"], "tpr");
    expect_close(r.thresholds, e["thresholds"], "thresholds");
    return;
  }
  if (fn == "pr_curve") {
    const PrecisionRecallCurve r = precision_recall_curve(y, vec(a["scores"]), pos, w);
    expect_close(r.precision, e["precision"], "precision");
    expect_close(r.recall, e["recall"], "recall");
    expect_close(r.thresholds, e["thresholds"], "thresholds");
    return;
  }
  if (fn == "average_precision") {
    return expect_close(average_precision_score(y, vec(a["scores"]), pos, w), num(e), fn);
  }
  if (fn == "roc_auc") return expect_close(roc_auc_score(y, vec(a["scores"]), w), num(e), fn);
  if (fn == "roc_auc_ovr") {
    const Vector classes = a.contains("labels") ? vec(a["labels"]) : Vector();
    return expect_close(roc_auc_ovr(y, mat(a["proba"]), classes, average_of(a["average"]), w),
                        num(e), fn);
  }
  FAIL() << "unknown ranking fn " << fn;
}

void check_regression(const std::string& fn, const json& a, const json& e) {
  Vector w_storage;
  const Vector* w = weights_of(a, w_storage);
  const Vector y = vec(a["y_true"]), p = vec(a["y_pred"]);
  using Fn = double (*)(const Vector&, const Vector&, const Vector*);
  static const std::map<std::string, Fn> fns = {{"mse", mean_squared_error},
                                                {"rmse", root_mean_squared_error},
                                                {"mae", mean_absolute_error},
                                                {"mape", mean_absolute_percentage_error},
                                                {"r2", r2_score}};
  expect_close(fns.at(fn)(y, p, w), num(e), fn);
}

void check_threshold(const json& a, const json& e) {
  Vector w_storage;
  const Vector* w = weights_of(a, w_storage);
  const json& c = a["costs"];
  const CostMatrix costs{c[0].get<double>(), c[1].get<double>(), c[2].get<double>(),
                         c[3].get<double>()};
  const ThresholdChoice t =
      choose_threshold(vec(a["y_true"]), vec(a["scores"]), costs, a["pos_label"].get<double>(), w);
  // The reference is generate.py's brute force (not sklearn), which sums weighted counts of up to
  // ~1500 in another order: counts and costs agree to 1e-12 relative; the threshold exactly.
  EXPECT_EQ(t.threshold, num(e["threshold"]));
  auto near = [](double got, double want, const char* what) {
    expect_close(got, want, what, kTolerance * std::max(1.0, std::abs(want)), false);
  };
  near(t.cost, num(e["cost"]), "cost");
  near(t.true_positives, num(e["tp"]), "tp");
  near(t.false_positives, num(e["fp"]), "fp");
  near(t.true_negatives, num(e["tn"]), "tn");
  near(t.false_negatives, num(e["fn"]), "fn");
}

void check_scorer(const json& a, const json& e) {
  const Scorer scorer = make_scorer(a["name"].get<std::string>());
  const Vector y = vec(a["y_true"]), pred = vec(a["y_pred"]);
  if (scorer.needs_proba()) {
    const Matrix proba = mat(a["proba"]);
    const Vector classes = vec(a["classes"]);
    return expect_close(scorer.score(y, pred, &proba, &classes), num(e), scorer.name());
  }
  expect_close(scorer.score(y, pred), num(e), scorer.name());
}

const std::set<std::string> kClassification = {
    "accuracy", "balanced_accuracy", "confusion_matrix", "prf", "report", "brier", "log_loss"};
const std::set<std::string> kRanking = {"roc_curve", "pr_curve", "average_precision", "roc_auc",
                                        "roc_auc_ovr"};
const std::set<std::string> kRegression = {"mse", "rmse", "mae", "mape", "r2"};

// Runs every case whose fn is in the family; returns how many ran.
int run_family(const std::function<bool(const std::string&)>& in_family,
               const std::function<void(const std::string&, const json&, const json&)>& check) {
  int ran = 0;
  for (const json& c : golden()["cases"]) {
    const std::string fn = c["fn"];
    if (!in_family(fn)) continue;
    current_case() = c["name"].get<std::string>();
    SCOPED_TRACE(current_case());
    check(fn, c["args"], c["expected"]);
    ++ran;
    ++stats().cases;
  }
  return ran;
}

TEST(MetricsGolden, FileMatchesTheGenerator) {
  EXPECT_EQ(golden()["sklearn_version"], "1.2.1");
  int unknown = 0;
  for (const json& c : golden()["cases"]) {
    const std::string fn = c["fn"];
    if (!kClassification.count(fn) && !kRanking.count(fn) && !kRegression.count(fn) &&
        fn != "threshold" && fn != "scorer") {
      ++unknown;
    }
  }
  EXPECT_EQ(unknown, 0);
  EXPECT_GT(golden()["cases"].size(), 400u);
}

TEST(MetricsGolden, Classification) {
  EXPECT_GT(run_family([](const std::string& f) { return kClassification.count(f) > 0; },
                       check_classification),
            150);
}

TEST(MetricsGolden, Ranking) {
  EXPECT_GT(run_family([](const std::string& f) { return kRanking.count(f) > 0; }, check_ranking),
            60);
}

TEST(MetricsGolden, Regression) {
  EXPECT_GT(
      run_family([](const std::string& f) { return kRegression.count(f) > 0; }, check_regression),
      40);
}

TEST(MetricsGolden, Threshold) {
  EXPECT_GT(
      run_family([](const std::string& f) { return f == "threshold"; },
                 [](const std::string&, const json& a, const json& e) { check_threshold(a, e); }),
      30);
}

TEST(MetricsGolden, Scorers) {
  EXPECT_GT(
      run_family([](const std::string& f) { return f == "scorer"; },
                 [](const std::string&, const json& a, const json& e) { check_scorer(a, e); }),
      20);
  // The numbers quoted in the area's report; printed once all families above ran.
  std::cout << "[golden] " << stats().cases << " cases, " << stats().values
            << " values; versus sklearn: max |diff| = " << stats().max_abs
            << ", max relative diff = " << stats().max_rel << "\n";
}

}  // namespace
}  // namespace mlcore
