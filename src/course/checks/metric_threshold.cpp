// metric_threshold: the child predicts, the parent scores. The learner's program outputs
// predictions (labels, values or probabilities) for rows whose true labels only the parent holds
// (the case's expected value); the parent computes the metric with mlcore's scorers (the same
// code and names as `course ml eval` and grid search) and compares it with `min` / `max`.
//
// Messages give the metric and the bar, never a label. For hidden checkpoints not even the value
// is shown (public_message): a learner probing with many submissions could otherwise read the
// hidden labels off the score, as on a public leaderboard.
#include <algorithm>
#include <map>

#include "builtin.hpp"
#include "check_support.hpp"
#include "mlcore/error.hpp"
#include "mlcore/linalg.hpp"
#include "mlcore/metrics/scorer.hpp"

namespace course::checks {
namespace {

using nlohmann::json;

// Maps labels to the doubles mlcore works with. Numbers stay themselves; text labels become
// their rank among every label seen (sorted, as numpy's unique sorts them, so "the larger class is
// positive" means the same as in scikit-learn).
class LabelCoder {
 public:
  // Numbers when the true labels are numbers, text when they are text; mixed is a content error.
  explicit LabelCoder(const json& truth) : text_(!truth.empty() && truth[0].is_string()) {}
  bool text() const { return text_; }
  // Whether `label` has the truth's kind; on success a text label joins the vocabulary.
  bool accept(const json& label) {
    if (text_ ? !label.is_string() : !label.is_number()) return false;
    if (text_) ranks_.emplace(label.get<std::string>(), 0.0);
    return true;
  }
  bool accept_text(const std::string& label) {
    if (text_) {
      ranks_.emplace(label, 0.0);
      return true;
    }
    try {
      std::size_t used = 0;
      std::stod(label, &used);
      return used == label.size();
    } catch (const std::exception&) {
      return false;
    }
  }
  // Call once every label was accepted.
  void finish() {
    double rank = 0;
    for (auto& [label, value] : ranks_) value = rank++;
  }
  double code(const json& label) const {
    return text_ ? ranks_.at(label.get<std::string>()) : label.get<double>();
  }
  double code_text(const std::string& label) const {
    return text_ ? ranks_.at(label) : std::stod(label);
  }

 private:
  bool text_;
  std::map<std::string, double> ranks_;
};

class MetricThresholdCheck : public Check {
 public:
  const char* name() const override { return "metric_threshold"; }
  void validate(const CheckParams& p) const override {
    allow_only(p, {"field", "metric", "min", "max"}, {"classes"});
    const std::string metric = scalar_param(p, "metric");
    if (metric.empty()) throw std::invalid_argument("give 'metric' (e.g. accuracy, roc_auc, r2)");
    try {
      mlcore::make_scorer(metric);
    } catch (const mlcore::Error& e) {
      throw std::invalid_argument(std::string("parameter 'metric': ") + e.what());
    }
    const auto low = signed_param(p, "min"), high = signed_param(p, "max");
    if (!low && !high) throw std::invalid_argument("give 'min', 'max' or both");
    if (low && high && *low > *high)
      throw std::invalid_argument("parameter 'min' is larger than 'max'");
  }

