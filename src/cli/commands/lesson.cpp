// course lesson [N|ASSESSMENT]: a module's lesson (concepts, industry context, pitfalls), its
// objectives, the Socratic questions to think over, and what mastery looks like; or a written
// assessment's brief (instructions, time box, files to edit, documents to write, how it is
// graded), read before `course check ASSESSMENT`. Reading only: needs a workspace only to
// default to the current exercise's module.
#include <fmt/core.h>

#include <cctype>
#include <charconv>

#include "../command.hpp"
#include "../render.hpp"
#include "course/error.hpp"
#include "course/learner_session.hpp"
#include "course/report_json.hpp"
#include "course/workspace.hpp"

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
    return "Read a module's lesson (default: the current module) or an exam's brief";
  }
  void configure(CLI::App& app) override {
    app.add_option("MODULE", id_,
                   "Module number, e.g. 2; or a written assessment, e.g. checkpoint-1 "
                   "(`course list` shows them)");
  }
  int run(Context& ctx) override {
    const Course& course = ctx.course();
    if (!id_.empty() && !std::isdigit(static_cast<unsigned char>(id_.front())))
      return show_assessment(ctx, assessment(course));
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
  int show_assessment(Context& ctx, const Assessment& a) const {
    if (ctx.format() == Format::kJson) {
      fmt::print("{}", assessment_brief_json(a));
      return 0;
    }
    const Style& s = ctx.style;
    fmt::print(
        "{}  {}\n", s.bold(a.title),
        s.dim("(" +
              (a.time_box_minutes > 0 ? std::to_string(a.time_box_minutes) + " minutes suggested, "
                                      : std::string()) +
              "pass mark " + percent(a.pass_mark) + ")"));
    fmt::print("\n");
    print_markdown(a.instructions, s);
    std::vector<std::string> files;
    for (const auto& e : a.exercises)
      files.push_back(Workspace::display(e) + "  " + s.dim("(" + e.id + ": " + e.title + ")"));
    print_list("Files to edit:", files, s, false);
    std::vector<std::string> documents;
    for (const auto& d : a.documents) {
      std::string sections;
      for (const auto& section : d.sections) sections += (sections.empty() ? "" : ", ") + section;
      documents.push_back(
          d.file + (sections.empty() ? "" : "  " + s.dim("sections: " + sections)) +
          (d.min_words > 0 ? s.dim(" · at least " + std::to_string(d.min_words) + " words") : ""));
    }
    print_list("Documents to write (in the workspace folder):", documents, s, false);
    std::vector<std::string> areas;
    for (const auto& area : a.rubric) areas.push_back(percent(area.weight) + "  " + area.title);
    print_list("Graded on:", areas, s, false);
    fmt::print("\n{}\n", s.dim("Submit with `course check " + a.id +
                               "`: it grades everything at once, hidden checks included, and "
                               "records your best score; check as often as you like."));
    return 0;
  }

  const Assessment& assessment(const Course& course) const {
    const Assessment* a = course.find_assessment(id_);
    if (!a) fail_usage("no module or assessment '" + id_ + "' in this course (`course list`)");
    if (a->planned)
      fail_usage(a->title + " is not written yet: it comes in a later version of the course");
    return *a;
  }

  const Module& module(Context& ctx, const Course& course) const {
    int number = 0;
    if (!id_.empty()) {
      const auto [end, error] = std::from_chars(id_.data(), id_.data() + id_.size(), number);
      if (error != std::errc() || end != id_.data() + id_.size() || number < 1)
        fail_usage("MODULE: '" + id_ + "' is neither a module number nor an assessment id");
    }
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

  std::string id_;
};

}  // namespace

std::unique_ptr<Command> make_lesson_command() { return std::make_unique<LessonCommand>(); }

}  // namespace course::cli
