// TableModel files: what `course ml train --save` writes and learner code loads. Save -> load
// predicts bit-identically; files of course 0.1 ("course_pipeline") still load; a table missing a
// trained column, a wrong type and inconsistent fields fail naming the problem.
#include "mlcore/io/table_model.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

#include "golden.hpp"
#include "mlcore/data/label_encode.hpp"
#include "mlcore/error.hpp"
#include "mlcore/linear/logistic_regression.hpp"
#include "mlcore/linear/ridge.hpp"
#include "mlcore/matrix.hpp"

namespace mlcore {
namespace {

using ::testing::HasSubstr;
using testing::pokemon;
using ::testing::ThrowsMessage;
using Json = nlohmann::json;

TablePreprocessorParams features() {
  TablePreprocessorParams p;
  p.numeric_columns = {"hp", "attack", "defense", "speed", "weight_kg"};
  p.categorical_columns = {"type1", "type2"};
  p.numeric_impute = ImputeStrategy::kMedian;
  return p;
}

// Legendary or not, from real stats: a classifier trained on every species.
TableModel legendary_model() {
  TableModel m;
  m.target = "is_legendary";
  const LabelEncoding y = label_encode(pokemon().column("is_legendary"));
  m.classes = y.classes;
  m.preprocessor = TablePreprocessor(features());
  const Matrix X = m.preprocessor.fit_transform(pokemon());
  m.estimator = make_estimator(LogisticRegression());
  m.estimator->fit(X, y.codes, nullptr);
  m.metadata.feature_names = {"hp", "attack", "defense", "speed", "weight_kg", "type1", "type2"};
  m.metadata.target = m.target;
  m.tags["kind"] = "logreg";
  return m;
}

TEST(TableModel, SaveThenLoadPredictsBitIdentically) {
  const TableModel trained = legendary_model();
  const TableModel loaded = TableModel::from_json(trained.to_json());
  EXPECT_EQ(loaded.target, "is_legendary");
  EXPECT_EQ(loaded.classes, trained.classes);
  EXPECT_EQ(loaded.tags.at("kind"), "logreg");
  const Matrix p_trained = trained.predict_proba(pokemon());
  const Matrix p_loaded = loaded.predict_proba(pokemon());
  ASSERT_EQ(p_loaded.rows(), Eigen::Index(pokemon().rows()));
  EXPECT_TRUE((p_trained.array() == p_loaded.array()).all());
  EXPECT_EQ(loaded.predict_labels(pokemon()), trained.predict_labels(pokemon()));
}

TEST(TableModel, LabelsComeFromTheClassList) {
  const TableModel m = legendary_model();
  const std::vector<std::string> labels = m.predict_labels(pokemon());
  const Vector codes = m.predict(pokemon());
  for (std::size_t i = 0; i < labels.size(); ++i)
    EXPECT_EQ(labels[i], m.classes.at(std::size_t(codes[Eigen::Index(i)])));
  // Some species are legendary and the model finds at least one: the labels are not constant.
  EXPECT_NE(std::count(labels.begin(), labels.end(), labels.front()), long(labels.size()));
}

TEST(TableModel, FileRoundTripThroughDisk) {
  const auto path = std::filesystem::temp_directory_path() / "mlcore-table-model-test.json";
  legendary_model().save(path.string());
  const TableModel loaded = TableModel::load(path.string());
  std::filesystem::remove(path);
  EXPECT_EQ(loaded.predict_labels(pokemon()), legendary_model().predict_labels(pokemon()));
}

TEST(TableModel, AMissingTrainedColumnIsNamed) {
  const TableModel m = legendary_model();
  const Table without_speed =
      pokemon().select({"hp", "attack", "defense", "weight_kg", "type1", "type2"});
  EXPECT_THAT([&] { m.predict(without_speed); },
              ThrowsMessage<Error>(HasSubstr("missing column 'speed'")));
}

TEST(TableModel, ARegressorHasNoLabelsOrProbabilities) {
  TableModel m;
  m.target = "weight_kg";
  TablePreprocessorParams p = features();
  p.numeric_columns = {"hp", "attack", "defense", "speed"};
  m.preprocessor = TablePreprocessor(p);
  const Matrix X = m.preprocessor.fit_transform(pokemon());
  m.estimator = make_estimator(Ridge());
  m.estimator->fit(X, to_vector(pokemon().column("weight_kg")), nullptr);
  EXPECT_FALSE(m.is_classifier());
  EXPECT_THAT([&] { m.predict_labels(pokemon()); },
              ThrowsMessage<Error>(HasSubstr("a number, not a class")));
  const TableModel loaded = TableModel::from_json(m.to_json());
  EXPECT_TRUE((loaded.predict(pokemon()).array() == m.predict(pokemon()).array()).all());
}

// course 0.1 wrote the same content as "course_pipeline" with "kind" and "task" at the top.
Json legacy_document() {
  Json doc = Json::parse(legendary_model().to_json());
  doc["model"] = "course_pipeline";
  doc.erase("tags");
  doc["kind"] = "logreg";
  doc["task"] = "classification";
  return doc;
}

TEST(TableModel, LoadsTheFilesCourse01Wrote) {
  const TableModel loaded = TableModel::from_json(legacy_document().dump());
  EXPECT_EQ(loaded.tags.at("kind"), "logreg");
  EXPECT_EQ(loaded.predict_labels(pokemon()), legendary_model().predict_labels(pokemon()));
}

TEST(TableModel, RejectsALegacyFileWhoseTaskContradictsItsClasses) {
  Json doc = legacy_document();
  doc["task"] = "regression";
  EXPECT_THAT([&] { TableModel::from_json(doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("'classes' does not match task 'regression'")));
}

TEST(TableModel, RejectsASingleEstimatorsFileAndSaysWhatLoadsIt) {
  LogisticRegression lr_model;
  lr_model.fit(Matrix::Identity(2, 2), Vector::LinSpaced(2, 0, 1));
  const std::string lr = lr_model.to_json();
  EXPECT_THAT([&] { TableModel::from_json(lr); },
              ThrowsMessage<Error>(HasSubstr("load_estimator")));
}

TEST(TableModel, RejectsOneClass) {
  Json doc = Json::parse(legendary_model().to_json());
  doc["classes"] = {"only"};
  EXPECT_THAT([&] { TableModel::from_json(doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("at least two classes")));
}

TEST(TableModel, RejectsAMistypedField) {
  Json doc = Json::parse(legendary_model().to_json());
  doc["target"] = 3;
  EXPECT_THAT([&] { TableModel::from_json(doc.dump()); },
              ThrowsMessage<Error>(HasSubstr("target")));
}

TEST(TableModel, AnUnreadablePathIsNamed) {
  EXPECT_THAT([] { TableModel::load("/nonexistent/model.json"); },
              ThrowsMessage<Error>(HasSubstr("/nonexistent/model.json")));
}

}  // namespace
}  // namespace mlcore
