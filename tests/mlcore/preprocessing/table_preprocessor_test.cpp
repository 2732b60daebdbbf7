// TablePreprocessor against scikit-learn 1.2's ColumnTransformer (impute + scale numeric,
// one-hot categorical), fitted on train rows and applied to test rows.
#include "mlcore/preprocessing/table_preprocessor.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>

#include "golden.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

using ::testing::ElementsAre;
using testing::golden;
using ::testing::HasSubstr;
using testing::matrix_of;
using testing::pokemon;

const nlohmann::json& prep() {
  static const nlohmann::json g = golden("preprocessing.json");
  return g;
}

// The golden's numeric columns (NaN cells as missing) plus the real type1/type2 columns.
Table features() {
  const Matrix X = matrix_of(prep().at("X"));
  const auto names = prep().at("numeric_columns").get<std::vector<std::string>>();
  Table t;
  for (std::size_t j = 0; j < names.size(); ++j) {
    Column c(names[j], ColumnType::kNumeric);
    for (Eigen::Index i = 0; i < X.rows(); ++i) {
      const double v = X(i, static_cast<Eigen::Index>(j));
      if (std::isnan(v))
        c.push_missing();
      else
        c.push_numeric(v);
    }
    t.add_column(std::move(c));
  }
  t.add_column(pokemon().column("type1"));
  t.add_column(pokemon().column("type2"));
  return t;
}

TEST(TablePreprocessor, MatchesColumnTransformerFittedOnTrainRows) {
  const nlohmann::json& g = prep().at("table_preprocessor");
  const Table all = features();
  TablePreprocessor p;  // Columns inferred: six numeric, two categorical.
  p.fit(all.take_rows(testing::indices(g.at("train"))));
  EXPECT_EQ(p.feature_names_out(), g.at("feature_names").get<std::vector<std::string>>());
  const Matrix Z = p.transform(all.take_rows(testing::indices(g.at("test"))));
  const Matrix want = matrix_of(g.at("transform_test"));
  ASSERT_EQ(Z.rows(), want.rows());
  ASSERT_EQ(Z.cols(), want.cols());
  EXPECT_LE((Z - want).cwiseAbs().maxCoeff(), 1e-12);

  const TablePreprocessor loaded = TablePreprocessor::from_json(p.to_json());
  EXPECT_EQ(loaded.feature_names_out(), p.feature_names_out());
  EXPECT_EQ(loaded.transform(all), p.transform(all));  // Bit-identical after a round trip.
}

TEST(TablePreprocessor, ExplicitColumnsMinMaxAndBooleans) {
  TablePreprocessorParams params;
  params.numeric_columns = {"hp", "is_legendary"};
  params.categorical_columns = {"color"};
  params.scaling = NumericScaling::kMinMax;
  TablePreprocessor p(params);
  const Matrix Z = p.fit_transform(pokemon());
  EXPECT_EQ(p.feature_names_out()[0], "hp");
  EXPECT_EQ(p.feature_names_out()[1], "is_legendary");
  EXPECT_EQ(p.feature_names_out()[2], "color_Black");
  EXPECT_EQ(Z.col(0).minCoeff(), 0.0);
  EXPECT_EQ(Z.col(1).maxCoeff(), 1.0);
  EXPECT_EQ(Z.rightCols(Z.cols() - 2).rowwise().sum(), Vector::Ones(Z.rows()));
}

TEST(TablePreprocessor, Errors) {
  TablePreprocessorParams twice;
  twice.numeric_columns = {"hp"};
  twice.categorical_columns = {"hp"};
  try {
    TablePreprocessor{twice};
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("column 'hp' is listed more than once"));
  }
  EXPECT_THROW(TablePreprocessor().transform(pokemon()), Error);
  TablePreprocessorParams text_as_number;
  text_as_number.numeric_columns = {"name"};
  EXPECT_THROW(TablePreprocessor(text_as_number).fit(pokemon()), Error);
}

}  // namespace
}  // namespace mlcore
