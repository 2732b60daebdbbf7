#include "io/model_json.hpp"

#include <sstream>

namespace mlcore::internal {
namespace {

constexpr std::size_t kMaxBytes = std::size_t{1} << 30;
constexpr int kMaxDepth = 64;

[[noreturn]] void bad(const std::string& message) { throw Error("model file: " + message); }

}  // namespace

Json model_document(const char* type, const ModelMetadata& metadata) {
  return Json{{"format_version", kModelFormatVersion},
              {"model", type},
              {"metadata", metadata_to_json(metadata)}};
}

Json parse_model_document(const std::string& text, const char* expected_type) {
  if (text.size() > kMaxBytes) bad("larger than 1 GiB");
  bool too_deep = false;
  const Json::parser_callback_t limit = [&too_deep](int depth, Json::parse_event_t, Json&) {
    if (depth > kMaxDepth) too_deep = true;
    return !too_deep;
  };
  Json doc;
  try {
    doc = Json::parse(text, limit);
  } catch (const Json::parse_error& e) {
    bad(std::string("not valid JSON (") + e.what() + ")");
  }
  if (too_deep) bad("nested too deeply");
  if (!doc.is_object()) bad("expected a JSON object");
  if (!doc.contains("format_version") || !doc["format_version"].is_number_integer())
    bad("missing integer 'format_version'");
  const int version = doc["format_version"].get<int>();
  if (version > kModelFormatVersion)
    bad("format_version " + std::to_string(version) +
        " was written by a newer mlcore (this one reads up to " +
        std::to_string(kModelFormatVersion) + "); upgrade");
  if (version < 1) bad("format_version " + std::to_string(version) + " is not valid");
  const std::string type = model_type(doc);
  if (expected_type && type != expected_type)
    bad("holds a '" + type + "' model, not a '" + expected_type + "'");
  return doc;
}

std::string model_type(const Json& document) { return string_field(document, "model"); }

Json metadata_to_json(const ModelMetadata& m) {
  return Json{{"feature_names", m.feature_names},
              {"target", m.target},
              {"n_samples", m.n_samples},
              {"trained_at", m.trained_at},
              {"metrics", m.metrics}};
}

ModelMetadata metadata_from_json(const Json& document) {
  ModelMetadata m;
  if (!document.contains("metadata")) return m;
  const Json& j = document["metadata"];
  try {
    m.feature_names = j.value("feature_names", std::vector<std::string>{});
    m.target = j.value("target", "");
    m.n_samples = j.value("n_samples", std::size_t{0});
    m.trained_at = j.value("trained_at", "");
    m.metrics = j.value("metrics", std::map<std::string, double>{});
  } catch (const Json::exception&) {
    bad("field 'metadata' has the wrong shape");
  }
  return m;
}

Json to_json(const Matrix& matrix) {
  return Json{{"rows", matrix.rows()},
              {"cols", matrix.cols()},
              {"data", std::vector<double>(matrix.data(), matrix.data() + matrix.size())}};
}

Json to_json(const Vector& vector) {
  return std::vector<double>(vector.data(), vector.data() + vector.size());
}

const Json& field(const Json& object, const std::string& path) {
  const Json* at = &object;
  std::stringstream parts(path);
  std::string part;
  while (std::getline(parts, part, '.')) {
    if (!at->is_object() || !at->contains(part)) bad("missing field '" + path + "'");
    at = &(*at)[part];
  }
  return *at;
}

Matrix matrix_field(const Json& object, const std::string& path) {
  const Json& j = field(object, path);
  try {
    const auto rows = j.at("rows").get<Eigen::Index>();
    const auto cols = j.at("cols").get<Eigen::Index>();
    const auto data = j.at("data").get<std::vector<double>>();
    if (rows < 0 || cols < 0 || static_cast<std::size_t>(rows * cols) != data.size())
      bad("field '" + path + "' has " + std::to_string(data.size()) + " values for a " +
          std::to_string(rows) + "x" + std::to_string(cols) + " matrix");
    Matrix m(rows, cols);
    std::copy(data.begin(), data.end(), m.data());
    return m;
  } catch (const Json::exception&) {
    bad("field '" + path + "' is not a matrix {rows, cols, data}");
  }
}

Vector vector_field(const Json& object, const std::string& path) {
  const Json& j = field(object, path);
  try {
    const auto data = j.get<std::vector<double>>();
    return Eigen::Map<const Vector>(data.data(), static_cast<Eigen::Index>(data.size()));
  } catch (const Json::exception&) {
    bad("field '" + path + "' is not a list of numbers");
  }
}

double number_field(const Json& object, const std::string& path) {
  const Json& j = field(object, path);
  if (!j.is_number()) bad("field '" + path + "' is not a number");
  return j.get<double>();
}

std::string string_field(const Json& object, const std::string& path) {
  const Json& j = field(object, path);
  if (!j.is_string()) bad("field '" + path + "' is not text");
  return j.get<std::string>();
}

}  // namespace mlcore::internal
