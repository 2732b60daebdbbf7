// stratified: the learner's split must be a partition (see partition.hpp) whose every part keeps
// each class's overall proportion, within `tolerance`. The labels come from the parent (the
// case's expected value or the `labels` parameter): the child need not see them to be judged.
//
// A count within one row of the ideal is always accepted, since a small part cannot hit a
// proportion exactly (4 rows cannot be 30% anything); beyond that, the share of a class in a part
// may differ from its overall share by at most `tolerance` (a fraction: 0.05 = 5 points).
#include <cmath>
#include <map>

#include "builtin.hpp"
#include "check_support.hpp"
#include "partition.hpp"

namespace course::checks {
namespace {

using nlohmann::json;

constexpr double kDefaultTolerance = 0.05;

class StratifiedCheck : public Check {
 public:
  const char* name() const override { return "stratified"; }
  void validate(const CheckParams& p) const override {
    allow_only(p, {"field", "parts", "tolerance"}, {"names", "labels"});
    validate_partition_params(p);
    if (number_param(p, "tolerance", kDefaultTolerance) > 1)
      throw std::invalid_argument("parameter 'tolerance' is a fraction: at most 1");
  }
  Verdict judge(const CheckParams& p, const CaseOutput& out) const override {
    if (out.error_type) return raised_instead(out);
    const std::string field = scalar_param(p, "field");
    const json* got = select(out.output, field);
    if (!got) return missing_field(field);
    const std::vector<std::string> labels = class_keys(p, out.expected);
    if (labels.empty())
      return Verdict::fail("no labels: give `labels` or an expected list (content error)");

    PartitionSpec spec;
    spec.rows = labels.size();
    spec.part_count = wanted_parts(p, out.expected);
    spec.names = list_param(p, "names");
    std::vector<std::vector<std::size_t>> parts;
    const Verdict partition = read_partition(*got, spec, parts);
    if (!partition.passed) return partition;

    std::map<std::string, std::size_t> overall;
    for (const auto& label : labels) ++overall[label];
    const double tolerance = number_param(p, "tolerance", kDefaultTolerance);
    for (std::size_t part = 0; part < parts.size(); ++part) {
      std::map<std::string, std::size_t> counts;
      for (const std::size_t row : parts[part]) ++counts[labels[row]];
      const double size = double(parts[part].size());
      for (const auto& [label, total] : overall) {
        const double share = double(total) / double(labels.size());
        const double count = double(counts[label]);  // 0 when the part has none of it.
        if (std::fabs(count - share * size) <= 1.0 ||
            std::fabs(count / size - share) <= tolerance + 1e-12)
          continue;
        return Verdict::fail(part_name(spec, part) + " has " + percent(count / size) + " class " +
                                 label + " (" + show_number(count) + " of " + show_number(size) +
                                 " rows); overall it is " + percent(share) + " (tolerance ±" +
                                 percent(tolerance) +
                                 "): split each class separately, then combine",
                             part_name(spec, part) +
                                 "'s class proportions differ from the overall ones by more "
                                 "than the tolerance");
      }
    }
    return Verdict::pass();
  }

 private:
  // One key per row, as shown in messages ("Fire", "1").
  static std::vector<std::string> class_keys(const CheckParams& p, const json* expected) {
    const std::vector<std::string> given = list_param(p, "labels");
    if (!given.empty()) return given;
    const json* list = expected && expected->is_object() ? select(expected, "labels") : expected;
    std::vector<std::string> keys;
    if (!list || !list->is_array()) return keys;
    for (const json& label : *list)
      keys.push_back(label.is_string() ? label.get<std::string>() : show(label, 40));
    return keys;
  }
  static std::string percent(double fraction) { return show_number(100 * fraction) + "%"; }
};

}  // namespace

const Check& stratified_check() {
  static const StratifiedCheck check;
  return check;
}

}  // namespace course::checks
