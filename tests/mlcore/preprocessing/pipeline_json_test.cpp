// Pipeline model files: save -> load gives bit-identical transforms and predictions; newer
// versions and malformed files fail naming the field.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "golden.hpp"
#include "mlcore/data/label_encode.hpp"
#include "mlcore/data/rows.hpp"
#include "mlcore/data/train_test_split.hpp"
#include "mlcore/error.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/linear/ridge.hpp"
#include "mlcore/matrix.hpp"
#include "mlcore/preprocessing/pipeline.hpp"
#include "mlcore/tree/decision_tree_classifier.hpp"
#include "toy_models.hpp"

namespace mlcore {
namespace {

using ::testing::AllOf;
using ::testing::HasSubstr;
using testing::pokemon;
using ::testing::ThrowsMessage;
using Json = nlohmann::json;

// Real columns with missing cells (type2) and categories, so every part of the file matters.
TablePreprocessorParams mixed(NumericScaling scaling) {
  TablePreprocessorParams p;
  p.numeric_columns = {"hp", "attack", "defense", "speed", "height_m", "weight_kg"};
  p.categorical_columns = {"type1", "type2", "generation"};
  p.scaling = scaling;
  p.numeric_impute = ImputeStrategy::kMedian;
  return p;
}

struct Split {
  Table train, test;
  Vector y_train;
};

Split legendary_split() {
  const Vector y = label_encode(pokemon().column("is_legendary")).codes;
  const TrainTestSplit s = train_test_split(pokemon().rows(), 0.3, 1, &y);
  return {pokemon().take_rows(s.train), pokemon().take_rows(s.test), take_rows(y, s.train)};
}

// A pipeline fitted on the split's train rows.
Pipeline fitted(const Split& s, NumericScaling scaling, std::unique_ptr<Estimator> model) {
  Pipeline pipe(mixed(scaling), std::move(model));
  pipe.fit(s.train, s.y_train);
  return pipe;
}

void expect_identical(const Pipeline& loaded, const Pipeline& original, const Table& rows) {
  EXPECT_EQ(loaded.transform(rows), original.transform(rows));  // Exact, not approximate.
  EXPECT_EQ(loaded.predict(rows), original.predict(rows));
  if (original.has_predict_proba()) {
    EXPECT_EQ(loaded.predict_proba(rows), original.predict_proba(rows));
  }
  EXPECT_EQ(loaded.classes(), original.classes());
  EXPECT_EQ(loaded.to_json(), original.to_json());
}

TEST(PipelineFile, LogisticRegressionRoundTripIsBitIdentical) {
  const Split s = legendary_split();
  LogisticRegressionParams lp;
  lp.C = 0.3;
  Pipeline pipe = fitted(s, NumericScaling::kStandard, make_estimator(LogisticRegression(lp)));
  pipe.metadata.target = "is_legendary";
  pipe.metadata.trained_at = "2024-01-02T03:04:05Z";
  pipe.metadata.metrics["cv_accuracy"] = 0.95;

  const Pipeline loaded = Pipeline::from_json(pipe.to_json());
  expect_identical(loaded, pipe, s.test);
  EXPECT_EQ(loaded.metadata.feature_names,
            (std::vector<std::string>{"hp", "attack", "defense", "speed", "height_m", "weight_kg",
                                      "type1", "type2", "generation"}));
  EXPECT_EQ(loaded.metadata.target, "is_legendary");
  EXPECT_EQ(loaded.metadata.n_samples, s.train.rows());
  EXPECT_EQ(loaded.metadata.metrics.at("cv_accuracy"), 0.95);
  EXPECT_EQ(loaded.preprocessor().params().scaling, NumericScaling::kStandard);

  const Json doc = Json::parse(pipe.to_json());
  EXPECT_EQ(doc.at("format_version"), kModelFormatVersion);
  EXPECT_EQ(doc.at("params").at("steps"), Json({"table_preprocessor", "logistic_regression"}));
  EXPECT_EQ(doc.at("state").at("model").at("params").at("C"), 0.3);  // Hyperparameters kept.
}

TEST(PipelineFile, TreeAndMinMaxRoundTripIsBitIdentical) {
  const Split s = legendary_split();
  DecisionTreeClassifierParams tp;
  tp.max_depth = 5;
  const Pipeline pipe =
      fitted(s, NumericScaling::kMinMax, make_estimator(DecisionTreeClassifier(tp)));
  expect_identical(Pipeline::from_json(pipe.to_json()), pipe, s.test);
}

TEST(PipelineFile, RegressorWithoutScalingRoundTripIsBitIdentical) {
  const Table features = pokemon().select({"attack", "defense", "type1"});
  const Vector y = to_vector(pokemon().column("hp"));
  TablePreprocessorParams p;  // Columns inferred from the table.
  p.scaling = NumericScaling::kNone;
  Pipeline pipe(p, make_estimator(Ridge()));
  pipe.fit(features, y);
  expect_identical(Pipeline::from_json(pipe.to_json()), pipe, features);
}

Json saved_pipeline() {
  return Json::parse(
      fitted(legendary_split(), NumericScaling::kStandard, make_estimator(LogisticRegression()))
          .to_json());
}

TEST(PipelineFile, NewerFormatVersionIsRejected) {
  Json doc = saved_pipeline();
  doc["format_version"] = 99;
  EXPECT_THAT([&] { Pipeline::from_json(doc.dump()); },
              ThrowsMessage<Error>(AllOf(HasSubstr("format_version 99"), HasSubstr("newer"))));
  // A step written by a newer mlcore is rejected too, and the message says which step.
  doc = saved_pipeline();
  doc["state"]["model"]["format_version"] = 7;
  EXPECT_THAT(
      [&] { Pipeline::from_json(doc.dump()); },
      ThrowsMessage<Error>(AllOf(HasSubstr("'state.model'"), HasSubstr("format_version 7"))));
}

TEST(PipelineFile, MalformedFilesNameTheField) {
  EXPECT_THAT([] { Pipeline::from_json("{not json"); },
              ThrowsMessage<Error>(HasSubstr("not valid JSON")));
  Json doc = saved_pipeline();
  doc["state"].erase("model");
  EXPECT_THAT([&] { Pipeline::from_json(doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("missing field 'state.model'")));
  doc = saved_pipeline();
  doc["state"]["model"]["params"]["C"] = "large";
  EXPECT_THAT([&] { Pipeline::from_json(doc.dump()); },
              ThrowsMessage<Error>(AllOf(HasSubstr("'state.model'"), HasSubstr("'params.C'"))));
  doc = saved_pipeline();
  doc["state"]["preprocessor"]["state"].erase("encoder");
  EXPECT_THAT(
      [&] { Pipeline::from_json(doc.dump()); },
      ThrowsMessage<Error>(AllOf(HasSubstr("'state.preprocessor'"), HasSubstr("'state.encoder'"))));
  doc = saved_pipeline();
  doc["state"]["model"]["model"] = "svm";
  EXPECT_THAT([&] { Pipeline::from_json(doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("unknown model type 'svm'")));
  doc = saved_pipeline();
  doc["model"] = "logistic_regression";
  EXPECT_THAT([&] { Pipeline::from_json(doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("not a 'pipeline'")));
}

TEST(PipelineFile, UnfittedOrUnsavableModelsCannotBeSaved) {
  Pipeline unfitted(mixed(NumericScaling::kStandard), make_estimator(LogisticRegression()));
  EXPECT_THAT([&] { (void)unfitted.to_json(); },
              ThrowsMessage<Error>(HasSubstr("Pipeline is not fitted")));
  const Pipeline toy = fitted(legendary_split(), NumericScaling::kStandard,
                              make_estimator(testing::NearestCentroid()));
  EXPECT_THAT([&] { (void)toy.to_json(); }, ThrowsMessage<Error>(HasSubstr("cannot be saved")));
}

}  // namespace
}  // namespace mlcore
