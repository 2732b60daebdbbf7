// Pipeline: the preprocessor learns from training rows only, also inside cross-validation.
#include "mlcore/preprocessing/pipeline.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <mutex>

#include "golden.hpp"
#include "mlcore/data/label_encode.hpp"
#include "mlcore/data/rows.hpp"
#include "mlcore/data/train_test_split.hpp"
#include "mlcore/error.hpp"
#include "mlcore/matrix.hpp"
#include "mlcore/model_selection/cross_validate.hpp"
#include "mlcore/model_selection/stratified_kfold.hpp"
#include "toy_models.hpp"

namespace mlcore {
namespace {

using testing::NearestCentroid;
using testing::pokemon;

const std::vector<std::string> kNumeric = {"hp", "attack", "defense", "speed"};

// A classifier that records the largest |column mean| of every X it is fitted on.
struct RecordingModel {
  std::shared_ptr<std::vector<double>> seen;
  std::shared_ptr<std::mutex> lock;
  NearestCentroid inner;
  void fit(const Matrix& X, const Vector& y, const Vector* w) {
    std::lock_guard<std::mutex> guard(*lock);
    seen->push_back(X.colwise().mean().cwiseAbs().maxCoeff());
    inner.fit(X, y, w);
  }
  Vector predict(const Matrix& X) const { return inner.predict(X); }
};

TablePreprocessorParams numeric_only() {
  TablePreprocessorParams p;
  p.numeric_columns = kNumeric;
  return p;
}

TEST(Pipeline, TransformingExtremeTestRowsDoesNotChangeTheFittedScaler) {
  const Table table = pokemon();
  const Vector y = label_encode(table.column("is_legendary")).codes;
  const TrainTestSplit split = train_test_split(table.rows(), 0.25, 0, &y);
  Pipeline pipe(numeric_only(), make_estimator(NearestCentroid()));
  pipe.fit(table.take_rows(split.train), take_rows(y, split.train));
  const Vector mean_before = pipe.preprocessor().standard_scaler().mean();
  // The scaler's mean is the train rows' mean, not all rows'.
  EXPECT_NEAR(mean_before[0], take_rows(to_vector(table.column("hp")), split.train).mean(), 1e-9);

  Table extreme;
  Column hp("hp", ColumnType::kNumeric);
  for (double v : {1e9, -1e9}) hp.push_numeric(v);
  extreme.add_column(hp);
  for (const char* name : {"attack", "defense", "speed"}) {
    Column c(name, ColumnType::kNumeric);
    c.push_numeric(1e9);
    c.push_missing();
    extreme.add_column(c);
  }
  const Vector predictions = pipe.predict(extreme);
  EXPECT_EQ(predictions.size(), 2);
  EXPECT_EQ(pipe.preprocessor().standard_scaler().mean(), mean_before);
  EXPECT_TRUE(pipe.has_predict_proba());
  EXPECT_EQ(pipe.predict_proba(extreme).cols(), 2);
}

TEST(Pipeline, CrossValidationFitsThePreprocessorOnEachFoldsTrainRowsOnly) {
  // One row with an absurd attack value: a leaking pipeline (scaler fitted on all rows) would
  // show a non-zero mean of the standardized train columns in the folds that hold it out.
  Table table = pokemon().select(kNumeric);
  Column attack("attack", ColumnType::kNumeric);
  for (std::size_t r = 0; r < table.rows(); ++r)
    attack.push_numeric(r == 10 ? 1e12 : pokemon().column("attack").numeric(r));
  Table spiked;
  for (const std::string& name : kNumeric)
    spiked.add_column(name == "attack" ? attack : table.column(name));
  const Vector y = label_encode(pokemon().column("is_legendary")).codes;

  auto seen = std::make_shared<std::vector<double>>();
  auto lock = std::make_shared<std::mutex>();
  CrossValidateParams params;
  params.n_jobs = 2;
  const CrossValidationResult r = cross_validate<Table>(
      [&] {
        return std::make_unique<Pipeline>(numeric_only(),
                                          make_estimator(RecordingModel{seen, lock, {}}));
      },
      spiked, y, StratifiedKFold(), {{"accuracy", testing::accuracy}}, params);
  ASSERT_EQ(seen->size(), 5u);
  for (double m : *seen) EXPECT_LT(m, 1e-9);  // Standardized on exactly the rows it was fit on.
  EXPECT_EQ(r.test_scores.at("accuracy").size(), 5u);
}

TEST(Pipeline, Errors) {
  EXPECT_THROW(Pipeline(numeric_only(), nullptr), Error);
  Pipeline pipe(numeric_only(), make_estimator(NearestCentroid()));
  try {
    pipe.predict(pokemon());
    FAIL();
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "Pipeline is not fitted; call fit() first");
  }
  EXPECT_THROW(pipe.fit(pokemon(), Vector::Zero(3)), Error);
}

}  // namespace
}  // namespace mlcore
