// Tests of src/course/ml/schema_file.cpp: the committed Pokémon schema loads and accepts its own
// data; each kind of mistake in a schema file is an InputError naming file:line:column and field.
#include "course/ml/schema_file.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "course/error.hpp"
#include "course_test_support.hpp"
#include "mlcore/csv.hpp"

namespace course::ml {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;
using ::testing::StartsWith;

const fs::path kRepo = COURSE_TEST_SOURCE_DIR;

TEST(SchemaFileTest, PokemonSchemaLoadsAndAcceptsItsData) {
  const mlcore::Schema schema = load_schema_file((kRepo / "data/pokemon.schema.yaml").string());
  EXPECT_FALSE(schema.allow_extra_columns);
  const mlcore::ColumnSchema* hp = schema.find("hp");
  ASSERT_NE(hp, nullptr);
  EXPECT_EQ(hp->type, mlcore::ColumnType::kNumeric);
  EXPECT_FALSE(hp->nullable);
  EXPECT_EQ(hp->min, 1.0);
  EXPECT_EQ(hp->max, 255.0);
  ASSERT_NE(schema.find("type2"), nullptr);
  EXPECT_TRUE(schema.find("type2")->nullable);
  EXPECT_EQ(schema.find("type2")->allowed_values.size(), 18u);
  EXPECT_TRUE(schema.find("num")->unique);
  EXPECT_EQ(schema.find("is_legendary")->type, mlcore::ColumnType::kBoolean);
  const mlcore::Table data = mlcore::read_csv((kRepo / "data/pokemon.csv").string());
  EXPECT_TRUE(mlcore::validate(data, schema).empty());
}

// Writes `text` to a schema file and returns what loading it throws.
std::string error_of(const std::string& text) {
  course_test::TempDir dir;
  const fs::path path = dir.path() / "s.yaml";
  course_test::write_file(path, text);
  try {
    load_schema_file(path.string());
  } catch (const InputError& e) {
    return std::string(e.what()).substr(path.string().size());  // ":line:col: field: message"
  }
  return "no error";
}

TEST(SchemaFileTest, MistakesNameLineAndField) {
  const std::string head = "schema_version: 1\ncolumns:\n";
  // {file text, what the error must contain after the file name}
  const std::vector<std::pair<std::string, std::string>> cases = {
      {head + "  - name: hp\n    type: numeric\n    min: low\n",
       ":5:10: columns[0].min: expected a number"},
      {head + "  - name: hp\n    type: integer\n",
       ":4:11: columns[0].type: must be numeric, categorical or boolean"},
      {head + "  - name: hp\n    type: numeric\n    nullabel: false\n",
       ":5:5: columns[0].nullabel: unknown key"},
      {head + "  - {name: t, type: categorical, min: 1}\n",
       ":3:39: columns[0].min: only numeric columns take bounds"},
      {head + "  - {name: hp, type: numeric, min: 9, max: 1}\n",
       "columns[0].min: is greater than max"},
      {head + "  - {name: hp, type: numeric, allowed: [1, x]}\n", ":3:40: columns[0].allowed: "},
      {head + "  - {name: a, type: numeric}\n  - {name: a, type: boolean}\n",
       ":4:12: columns[1].name: column 'a' is listed twice"},
      {"schema_version: 2\ncolumns: []\n", "upgrade course"},
      {"columns:\n  - {name: a, type: numeric}\n", "missing required field 'schema_version'"},
      {"schema_version: 1\ncolumns: []\n", "columns: must list at least one column"},
  };
  for (const auto& [text, expected] : cases) EXPECT_THAT(error_of(text), HasSubstr(expected));
  EXPECT_THAT(error_of(head + "  - {name: a, type: numeric\n"), StartsWith(":"));  // Bad YAML.
}

}  // namespace
}  // namespace course::ml
