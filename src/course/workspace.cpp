#include "course/workspace.hpp"

#include <nlohmann/json.hpp>

#include <fstream>

#include "course/error.hpp"
#include "course/progress_store.hpp"

namespace course {
namespace fs = std::filesystem;
namespace {

void write_text(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) fail_internal("cannot write " + path.string());
}

// Copies every regular file under `from` into `to`, keeping relative paths.
void copy_tree(const fs::path& from, const fs::path& to, const fs::path& root, InitReport& report,
               bool (*wanted)(const fs::path&)) {
  if (!fs::is_directory(from)) return;
  for (const auto& entry : fs::recursive_directory_iterator(from)) {
    if (!entry.is_regular_file() || !wanted(entry.path())) continue;
    const fs::path target = to / fs::relative(entry.path(), from);
    const std::string shown = fs::relative(target, root).string();
    if (fs::exists(target)) {
      report.kept.push_back(shown);
      continue;
    }
    fs::create_directories(target.parent_path());
    fs::copy_file(entry.path(), target);
    report.copied.push_back(shown);
  }
}

bool any_file(const fs::path&) { return true; }
// Public data only: datasets and their provenance, not the scripts that rebuild them.
// data/ holds only public data (hidden cases live in assessments/): every data file and its
// provenance is the learner's, the export scripts are not.
bool public_data(const fs::path& p) {
  const auto ext = p.extension();
  return ext == ".csv" || ext == ".json" || ext == ".yaml" || p.filename() == "SOURCES.md";
}

// compile_commands.json so clangd resolves mlcore and the exercise headers exactly as the grader
// compiles them.
std::string compile_commands(const Course& course, const Toolchain& toolchain,
                             const fs::path& root) {
  nlohmann::json commands = nlohmann::json::array();
  for (const Exercise* e : course.exercises()) {
    std::vector<std::string> args = {toolchain.cxx};
    args.insert(args.end(), toolchain.flags.begin(), toolchain.flags.end());
    for (const auto& dir : toolchain.include_dirs) args.push_back("-I" + dir);
    for (const auto& dir : toolchain.system_include_dirs)
      args.insert(args.end(), {"-isystem", dir});
    args.insert(args.end(),
                {"-iquote", (course.root / "exercises" / e->file).parent_path().string()});
    const fs::path file = root / "exercises" / e->file;
    args.insert(args.end(), {"-c", file.string()});
    commands.push_back(
        {{"directory", root.string()}, {"file", file.string()}, {"arguments", args}});
  }
  return commands.dump(2) + "\n";
}

}  // namespace

Workspace find_workspace(const fs::path& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  for (fs::path p = dir; !p.empty(); p = p.parent_path()) {
    if (fs::exists(p / ".course" / "progress.json", ec)) return Workspace{p};
    if (p == p.parent_path()) break;
  }
  throw InputError(dir.string(), 0, 0, "",
                   "not inside a course workspace (no .course/progress.json here or above); "
                   "create one with `course init DIR`");
}

InitReport init_workspace(const Course& course, const Toolchain& toolchain, const fs::path& dir,
                          bool force) {
  std::error_code ec;
  const fs::path root = fs::absolute(dir, ec);
  if (fs::exists(root) && !fs::is_directory(root))
    throw InputError(root.string(), 0, 0, "", "exists and is not a directory");
  if (fs::exists(root / ".course" / "progress.json"))
    throw InputError(root.string(), 0, 0, "",
                     "is already a course workspace; use `course status` there");
  if (fs::exists(root) && !fs::is_empty(root) && !force)
    throw InputError(
        root.string(), 0, 0, "",
        "is not empty; choose a new directory or pass --force (existing files are kept)");

  InitReport report;
  report.workspace.root = root;
  fs::create_directories(root / ".course");
  copy_tree(course.root / "exercises", root / "exercises", root, report, any_file);
  copy_tree(course.root / "data", root / "data", root, report, public_data);
  write_text(root / "compile_commands.json", compile_commands(course, toolchain, root));
  if (!fs::exists(root / ".gitignore"))
    write_text(root / ".gitignore", ".course/cache/\n.course/*.lock\n");

  Progress progress;
  progress.course_id = course.id;
  progress.course_version = course.version;
  progress.created_at = progress.updated_at = now_iso8601();
  progress.level = 0;
  progress.level_history.push_back({0, course.levels.front().name, progress.created_at, "", ""});
  if (const auto exercises = course.exercises(); !exercises.empty())
    progress.current_exercise = exercises.front()->id;
  ProgressStore(root / ".course").create(progress);
  return report;
}

std::string reset_exercise(const Course& course, const Workspace& workspace,
                           const Exercise& exercise) {
  const fs::path target = workspace.exercise_file(exercise);
  std::string backup;
  if (fs::exists(target)) {
    std::string stamp = now_iso8601();
    for (char& c : stamp)
      if (c == ':') c = '-';
    const fs::path saved = workspace.state_dir() / "backups" / (exercise.file + "." + stamp);
    fs::create_directories(saved.parent_path());
    fs::copy_file(target, saved, fs::copy_options::overwrite_existing);
    backup = fs::relative(saved, workspace.root).string();
  }
  fs::create_directories(target.parent_path());
  fs::copy_file(course.exercise_path(exercise), target, fs::copy_options::overwrite_existing);
  return backup;
}

}  // namespace course
