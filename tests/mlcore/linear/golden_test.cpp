// Agreement with scikit-learn 1.2 on the values written by tests/golden/linear/generate.py
// (real Pokémon data and synthetic data, both stored in the golden files).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "mlcore/linear/linear_regression.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/linear/ridge.hpp"

namespace mlcore {
namespace {

using Json = nlohmann::json;

Json load(const std::string& name) {
  std::ifstream in(std::string(MLCORE_LINEAR_GOLDEN_DIR) + "/" + name);
  EXPECT_TRUE(in) << "missing golden file " << name;
  std::stringstream text;
  text << in.rdbuf();
  return Json::parse(text.str());
}

Vector vec(const Json& j) {
  const auto v = j.get<std::vector<double>>();
  return Eigen::Map<const Vector>(v.data(), static_cast<Eigen::Index>(v.size()));
}

Matrix mat(const Json& j) {
  const auto v = j.at("data").get<std::vector<double>>();
  return Eigen::Map<const Matrix>(v.data(), j.at("rows").get<Eigen::Index>(),
                                  j.at("cols").get<Eigen::Index>());
}

// Largest |a - b| / max(|b|, floor): relative, with a floor for entries near zero.
double max_rel(const Matrix& a, const Matrix& b, double floor) {
  return ((a - b).array().abs() / b.array().abs().max(floor)).maxCoeff();
}

struct Worst {
  double coef_rel = 0, proba_abs = 0;
};

TEST(Golden, LogisticRegressionMatchesScikitLearn) {
  const Json doc = load("logistic_regression.json");
  Worst worst;
  for (const Json& c : doc.at("cases")) {
    const Json& data = doc.at("datasets").at(c.at("data").get<std::string>());
    const Matrix X = mat(data.at("X"));
    const Vector y = vec(data.at("y"));
    LogisticRegressionParams p;
    p.C = c.at("params").at("C").get<double>();
    p.fit_intercept = c.at("params").at("fit_intercept").get<bool>();
    p.class_weight = c.at("params").at("class_weight") == "balanced" ? ClassWeight::kBalanced
                                                                     : ClassWeight::kNone;
    p.tol = 1e-8;
    p.max_iter = 10000;
    LogisticRegression model(p);
    Vector sw;
    if (!c.at("sample_weight").is_null()) sw = vec(c.at("sample_weight"));
    model.fit(X, y, sw.size() ? &sw : nullptr);
    SCOPED_TRACE(c.at("data").get<std::string>() + " " + c.at("params").dump());

    const Matrix coef = mat(c.at("coef"));
    const Vector intercept = vec(c.at("intercept"));
    const Matrix proba = mat(c.at("predict_proba"));
    ASSERT_EQ(model.coef().rows(), coef.rows());
    EXPECT_EQ(model.classes(), vec(c.at("classes")));
    // Relative to each entry, floored at 1% of the largest coefficient.
    const double floor = coef.cwiseAbs().maxCoeff() * 1e-2;
    const double coef_rel = max_rel(model.coef(), coef, floor);
    const double icpt_rel = max_rel(model.intercept(), intercept, std::max(floor, 1e-2));
    const double proba_abs = (model.predict_proba(X) - proba).cwiseAbs().maxCoeff();
    EXPECT_LE(coef_rel, 1e-4);
    EXPECT_LE(icpt_rel, 1e-4);
    EXPECT_LE(proba_abs, 1e-6);
    EXPECT_EQ(model.predict(X), vec(c.at("predict")));
    EXPECT_EQ(model.n_iter(), c.at("n_iter").get<int>()) << "(informative: L-BFGS-B path)";
    worst.coef_rel = std::max({worst.coef_rel, coef_rel, icpt_rel});
    worst.proba_abs = std::max(worst.proba_abs, proba_abs);
  }
  RecordProperty("max_coef_rel_diff", std::to_string(worst.coef_rel));
  RecordProperty("max_proba_abs_diff", std::to_string(worst.proba_abs));
  std::printf("[golden] logistic: max coef rel diff %.3g, max proba abs diff %.3g\n",
              worst.coef_rel, worst.proba_abs);
}

TEST(Golden, LeastSquaresMatchScikitLearn) {
  const Json doc = load("least_squares.json");
  double worst_coef = 0, worst_pred = 0;
  for (const Json& c : doc.at("cases")) {
    const Json& data = doc.at("datasets").at(c.at("data").get<std::string>());
    const Matrix X = mat(data.at("X"));
    const Vector y = vec(data.at("y"));
    Vector sw;
    if (!c.at("sample_weight").is_null()) sw = vec(c.at("sample_weight"));
    const Vector* w = sw.size() ? &sw : nullptr;
    const bool fit_intercept = c.at("params").at("fit_intercept").get<bool>();
    Vector coef, pred;
    double intercept;
    if (c.at("model") == "ridge") {
      RidgeParams p;
      p.alpha = c.at("params").at("alpha").get<double>();
      p.fit_intercept = fit_intercept;
      Ridge m(p);
      m.fit(X, y, w);
      coef = m.coef();
      intercept = m.intercept();
      pred = m.predict(X);
    } else {
      LinearRegression m(LinearRegressionParams{fit_intercept});
      m.fit(X, y, w);
      coef = m.coef();
      intercept = m.intercept();
      pred = m.predict(X);
    }
    SCOPED_TRACE(c.at("model").get<std::string>() + " " + c.at("data").get<std::string>());
    const Vector expected = vec(c.at("coef"));
    const double coef_rel = max_rel(coef, expected, expected.cwiseAbs().maxCoeff() * 1e-3);
    const double icpt_rel = std::fabs(intercept - c.at("intercept").get<double>()) /
                            std::max(std::fabs(c.at("intercept").get<double>()), 1.0);
    const Vector sk_pred = vec(c.at("predict"));
    const double pred_rel = max_rel(pred, sk_pred, sk_pred.cwiseAbs().maxCoeff() * 1e-3);
    // Ridge on the collinear pokemon_weight has cond(X'X + I) ~ 1e7: 1e-6 leaves room for it.
    EXPECT_LE(coef_rel, 1e-6);
    EXPECT_LE(icpt_rel, 1e-6);
    EXPECT_LE(pred_rel, 1e-8);
    worst_coef = std::max({worst_coef, coef_rel, icpt_rel});
    worst_pred = std::max(worst_pred, pred_rel);
  }
  std::printf("[golden] least squares: max coef rel diff %.3g, max prediction rel diff %.3g\n",
              worst_coef, worst_pred);
}

}  // namespace
}  // namespace mlcore
