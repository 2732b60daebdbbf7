// Turns the JSON records of a predict request into an mlcore::Table the model accepts, or into
// the list of everything wrong with them (every field of every record, not just the first).
//
// A record is a JSON object with exactly the schema's fields: a number for numeric fields,
// true/false for boolean ones, one of the training categories for categorical ones, null only
// where the schema allows it. Numbers must be finite and inside the training range.
//
// Thread safety: pure functions of their arguments.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <string>
#include <vector>

#include "mlcore/table.hpp"
#include "serve/record_schema.hpp"

namespace course::serve {

struct FieldError {
  std::size_t record = 0;  // Index in the batch (0 for a single record).
  std::string field;       // "" when the record itself is wrong (not an object).
  // missing_field, unknown_field, wrong_type, null_not_allowed, below_min, above_max,
  // unknown_category, not_an_object.
  std::string code;
  std::string message;  // Names the field: "field 'hp': 300 is above the training maximum 255".
};

struct ParsedRecords {
  mlcore::Table table;  // One row per record, columns in schema order (valid only if no errors).
  std::vector<FieldError> errors;
};

// `records` is a JSON array of records (the caller turns a single object into a batch of one).
ParsedRecords parse_records(const nlohmann::json& records, const RecordSchema& schema);

}  // namespace course::serve
