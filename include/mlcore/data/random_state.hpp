// mlcore::RandomState: numpy's legacy `np.random.RandomState`, reproduced bit for bit.
//
// scikit-learn draws every shuffle (KFold, StratifiedKFold, train_test_split, ...) from
// `check_random_state(seed)`, a legacy numpy RandomState over MT19937. Reproducing its exact
// stream is what makes mlcore's seeded splits identical to scikit-learn's, so this class follows
// numpy 1.24's mtrand/_mt19937/distributions code, not "an" MT19937:
//   - RandomState(seed) for an integer seed uses init_genrand (numpy's mt19937_seed), not
//     init_by_array; from_array() is numpy's RandomState(array_of_uint32) (init_by_array).
//   - shuffle/permutation are numpy's Fisher–Yates from the last element, drawing
//     random_interval(i) = masked rejection sampling on 32-bit draws (64-bit above 0xffffffff).
//   - random_sample is numpy's 53-bit double ((a >> 5) * 2^26 + (b >> 6)) / 2^53.
//   - randint(low, high) is the legacy masked bounded integer on [low, high).
// Every method advances the stream exactly as numpy does, so interleaving calls in the same order
// as a Python program yields the same values (tests/golden/model_selection checks this).
//
// Thread safety: none; a RandomState is a mutable stream. Use one per thread (copies are
// independent streams that continue from the same state).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "mlcore/linalg.hpp"

namespace mlcore {

class RandomState {
 public:
  // numpy.random.RandomState(seed) for an int seed in [0, 2^32).
  explicit RandomState(std::uint32_t seed = 0);
  // numpy.random.RandomState(np.array(key, dtype=np.uint32)). Throws mlcore::Error when key is
  // empty (numpy rejects an empty seed array too).
  static RandomState from_array(const std::vector<std::uint32_t>& key);

  // Raw MT19937 output (numpy's next_uint32 / next_uint64 = hi << 32 | lo).
  std::uint32_t next_uint32();
  std::uint64_t next_uint64();

  // Uniform in [0, 1) with 53 random bits (np.random.random_sample()).
  double random_sample();
  // low + (high - low) * random_sample() (np.random.uniform(low, high)).
  double uniform(double low, double high);
  // Uniform integer in [low, high) (np.random.randint(low, high)). Throws mlcore::Error when
  // low >= high, like numpy's "low >= high".
  std::int64_t randint(std::int64_t low, std::int64_t high);
  // Uniform integer in [0, max], numpy's random_interval (the draw behind shuffle).
  std::uint64_t random_interval(std::uint64_t max);

  // np.random.permutation(n): 0..n-1 shuffled with shuffle().
  Indices permutation(std::size_t n);
  // np.random.shuffle(x) for a 1-D array: in place, from the last element down.
  template <class T>
  void shuffle(std::vector<T>& values) {
    for (std::size_t i = values.size(); i-- > 1;) {
      const auto j = static_cast<std::size_t>(random_interval(i));
      std::swap(values[i], values[j]);
    }
  }
  // np.random.choice(n, size, replace=False) without p: permutation(n)[:size]. Throws
  // mlcore::Error when size > n.
  Indices choice_without_replacement(std::size_t n, std::size_t size);

 private:
  void reload();  // Regenerates the 624-word state (numpy's mt19937_gen).

  std::array<std::uint32_t, 624> key_{};
  std::size_t pos_ = 624;
};

}  // namespace mlcore
