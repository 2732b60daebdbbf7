// Scorers chosen by scikit-learn scoring name, for model selection (cross_validate, grid search).
//
// A Scorer turns predictions into one number. It is independent of model types: the caller runs
// the model and passes what the scorer asks for (needs_proba()): predicted labels/values, or the
// probability matrix with its classes. Names follow scikit-learn's `scoring` strings; a few short
// aliases ("log_loss", "rmse", "mae") mean the same as their neg_* names.
//
// Sign convention (sklearn's): score() is always "greater is better", so loss-type scorers return
// the negated loss (neg_log_loss = -log_loss). metric() returns the raw metric (log loss itself);
// greater_is_better() says which way metric() improves. score() == metric() * (gib ? 1 : -1).
//
// Thread safety: a Scorer is immutable; const methods may be called concurrently.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "mlcore/linalg.hpp"

namespace mlcore {

enum class ScorerInput {
  kPredictions,    // y_pred: predicted class labels (classification) or values (regression).
  kProbabilities,  // proba (n x k, columns following classes) and classes (sorted labels).
};

class Scorer {
 public:
  // The metric's signature: (y_true, y_pred, proba, classes); unused inputs may be null/empty.
  using Metric = std::function<double(const Vector&, const Vector&, const Matrix*, const Vector*)>;

  Scorer(std::string name, ScorerInput input, bool greater_is_better, Metric metric);

  const std::string& name() const { return name_; }
  ScorerInput input() const { return input_; }
  bool needs_proba() const { return input_ == ScorerInput::kProbabilities; }
  bool greater_is_better() const { return greater_is_better_; }

  // The raw metric value. For kPredictions scorers y_pred must have y_true's length (proba and
  // classes are ignored); for kProbabilities scorers proba and classes must be given (y_pred is
  // ignored and may be empty). Missing inputs and the metric's own errors throw mlcore::Error
  // prefixed with "scorer <name>: " or the metric's name.
  double metric(const Vector& y_true, const Vector& y_pred, const Matrix* proba = nullptr,
                const Vector* classes = nullptr) const;

  // metric() with sklearn's sign: greater is always better.
  double score(const Vector& y_true, const Vector& y_pred, const Matrix* proba = nullptr,
               const Vector* classes = nullptr) const;

 private:
  std::string name_;
  ScorerInput input_;
  bool greater_is_better_;
  Metric metric_;
};

// The scorer for a scikit-learn scoring name. Binary label scorers (f1, precision, recall) use
// pos_label 1; "roc_auc" needs a binary target and scores the probability of classes[1] (use
// "roc_auc_ovr" for multi-class); neg_log_loss passes classes as log_loss labels. Throws
// mlcore::Error("unknown scorer 'x'; known scorers: accuracy, ...") for an unknown name.
Scorer make_scorer(const std::string& name);

// All names make_scorer accepts, sorted.
std::vector<std::string> scorer_names();

}  // namespace mlcore
