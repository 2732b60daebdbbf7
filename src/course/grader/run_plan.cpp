#include "course/grader/run_plan.hpp"

#include <algorithm>
#include <set>

#include "course/checks.hpp"

namespace course {
namespace {

// The checkpoints' cases as sorted indices: the case file's order.
std::vector<std::size_t> indices_of(const std::vector<const Checkpoint*>& checkpoints,
                                    const CaseFile& cases) {
  std::set<std::size_t> out;
  for (const Checkpoint* checkpoint : checkpoints)
    for (const auto& id : checkpoint->cases) out.insert(cases.index_of(id));
  return {out.begin(), out.end()};
}

}  // namespace

RunPlan plan_runs(const Exercise& exercise, const CaseFile& cases) {
  const auto& checkpoints = exercise.checkpoints;
  std::vector<const Checkpoint*> visible, hidden, twice;
  for (const auto& checkpoint : checkpoints) {
    const Check* check = find_check(checkpoint.check);
    if (!check->needs_own_run()) (checkpoint.hidden ? hidden : visible).push_back(&checkpoint);
    if (check->runs_twice()) twice.push_back(&checkpoint);
  }

  RunPlan plan;
  plan.primary.assign(checkpoints.size(), {});
  plan.repeat.assign(checkpoints.size(), std::nullopt);
  plan.baseline.assign(checkpoints.size(), std::nullopt);
  const std::vector<std::size_t> visible_cases = indices_of(visible, cases);
  std::vector<std::size_t> hidden_cases;
  for (const std::size_t index : indices_of(hidden, cases))
    if (!std::binary_search(visible_cases.begin(), visible_cases.end(), index))
      hidden_cases.push_back(index);
  std::optional<std::size_t> visible_run, hidden_run;
  if (!visible_cases.empty()) {
    plan.shown = visible_run = plan.runs.size();
    plan.runs.push_back(visible_cases);
  }
  if (!hidden_cases.empty()) {
    hidden_run = plan.runs.size();
    plan.runs.push_back(hidden_cases);
  }
  for (std::size_t i = 0; i < checkpoints.size(); ++i) {
    const Checkpoint& checkpoint = checkpoints[i];
    const Check* check = find_check(checkpoint.check);
    if (check->needs_own_run()) {
      if (const auto baseline = check->baseline_case(checkpoint.params)) {
        plan.baseline[i] = plan.runs.size();
        plan.runs.push_back({cases.index_of(*baseline)});
      }
      plan.primary[i].assign(checkpoint.cases.size(), plan.runs.size());
      plan.runs.push_back(indices_of({&checkpoint}, cases));
      continue;
    }
    for (const auto& id : checkpoint.cases) {
      const bool seen =
          std::binary_search(visible_cases.begin(), visible_cases.end(), cases.index_of(id));
      plan.primary[i].push_back(seen ? *visible_run : *hidden_run);
    }
  }
  if (!twice.empty()) {
    const std::size_t repeat_run = plan.runs.size();
    plan.runs.push_back(indices_of(twice, cases));
    for (std::size_t i = 0; i < checkpoints.size(); ++i)
      if (find_check(checkpoints[i].check)->runs_twice()) plan.repeat[i] = repeat_run;
  }
  return plan;
}

}  // namespace course
