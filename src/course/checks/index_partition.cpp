// index_partition: the learner's split (train/test, k folds) must put every row 0..n-1 in exactly
// one part. Catches the classic leaks and losses: a row in both train and test, a row in no fold,
// an off-by-one at a fold boundary.
#include "builtin.hpp"
#include "check_support.hpp"
#include "partition.hpp"

namespace course::checks {
namespace {

using nlohmann::json;

class IndexPartitionCheck : public Check {
 public:
  const char* name() const override { return "index_partition"; }
  void validate(const CheckParams& p) const override {
    allow_only(p, {"field", "n", "parts"}, {"names"});
    validate_partition_params(p);
  }
  Verdict judge(const CheckParams& p, const CaseOutput& out) const override {
    if (out.error_type) return raised_instead(out);
    const std::string field = scalar_param(p, "field");
    const json* got = select(out.output, field);
    if (!got) return missing_field(field);
    PartitionSpec spec;
    const auto rows = row_count(p, out.expected);
    if (!rows)
      return Verdict::fail("no row count: give `n` or an expected {\"n\": …} (content error)");
    spec.rows = *rows;
    spec.part_count = wanted_parts(p, out.expected);
    spec.names = list_param(p, "names");
    std::vector<std::vector<std::size_t>> parts;
    return read_partition(*got, spec, parts);
  }

 private:
  // `n`, or the expected value: a number, or an object with "n".
  static std::optional<std::size_t> row_count(const CheckParams& p, const json* expected) {
    if (const auto n = count_param(p, "n", 1)) return std::size_t(*n);
    const json* n = expected && expected->is_object() ? select(expected, "n") : expected;
    const auto rows = n ? as_index(*n) : std::nullopt;
    return rows && *rows > 0 ? rows : std::nullopt;
  }
};

}  // namespace

const Check& index_partition_check() {
  static const IndexPartitionCheck check;
  return check;
}

}  // namespace course::checks
