// course ml VERB: the ML core from the shell (describe, validate; train/predict/eval follow).
// Each verb is a small function; this file only wires them to CLI11.
#include <fmt/core.h>

#include <set>

#include "../command.hpp"
#include "course/error.hpp"
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
    fmt::print("{:<16} {:>6} {:>7} {:>10} {:>10} {:>9} {:>9} {:>9} {:>9} {:>9}\n", "numeric", "count", "missing",
               "mean", "std", "min", "25%", "50%", "75%", "max");
    for (const auto& s : d.numeric)
      fmt::print("{:<16} {:>6} {:>7} {:>10} {:>10} {:>9} {:>9} {:>9} {:>9} {:>9}\n", s.column, s.count, s.missing,
                 fmt_number(s.mean), fmt_number(s.std), fmt_number(s.min), fmt_number(s.q25),
                 fmt_number(s.median), fmt_number(s.q75), fmt_number(s.max));
  }
  if (!d.categorical.empty()) {
    fmt::print("\n{:<16} {:>6} {:>7} {:>7}  {:<20} {:>6}\n", "categorical", "count", "missing", "unique", "top",
               "freq");
    for (const auto& s : d.categorical)
      fmt::print("{:<16} {:>6} {:>7} {:>7}  {:<20} {:>6}\n", s.column, s.count, s.missing, s.unique, s.top, s.freq);
  }
  return 0;
}

int validate(Context& ctx, const std::string& data, const std::string& reference, std::size_t max_issues) {
  const mlcore::Table current = load_csv(data);
  const mlcore::Table ref = load_csv(reference);
  // The reference defines what "valid" means: its types, nullability, ranges and categories.
  const mlcore::Schema schema = mlcore::infer_schema(ref);
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
  fmt::print("{} against {} (schema inferred from the reference)\n\n", data, reference);
  fmt::print("{} {} schema issue{}\n", issues.empty() ? s.pass_mark() : s.fail_mark(), issues.size(),
             issues.size() == 1 ? "" : "s");
  for (std::size_t i = 0; i < issues.size() && i < max_issues; ++i) fmt::print("    {}\n", issues[i].message);
  if (issues.size() > max_issues) fmt::print("    … {} more (--max-issues)\n", issues.size() - max_issues);
  fmt::print("\nDrift (PSI > 0.2 or KS p < 0.01 flags a feature):\n");
  for (const auto& f : drift.features) {
    std::string detail = "PSI " + fmt_number(f.psi);
    if (f.type == mlcore::ColumnType::kNumeric)
      detail += " · KS p " + fmt_number(f.numeric.ks.pvalue) + " · mean shift " + fmt_number(f.numeric.mean_shift) + " sd";
    else if (!f.categorical.unseen_categories.empty())
      detail += " · " + std::to_string(f.categorical.unseen_categories.size()) + " unseen categories";
    fmt::print("  {} {:<16} {}\n", f.drifted ? s.fail_mark() : s.pass_mark(), f.column, detail);
  }
  for (const auto& c : drift.only_in_reference) fmt::print("  {} {} missing from the new data\n", s.fail_mark(), c);
  for (const auto& c : drift.only_in_current) fmt::print("  {} {} is new (not in the reference)\n", s.yellow("!"), c);
  return ok ? 0 : 1;
}

class MlCommand : public Command {
 public:
  const char* name() const override { return "ml"; }
  const char* summary() const override { return "Use the ML core from the shell: describe, validate"; }
  void configure(CLI::App& app) override {
    app.require_subcommand(1);
    describe_ = app.add_subcommand("describe", "Summary statistics of a CSV (like pandas' describe)");
    describe_->add_option("--data", data_, "CSV file")->required();
    validate_ = app.add_subcommand("validate", "Check new data against a reference: schema issues and drift");
    validate_->add_option("--data", data_, "CSV file to check")->required();
    validate_->add_option("--reference", reference_, "Reference CSV (e.g. the training data)")->required();
    validate_->add_option("--max-issues", max_issues_, "Issues listed at most (all are counted)");
  }
  int run(Context& ctx) override {
    if (describe_->parsed()) return describe(ctx, data_);
    return validate(ctx, data_, reference_, max_issues_);
  }

 private:
  CLI::App* describe_ = nullptr;
  CLI::App* validate_ = nullptr;
  std::string data_, reference_;
  std::size_t max_issues_ = 20;
};

}  // namespace

std::unique_ptr<Command> make_ml_command() { return std::make_unique<MlCommand>(); }

}  // namespace course::cli
