// course ml VERB: the ML core from the shell (train, predict, eval, describe, validate).
// Each verb is a small function; this file only wires them to CLI11.
#include <fmt/core.h>
#include <fmt/ranges.h>

#include <nlohmann/json.hpp>

#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "../command.hpp"
#include "course/error.hpp"
#include "course/ml/model_workflow.hpp"
#include "course/ml/schema_file.hpp"
#include "course/ml_report_json.hpp"
#include "mlcore/csv.hpp"
#include "mlcore/eda/describe.hpp"
#include "mlcore/validation/drift.hpp"
#include "mlcore/validation/schema.hpp"

namespace course::cli {
namespace {

// Reads a CSV, turning mlcore's CsvError into the engine's input error (exit 2, file:line:col).
mlcore::Table load_csv(const std::string& path) {
  try {
    return mlcore::read_csv(path);
  } catch (const mlcore::CsvError& e) {
    throw InputError(e.source(), e.line(), e.column(), "", e.message());
  }
}

std::string fmt_number(double v) { return fmt::format("{:.4g}", v); }

int describe(Context& ctx, const std::string& data) {
  const mlcore::Table table = load_csv(data);
  const mlcore::Description d = mlcore::describe(table);
  if (ctx.format() == Format::kJson) {
    fmt::print("{}", describe_json(d, table.rows()));
    return 0;
  }
  fmt::print("{} rows × {} columns ({})\n\n", table.rows(), table.cols(), data);
  if (!d.numeric.empty()) {
    fmt::print("{:<16} {:>6} {:>7} {:>10} {:>10} {:>9} {:>9} {:>9} {:>9} {:>9}\n", "numeric",
               "count", "missing", "mean", "std", "min", "25%", "50%", "75%", "max");
    for (const auto& s : d.numeric)
      fmt::print("{:<16} {:>6} {:>7} {:>10} {:>10} {:>9} {:>9} {:>9} {:>9} {:>9}\n", s.column,
                 s.count, s.missing, fmt_number(s.mean), fmt_number(s.std), fmt_number(s.min),
                 fmt_number(s.q25), fmt_number(s.median), fmt_number(s.q75), fmt_number(s.max));
  }
  if (!d.categorical.empty()) {
    fmt::print("\n{:<16} {:>6} {:>7} {:>7}  {:<20} {:>6}\n", "categorical", "count", "missing",
               "unique", "top", "freq");
    for (const auto& s : d.categorical)
      fmt::print("{:<16} {:>6} {:>7} {:>7}  {:<20} {:>6}\n", s.column, s.count, s.missing, s.unique,
                 s.top, s.freq);
  }
  return 0;
}

int validate(Context& ctx, const std::string& data, const std::string& reference,
             const std::string& schema_path, std::size_t max_issues) {
  // The schema file is read first: a broken one fails (exit 2) before any CSV is parsed.
  const std::optional<mlcore::Schema> declared =
      schema_path.empty() ? std::nullopt : std::optional(ml::load_schema_file(schema_path));
  const mlcore::Table current = load_csv(data);
  const mlcore::Table ref = load_csv(reference);
  // Without --schema the reference defines what "valid" means: its types, nullability, ranges
  // and categories.
  const mlcore::Schema schema = declared ? *declared : mlcore::infer_schema(ref);
  const std::vector<mlcore::SchemaIssue> issues = mlcore::validate(current, schema);
  const mlcore::DriftReport drift = mlcore::drift_report(ref, current);
  bool drifted = false;
  for (const auto& f : drift.features) drifted = drifted || f.drifted;
  const bool ok = issues.empty() && !drifted;
  if (ctx.format() == Format::kJson) {
    fmt::print("{}", data_validation_json(issues, drift, max_issues));
    return ok ? 0 : 1;
  }
  const Style& s = ctx.style;
  fmt::print("{} against {} (schema {})\n\n", data, reference,
             declared ? "from " + schema_path : std::string("inferred from the reference"));
  fmt::print("{} {} schema issue{}\n", issues.empty() ? s.pass_mark() : s.fail_mark(),
             issues.size(), issues.size() == 1 ? "" : "s");
  for (std::size_t i = 0; i < issues.size() && i < max_issues; ++i)
    fmt::print("    {}\n", issues[i].message);
  if (issues.size() > max_issues)
    fmt::print("    … {} more (--max-issues)\n", issues.size() - max_issues);
  fmt::print("\nDrift (PSI > 0.2 or KS p < 0.01 flags a feature):\n");
  for (const auto& f : drift.features) {
    std::string detail = "PSI " + fmt_number(f.psi);
    if (f.type == mlcore::ColumnType::kNumeric)
      detail += " · KS p " + fmt_number(f.numeric.ks.pvalue) + " · mean shift " +
                fmt_number(f.numeric.mean_shift) + " sd";
    else if (!f.categorical.unseen_categories.empty())
      detail +=
          " · " + std::to_string(f.categorical.unseen_categories.size()) + " unseen categories";
    fmt::print("  {} {:<16} {}\n", f.drifted ? s.fail_mark() : s.pass_mark(), f.column, detail);
  }
  for (const auto& c : drift.only_in_reference)
    fmt::print("  {} {} missing from the new data\n", s.fail_mark(), c);
  for (const auto& c : drift.only_in_current)
    fmt::print("  {} {} is new (not in the reference)\n", s.yellow("!"), c);
  return ok ? 0 : 1;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail_input(path, "cannot read file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Writes through a temp file and rename: a failed or interrupted write leaves no half file.
void write_atomically(const std::string& path, const std::string& text) {
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary);
    out << text;
    if (!out) fail_input(path, "cannot write file");
  }
  std::filesystem::rename(temp, path);
}

std::map<std::string, std::string> parse_params(const std::vector<std::string>& raw) {
  std::map<std::string, std::string> params;
  for (const auto& kv : raw) {
    const auto eq = kv.find('=');
    if (eq == std::string::npos || eq == 0) fail_usage("--param " + kv + ": expected KEY=VALUE");
    params[kv.substr(0, eq)] = kv.substr(eq + 1);
  }
  return params;
}

std::string metrics_line(const std::map<std::string, double>& metrics) {
  std::string out;
  for (const auto& [name, value] : metrics)
    out += (out.empty() ? "" : " · ") + name + " " + fmt_number(value);
  return out;
}

int train(Context& ctx, const std::string& data, const ml::TrainRequest& request,
          const std::string& save) {
  const mlcore::Table table = load_csv(data);
  const ml::TrainResult r = ml::train(table, data, request);
  if (!save.empty()) write_atomically(save, r.model.to_json());
  if (ctx.format() == Format::kJson) {
    nlohmann::json cv = nlohmann::json::object();
    for (const auto& [name, scores] : r.cv_scores) cv[name] = scores;
    const nlohmann::json doc = {{"format_version", 1},
                                {"model", r.model.kind},
                                {"task", ml::task_name(r.model.task)},
                                {"target", r.model.target},
                                {"rows", r.rows},
                                {"dropped_rows", r.dropped_rows},
                                {"features", r.model.metadata.feature_names},
                                {"features_out", r.features_out},
                                {"classes", r.model.classes},
                                {"fit_seconds", r.fit_seconds},
                                {"train_metrics", r.train_metrics},
                                {"cv_scores", cv},
                                {"cv_metrics", r.model.metadata.metrics},
                                {"saved_to", save}};
    fmt::print("{}\n", doc.dump(2));
    return 0;
  }
  fmt::print("Trained {} ({}) on {} rows × {} features → {} columns in {:.3f} s\n", r.model.kind,
             ml::task_name(r.model.task), r.rows, r.model.metadata.feature_names.size(),
             r.features_out, r.fit_seconds);
  if (r.dropped_rows)
    fmt::print("  {} rows without a '{}' value were left out\n", r.dropped_rows, request.target);
  if (!r.model.classes.empty()) fmt::print("  classes: {}\n", fmt::join(r.model.classes, ", "));
  fmt::print("  training data: {}\n", metrics_line(r.train_metrics));
  for (const auto& [name, value] : r.model.metadata.metrics)
    if (name.rfind("cv_", 0) == 0)
      fmt::print("  {}-fold CV {}: {}\n", request.cv, name.substr(3), fmt_number(value));
  if (!save.empty()) fmt::print("Saved to {}\n", save);
  return 0;
}

int predict(Context& ctx, const std::string& model_path, const std::string& data,
            const std::string& out) {
  const ml::SavedModel model = ml::SavedModel::from_json(read_text(model_path), model_path);
  const mlcore::Table table = load_csv(data);
  const ml::Predictions p = ml::predict(model, table, data);
  const std::string csv = mlcore::to_csv(p.table);
  if (!out.empty()) write_atomically(out, csv);
  if (ctx.format() == Format::kJson) {
    fmt::print("{}\n", nlohmann::json{{"format_version", 1},
                                      {"rows", p.table.rows()},
                                      {"predict_seconds", p.predict_seconds},
                                      {"out", out}}
                           .dump(2));
  } else if (out.empty()) {
    fmt::print("{}", csv);
  } else {
    fmt::print("{} predictions written to {} in {:.4f} s\n", p.table.rows(), out,
               p.predict_seconds);
  }
  return 0;
}

int evaluate(Context& ctx, const std::string& model_path, const std::string& data,
             const std::string& target) {
  const ml::SavedModel model = ml::SavedModel::from_json(read_text(model_path), model_path);
  if (!target.empty() && target != model.target)
    fail_usage("--target " + target + ": the model predicts '" + model.target + "'");
  const auto metrics = ml::evaluate(model, load_csv(data), data);
  if (ctx.format() == Format::kJson) {
    fmt::print("{}\n", nlohmann::json{{"format_version", 1}, {"metrics", metrics}}.dump(2));
    return 0;
  }
  for (const auto& [name, value] : metrics) fmt::print("{:<18} {}\n", name, fmt_number(value));
  return 0;
}

class MlCommand : public Command {
 public:
  const char* name() const override { return "ml"; }
  const char* summary() const override {
    return "Use the ML core from the shell: train, predict, eval, describe, validate";
  }
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    describe_ =
        app.add_subcommand("describe", "Summary statistics of a CSV (like pandas' describe)");
    describe_->add_option("--data", data_, "CSV file")->required();
    validate_ = app.add_subcommand("validate",
                                   "Check new data against a reference: schema issues and drift");
    validate_->add_option("--data", data_, "CSV file to check")->required();
    validate_->add_option("--reference", reference_, "Reference CSV (e.g. the training data)")
        ->required();
    validate_->add_option("--schema", schema_,
                          "YAML schema (types, nullable, min/max, allowed, unique); default: "
                          "inferred from the reference");
    validate_->add_option("--max-issues", max_issues_, "Issues listed at most (all are counted)");

