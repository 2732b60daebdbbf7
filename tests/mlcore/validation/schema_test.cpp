#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "golden_support.hpp"
#include "mlcore/csv.hpp"
#include "mlcore/error.hpp"
#include "mlcore/validation/schema.hpp"

namespace mlcore {
namespace {

using testing::HasSubstr;

std::vector<std::string> kinds(const std::vector<SchemaIssue>& issues) {
  std::vector<std::string> out;
  for (const auto& i : issues) out.push_back(schema_issue_kind_name(i.kind));
  return out;
}

ColumnSchema col(std::string name, ColumnType type) {
  ColumnSchema c;
  c.name = std::move(name);
  c.type = type;
  return c;
}

TEST(SchemaValidate, ConformingTableHasNoIssues) {
  const Table t = parse_csv("hp,type,legendary\n45,Grass,false\n60,Fire,true\n");
  Schema s;
  s.columns = {col("hp", ColumnType::kNumeric), col("type", ColumnType::kCategorical),
               col("legendary", ColumnType::kBoolean)};
  s.columns[0].min = 1;
  s.columns[0].max = 255;
  s.columns[1].allowed_values = {"Fire", "Grass"};
  EXPECT_TRUE(validate(t, s).empty());
}

TEST(SchemaValidate, ColumnLevelIssuesComeFirst) {
  const Table t = parse_csv("hp,extra\n45,x\n");
  Schema s;
  s.allow_extra_columns = false;
  s.columns = {col("hp", ColumnType::kNumeric), col("attack", ColumnType::kNumeric),
               col("optional", ColumnType::kNumeric)};
  s.columns[2].required = false;
  const auto issues = validate(t, s);
  ASSERT_EQ(kinds(issues), (std::vector<std::string>{"missing_column", "unexpected_column"}));
  EXPECT_EQ(issues[0].row, SchemaIssue::npos);
  EXPECT_EQ(issues[0].column, "attack");
  EXPECT_EQ(issues[0].message, "required column 'attack' is missing");
  EXPECT_EQ(issues[1].column, "extra");
  EXPECT_THAT(issues[1].message, HasSubstr("column 'extra' is not in the schema"));
}

TEST(SchemaValidate, CellIssuesByRowWithMessages) {
  // Row 1 does not parse, row 2 is missing, row 3 is below min, row 4 above max and a repeat.
  const Table t = parse_csv("hp\n10\nten\n\n-5\n300\n300\n");
  Schema s;
  s.columns = {col("hp", ColumnType::kNumeric)};
  s.columns[0].nullable = false;
  s.columns[0].min = 1;
  s.columns[0].max = 255;
  s.columns[0].unique = true;
  const auto issues = validate(t, s);
  ASSERT_EQ(kinds(issues), (std::vector<std::string>{"wrong_type", "null_not_allowed", "below_min",
                                                     "above_max", "above_max", "duplicate"}));
  EXPECT_EQ(issues[0].row, 1u);
  EXPECT_EQ(issues[0].message, "column 'hp' row 1: value 'ten' is not a number");
  EXPECT_EQ(issues[1].message, "column 'hp' row 2: is missing");
  EXPECT_EQ(issues[2].message, "column 'hp' row 3: value -5 is below min 1");
  EXPECT_EQ(issues[3].message, "column 'hp' row 4: value 300 is above max 255");
  EXPECT_EQ(issues[5].row, 5u);
  EXPECT_EQ(issues[5].message, "column 'hp' row 5: value 300 repeats row 4");
}

TEST(SchemaValidate, TypeMismatchesBetweenNumericAndBoolean) {
  const Table t = parse_csv("a,b,c,d\ntrue,1,TRUE,\nfalse,2,yes,\n");
  Schema s;
  s.columns = {col("a", ColumnType::kNumeric), col("b", ColumnType::kBoolean),
               col("c", ColumnType::kBoolean), col("d", ColumnType::kBoolean)};
  const auto issues = validate(t, s);
  ASSERT_EQ(issues.size(), 3u);
  EXPECT_EQ(issues[0].message, "column 'a': is boolean, expected numeric");
  EXPECT_EQ(issues[0].row, SchemaIssue::npos);
  EXPECT_EQ(issues[1].message, "column 'b': is numeric, expected boolean");
  // "TRUE" passes as a boolean; "yes" does not. The all-empty column d has no type.
  EXPECT_EQ(issues[2].message, "column 'c' row 1: value 'yes' is not true/false");
}

TEST(SchemaValidate, AllowedValuesByTypeAndNaNIsNull) {
  CsvOptions keep_text;
  keep_text.types["zip"] = ColumnType::kCategorical;
  const Table t = parse_csv("zip,gen,x\n01234,1,nan\n99999,2,1\n", keep_text);
  Schema s;
  s.columns = {col("zip", ColumnType::kCategorical), col("gen", ColumnType::kNumeric),
               col("x", ColumnType::kNumeric)};
  s.columns[0].allowed_values = {"01234"};     // text compare (zip read as categorical)
  s.columns[1].allowed_values = {"1.0", "3"};  // numeric compare: "1.0" allows 1
  s.columns[2].nullable = false;
  const auto issues = validate(t, s);
  ASSERT_EQ(kinds(issues),
            (std::vector<std::string>{"not_allowed", "not_allowed", "null_not_allowed"}));
  EXPECT_EQ(issues[0].message, "column 'zip' row 1: value '99999' is not an allowed value");
  EXPECT_EQ(issues[1].message, "column 'gen' row 1: value 2 is not an allowed value");
  EXPECT_EQ(issues[2].row, 0u);
  // Read without forcing, the zip column is numeric and compares by its text "1234".
  Schema zip_only;
  zip_only.columns = {s.columns[0]};
  const auto inferred = validate(parse_csv("zip\n01234\n"), zip_only);
  ASSERT_EQ(inferred.size(), 1u);
  EXPECT_EQ(inferred[0].message, "column 'zip' row 0: value '1234' is not an allowed value");
}

TEST(SchemaValidate, InvalidSchemaThrowsNamingTheField) {
  const Table t = parse_csv("a\n1\n");
  Schema s;
  s.columns = {col("a", ColumnType::kNumeric), col("a", ColumnType::kNumeric)};
  EXPECT_THAT([&] { validate(t, s); },
              testing::ThrowsMessage<Error>(HasSubstr("columns[1] ('a').name is repeated")));
  s.columns = {col("a", ColumnType::kNumeric)};
  s.columns[0].min = 5;
  s.columns[0].max = 1;
  EXPECT_THAT([&] { validate(t, s); },
              testing::ThrowsMessage<Error>(HasSubstr(".min must be <= max (got 5 > 1)")));
  s.columns = {col("a", ColumnType::kCategorical)};
  s.columns[0].min = 1;
  EXPECT_THAT([&] { s.validate(); },
              testing::ThrowsMessage<Error>(HasSubstr("has min/max but is categorical")));
  s.columns = {col("a", ColumnType::kNumeric)};
  s.columns[0].allowed_values = {"one"};
  EXPECT_THAT([&] { s.validate(); },
              testing::ThrowsMessage<Error>(HasSubstr("'one' is not a number")));
}

TEST(InferSchema, PokemonReferenceValidatesItselfAndCatchesInjectedProblems) {
  const Table& pokemon = test::pokemon();
  const Schema s = infer_schema(pokemon);
  EXPECT_TRUE(validate(pokemon, s).empty());
  ASSERT_NE(s.find("hp"), nullptr);
  EXPECT_EQ(s.find("hp")->type, ColumnType::kNumeric);
  EXPECT_FALSE(s.find("hp")->nullable);
  EXPECT_EQ(*s.find("hp")->min, 1);
  EXPECT_EQ(*s.find("hp")->max, 255);
  EXPECT_TRUE(s.find("type2")->nullable);
  EXPECT_EQ(s.find("type1")->allowed_values.size(), 18u);  // the 18 Pokémon types, sorted
  EXPECT_EQ(s.find("type1")->allowed_values.front(), "Bug");
  EXPECT_TRUE(s.find("name")->allowed_values.empty());  // 1025 names > 20
  EXPECT_EQ(s.find("is_legendary")->type, ColumnType::kBoolean);

  const Table bad = parse_csv(
      "num,name,type1,type2,hp,attack,defense,sp_attack,sp_defense,speed,base_total,generation,"
      "height_m,weight_kg,color,evolution_stage,is_legendary,is_mythical,mood\n"
      "1,Bulbasaur,Grass,Poison,45,49,49,65,65,45,318,1,0.7,6.9,Green,1,false,false,happy\n"
      "2,Fakemon,Plasma,,0,49,,65,65,45,318,1,0.7,6.9,Green,1,maybe,false,sad\n");
  const auto issues = validate(bad, s);
  ASSERT_EQ(kinds(issues),
            (std::vector<std::string>{"unexpected_column", "not_allowed", "below_min",
                                      "null_not_allowed", "wrong_type"}));
  EXPECT_EQ(issues[1].message, "column 'type1' row 1: value 'Plasma' is not an allowed value");
  EXPECT_EQ(issues[4].message, "column 'is_legendary' row 1: value 'maybe' is not true/false");
}

TEST(InferSchema, OptionsControlCategoriesRangeAndUniqueness) {
  const Table t = parse_csv("id,c,x\n1,a,\n2,b,3\n3,a,4\n");
  InferSchemaOptions o;
  o.max_categories = 1;
  o.infer_range = false;
  o.infer_unique = true;
  o.allow_extra_columns = true;
  const Schema s = infer_schema(t, o);
  EXPECT_TRUE(s.allow_extra_columns);
  EXPECT_TRUE(s.find("id")->unique);
  EXPECT_FALSE(s.find("c")->unique);
  EXPECT_TRUE(s.find("c")->allowed_values.empty());  // 2 categories > 1
  EXPECT_FALSE(s.find("x")->min.has_value());
  EXPECT_TRUE(s.find("x")->nullable);
  EXPECT_TRUE(s.find("x")->unique);  // uniqueness ignores missing cells
}

}  // namespace
}  // namespace mlcore
