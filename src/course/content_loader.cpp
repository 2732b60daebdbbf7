// Loads modules/course.yaml and the module files into course::Course, validating as it goes.
// This is the only file that includes yaml-cpp (STYLE.md lesson 2).
//
// Every error is an InputError naming file:line:column and the field. YAML::Load is used, never
// YAML::LoadAll (yaml-cpp 0.7 allocates without bound on some inputs there). Files are capped at
// 4 MiB and read only through the known keys below, never walked recursively, so an alias-based
// "billion laughs" document cannot make the loader loop (checkpoint parameters must be scalars or
// flat lists of scalars; anything deeper is rejected).
#include "course/content_loader.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "course/checks.hpp"
#include "course/error.hpp"

namespace course {
namespace {

constexpr int kSchemaVersion = 1;
constexpr std::size_t kMaxFileBytes = 4u << 20;

// A mapping key as text; a non-scalar key (`? [a, b]`) is an input error, not a yaml-cpp throw.
std::string key_text(const YAML::Node& key, const std::string& file, const std::string& path) {
  if (!key.IsScalar()) {
    const auto mark = key.Mark();
    throw InputError(file, std::size_t(mark.line + 1), std::size_t(mark.column + 1), path,
                     "mapping keys must be plain text");
  }
  return key.Scalar();
}

// A node plus where it came from, with typed accessors that fail with file:line:column.
class Node {
 public:
  Node(YAML::Node node, std::string file, std::string path)
      : node_(std::move(node)), file_(std::move(file)), path_(std::move(path)) {}

  [[noreturn]] void fail(const std::string& message) const {
    const auto mark = node_.Mark();
    const bool has_mark = mark.line >= 0 && !node_.IsNull();
    throw InputError(file_, has_mark ? std::size_t(mark.line + 1) : 0,
                     has_mark ? std::size_t(mark.column + 1) : 0, path_, message);
  }

  const std::string& path() const { return path_; }
  bool is_map() const { return node_.IsMap(); }

  // Rejects keys not in `allowed`, naming the first unknown one and the allowed set.
  void expect_map(const std::set<std::string>& allowed) const {
    if (!node_.IsMap()) fail("expected a mapping");
    for (const auto& kv : node_) {
      const auto key = key_text(kv.first, file_, path_);
      if (!allowed.count(key)) {
        std::string list;
        for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
        Node(kv.first, file_, join(key)).fail("unknown key (allowed: " + list + ")");
      }
    }
  }

  bool has(const std::string& key) const { return node_.IsMap() && node_[key].IsDefined(); }

  Node at(const std::string& key) const {
    if (!has(key)) fail("missing required field '" + key + "'");
    return Node(node_[key], file_, join(key));
  }

  std::string str() const {
    if (!node_.IsScalar()) fail("expected a text value");
    return node_.Scalar();
  }
  std::string str(const std::string& key) const { return at(key).str(); }
  std::string str_or(const std::string& key, const std::string& fallback) const {
    return has(key) ? str(key) : fallback;
  }

  int integer(const std::string& key, int fallback, int min, int max) const {
    if (!has(key)) return fallback;
    const Node n = at(key);
    int value = 0;
    try {
      value = n.node_.as<int>();
    } catch (const YAML::Exception&) {
      n.fail("expected a whole number");
    }
    if (value < min || value > max)
      n.fail("must be between " + std::to_string(min) + " and " + std::to_string(max));
    return value;
  }

  double number(const std::string& key, double fallback, double min, double max) const {
    if (!has(key)) return fallback;
    const Node n = at(key);
    double value = 0;
    try {
      value = n.node_.as<double>();
    } catch (const YAML::Exception&) {
      n.fail("expected a number");
    }
    if (!(value >= min && value <= max))
      n.fail("must be between " + std::to_string(min) + " and " + std::to_string(max));
    return value;
  }

  bool boolean(const std::string& key, bool fallback) const {
    if (!has(key)) return fallback;
    const Node n = at(key);
    try {
      return n.node_.as<bool>();
    } catch (const YAML::Exception&) {
      n.fail("expected true or false");
    }
  }

