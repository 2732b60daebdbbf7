// The saved-model file of `course ml train`: an mlcore::TableModel whose tags carry the CLI's
// model name (see model_workflow.hpp).
#include "course/error.hpp"
#include "course/ml/model_workflow.hpp"
#include "mlcore/error.hpp"

namespace course::ml {
namespace {

constexpr std::size_t kMaxBytes = std::size_t{1} << 30;

}  // namespace

SavedModel SavedModel::from_json(const std::string& text, const std::string& source) {
  if (text.size() > kMaxBytes) fail_input(source, "model file larger than 1 GiB");
  SavedModel m;
  try {
    static_cast<mlcore::TableModel&>(m) = mlcore::TableModel::from_json(text);
  } catch (const mlcore::Error& e) {
    fail_input(source, e.what());
  }
  m.task = m.is_classifier() ? Task::kClassification : Task::kRegression;
  const auto kind = m.tags.find("kind");
  if (kind != m.tags.end()) {
    m.kind = kind->second;
    bool known = false;
    for (const ModelKind& k : model_kinds())
      known = known || (k.name == m.kind && k.task == m.task);
    if (!known)
      fail_input(source, "tags.kind '" + m.kind + "' is not a " + task_name(m.task) +
                             " model `course ml` knows");
  }
  return m;
}

}  // namespace course::ml
