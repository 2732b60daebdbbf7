// Harness for checkpoint exam 2, part 2 (holdout performance). Calls score_applicants on a
// case's training rows and applicants, checks the contract (one finite probability in [0, 1] per
// applicant, a finite threshold) and returns the probabilities and the decisions they imply
// (1 = refuse, iff probability >= threshold). The applicants' labels stay with the parent, which
// scores both (metric_threshold: ROC AUC, balanced accuracy).
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "course/exercise/harness.hpp"
#include "holdout_model.hpp"
#include "mlcore/csv.hpp"

namespace course::exercise {

nlohmann::json run_case(const nlohmann::json& input) {
  const mlcore::Table train = mlcore::parse_csv(input.at("train_csv").get<std::string>());
  const auto labels = input.at("train_is_bad").get<std::vector<double>>();
  const mlcore::Table applicants = mlcore::parse_csv(input.at("applicants_csv").get<std::string>());

  const ex::ScoredApplicants scored = ex::score_applicants(train, labels, applicants);
  const std::vector<double>& p = scored.probability_bad;
  if (p.size() != applicants.rows())
    throw std::invalid_argument("score_applicants returned " + std::to_string(p.size()) +
                                " probabilities for " + std::to_string(applicants.rows()) +
                                " applicants");
  for (std::size_t i = 0; i < p.size(); ++i)
    if (!(p[i] >= 0.0 && p[i] <= 1.0))
      throw std::invalid_argument("probability_bad[" + std::to_string(i) +
                                  "] is not a probability in [0, 1]");
  if (!std::isfinite(scored.threshold))
    throw std::invalid_argument("the threshold is not a finite number");
  std::vector<double> decisions;
  decisions.reserve(p.size());
  for (double v : p) decisions.push_back(v >= scored.threshold ? 1.0 : 0.0);
  return {{"probabilities", p}, {"decisions", decisions}, {"threshold", scored.threshold}};
}

}  // namespace course::exercise
