#include "mlcore/data/random_state.hpp"

#include <string>

#include "mlcore/error.hpp"

namespace mlcore {
namespace {

constexpr std::size_t kN = 624;
constexpr std::size_t kM = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpperMask = 0x80000000U;
constexpr std::uint32_t kLowerMask = 0x7fffffffU;

// Smallest all-ones mask >= max (numpy's gen_mask).
std::uint64_t mask_for(std::uint64_t max) {
  std::uint64_t mask = max;
  mask |= mask >> 1;
  mask |= mask >> 2;
  mask |= mask >> 4;
  mask |= mask >> 8;
  mask |= mask >> 16;
  mask |= mask >> 32;
  return mask;
}

}  // namespace

RandomState::RandomState(std::uint32_t seed) {
  // init_genrand, exactly numpy's mt19937_seed.
  std::uint32_t s = seed;
  for (std::size_t pos = 0; pos < kN; ++pos) {
    key_[pos] = s;
    s = 1812433253U * (s ^ (s >> 30)) + static_cast<std::uint32_t>(pos + 1);
  }
  pos_ = kN;
}

RandomState RandomState::from_array(const std::vector<std::uint32_t>& key) {
  if (key.empty()) throw Error("RandomState::from_array needs a non-empty key");
  // init_by_array (numpy's mt19937_init_by_array): init_genrand(19650218) then mixing.
  RandomState rs(19650218U);
  auto& mt = rs.key_;
  std::size_t i = 1;
  std::size_t j = 0;
  const std::size_t length = key.size();
  for (std::size_t k = (kN > length ? kN : length); k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] +
            static_cast<std::uint32_t>(j);
    ++i;
    ++j;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= length) j = 0;
  }
  for (std::size_t k = kN - 1; k; --k) {
    mt[i] =
        (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
    ++i;
    if (i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;  // MSB is 1, assuring a non-zero initial array.
  rs.pos_ = kN;
  return rs;
}

void RandomState::reload() {
  auto twist = [](std::uint32_t upper, std::uint32_t lower, std::uint32_t far) {
    const std::uint32_t y = (upper & kUpperMask) | (lower & kLowerMask);
    return far ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
  };
  std::size_t i = 0;
  for (; i < kN - kM; ++i) key_[i] = twist(key_[i], key_[i + 1], key_[i + kM]);
  for (; i < kN - 1; ++i) key_[i] = twist(key_[i], key_[i + 1], key_[i + kM - kN]);
  key_[kN - 1] = twist(key_[kN - 1], key_[0], key_[kM - 1]);
  pos_ = 0;
}

std::uint32_t RandomState::next_uint32() {
  if (pos_ == kN) reload();
  std::uint32_t y = key_[pos_++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

std::uint64_t RandomState::next_uint64() {
  const std::uint64_t hi = next_uint32();
  return (hi << 32) | next_uint32();
}

double RandomState::random_sample() {
  const std::uint32_t a = next_uint32() >> 5;
  const std::uint32_t b = next_uint32() >> 6;
  return (a * 67108864.0 + b) / 9007199254740992.0;
}

double RandomState::uniform(double low, double high) {
  return low + (high - low) * random_sample();
}

std::uint64_t RandomState::random_interval(std::uint64_t max) {
  if (max == 0) return 0;
  const std::uint64_t mask = mask_for(max);
  std::uint64_t value;
  if (max <= 0xffffffffULL) {
    while ((value = (next_uint32() & mask)) > max) {
    }
  } else {
    while ((value = (next_uint64() & mask)) > max) {
    }
  }
  return value;
}

std::int64_t RandomState::randint(std::int64_t low, std::int64_t high) {
  if (low >= high)
    throw Error("RandomState::randint needs low < high (got low=" + std::to_string(low) +
                ", high=" + std::to_string(high) + ")");
  // numpy's random_bounded_uint64_fill with use_masked=true on rng = high - 1 - low.
  const std::uint64_t range =
      static_cast<std::uint64_t>(high) - static_cast<std::uint64_t>(low) - 1;
  std::uint64_t value;
  if (range == 0) {
    value = 0;
  } else if (range <= 0xffffffffULL) {
    if (range == 0xffffffffULL) {
      value = next_uint32();
    } else {
      const std::uint64_t mask = mask_for(range);
      while ((value = (next_uint32() & mask)) > range) {
      }
    }
  } else if (range == ~std::uint64_t{0}) {
    value = next_uint64();
  } else {
    const std::uint64_t mask = mask_for(range);
    while ((value = (next_uint64() & mask)) > range) {
    }
  }
  return static_cast<std::int64_t>(static_cast<std::uint64_t>(low) + value);
}

Indices RandomState::permutation(std::size_t n) {
  Indices values(n);
  for (std::size_t i = 0; i < n; ++i) values[i] = i;
  shuffle(values);
  return values;
}

Indices RandomState::choice_without_replacement(std::size_t n, std::size_t size) {
  if (size > n)
    throw Error("RandomState::choice_without_replacement: size " + std::to_string(size) +
                " is larger than the population " + std::to_string(n));
  Indices values = permutation(n);
  values.resize(size);
  return values;
}

}  // namespace mlcore
