// mlcore's trees and forests against scikit-learn 1.2 (tests/golden/tree/generate.py).
//
// Trees: exact splits, random_state 0 on both sides. Every test prediction must equal
// scikit-learn's bit for bit (predict_proba within 1e-12), rows whose scikit-learn decision path
// passes a tied split included: mlcore draws features from scikit-learn's random stream and adds
// in its order, so even ties are broken the same way. Untied rows are counted separately in the
// printout since they are what any correct CART must match.
// Forests: test accuracy within 1 percentage point of scikit-learn's mean over five seeds, and
// with exact splits (max_bins = 0) scikit-learn's seed-0 forest reproduced.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "mlcore/ensemble/random_forest_classifier.hpp"
#include "mlcore/ensemble/random_forest_regressor.hpp"
#include "mlcore/tree/decision_tree_classifier.hpp"
#include "mlcore/tree/decision_tree_regressor.hpp"

namespace mlcore {
namespace {

using Json = nlohmann::json;

Json load(const std::string& name) {
  std::ifstream in(std::string(MLCORE_TREE_GOLDEN_DIR) + "/" + name);
  EXPECT_TRUE(in) << "missing golden file " << name;
  std::stringstream text;
  text << in.rdbuf();
  return Json::parse(text.str());
}

Matrix matrix_of(const Json& rows, std::size_t begin = 0, std::size_t end = SIZE_MAX) {
  end = std::min(end, rows.size());
  const std::size_t cols = rows.at(0).size();
  Matrix m(static_cast<Eigen::Index>(end - begin), static_cast<Eigen::Index>(cols));
  for (std::size_t r = begin; r < end; ++r)
    for (std::size_t c = 0; c < cols; ++c)
      m(static_cast<Eigen::Index>(r - begin), static_cast<Eigen::Index>(c)) =
          rows[r][c].get<double>();
  return m;
}

Vector vector_of(const Json& values, std::size_t begin = 0, std::size_t end = SIZE_MAX) {
  end = std::min(end, values.size());
  Vector v(static_cast<Eigen::Index>(end - begin));
  for (std::size_t i = begin; i < end; ++i)
    v[static_cast<Eigen::Index>(i - begin)] = values[i].get<double>();
  return v;
}

template <class Params>
void apply_params(const Json& p, Params& params) {
  params.random_state = 0;
  params.max_bins = 0;
  if (p.contains("max_depth")) params.max_depth = p["max_depth"].get<int>();
  if (p.contains("min_samples_leaf")) params.min_samples_leaf = p["min_samples_leaf"].get<int>();
  if (p.contains("min_samples_split")) params.min_samples_split = p["min_samples_split"].get<int>();
  if (p.contains("min_impurity_decrease"))
    params.min_impurity_decrease = p["min_impurity_decrease"].get<double>();
  if (p.contains("criterion")) params.criterion = criterion_from_name(p["criterion"]);
}

TEST(TreeGolden, ExactTreesMatchScikitLearnOnEveryUntiedRow) {
  const Json golden = load("trees.json");
  int total_rows = 0;
  int total_equal = 0;
  double max_diff = 0.0;
  double max_proba_diff = 0.0;
  for (const Json& c : golden["cases"]) {
    SCOPED_TRACE(c["name"].get<std::string>());
    const Json& d = golden["datasets"][c["dataset"].get<std::string>()];
    const Matrix X = matrix_of(d["X_train"]);
    const Vector y = vector_of(d["y_train"]);
    const Matrix X_test = matrix_of(d["X_test"]);
    const Vector w = vector_of(d["w_train"]);
    const bool weighted = c["weighted"].get<bool>();
    const Vector expected = vector_of(c["predict"]);
    Vector got;
    Matrix proba;
    Vector importances;
    int n_leaves = 0;
    int depth = 0;
    if (c["kind"] == "classifier") {
      DecisionTreeClassifier model;
      apply_params(c["params"], model.params);
      model.fit(X, y, weighted ? &w : nullptr);
      got = model.predict(X_test);
      proba = model.predict_proba(X_test);
      importances = model.feature_importances();
      n_leaves = model.n_leaves();
      depth = model.depth();
    } else {
      DecisionTreeRegressor model;
      apply_params(c["params"], model.params);
      model.fit(X, y, weighted ? &w : nullptr);
      got = model.predict(X_test);
      importances = model.feature_importances();
      n_leaves = model.n_leaves();
      depth = model.depth();
    }
    int equal = 0;
    int untied = 0;
    int untied_equal = 0;
    for (Eigen::Index i = 0; i < expected.size(); ++i) {
      const bool tied = c["tied"][static_cast<std::size_t>(i)].get<bool>();
      const bool same = got[i] == expected[i];
      max_diff = std::max(max_diff, std::abs(got[i] - expected[i]));
      equal += same;
      untied += !tied;
      untied_equal += !tied && same;
      EXPECT_EQ(got[i], expected[i]) << "test row " << i << (tied ? " (tied split)" : "");
      if (proba.size() > 0) {
        const Json& p = c["predict_proba"][static_cast<std::size_t>(i)];
        for (Eigen::Index k = 0; k < proba.cols(); ++k) {
          const double diff = std::abs(proba(i, k) - p[static_cast<std::size_t>(k)].get<double>());
          max_proba_diff = std::max(max_proba_diff, diff);
          EXPECT_LE(diff, 1e-12);
        }
      }
    }
    const bool any_tie = c["n_tied_nodes"].get<int>() > 0;
    if (!any_tie) {
      // Without ties the whole tree is scikit-learn's.
      EXPECT_EQ(n_leaves, c["n_leaves"].get<int>());
      EXPECT_EQ(depth, c["depth"].get<int>());
      const Vector sk_importances = vector_of(c["feature_importances"]);
      EXPECT_LT((importances - sk_importances).cwiseAbs().maxCoeff(), 1e-9);
    }
    total_rows += static_cast<int>(expected.size());
    total_equal += equal;
    std::printf("[golden] %-75s all rows %3d/%3d equal, untied %3d/%3d, leaves %d (sklearn %d)\n",
                c["name"].get<std::string>().c_str(), equal, static_cast<int>(expected.size()),
                untied_equal, untied, n_leaves, c["n_leaves"].get<int>());
  }
  std::printf(
      "[golden] overall %d/%d test predictions equal to scikit-learn's; max |diff| %g, "
      "max |proba diff| %g\n",
      total_equal, total_rows, max_diff, max_proba_diff);
}

TEST(TreeGolden, ForestClassifierAccuracyWithinOnePointOfScikitLearn) {
  const Json golden = load("forests.json");
  const Json& g = golden["classifier"];
  const auto n_train = g["n_train"].get<std::size_t>();
  const Matrix X = matrix_of(g["X"], 0, n_train);
  const Vector y = vector_of(g["y"], 0, n_train);
  const Matrix X_test = matrix_of(g["X"], n_train);
  const Vector y_test = vector_of(g["y"], n_train);
  const double sklearn_accuracy = g["accuracy_mean"].get<double>();
  for (int max_bins : {255, 0}) {
    RandomForestClassifier forest;
    forest.params.max_bins = max_bins;
    forest.params.random_state = 0;
    forest.fit(X, y);
    const double accuracy =
        (forest.predict(X_test).array() == y_test.array()).cast<double>().mean();
    std::printf("[golden] forest classifier max_bins=%d accuracy %.4f, scikit-learn mean %.4f\n",
                max_bins, accuracy, sklearn_accuracy);
    EXPECT_NEAR(accuracy, sklearn_accuracy, 0.01);
    if (max_bins == 0) {
      // scikit-learn's bootstraps and feature draws: its random_state=0 forest, tree for tree.
      const Vector expected = vector_of(g["seed0_proba_class1"]);
      const Matrix proba = forest.predict_proba(X_test);
      EXPECT_LT((proba.col(1) - expected).cwiseAbs().maxCoeff(), 1e-12);
    }
  }
}

TEST(TreeGolden, ForestRegressorR2CloseToScikitLearn) {
  const Json golden = load("forests.json");
  const Json& g = golden["regressor"];
  const auto n_train = g["n_train"].get<std::size_t>();
  const Matrix X = matrix_of(g["X"], 0, n_train);
  const Vector y = vector_of(g["y"], 0, n_train);
  const Matrix X_test = matrix_of(g["X"], n_train);
  const Vector y_test = vector_of(g["y"], n_train);
  RandomForestRegressor exact;
  exact.params.random_state = 0;
  exact.params.max_bins = 0;
  exact.fit(X, y);
  const Vector expected = vector_of(g["seed0_predict"]);
  const double max_diff = (exact.predict(X_test) - expected).cwiseAbs().maxCoeff();
  std::printf("[golden] exact forest regressor vs scikit-learn seed 0: max |diff| %g\n", max_diff);
  EXPECT_LT(max_diff, 1e-9);
  RandomForestRegressor forest;  // Default: histogram splits.
  forest.params.random_state = 0;
  forest.fit(X, y);
  const Vector pred = forest.predict(X_test);
  const double ss_res = (pred - y_test).squaredNorm();
  const double ss_tot = (y_test.array() - y_test.mean()).matrix().squaredNorm();
  const double r2 = 1.0 - ss_res / ss_tot;
  std::printf("[golden] forest regressor R2 %.4f, scikit-learn mean %.4f\n", r2,
              g["r2_mean"].get<double>());
  EXPECT_NEAR(r2, g["r2_mean"].get<double>(), 0.01);
}

}  // namespace
}  // namespace mlcore
