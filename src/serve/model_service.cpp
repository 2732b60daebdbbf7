#include "serve/model_service.hpp"

#include <nlohmann/json.hpp>

#include <cctype>

#include "course/error.hpp"
#include "serve/record_parser.hpp"

namespace course::serve {
namespace {

using nlohmann::json;

// nlohmann's parser is iterative, but destroying a deeply nested value recurses: refuse deep
// nesting before parsing. Records are flat, so 32 levels is generous.
constexpr int kMaxDepth = 32;

bool nesting_within(std::string_view body, int max_depth) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (char c : body) {
    if (in_string) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

// "application/json" with optional parameters ("; charset=utf-8"), any case.
bool is_json_media_type(std::string_view content_type) {
  const std::string_view type = content_type.substr(0, content_type.find(';'));
  std::string lower;
  for (char c : type)
    if (!std::isspace(static_cast<unsigned char>(c)))
      lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower == "application/json";
}

std::string problems_summary(const std::vector<FieldError>& errors) {
  std::string message = errors.front().message;
  if (errors.front().record > 0 || errors.size() > 1)
    message = "record " + std::to_string(errors.front().record) + ": " + message;
  if (errors.size() > 1) message += " (and " + std::to_string(errors.size() - 1) + " more)";
  return message;
}

}  // namespace

ModelService::ModelService(ml::SavedModel model, RecordSchema schema, ModelIdentity identity,
                           std::size_t max_batch)
    : model_(std::move(model)),
      schema_(std::move(schema)),
      identity_(std::move(identity)),
      max_batch_(max_batch) {}

PredictOutcome ModelService::predict(std::string_view body, std::string_view content_type) const {
  PredictOutcome out;
  if (!is_json_media_type(content_type)) {
    out.reply = error_reply(
        415, "unsupported_media_type",
        "Content-Type must be application/json (got '" + std::string(content_type) + "')");
    return out;
  }
  if (!nesting_within(body, kMaxDepth)) {
    out.reply = error_reply(400, "malformed_json",
                            "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels");
    return out;
  }
  json doc;
  try {
    doc = json::parse(body);
  } catch (const json::exception& e) {
    out.reply = error_reply(400, "malformed_json", std::string("invalid JSON: ") + e.what());
    return out;
  }
  if (doc.is_object()) doc = json::array({std::move(doc)});
  if (!doc.is_array()) {
    out.reply = error_reply(422, "invalid_body",
                            "body must be a record (JSON object) or a batch (JSON array of "
                            "records)");
    return out;
  }
  if (doc.empty()) {
    out.reply = error_reply(422, "empty_batch", "the batch has no records");
    return out;
  }
  if (doc.size() > max_batch_) {
    out.reply = error_reply(413, "batch_too_large",
                            "the batch has " + std::to_string(doc.size()) + " records; at most " +
                                std::to_string(max_batch_) + " per request");
    return out;
  }
  ParsedRecords parsed = parse_records(doc, schema_);
  if (!parsed.errors.empty()) {
    out.reply = error_reply(422, "invalid_records", problems_summary(parsed.errors), parsed.errors);
    return out;
  }
  return predict_table(std::move(parsed.table));
}

PredictOutcome ModelService::predict_table(mlcore::Table table) const {
  PredictOutcome out;
  const ml::Predictions p = ml::predict(model_, table, "request");
  const mlcore::Column& prediction = p.table.column("prediction");
  json list = json::array();
  for (std::size_t r = 0; r < p.table.rows(); ++r) {
    json item;
    if (model_.task == ml::Task::kClassification) {
      const std::string& label = prediction.text(r);
      item["prediction"] = label;
      out.labels.push_back(label);
      if (p.table.cols() > 1) {
        json proba = json::object();
        double confidence = 0;
        for (const std::string& c : model_.classes) {
          const double v = p.table.column("proba_" + c).numeric(r);
          proba[c] = v;
          if (c == label) confidence = v;
        }
        item["confidence"] = confidence;
        item["probabilities"] = std::move(proba);
      }
    } else {
      const double v = prediction.numeric(r);
      item["prediction"] = v;
      out.values.push_back(v);
    }
    list.push_back(std::move(item));
  }
  out.reply.body = json{{"model", {{"name", identity_.name}, {"version", identity_.version}}},
                        {"predictions", std::move(list)}}
                       .dump() +
                   "\n";
  out.inputs = std::move(table);
  return out;
}

std::string ModelService::describe_json() const {
  json features = json::array();
  for (const FieldSpec& f : schema_.fields()) {
    json item = {{"name", f.name}, {"type", field_kind_name(f.kind)}, {"nullable", f.nullable}};
    if (f.min) item["min"] = *f.min;
    if (f.max) item["max"] = *f.max;
    if (f.kind == FieldKind::kCategory) item["categories"] = f.categories;
    features.push_back(std::move(item));
  }
  const mlcore::ModelMetadata& meta = model_.metadata;
  return json{{"name", identity_.name},
              {"version", identity_.version},
              {"kind", model_.kind},
              {"task", ml::task_name(model_.task)},
              {"target", model_.target},
              {"classes", model_.classes},
              {"features", std::move(features)},
              {"trained_at", meta.trained_at},
              {"training_rows", meta.n_samples},
              {"training_metrics", meta.metrics}}
             .dump(2) +
         "\n";
}

}  // namespace course::serve