    train_ = app.add_subcommand("train", "Train a model on a CSV and save it");
    train_->add_option("--data", data_, "Training CSV")->required();
    train_->add_option("--target", request_.target, "Column to predict")->required();
    train_->add_option(
        "--model", request_.model,
        "logreg | tree | forest | linear | ridge (tree/forest classify a text or boolean "
        "target, regress a numeric one)");
    train_->add_option("--param", params_, "Model parameter KEY=VALUE (repeatable), e.g. C=0.5");
    train_->add_option("--scale", request_.scale, "Numeric scaling: standard | minmax | none");
    train_->add_option("--cv", request_.cv, "Cross-validation folds (0 = none)");
    train_->add_option("--seed", request_.seed, "Seed for fold shuffling");
    train_->add_option("--save", save_, "Write the trained model (JSON) here");

    predict_ = app.add_subcommand("predict", "Predict with a saved model");
    predict_->add_option("--model", model_, "Model file from `course ml train --save`")->required();
    predict_->add_option("--data", data_, "CSV with the model's feature columns")->required();
    predict_->add_option("--out", out_, "Write predictions CSV here (default: stdout)");

    eval_ = app.add_subcommand("eval", "Score a saved model on labelled data");
    eval_->add_option("--model", model_, "Model file from `course ml train --save`")->required();
    eval_->add_option("--data", data_, "CSV with the features and the target")->required();
    eval_->add_option("--target", eval_target_, "Target column (must match the model's)");
  }
  int run(Context& ctx) override {
    if (describe_->parsed()) return describe(ctx, data_);
    if (validate_->parsed()) return validate(ctx, data_, reference_, schema_, max_issues_);
    if (train_->parsed()) {
      request_.params = parse_params(params_);
      return train(ctx, data_, request_, save_);
    }
    if (predict_->parsed()) return predict(ctx, model_, data_, out_);
    return evaluate(ctx, model_, data_, eval_target_);
  }

 private:
  CLI::App* describe_ = nullptr;
  CLI::App* validate_ = nullptr;
  CLI::App* train_ = nullptr;
  CLI::App* predict_ = nullptr;
  CLI::App* eval_ = nullptr;
  std::string data_, reference_, schema_, save_, model_, out_, eval_target_;
  std::vector<std::string> params_;
  ml::TrainRequest request_;
  std::size_t max_issues_ = 20;
};

}  // namespace

std::unique_ptr<Command> make_ml_command() { return std::make_unique<MlCommand>(); }

}  // namespace course::cli
