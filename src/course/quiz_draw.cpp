#include "course/quiz_draw.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

namespace course {
namespace {

// splitmix64: tiny, fully specified, good enough to pick quiz questions.
class Generator {
 public:
  explicit Generator(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }

  // Uniform in [0, n), n > 0; rejection sampling so no value is favoured.
  std::size_t below(std::size_t n) {
    const std::uint64_t range = n;
    const std::uint64_t limit = UINT64_MAX - UINT64_MAX % range;
    std::uint64_t x = next();
    while (x >= limit) x = next();
    return std::size_t(x % range);
  }

 private:
  std::uint64_t state_;
};

// Fisher–Yates.
template <typename T>
void shuffle(std::vector<T>& items, Generator& generator) {
  for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[generator.below(i)]);
}

}  // namespace

std::uint64_t quiz_seed(const std::string& quiz_id, int attempt) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  const std::string key = quiz_id + '\0' + std::to_string(attempt);
  for (unsigned char c : key) hash = (hash ^ c) * 0x100000001b3ull;
  return hash;
}

std::vector<const Question*> draw_questions(const Quiz& quiz, const QuizBank& bank, int attempt) {
  Generator generator(quiz_seed(quiz.id, attempt));
  std::map<int, std::vector<const Question*>> pools;
  for (int module : quiz.modules) {
    pools[module] = bank.of_modules({module});
    shuffle(pools[module], generator);
  }
  // Round-robin, one question per module per round, so counts differ by at most one; the module
  // order is shuffled too, so which modules get the remainder changes between attempts.
  std::vector<int> order = quiz.modules;
  shuffle(order, generator);
  std::map<int, std::size_t> counts;
  std::size_t wanted = std::size_t(std::max(quiz.questions, 0)), given = 0;
  for (bool progressed = true; given < wanted && progressed;) {
    progressed = false;
    for (int module : order) {
      if (given == wanted) break;
      if (counts[module] < pools[module].size()) ++counts[module], ++given, progressed = true;
    }
  }
  std::vector<const Question*> drawn;
  for (int module : quiz.modules)
    drawn.insert(drawn.end(), pools[module].begin(), pools[module].begin() + long(counts[module]));
  shuffle(drawn, generator);
  return drawn;
}

}  // namespace course
