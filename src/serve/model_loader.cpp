#include "serve/model_loader.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "course/error.hpp"
#include "course/grader/hash.hpp"
#include "course/ml/schema_file.hpp"
#include "mlcore/csv.hpp"
#include "mlcore/validation/schema.hpp"

namespace course::serve {
namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail_input(path, "cannot read file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

mlcore::Table read_reference(const std::string& path) {
  try {
    return mlcore::read_csv(path);
  } catch (const mlcore::CsvError& e) {
    throw InputError(e.source(), e.line(), e.column(), "", e.message());
  }
}

}  // namespace

LoadedModel load_model(const ServeOptions& options) {
  const std::string text = read_text(options.model_path);
  ml::SavedModel model = ml::SavedModel::from_json(text, options.model_path);
  const ModelIdentity identity{std::filesystem::path(options.model_path).stem().string(),
                               Hasher().add(text).hex().substr(0, 12)};

  LoadedModel loaded;
  std::optional<mlcore::Schema> data_schema;
  std::string schema_source;
  if (!options.schema_path.empty()) {
    data_schema = ml::load_schema_file(options.schema_path);
    schema_source = options.schema_path;
  }
  if (!options.reference_path.empty()) {
    const mlcore::Table reference = read_reference(options.reference_path);
    for (const std::string& name : model.metadata.feature_names)
      if (!reference.has_column(name))
        fail_input(options.reference_path,
                   "missing column '" + name + "', which the model was trained on");
    loaded.reference = reference.select(model.metadata.feature_names);
    if (!data_schema) {
      // Categories come from the model itself (record_schema.cpp); the reference adds types,
      // nullability and the observed ranges.
      mlcore::InferSchemaOptions infer;
      infer.max_categories = 0;
      data_schema = mlcore::infer_schema(*loaded.reference, infer);
      schema_source = options.reference_path;
    }
  }
  RecordSchema schema =
      RecordSchema::build(model, data_schema ? &*data_schema : nullptr, schema_source);
  loaded.service = std::make_unique<ModelService>(std::move(model), std::move(schema), identity,
                                                  options.max_batch);
  return loaded;
}

}  // namespace course::serve
