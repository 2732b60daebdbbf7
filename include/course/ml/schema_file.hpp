// Data schema files for `course ml validate --schema FILE`: a small YAML format, converted to
// mlcore's validation schema (mlcore/validation/schema.hpp; mlcore itself has no YAML).
//
//   schema_version: 1
//   allow_extra_columns: true      # optional (default true): columns the schema does not name
//   columns:
//     - name: hp
//       type: numeric              # numeric | categorical | boolean
//       nullable: false            # optional (default true): missing cells allowed
//       required: true             # optional (default true): the column must be present
//       min: 1                     # optional, numeric columns only, inclusive
//       max: 255
//     - name: type1
//       type: categorical
//       allowed: [Fire, Water]     # optional: the only values allowed
//     - name: num
//       type: numeric
//       unique: true               # optional (default false): no value twice
//
// Errors: InputError "file:line:column: field: message" (exit 2) for an unreadable file, invalid
// YAML, a missing or newer schema_version, an unknown key, a wrong value type, a repeated column
// name, bounds on a non-numeric column, crossed bounds or allowed values that do not fit the type.
#pragma once

#include <string>

#include "mlcore/validation/schema.hpp"

namespace course::ml {

mlcore::Schema load_schema_file(const std::string& path);

}  // namespace course::ml
