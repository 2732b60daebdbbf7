#include "mlcore/tree/tree_model.hpp"

#include <gtest/gtest.h>

#include "mlcore/error.hpp"

namespace mlcore {
namespace {

// root: x0 <= 1 ? leaf A : (x1 <= 0 ? leaf B : leaf C), built through the trainer's API.
TreeModel small_tree() {
  TreeModel t;
  t.n_features = 2;
  t.n_values = 1;
  const double root_v = 0.0, a = 10.0, inner = 0.0, b = 20.0, c = 30.0;
  t.add_leaf(&root_v, 10, 10.0, 4.0);
  t.add_leaf(&a, 4, 4.0, 0.0);
  t.add_leaf(&inner, 6, 6.0, 1.0);
  t.add_leaf(&b, 3, 3.0, 0.0);
  t.add_leaf(&c, 3, 3.0, 0.0);
  t.set_split(0, 0, 1.0, 1, 2);
  t.set_split(2, 1, 0.0, 3, 4);
  return t;
}

TEST(TreeModel, PredictWalksTheArraysWithLessOrEqual) {
  const TreeModel t = small_tree();
  const double on_threshold[2] = {1.0, 5.0};
  const double right_low[2] = {1.5, 0.0};
  const double right_high[2] = {1.5, 0.1};
  EXPECT_EQ(*t.leaf_value(on_threshold), 10.0);  // x <= threshold goes left.
  EXPECT_EQ(*t.leaf_value(right_low), 20.0);
  EXPECT_EQ(*t.leaf_value(right_high), 30.0);
  EXPECT_EQ(t.apply(right_high), 4);
  EXPECT_EQ(t.depth(), 2);
  EXPECT_EQ(t.n_leaves(), 3);
  t.check_valid("test");
}

TEST(TreeModel, ImportancesAreNormalizedImpurityDecrease) {
  // Root: 10*4 - 4*0 - 6*1 = 34; inner: 6*1 - 0 - 0 = 6. Normalized: 34/40, 6/40.
  const Vector imp = small_tree().feature_importances();
  EXPECT_DOUBLE_EQ(imp[0], 34.0 / 40.0);
  EXPECT_DOUBLE_EQ(imp[1], 6.0 / 40.0);
}

TEST(TreeModel, CheckValidRejectsBrokenArrays) {
  TreeModel cycle = small_tree();
  cycle.left[2] = 0;  // Points back up: would loop forever in predict.
  EXPECT_THROW(cycle.check_valid("t"), Error);
  TreeModel one_child = small_tree();
  one_child.right[0] = -1;
  EXPECT_THROW(one_child.check_valid("t"), Error);
  TreeModel bad_feature = small_tree();
  bad_feature.feature[2] = 2;
  EXPECT_THROW(bad_feature.check_valid("t"), Error);
  TreeModel short_values = small_tree();
  short_values.value.pop_back();
  EXPECT_THROW(short_values.check_valid("t"), Error);
  EXPECT_THROW(TreeModel{}.check_valid("t"), Error);
}

}  // namespace
}  // namespace mlcore
