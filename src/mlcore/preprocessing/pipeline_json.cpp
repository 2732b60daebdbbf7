// Pipeline's model file: the two fitted steps nested as their own model documents.
#include <utility>

#include "io/model_json.hpp"
#include "mlcore/preprocessing/pipeline.hpp"
#include "preprocessing/checks.hpp"

namespace mlcore {
namespace {

using internal::Json;

// A step's own loader reports fields relative to the step ("field 'params.C'"); prefixing the
// step's path makes the message point into the pipeline file.
template <class Load>
auto load_step(const char* path, Load load) {
  try {
    return load();
  } catch (const Error& e) {
    throw Error(std::string("model file: in '") + path + "': " + e.what());
  }
}

}  // namespace

Pipeline::Pipeline(Fitted, TablePreprocessor preprocessor, std::unique_ptr<Estimator> model)
    : preprocessor_(std::move(preprocessor)), model_(std::move(model)), fitted_(true) {
  if (!model_) throw Error("Pipeline: model must not be null");
}

std::string Pipeline::to_json() const {
  if (!fitted_) internal::throw_not_fitted("Pipeline");
  Json model = Json::parse(model_->to_json());
  Json doc = internal::model_document("pipeline", metadata);
  doc["params"] = {{"steps", {"table_preprocessor", internal::model_type(model)}}};
  doc["state"] = {{"preprocessor", Json::parse(preprocessor_.to_json())},
                  {"model", std::move(model)}};
  return doc.dump();
}

Pipeline Pipeline::from_json(const std::string& text, const EstimatorLoader& load) {
  const Json doc = internal::parse_model_document(text, "pipeline");
  const Json& preprocessor = internal::field(doc, "state.preprocessor");
  const Json& model = internal::field(doc, "state.model");
  if (!preprocessor.is_object())
    throw Error("model file: field 'state.preprocessor' is not a model");
  if (!model.is_object()) throw Error("model file: field 'state.model' is not a model");
  Pipeline pipe(Fitted{},
                load_step("state.preprocessor",
                          [&] { return TablePreprocessor::from_json(preprocessor.dump()); }),
                load_step("state.model", [&] { return load(model.dump()); }));
  pipe.metadata = internal::metadata_from_json(doc);
  return pipe;
}

}  // namespace mlcore