  Verdict judge(const CheckParams& p, const CaseOutput& out) const override {
    if (out.error_type) return raised_instead(out);
    const std::string field = scalar_param(p, "field");
    const json* got = select(out.output, field);
    if (!got) return missing_field(field);
    const json* truth =
        out.expected && out.expected->is_object() ? select(out.expected, "labels") : out.expected;
    if (!truth || !truth->is_array() || truth->empty())
      return Verdict::fail("no true labels in the expected value (content error)");
    if (!got->is_array() || got->size() != truth->size())
      return Verdict::fail("expected a list of " + std::to_string(truth->size()) +
                               " predictions, one per row, got " + show(*got, 80),
                           "expected one prediction per row; got a different number");

    const mlcore::Scorer scorer = mlcore::make_scorer(scalar_param(p, "metric"));
    LabelCoder coder(*truth);
    for (const json& label : *truth)
      if (!coder.accept(label)) return Verdict::fail("mixed label kinds (content error)");
    std::vector<std::string> classes = list_param(p, "classes");
    for (const auto& c : classes)
      if (!coder.accept_text(c)) return Verdict::fail("'classes' do not match the labels' kind");
    if (!scorer.needs_proba())
      for (const json& label : *got)
        if (!coder.accept(label))
          return Verdict::fail("expected a predicted " +
                               std::string(coder.text() ? "label (text)" : "number") +
                               " per row, got " + show(label, 40));
    coder.finish();

    mlcore::Vector y_true(Eigen::Index(truth->size()));
    for (std::size_t i = 0; i < truth->size(); ++i)
      y_true[Eigen::Index(i)] = coder.code((*truth)[i]);
    double value = 0;
    try {
      if (scorer.needs_proba()) {
        mlcore::Vector class_codes;
        mlcore::Matrix proba;
        const Verdict read = read_proba(*got, y_true, classes, coder, class_codes, proba);
        if (!read.passed) return read;
        value = scorer.metric(y_true, {}, &proba, &class_codes);
      } else {
        mlcore::Vector y_pred(Eigen::Index(got->size()));
        for (std::size_t i = 0; i < got->size(); ++i)
          y_pred[Eigen::Index(i)] = coder.code((*got)[i]);
        value = scorer.metric(y_true, y_pred);
      }
    } catch (const mlcore::Error& e) {
      return Verdict::fail(std::string("your predictions could not be scored: ") + e.what(),
                           "your predictions could not be scored");
    }
    // metric() is the raw metric ("neg_log_loss" gives the loss itself): name it so.
    const std::string& metric = scorer.name();
    return compare(p, metric.rfind("neg_", 0) == 0 ? metric.substr(4) : metric, value);
  }

 private:
  // Probabilities: one number per row (binary: the probability of the larger class), or one list
  // per row with a column per class (`classes`, else the sorted distinct true labels).
  static Verdict read_proba(const json& got, const mlcore::Vector& y_true,
                            const std::vector<std::string>& classes, const LabelCoder& coder,
                            mlcore::Vector& class_codes, mlcore::Matrix& proba) {
    std::vector<double> codes;
    for (const auto& c : classes) codes.push_back(coder.code_text(c));
    if (codes.empty()) codes.assign(y_true.data(), y_true.data() + y_true.size());
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    class_codes = Eigen::Map<const mlcore::Vector>(codes.data(), Eigen::Index(codes.size()));
    const bool one_column = got[0].is_number();
    if (one_column && codes.size() != 2)
      return Verdict::fail("expected one list of " + std::to_string(codes.size()) +
                           " class probabilities per row (one number per row fits two classes)");
    const std::size_t width = one_column ? 1 : codes.size();
    proba.resize(Eigen::Index(got.size()), one_column ? 2 : Eigen::Index(width));
    for (std::size_t i = 0; i < got.size(); ++i) {
      const json& row = got[i];
      const bool ok = one_column ? row.is_number()
                                 : row.is_array() && row.size() == width &&
                                       std::all_of(row.begin(), row.end(),
                                                   [](const json& v) { return v.is_number(); });
      if (!ok)
        return Verdict::fail("row " + std::to_string(i) + ": expected " +
                                 (one_column ? std::string("a probability")
                                             : std::to_string(width) + " class probabilities") +
                                 ", got " + show(row, 60),
                             "a row's probabilities have the wrong shape");
      const auto r = Eigen::Index(i);
      if (one_column) {
        proba(r, 0) = 1 - row.get<double>();
        proba(r, 1) = row.get<double>();
      } else {
        for (std::size_t c = 0; c < width; ++c) proba(r, Eigen::Index(c)) = row[c].get<double>();
      }
    }
    return Verdict::pass();
  }

  static Verdict compare(const CheckParams& p, const std::string& metric, double value) {
    const auto low = signed_param(p, "min"), high = signed_param(p, "max");
    std::string bar;
    if (low) bar = "at least " + show_number(*low);
    if (high) bar += (bar.empty() ? "at most " : " and at most ") + show_number(*high);
    if ((!low || value >= *low) && (!high || value <= *high)) return Verdict::pass();
    return Verdict::fail(
        metric + " of your predictions is " + show_number(value) + "; it must be " + bar,
        metric + " of your predictions on unseen data misses the bar (" + bar + ")");
  }
};

}  // namespace

const Check& metric_threshold_check() {
  static const MetricThresholdCheck check;
  return check;
}

}  // namespace course::checks
