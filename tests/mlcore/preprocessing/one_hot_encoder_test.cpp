// OneHotEncoder against scikit-learn 1.2 on real Pokemon columns (text with missing cells,
// boolean, integer).
#include "mlcore/preprocessing/one_hot_encoder.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "golden.hpp"
#include "mlcore/error.hpp"

namespace mlcore {
namespace {

using ::testing::ElementsAre;
using testing::golden;
using ::testing::HasSubstr;
using testing::pokemon;

// Indices of the 1s in each row.
std::vector<std::vector<std::size_t>> active(const Matrix& Z) {
  std::vector<std::vector<std::size_t>> out(static_cast<std::size_t>(Z.rows()));
  for (Eigen::Index i = 0; i < Z.rows(); ++i)
    for (Eigen::Index j = 0; j < Z.cols(); ++j) {
      if (Z(i, j) == 1.0)
        out[static_cast<std::size_t>(i)].push_back(static_cast<std::size_t>(j));
      else
        EXPECT_EQ(Z(i, j), 0.0);
    }
  return out;
}

const nlohmann::json& prep() {
  static const nlohmann::json g = golden("preprocessing.json");
  return g;
}

TEST(OneHotEncoder, MatchesScikitLearnOnRealColumns) {
  const nlohmann::json& g = prep().at("one_hot");
  const Table cats = pokemon().select(g.at("columns").get<std::vector<std::string>>());
  OneHotEncoder enc;
  const Matrix Z = enc.fit_transform(cats);
  EXPECT_EQ(enc.categories(), (g.at("categories").get<std::vector<std::vector<std::string>>>()));
  EXPECT_EQ(enc.feature_names_out(), g.at("feature_names").get<std::vector<std::string>>());
  EXPECT_EQ(active(Z), (g.at("active").get<std::vector<std::vector<std::size_t>>>()));
}

TEST(OneHotEncoder, IgnoreUnknownGivesZerosLikeScikitLearn) {
  const nlohmann::json& g = prep().at("one_hot_ignore");
  const Table cats =
      pokemon().select(prep().at("one_hot").at("columns").get<std::vector<std::string>>());
  Indices first(g.at("fit_rows").get<std::size_t>());
  for (std::size_t i = 0; i < first.size(); ++i) first[i] = i;
  OneHotEncoderParams p;
  p.handle_unknown = UnknownCategory::kIgnore;
  OneHotEncoder enc(p);
  enc.fit(cats.take_rows(first));
  EXPECT_EQ(enc.feature_names_out(), g.at("feature_names").get<std::vector<std::string>>());
  EXPECT_EQ(active(enc.transform(cats)),
            (g.at("active").get<std::vector<std::vector<std::size_t>>>()));
  const OneHotEncoder loaded = OneHotEncoder::from_json(enc.to_json());
  EXPECT_EQ(loaded.transform(cats), enc.transform(cats));
}

TEST(OneHotEncoder, UnknownCategoryErrorNamesColumnValueAndRow) {
  Column train("color", ColumnType::kCategorical), test("color", ColumnType::kCategorical);
  train.push_text("Red");
  train.push_text("Blue");
  test.push_text("Blue");
  test.push_text("Teal");
  Table a, b;
  a.add_column(train);
  b.add_column(test);
  OneHotEncoder enc;
  enc.fit(a);
  EXPECT_THAT(enc.feature_names_out(), ElementsAre("color_Blue", "color_Red"));
  try {
    enc.transform(b);
    FAIL();
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), HasSubstr("column 'color' has unknown category 'Teal' at row 1"));
  }
  EXPECT_THROW(OneHotEncoder().transform(a), Error);
  Table other;
  other.add_column(Column("shape", ColumnType::kCategorical));
  EXPECT_THROW(enc.transform(other), Error);  // fit's column is missing.
}

}  // namespace
}  // namespace mlcore
