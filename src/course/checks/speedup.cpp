// speedup: the learner's code must be at least `min_ratio` times faster than a provided slow
// version, both measured by the runner in the same grade. The checkpoint's cases run alone in one
// process; `baseline_case` (a case whose input makes the harness run the provided slow version
// instead of the learner's function) runs alone in another. The ratio of the two processes' CPU
// times, measured from outside the child, is the verdict.
//
// Why a ratio: an absolute budget fails a learner on a slow laptop and passes a naive solution on
// a fast server; both processes here run on the same machine within a second of each other.
// Why CPU time: a busy machine stretches wall time, not CPU time.
// Both processes pay the same start-up (loading the program, reading the cases), which dilutes
// the ratio: size the baseline's work to take ≥ 0.1 s so start-up stays a few percent.
// Limitation, accepted: learner code runs in both processes (static initialisers), so a learner
// could burn CPU only in the baseline's process to inflate the ratio. That is deliberate cheating
// an instructor sees in the code; the answers are still judged by `then`.
#include "builtin.hpp"
#include "check_support.hpp"

namespace course::checks {
namespace {

class SpeedupCheck : public Check {
 public:
  const char* name() const override { return "speedup"; }
  void validate(const CheckParams& p) const override {
    then_.validate(p);
    if (scalar_param(p, "baseline_case").empty())
      throw std::invalid_argument(
          "give 'baseline_case' (the case that runs the provided slow version)");
    if (p.scalars.count("min_ratio") == 0)
      throw std::invalid_argument("give 'min_ratio' (how many times faster, e.g. 5)");
    if (!(number_param(p, "min_ratio", 0) > 1))
      throw std::invalid_argument("parameter 'min_ratio' must be more than 1");
  }
  bool needs_own_run() const override { return true; }
  std::optional<std::string> baseline_case(const CheckParams& p) const override {
    return scalar_param(p, "baseline_case");
  }
  Verdict judge(const CheckParams& p, const CaseOutput& out) const override {
    return then_.judge(p, out);
  }
  Verdict judge_run(const CheckParams& p, const RunFacts& facts) const override {
    const double wanted = number_param(p, "min_ratio", 0);
    // Timer resolution: a process that used no measurable CPU is as fast as we can tell.
    const double yours = std::max(facts.cpu_seconds, 1e-3);
    const double ratio = facts.baseline_cpu_seconds.value_or(0) / yours;
    if (ratio >= wanted) return Verdict::pass();
    const std::string measured = "your code is " + show_number(ratio) +
                                 "× as fast as the provided slow version (" +
                                 show_number(facts.cpu_seconds) + " s vs " +
                                 show_number(facts.baseline_cpu_seconds.value_or(0)) +
                                 " s of CPU); the goal is " + show_number(wanted) + "×";
    return Verdict::fail(measured +
                             ". Look for work repeated per row: a lookup or allocation inside the "
                             "loop, a copy per call, a row-by-row walk where a column operation "
                             "would do",
                         measured);
  }

 private:
  ThenClause then_{{"baseline_case", "min_ratio"}};
};

}  // namespace

const Check& speedup_check() {
  static const SpeedupCheck check;
  return check;
}

}  // namespace course::checks
