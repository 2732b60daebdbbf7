#include "serve/record_parser.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "serve_test_support.hpp"

namespace course::serve {
namespace {

using nlohmann::json;

class RecordParserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    model_ = new ml::SavedModel(test::trained_model());
    schema_ = new RecordSchema(test::reference_schema(*model_));
  }
  // Bulbasaur, the first row of the data.
  static json bulbasaur() {
    return {{"num", 1},
            {"hp", 45},
            {"attack", 49},
            {"defense", 49},
            {"sp_attack", 65},
            {"sp_defense", 65},
            {"speed", 45},
            {"base_total", 318},
            {"generation", 1},
            {"height_m", 0.7},
            {"weight_kg", 6.9},
            {"evolution_stage", 1},
            {"is_mythical", false},
            {"type1", "Grass"},
            {"type2", "Poison"},
            {"color", "Green"}};
  }
  static std::vector<FieldError> errors_for(json record) {
    return parse_records(json::array({std::move(record)}), *schema_).errors;
  }
  static ml::SavedModel* model_;
  static RecordSchema* schema_;
};
ml::SavedModel* RecordParserTest::model_ = nullptr;
RecordSchema* RecordParserTest::schema_ = nullptr;

TEST_F(RecordParserTest, SchemaTakesTypesRangesAndCategoriesFromTraining) {
  const FieldSpec* hp = schema_->find("hp");
  ASSERT_NE(hp, nullptr);
  EXPECT_EQ(hp->kind, FieldKind::kNumber);
  EXPECT_EQ(*hp->min, 1);  // From the CSV (plain Python: min/max of the hp column).
  EXPECT_EQ(*hp->max, 255);
  EXPECT_FALSE(hp->nullable);
  EXPECT_EQ(schema_->find("is_mythical")->kind, FieldKind::kBoolean);
  const FieldSpec* type2 = schema_->find("type2");
  EXPECT_TRUE(type2->nullable);  // Single-type species have no type2; the encoder knows "nan".
  EXPECT_THAT(type2->categories, ::testing::Not(::testing::Contains("nan")));
  EXPECT_EQ(type2->categories.size(), 18u);
  EXPECT_EQ(schema_->find("name"), nullptr);  // Identifier column: not a model input.
}

TEST_F(RecordParserTest, ValidRecordBecomesOneRowInSchemaOrder) {
  const ParsedRecords parsed = parse_records(json::array({bulbasaur(), bulbasaur()}), *schema_);
  ASSERT_TRUE(parsed.errors.empty());
  EXPECT_EQ(parsed.table.rows(), 2u);
  EXPECT_EQ(parsed.table.column(0).name(), schema_->fields()[0].name);
  EXPECT_EQ(parsed.table.column("is_mythical").numeric(0), 0.0);
  EXPECT_EQ(parsed.table.column("type1").text(1), "Grass");
}

TEST_F(RecordParserTest, EachProblemNamesItsFieldAndCode) {
  json r = bulbasaur();
  r.erase("attack");
  r["hp"] = 256;
  r["speed"] = "fast";
  r["type1"] = "Plasma";
  r["defense"] = nullptr;
  r["is_mythical"] = 0;
  r["hpp"] = 1;
  std::vector<std::pair<std::string, std::string>> got;
  for (const FieldError& e : errors_for(r)) {
    got.emplace_back(e.field, e.code);
    EXPECT_THAT(e.message, ::testing::HasSubstr("'" + e.field + "'"));
  }
  EXPECT_THAT(got, ::testing::UnorderedElementsAre(
                       std::pair<std::string, std::string>{"attack", "missing_field"},
                       std::pair<std::string, std::string>{"hp", "above_max"},
                       std::pair<std::string, std::string>{"speed", "wrong_type"},
                       std::pair<std::string, std::string>{"type1", "unknown_category"},
                       std::pair<std::string, std::string>{"defense", "null_not_allowed"},
                       std::pair<std::string, std::string>{"is_mythical", "wrong_type"},
                       std::pair<std::string, std::string>{"hpp", "unknown_field"}));
}

TEST_F(RecordParserTest, BoundsAreInclusive) {
  json r = bulbasaur();
  r["hp"] = 255;
  EXPECT_TRUE(errors_for(r).empty());
  r["hp"] = 0.999;
  ASSERT_EQ(errors_for(r).size(), 1u);
  EXPECT_EQ(errors_for(r)[0].code, "below_min");
}

TEST_F(RecordParserTest, NullAllowedWhereTrainingHadGaps) {
  json r = bulbasaur();
  r["type2"] = nullptr;
  EXPECT_TRUE(errors_for(r).empty());
}

TEST_F(RecordParserTest, NonObjectRecordIsReportedWithItsIndex) {
  const auto errors = parse_records(json::array({bulbasaur(), 7}), *schema_).errors;
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].record, 1u);
  EXPECT_EQ(errors[0].code, "not_an_object");
}

TEST_F(RecordParserTest, WithoutDataSchemaNumbersHaveNoBoundsAndMayBeNull) {
  const RecordSchema loose = RecordSchema::build(*model_, nullptr, "");
  EXPECT_FALSE(loose.find("hp")->max.has_value());
  EXPECT_TRUE(loose.find("hp")->nullable);
  json r = bulbasaur();
  r["hp"] = 1000;
  r["attack"] = nullptr;
  r["is_mythical"] = 0;  // Without the data the model only knows it as a number.
  EXPECT_TRUE(parse_records(json::array({r}), loose).errors.empty());
}

}  // namespace
}  // namespace course::serve
