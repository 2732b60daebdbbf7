// Internal: the shared shape of mlcore model files. Every model's to_json()/from_json() uses these
// helpers so files look alike and fail alike:
//   {"format_version": 1, "model": "<type>", "metadata": {...}, "params": {...}, "state": {...}}
// Doubles are written in shortest round-trip form, so a loaded model predicts bit-identically.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "mlcore/error.hpp"
#include "mlcore/linalg.hpp"
#include "mlcore/model_metadata.hpp"

namespace mlcore::internal {

using Json = nlohmann::json;

// {"format_version": kModelFormatVersion, "model": type, "metadata": ...}.
Json model_document(const char* type, const ModelMetadata& metadata);

// Parses a model file's text and checks it: valid JSON (size- and depth-capped), an object,
// format_version present and not newer than kModelFormatVersion, "model" equal to
// expected_type (when not null). Throws mlcore::Error naming the problem.
Json parse_model_document(const std::string& text, const char* expected_type);

// The "model" field of a parsed document (to dispatch on type).
std::string model_type(const Json& document);

Json metadata_to_json(const ModelMetadata& metadata);
ModelMetadata metadata_from_json(const Json& document);

Json to_json(const Matrix& matrix);  // {"rows": r, "cols": c, "data": [row-major values]}
Json to_json(const Vector& vector);  // [values]
// Typed readers: throw mlcore::Error("model file: field 'state.coef' ...") on missing/wrong type.
Matrix matrix_field(const Json& object, const std::string& path);
Vector vector_field(const Json& object, const std::string& path);
double number_field(const Json& object, const std::string& path);
std::string string_field(const Json& object, const std::string& path);
// `path` is dotted ("state.coef"); the helpers walk it.
const Json& field(const Json& object, const std::string& path);

}  // namespace mlcore::internal