  std::vector<Node> seq(const std::string& key, bool required) const {
    std::vector<Node> out;
    if (!has(key)) {
      if (required) fail("missing required field '" + key + "'");
      return out;
    }
    const Node list = at(key);
    if (!list.node_.IsSequence()) list.fail("expected a list");
    for (std::size_t i = 0; i < list.node_.size(); ++i)
      out.emplace_back(list.node_[i], file_, list.path_ + "[" + std::to_string(i) + "]");
    return out;
  }

  std::vector<std::string> strings(const std::string& key, bool required) const {
    std::vector<std::string> out;
    for (const auto& n : seq(key, required)) out.push_back(n.str());
    return out;
  }

  const YAML::Node& raw() const { return node_; }
  const std::string& file() const { return file_; }

 private:
  std::string join(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

  YAML::Node node_;
  std::string file_;
  std::string path_;
};

// Reads and parses one YAML file, checking size, aliases and schema_version.
Node load_file(const std::filesystem::path& path, const std::string& display) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(display, 0, 0, "", "cannot read file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  if (text.size() > kMaxFileBytes) throw InputError(display, 0, 0, "", "file is larger than 4 MiB");
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    throw InputError(display, std::size_t(e.mark.line + 1), std::size_t(e.mark.column + 1), "",
                     e.msg);
  }
  Node node(root, display, "");
  if (!root.IsMap()) node.fail("expected a mapping at the top level");
  const int version = node.integer("schema_version", -1, 0, 1000000);
  if (version == -1) node.fail("missing required field 'schema_version'");
  if (version > kSchemaVersion)
    node.at("schema_version")
        .fail("schema_version " + std::to_string(version) + " is newer than this course runner (" +
              std::to_string(kSchemaVersion) + "); upgrade course");
  if (version < 1) node.at("schema_version").fail("schema_version must be 1");
  return node;
}

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

Exercise load_exercise(const Node& n, const std::filesystem::path& root) {
  n.expect_map({"id", "title", "file", "header", "harness", "cases", "instructions", "hints",
                "checkpoints", "cpu_seconds", "wall_seconds"});
  Exercise e;
  e.id = n.str("id");
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

void load_module_file(Module& m, const std::filesystem::path& root,
                      std::set<std::string>& exercise_ids) {
  const Node n = load_file(root / "modules" / m.file, "modules/" + m.file);
  n.expect_map({"schema_version", "number", "slug", "title", "duration", "objectives", "lesson",
                "questions", "mastery", "exercises"});
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
  for (const auto& en : n.seq("exercises", true)) {
    Exercise e = load_exercise(en, root);
    const std::string prefix = std::to_string(m.number) + ".";
    if (e.id.rfind(prefix, 0) != 0)
      en.at("id").fail("exercise ids in module " + std::to_string(m.number) + " start with '" +
                       prefix + "'");
    if (!exercise_ids.insert(e.id).second) en.at("id").fail("duplicate exercise id '" + e.id + "'");
    m.exercises.push_back(std::move(e));
  }
}

}  // namespace

Course load_course(const std::filesystem::path& root) {
  if (!std::filesystem::is_directory(root))
    throw InputError(root.string(), 0, 0, "", "course directory not found");
  const Node n = load_file(root / "modules" / "course.yaml", "modules/course.yaml");
  n.expect_map({"schema_version", "id", "title", "version", "modules", "assessments", "levels"});
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
    an.expect_map({"id", "title", "planned"});
    Assessment a{an.str("id"), an.str("title"), an.boolean("planned", false)};
    if (!assessment_ids.insert(a.id).second) an.at("id").fail("duplicate assessment id");
    c.assessments.push_back(std::move(a));
  }

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
      r.expect_map({"modules", "assessments", "awarded_by_instructor"});
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
      level.criteria.awarded_by_instructor = r.boolean("awarded_by_instructor", false);
    }
    c.levels.push_back(std::move(level));
  }
  if (c.levels.empty()) n.at("levels").fail("give at least level 0");
  return c;
}

}  // namespace course
