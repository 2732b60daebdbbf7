// The saved-model document of `course ml train` (see model_workflow.hpp for its shape).
#include <nlohmann/json.hpp>

#include "course/error.hpp"
#include "course/ml/model_workflow.hpp"
#include "mlcore/error.hpp"

namespace course::ml {
namespace {

using nlohmann::json;

constexpr int kFormatVersion = 1;
constexpr std::size_t kMaxBytes = std::size_t{1} << 30;

}  // namespace

std::string SavedModel::to_json() const {
  const json doc = {{"format_version", kFormatVersion},
                    {"model", "course_pipeline"},
                    {"kind", kind},
                    {"task", task_name(task)},
                    {"target", target},
                    {"classes", classes},
                    {"metadata",
                     {{"feature_names", metadata.feature_names},
                      {"target", metadata.target},
                      {"n_samples", metadata.n_samples},
                      {"trained_at", metadata.trained_at},
                      {"metrics", metadata.metrics}}},
                    {"preprocessor", json::parse(preprocessor.to_json())},
                    {"estimator", json::parse(estimator->to_json())}};
  return doc.dump(1) + "\n";
}

SavedModel SavedModel::from_json(const std::string& text, const std::string& source) {
  if (text.size() > kMaxBytes) fail_input(source, "model file larger than 1 GiB");
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    fail_input(source, std::string("not a model file (invalid JSON: ") + e.what() + ")");
  }
  if (!doc.is_object() || !doc.contains("format_version") ||
      !doc["format_version"].is_number_integer())
    fail_input(source, "not a model file (no integer 'format_version')");
  const auto version = doc["format_version"].get<std::int64_t>();
  if (version > kFormatVersion)
    fail_input(source, "model file format_version " + std::to_string(version) +
                           " was written by a newer course (this one reads up to " +
                           std::to_string(kFormatVersion) + "); upgrade course");
  if (doc.value("model", "") != "course_pipeline")
    fail_input(source,
               "not a model saved by `course ml train` (field 'model' is not \"course_pipeline\")");
  try {
    SavedModel m;
    m.kind = doc.at("kind").get<std::string>();
    const std::string task = doc.at("task").get<std::string>();
    if (task != "classification" && task != "regression")
      fail_input(source, "field 'task' must be classification or regression");
    const ModelKind& kind =
        model_kind(m.kind, task == "classification" ? Task::kClassification : Task::kRegression);
    m.task = kind.task;
    m.target = doc.at("target").get<std::string>();
    m.classes = doc.at("classes").get<std::vector<std::string>>();
    const json& meta = doc.at("metadata");
    m.metadata.feature_names = meta.at("feature_names").get<std::vector<std::string>>();
    m.metadata.target = meta.value("target", m.target);
    m.metadata.n_samples = meta.value("n_samples", std::size_t{0});
    m.metadata.trained_at = meta.value("trained_at", "");
    m.metadata.metrics = meta.value("metrics", std::map<std::string, double>{});
    m.preprocessor = mlcore::TablePreprocessor::from_json(doc.at("preprocessor").dump());
    m.estimator = kind.load(doc.at("estimator").dump());
    if (m.task == Task::kClassification && m.classes.size() < 2)
      fail_input(source, "field 'classes' must list at least two classes");
    return m;
  } catch (const json::exception& e) {
    fail_input(source, std::string("malformed model file: ") + e.what());
  } catch (const mlcore::Error& e) {
    fail_input(source, e.what());
  }
}

}  // namespace course::ml
