// Model files: save -> load -> bit-identical predictions; newer versions and malformed files fail
// with messages naming the problem.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "mlcore/error.hpp"
#include "mlcore/linear/linear_regression.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/linear/ridge.hpp"
#include "test_data.hpp"

namespace mlcore {
namespace {

using ::testing::HasSubstr;
using ::testing::ThrowsMessage;
using Json = nlohmann::json;

Vector values(std::initializer_list<double> v) {
  return Eigen::Map<const Vector>(v.begin(), static_cast<Eigen::Index>(v.size()));
}

TEST(ModelFile, LogisticRegressionRoundTripIsBitIdentical) {
  for (int classes : {2, 4}) {
    Matrix X;
    Vector y;
    testing_data::make_classification(120, 5, classes, 3, X, y, values({1, 2, 3, 4}));
    LogisticRegressionParams p;
    p.C = 0.37;
    p.class_weight = ClassWeight::kBalanced;
    LogisticRegression model(p);
    model.metadata.feature_names = {"a", "b", "c", "d", "e"};
    model.metadata.target = "label";
    model.fit(X, y);
    const LogisticRegression loaded = LogisticRegression::from_json(model.to_json());
    EXPECT_EQ(loaded.predict_proba(X), model.predict_proba(X));  // Exact, not approximate.
    EXPECT_EQ(loaded.predict(X), model.predict(X));
    EXPECT_EQ(loaded.coef(), model.coef());
    EXPECT_EQ(loaded.classes(), model.classes());
    EXPECT_EQ(loaded.params().C, 0.37);
    EXPECT_EQ(loaded.params().class_weight, ClassWeight::kBalanced);
    EXPECT_EQ(loaded.n_iter(), model.n_iter());
    EXPECT_EQ(loaded.metadata.feature_names, model.metadata.feature_names);
    EXPECT_EQ(loaded.metadata.n_samples, 120u);
    EXPECT_EQ(loaded.to_json(), model.to_json());
  }
}

TEST(ModelFile, RegressorsRoundTripBitIdentical) {
  testing_data::Rng rng(8);
  Matrix X(40, 3);
  for (Eigen::Index i = 0; i < X.size(); ++i) X.data()[i] = rng.normal();
  Vector y(40);
  for (Eigen::Index i = 0; i < 40; ++i) y[i] = X(i, 0) * 0.3 - X(i, 2) / 3.0 + rng.normal();
  LinearRegression ols;
  ols.fit(X, y);
  EXPECT_EQ(LinearRegression::from_json(ols.to_json()).predict(X), ols.predict(X));
  RidgeParams p;
  p.alpha = 0.1;
  Ridge ridge(p);
  ridge.fit(X, y);
  const Ridge loaded = Ridge::from_json(ridge.to_json());
  EXPECT_EQ(loaded.predict(X), ridge.predict(X));
  EXPECT_EQ(loaded.params().alpha, 0.1);
}

LogisticRegression small_model() {
  Matrix X;
  Vector y;
  testing_data::make_classification(50, 2, 2, 1, X, y, values({0, 1}));
  LogisticRegression m;
  m.fit(X, y);
  return m;
}

TEST(ModelFile, NewerFormatVersionIsRejected) {
  Json doc = Json::parse(small_model().to_json());
  doc["format_version"] = 99;
  EXPECT_THAT([&] { LogisticRegression::from_json(doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("written by a newer mlcore")));
  Json ridge = Json::parse([] {
    Ridge r;
    r.fit(Matrix::Identity(3, 3), values({1, 2, 3}));
    return r.to_json();
  }());
  ridge["format_version"] = 2;
  EXPECT_THAT([&] { Ridge::from_json(ridge.dump()); }, ThrowsMessage<Error>(HasSubstr("upgrade")));
}

TEST(ModelFile, MalformedFilesNameTheProblem) {
  const std::string good = small_model().to_json();
  EXPECT_THAT([&] { LogisticRegression::from_json(good.substr(0, good.size() / 2)); },
              ThrowsMessage<Error>(HasSubstr("not valid JSON")));

  Json doc = Json::parse(good);
  doc["state"]["coef"]["rows"] = 3;  // 3 rows cannot hold the data, and binary needs 1.
  EXPECT_THAT([&] { LogisticRegression::from_json(doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("state.coef")));

  doc = Json::parse(good);
  doc["state"].erase("intercept");
  EXPECT_THAT([&] { LogisticRegression::from_json(doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("missing field 'state.intercept'")));

  doc = Json::parse(good);
  doc["params"]["class_weight"] = "sometimes";
  EXPECT_THAT([&] { LogisticRegression::from_json(doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("params.class_weight")));

  doc = Json::parse(good);
  doc["params"]["C"] = -2;
  EXPECT_THAT([&] { LogisticRegression::from_json(doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("LogisticRegressionParams.C")));

  doc = Json::parse(good);
  doc["state"]["classes"] = {1, 0};
  EXPECT_THAT([&] { LogisticRegression::from_json(doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("not sorted")));

  // A model file of another type.
  LinearRegression ols;
  ols.fit(Matrix::Identity(3, 3), values({1, 2, 3}));
  EXPECT_THAT(
      [&] { LogisticRegression::from_json(ols.to_json()); },
      ThrowsMessage<Error>(HasSubstr("'linear_regression' model, not a 'logistic_regression'")));
  Json ols_doc = Json::parse(ols.to_json());
  ols_doc["state"]["coef"] = "oops";
  EXPECT_THAT([&] { LinearRegression::from_json(ols_doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("state.coef")));
}

}  // namespace
}  // namespace mlcore
