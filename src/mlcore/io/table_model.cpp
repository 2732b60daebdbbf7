#include "mlcore/io/table_model.hpp"

#include <fstream>
#include <sstream>

#include "io/model_json.hpp"
#include "mlcore/error.hpp"
#include "mlcore/io/load_estimator.hpp"

namespace mlcore {

namespace {

using internal::Json;

constexpr const char* kType = "table_model";
// What course 0.1's `course ml train` wrote before this type lived in mlcore.
constexpr const char* kLegacyType = "course_pipeline";
constexpr std::size_t kMaxFileBytes = std::size_t{1} << 30;

void require_classifier(const TableModel& model, const char* what) {
  if (!model.is_classifier())
    throw Error(std::string("TableModel::") + what + ": the model predicts '" + model.target +
                "', a number, not a class");
  if (!model.estimator) throw Error(std::string("TableModel::") + what + ": no estimator");
}

}  // namespace

Matrix TableModel::features(const Table& table) const {
  if (!estimator) throw Error("TableModel: no estimator (load or train the model first)");
  for (const std::string& name : metadata.feature_names)
    if (!table.has_column(name))
      throw Error("TableModel: missing column '" + name + "', which the model was trained on");
  return preprocessor.transform(table);
}

Vector TableModel::predict(const Table& table) const { return estimator->predict(features(table)); }

std::vector<std::string> TableModel::predict_labels(const Table& table) const {
  require_classifier(*this, "predict_labels");
  const Vector codes = predict(table);
  std::vector<std::string> labels;
  labels.reserve(static_cast<std::size_t>(codes.size()));
  for (Eigen::Index i = 0; i < codes.size(); ++i) {
    const double code = codes[i];
    if (!(code >= 0) || code >= static_cast<double>(classes.size()))
      throw Error("TableModel: the estimator predicted class " + std::to_string(code) +
                  ", but the model has " + std::to_string(classes.size()) + " classes");
    labels.push_back(classes[static_cast<std::size_t>(code)]);
  }
  return labels;
}

Matrix TableModel::predict_proba(const Table& table) const {
  require_classifier(*this, "predict_proba");
  if (!estimator->has_predict_proba())
    throw Error("TableModel::predict_proba: this estimator has no predict_proba");
  return estimator->predict_proba(features(table));
}

std::string TableModel::to_json() const {
  if (!estimator) throw Error("TableModel::to_json: no estimator");
  Json doc = internal::model_document(kType, metadata);
  doc["target"] = target;
  doc["classes"] = classes;
  doc["tags"] = tags;
  doc["preprocessor"] = Json::parse(preprocessor.to_json());
  doc["estimator"] = Json::parse(estimator->to_json());
  return doc.dump(1) + "\n";
}

TableModel TableModel::from_json(const std::string& text) {
  const Json doc = internal::parse_model_document(text, nullptr);
  const std::string type = internal::model_type(doc);
  if (type != kType && type != kLegacyType)
    throw Error("model file: \"model\" is '" + type + "', expected '" + kType +
                "' (a single estimator's file loads with load_estimator)");
  TableModel model;
  try {
    model.metadata = internal::metadata_from_json(doc);
    model.target = internal::string_field(doc, "target");
    model.classes = internal::field(doc, "classes").get<std::vector<std::string>>();
    if (type == kLegacyType) {
      model.tags["kind"] = internal::string_field(doc, "kind");
      // A legacy regressor stored "classes": []; a classifier always had two or more.
      const std::string task = internal::string_field(doc, "task");
      if (task != "classification" && task != "regression")
        throw Error("model file: field 'task' must be classification or regression");
      if ((task == "classification") != !model.classes.empty())
        throw Error("model file: field 'classes' does not match task '" + task + "'");
    } else if (doc.contains("tags")) {
      model.tags = internal::field(doc, "tags").get<std::map<std::string, std::string>>();
    }
  } catch (const Json::exception& e) {
    throw Error(std::string("model file: ") + e.what());
  }
  if (model.classes.size() == 1)
    throw Error("model file: field 'classes' must list at least two classes (or none)");
  model.preprocessor = TablePreprocessor::from_json(internal::field(doc, "preprocessor").dump());
  model.estimator = load_estimator(internal::field(doc, "estimator").dump());
  return model;
}

TableModel TableModel::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read model file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  if (text.tellp() > static_cast<std::streamoff>(kMaxFileBytes))
    throw Error(path + ": model file larger than 1 GiB");
  try {
    return from_json(text.str());
  } catch (const Error& e) {
    throw Error(path + ": " + e.what());
  }
}

void TableModel::save(const std::string& path) const {
  const std::string text = to_json();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  if (!out.flush()) throw Error("cannot write model file " + path);
}

}  // namespace mlcore
