#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "golden_support.hpp"
#include "mlcore/error.hpp"
#include "mlcore/validation/schema.hpp"

namespace mlcore {
namespace {

using testing::HasSubstr;

void expect_same(const Schema& a, const Schema& b) {
  EXPECT_EQ(a.allow_extra_columns, b.allow_extra_columns);
  ASSERT_EQ(a.columns.size(), b.columns.size());
  for (std::size_t i = 0; i < a.columns.size(); ++i) {
    const auto& x = a.columns[i];
    const auto& y = b.columns[i];
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.type, y.type);
    EXPECT_EQ(x.nullable, y.nullable);
    EXPECT_EQ(x.required, y.required);
    EXPECT_EQ(x.min, y.min);
    EXPECT_EQ(x.max, y.max);
    EXPECT_EQ(x.allowed_values, y.allowed_values);
    EXPECT_EQ(x.unique, y.unique);
  }
}

TEST(SchemaJson, RoundTripsAnInferredSchemaExactly) {
  InferSchemaOptions o;
  o.infer_unique = true;
  const Schema s = infer_schema(test::pokemon(), o);
  const std::string text = schema_to_json(s);
  EXPECT_THAT(text, HasSubstr("\"format_version\": 1"));
  expect_same(schema_from_json(text), s);
  // weight_kg bounds are decimals: the shortest round-trip text brings back the same double.
  EXPECT_EQ(schema_from_json(text).find("weight_kg")->max, s.find("weight_kg")->max);
}

TEST(SchemaJson, MinimalDocumentUsesDefaults) {
  const Schema s = schema_from_json(R"({"columns": [{"name": "hp", "type": "numeric"}]})");
  ASSERT_EQ(s.columns.size(), 1u);
  EXPECT_TRUE(s.columns[0].nullable);
  EXPECT_TRUE(s.columns[0].required);
  EXPECT_FALSE(s.columns[0].min.has_value());
  EXPECT_TRUE(s.allow_extra_columns);
}

TEST(SchemaJson, ErrorsNameThePlace) {
  auto fails_with = [](const std::string& text, const std::string& message) {
    EXPECT_THAT([&] { schema_from_json(text); }, testing::ThrowsMessage<Error>(HasSubstr(message)))
        << text;
  };
  fails_with("{", "schema JSON: invalid JSON");
  fails_with("[]", "the document must be an object");
  fails_with(R"({"format_version": 2, "columns": []})", "format_version 2 is newer");
  fails_with(R"({"colums": []})", "unknown key 'colums'");
  fails_with(R"({"columns": [{"name": "a", "type": "text"}]})",
             "columns[0].type must be numeric, categorical or boolean (got 'text')");
  fails_with(R"({"columns": [{"name": "a", "type": "numeric", "min": "1"}]})",
             "columns[0].min must be a number");
  fails_with(R"({"columns": [{"name": "a", "type": "numeric", "nulable": false}]})",
             "columns[0]: unknown key 'nulable'");
  fails_with(R"({"columns": [{"type": "numeric"}]})", "columns[0].name must be a string");
  fails_with(R"({"columns": [{"name": "a", "type": "numeric", "min": 3, "max": 2}]})",
             "min must be <= max");
}

}  // namespace
}  // namespace mlcore
