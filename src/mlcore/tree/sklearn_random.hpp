// Internal: the random number streams scikit-learn 1.2's trees and forests draw from, so a given
// random_state visits features (and draws bootstrap samples) in the very order scikit-learn does,
// and equally good splits are broken the same way.
//   - numpy.random.RandomState(seed) is MT19937 seeded by init_genrand(seed), which is exactly
//     std::mt19937(seed); its legacy randint(low, high) draws 32-bit words masked to the next
//     power of two above high - low - 1 and rejects values past it.
//   - The tree splitter seeds its own 32-bit xorshift (sklearn/utils/_random.pxd our_rand_r)
//     with RandomState(random_state).randint(0, RAND_R_MAX) and draws feature indices with
//     rand_int(low, high) = low + our_rand_r() % (high - low).
#pragma once

#include <cstdint>
#include <random>

namespace mlcore::internal {

constexpr std::uint32_t kRandRMax = 0x7FFFFFFF;

class NumpyRandomState {
 public:
  explicit NumpyRandomState(std::uint32_t seed) : mt_(seed) {}

  // numpy's legacy RandomState.randint(low, high) for high - low <= 2^32.
  std::int64_t randint(std::int64_t low, std::int64_t high) {
    const auto range = static_cast<std::uint32_t>(high - low - 1);
    if (range == 0) return low;
    std::uint32_t mask = range;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    std::uint32_t value = 0;
    do {
      value = static_cast<std::uint32_t>(mt_()) & mask;
    } while (value > range);
    return low + static_cast<std::int64_t>(value);
  }

 private:
  std::mt19937 mt_;
};

// scikit-learn's splitter RNG (our_rand_r / rand_int).
class SklearnRandR {
 public:
  // The state a splitter built with random_state = seed starts from.
  explicit SklearnRandR(std::uint32_t seed)
      : state_(static_cast<std::uint32_t>(NumpyRandomState(seed).randint(0, kRandRMax))) {}

  std::uint32_t next() {
    if (state_ == 0) state_ = 1;
    state_ ^= state_ << 13;
    state_ ^= state_ >> 17;
    state_ ^= state_ << 5;
    return state_ % (kRandRMax + 1U);
  }

  // Uniform in [low, high).
  int rand_int(int low, int high) {
    return low + static_cast<int>(next() % static_cast<std::uint32_t>(high - low));
  }

 private:
  std::uint32_t state_;
};

}  // namespace mlcore::internal
