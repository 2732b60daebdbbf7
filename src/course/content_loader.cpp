// Loads modules/course.yaml and the module files into course::Course, validating as it goes.
// YAML access goes through yaml_node.hpp (STYLE.md lesson 2: yaml-cpp stays in the engine's
// loaders).
//
// Every error is an InputError naming file:line:column and the field. Files are read only through
// the known keys below, never walked recursively, so an alias-based "billion laughs" document
// cannot make the loader loop (checkpoint parameters must be scalars or flat lists of scalars;
// anything deeper is rejected).
#include "course/content_loader.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "assessment_loader.hpp"
#include "course/checks.hpp"
#include "course/error.hpp"
#include "exercise_loader.hpp"
#include "quiz_loader.hpp"
#include "yaml_node.hpp"

namespace course {

using yaml::key_text;
using yaml::load_yaml_file;
using yaml::Node;

// Relative path inside the course: no absolute paths, no "..", and the file must exist.
std::string course_file(const Node& owner, const std::string& key,
                        const std::filesystem::path& root, const std::string& subdir,
                        bool required) {
  if (!required && !owner.has(key)) return "";
  const Node n = owner.at(key);
  const std::string rel = n.str();
  const std::filesystem::path p(rel);
  if (rel.empty() || p.is_absolute()) n.fail("must be a relative path under " + subdir + "/");
  for (const auto& part : p)
    if (part == "..") n.fail("must not contain '..'");
  const auto full = root / subdir / p;
  if (!std::filesystem::is_regular_file(full)) n.fail("file not found: " + subdir + "/" + rel);
  return rel;
}

namespace {

Checkpoint load_checkpoint(const Node& n) {
  // Keys other than these are parameters of the named check, validated by the check itself.
  static const std::set<std::string> kFixed = {"id",   "title", "points", "hidden",
                                               "case", "cases", "check"};
  if (!n.is_map()) n.fail("expected a mapping");
  Checkpoint c;
  c.id = n.str("id");
  c.title = n.str("title");
  c.points = n.integer("points", 1, 0, 1000);
  c.hidden = n.boolean("hidden", false);
  if (n.has("case") == n.has("cases")) n.fail("give exactly one of 'case' or 'cases'");
  c.cases = n.has("case") ? std::vector<std::string>{n.str("case")} : n.strings("cases", true);
  if (c.cases.empty()) n.at("cases").fail("must list at least one case");
  const Node check = n.at("check");
  c.check = check.str();
  const Check* impl = find_check(c.check);
  if (!impl) check.fail("unknown check '" + c.check + "' (known: " + known_check_names() + ")");
  for (const auto& kv : n.raw()) {
    const auto key = key_text(kv.first, n.file(), n.path());
    if (kFixed.count(key)) continue;
    const Node value(kv.second, n.file(), n.path() + "." + key);
    if (kv.second.IsSequence()) {
      auto& list = c.params.lists[key];
      for (const auto& item : kv.second) list.push_back(Node(item, n.file(), value.path()).str());
    } else {
      c.params.scalars[key] = value.str();
    }
  }
  try {
    impl->validate(c.params);
  } catch (const std::invalid_argument& e) {
    n.fail(std::string("check '") + c.check + "': " + e.what());
  }
  return c;
}

}  // namespace

Exercise load_exercise(const Node& n, const std::filesystem::path& root) {
  n.expect_map({"id", "kind", "title", "file", "header", "harness", "cases", "instructions",
                "hints", "checkpoints", "cpu_seconds", "wall_seconds"});
  Exercise e;
  e.id = n.str("id");
  const std::string kind = n.str_or("kind", "exercise");
  if (kind == "challenge")
    e.kind = ExerciseKind::kChallenge;
  else if (kind != "exercise")
    n.at("kind").fail("is '" + kind + "'; use 'exercise' (the default) or 'challenge'");
  e.title = n.str("title");
  e.file = course_file(n, "file", root, "exercises", true);
  course_file(n, "file", root, "solutions", true);  // The mirrored solution must exist.
  e.header = course_file(n, "header", root, "exercises", false);
  e.harness = course_file(n, "harness", root, "harnesses", true);
  e.cases = course_file(n, "cases", root, "assessments", true);
  e.instructions = n.str("instructions");
  e.hints = n.strings("hints", true);
  if (e.hints.empty()) n.at("hints").fail("give at least one hint");
  e.cpu_seconds = n.number("cpu_seconds", 5.0, 0.1, 600);
  e.wall_seconds = n.number("wall_seconds", 2 * e.cpu_seconds + 2, 0.1, 1200);
  std::set<std::string> ids;
  for (const auto& c : n.seq("checkpoints", true)) {
    Checkpoint checkpoint = load_checkpoint(c);
    if (!ids.insert(checkpoint.id).second)
      c.at("id").fail("duplicate checkpoint id '" + checkpoint.id + "'");
    e.checkpoints.push_back(std::move(checkpoint));
  }
  if (e.checkpoints.empty()) n.at("checkpoints").fail("give at least one checkpoint");
  return e;
}

namespace {

constexpr int kSchemaVersion = 1;

Node load_file(const std::filesystem::path& path, const std::string& display) {
  return load_yaml_file(path, display, kSchemaVersion);
}

void load_module_file(Module& m, const std::filesystem::path& root,
                      std::set<std::string>& exercise_ids) {
  const Node n = load_file(root / "modules" / m.file, "modules/" + m.file);
  n.expect_map({"schema_version", "number", "slug", "title", "duration", "objectives", "lesson",
                "questions", "mastery", "reflection", "exercises"});
  const int number = n.integer("number", -1, 1, 99);
  if (number != m.number)
    n.at("number").fail("is " + std::to_string(number) +
                        " but course.yaml lists this file as module " + std::to_string(m.number));
  m.slug = n.str("slug");
  m.title = n.str("title");
  m.duration = n.str_or("duration", "");
  m.objectives = n.strings("objectives", true);
  m.lesson = n.str("lesson");
  m.questions = n.strings("questions", false);
  m.mastery = n.strings("mastery", false);
  m.reflection = n.strings("reflection", false);
  for (const auto& en : n.seq("exercises", true)) {
    Exercise e = load_exercise(en, root);
    const std::string prefix = std::to_string(m.number) + ".";
    if (e.id.rfind(prefix, 0) != 0)
      en.at("id").fail("exercise ids in module " + std::to_string(m.number) + " start with '" +
                       prefix + "'");
    if (!exercise_ids.insert(e.id).second) en.at("id").fail("duplicate exercise id '" + e.id + "'");
    // The challenge applies the whole module: it comes after every exercise, and there is one.
    if (!m.exercises.empty() && m.exercises.back().kind == ExerciseKind::kChallenge)
      en.at("id").fail("comes after the module's challenge (" + m.exercises.back().id +
                       "); the challenge is listed last");
    m.exercises.push_back(std::move(e));
  }
}

}  // namespace

namespace {
// Absolute, as "/work/course" for "." run there (not "/work/course/." or "/work/course/"): the
// sandbox binds the course's directories by path, and a relative root (`--course .`) would be
// read from the box's own working directory.
std::filesystem::path absolute_dir(const std::filesystem::path& dir) {
  std::filesystem::path out = std::filesystem::absolute(dir).lexically_normal();
  if (!out.has_filename() && out.has_parent_path() && out != out.root_path())
    out = out.parent_path();
  return out;
}
}  // namespace

Course load_course(const std::filesystem::path& course_dir) {
  if (!std::filesystem::is_directory(course_dir))
    throw InputError(course_dir.string(), 0, 0, "", "course directory not found");
  const std::filesystem::path root = absolute_dir(course_dir);
  const Node n = load_file(root / "modules" / "course.yaml", "modules/course.yaml");
  n.expect_map(
      {"schema_version", "id", "title", "version", "modules", "assessments", "quizzes", "levels"});
  Course c;
  c.root = root;
  c.id = n.str("id");
  c.title = n.str("title");
  c.version = n.str("version");

  std::set<int> numbers;
  std::set<std::string> exercise_ids;
  for (const auto& mn : n.seq("modules", true)) {
    mn.expect_map({"number", "title", "file", "planned"});
    Module m;
    m.number = mn.integer("number", -1, 1, 99);
    if (m.number == -1) mn.fail("missing required field 'number'");
    if (!numbers.insert(m.number).second) mn.at("number").fail("duplicate module number");
    m.title = mn.str("title");
    m.planned = mn.boolean("planned", false);
    if (m.planned == mn.has("file")) mn.fail("give 'file' for a written module or 'planned: true'");
    if (!m.planned) {
      m.file = course_file(mn, "file", root, "modules", true);
      load_module_file(m, root, exercise_ids);
    }
    c.modules.push_back(std::move(m));
  }

  std::set<std::string> assessment_ids;
  for (const auto& an : n.seq("assessments", false)) {
    an.expect_map({"id", "title", "planned", "file"});
    Assessment a;
    a.id = an.str("id");
    a.title = an.str("title");
    a.planned = an.boolean("planned", false);
    if (!assessment_ids.insert(a.id).second) an.at("id").fail("duplicate assessment id");
    if (a.planned == an.has("file"))
      an.fail("give 'file' for a written assessment or 'planned: true'");
    if (!a.planned) {
      a.file = course_file(an, "file", root, "modules", true);
      const std::string title = a.title;
      a = load_assessment(root, root / "modules" / a.file, "modules/" + a.file, exercise_ids, a.id);
      a.file = an.str("file");
      a.title = title;  // The manifest's title is the one lists and levels show.
    }
    c.assessments.push_back(std::move(a));
  }

  load_quiz_bank(c);  // Before the quizzes, which must not ask for more than it holds.
  load_quizzes(n, c);

  for (const auto& ln : n.seq("levels", true)) {
    ln.expect_map({"number", "name", "description", "requires"});
    Level level;
    level.number = ln.integer("number", -1, 0, 4);
    if (level.number != int(c.levels.size()))
      ln.at("number").fail("levels must be numbered 0, 1, 2, … in order");
    level.name = ln.str("name");
    level.description = ln.str_or("description", "");
    if (ln.has("requires")) {
      const Node r = ln.at("requires");
      r.expect_map({"modules", "assessments", "quizzes", "awarded_by_instructor"});
      for (const auto& m : r.seq("modules", false)) {
        const int number = std::atoi(m.str().c_str());
        if (!numbers.count(number)) m.fail("no module " + m.str() + " in this course");
        level.criteria.modules.push_back(number);
      }
      for (const auto& a : r.seq("assessments", false)) {
        if (!assessment_ids.count(a.str()))
          a.fail("no assessment '" + a.str() + "' in this course");
        level.criteria.assessments.push_back(a.str());
      }
      for (const auto& q : r.seq("quizzes", false)) {
        if (!c.find_quiz(q.str())) q.fail("no quiz '" + q.str() + "' in this course's quizzes");
        level.criteria.quizzes.push_back(q.str());
      }
      level.criteria.awarded_by_instructor = r.boolean("awarded_by_instructor", false);
    }
    c.levels.push_back(std::move(level));
  }
  if (c.levels.empty()) n.at("levels").fail("give at least level 0");
  return c;
}

}  // namespace course
