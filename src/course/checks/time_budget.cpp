// time_budget: the checkpoint's cases must run within `max_seconds` of CPU time. They run in a
// process of their own, so the runner's measurement of that process is about them alone.
//
// Which clock is authoritative: the runner's CPU time for the whole process (RunFacts), measured
// from outside (wait4 / the sandbox's trusted init). The harness also times each case inside the
// child, but learner code linked into the same program can fake that clock, so it is shown for
// information only. CPU time rather than wall time, because a verdict must not depend on how busy
// the machine is; the exercise's wall limit still stops a sleeping program. The measurement
// includes the program's start-up and reading the cases (milliseconds): budgets should leave
// headroom, e.g. 3× the reference solution's time.
//
// A fast wrong answer is still wrong: `then: <check>` judges each answer too.
#include "builtin.hpp"
#include "check_support.hpp"

namespace course::checks {
namespace {

class TimeBudgetCheck : public Check {
 public:
  const char* name() const override { return "time_budget"; }
  void validate(const CheckParams& p) const override {
    then_.validate(p);
    if (p.scalars.count("max_seconds") == 0)
      throw std::invalid_argument("give 'max_seconds' (CPU seconds for the checkpoint's cases)");
    if (!(number_param(p, "max_seconds", 0) > 0))
      throw std::invalid_argument("parameter 'max_seconds' must be more than 0");
  }
  bool needs_own_run() const override { return true; }
  Verdict judge(const CheckParams& p, const CaseOutput& out) const override {
    return then_.judge(p, out);
  }
  Verdict judge_run(const CheckParams& p, const RunFacts& facts) const override {
    const double budget = number_param(p, "max_seconds", 0);
    if (facts.cpu_seconds <= budget) return Verdict::pass();
    const std::string over = "your code took " + show_number(facts.cpu_seconds) +
                             " s of CPU time on these cases; the budget is " + show_number(budget) +
                             " s";
    return Verdict::fail(
        over + " (your functions' own timing: " + show_number(facts.reported_seconds) +
            " s). Look for repeated work: a scan inside a loop over rows, a "
            "copy per call, a container searched linearly",
        over);
  }

 private:
  ThenClause then_{{"max_seconds"}};
};

}  // namespace

const Check& time_budget_check() {
  static const TimeBudgetCheck check;
  return check;
}

}  // namespace course::checks
