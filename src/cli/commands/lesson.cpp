// course lesson [N]: a module's lesson (concepts, industry context, pitfalls), its objectives,
// the Socratic questions to think over, and what mastery looks like. Reading only: needs a
// workspace only to default to the current exercise's module.
#include <fmt/core.h>

#include "../command.hpp"
#include "course/error.hpp"
#include "course/learner_session.hpp"
#include "course/report_json.hpp"

namespace course::cli {
namespace {

// Markdown headings in bold; everything else as written (it is meant to be read as text).
void print_markdown(const std::string& text, const Style& style) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    fmt::print("{}\n", line.rfind('#', 0) == 0 ? style.bold(line) : line);
    start = end + 1;
  }
}

void print_list(const std::string& heading, const std::vector<std::string>& items,
                const Style& style, bool numbered) {
  if (items.empty()) return;
  fmt::print("\n{}\n", style.bold(heading));
  for (std::size_t i = 0; i < items.size(); ++i)
    fmt::print(numbered ? "  {0}. {1}\n" : "  - {1}\n", i + 1, items[i]);
}

class LessonCommand : public Command {
 public:
  const char* name() const override { return "lesson"; }
  const char* summary() const override {
    return "Read a module's lesson, objectives and questions (default: the current module)";
  }
  void configure(CLI::App& app) override {
    app.add_option("MODULE", number_, "Module number, e.g. 2")->check(CLI::Range(1, 99));
  }
  int run(Context& ctx) override {
    const Course& course = ctx.course();
    const Module& m = module(ctx, course);
    if (ctx.format() == Format::kJson) {
      fmt::print("{}", lesson_json(m));
      return 0;
    }
    const Style& s = ctx.style;
    fmt::print("{}  {}\n", s.bold("Module " + std::to_string(m.number) + " · " + m.title),
               m.duration.empty() ? "" : s.dim("(" + m.duration + ")"));
    print_list("You will be able to:", m.objectives, s, false);
    fmt::print("\n");
    print_markdown(m.lesson, s);
    print_list("Questions to think over:", m.questions, s, true);
    print_list("You've mastered this when:", m.mastery, s, false);
    if (!m.exercises.empty())
      fmt::print("\n{}\n",
                 s.dim("Exercises: " + m.exercises.front().id + " to " + m.exercises.back().id +
                       " (`course list`; `course next` shows where you are)"));
    return 0;
  }

 private:
  const Module& module(Context& ctx, const Course& course) const {
    int number = number_;
    if (number == 0) {
      // No number: the module of the exercise the learner is on (needs a workspace).
      LearnerSession session(course, ctx.workspace());
      number = course.module_of(session.exercise("").id)->number;
    }
    const Module* m = course.find_module(number);
    if (!m) fail_usage("no module " + std::to_string(number) + " in this course (`course list`)");
    if (m->planned)
      fail_usage("module " + std::to_string(number) + " (" + m->title +
                 ") is not written yet: it comes in a later version of the course");
    return *m;
  }

  int number_ = 0;
};

}  // namespace

std::unique_ptr<Command> make_lesson_command() { return std::make_unique<LessonCommand>(); }

}  // namespace course::cli
