#include "course/report_json.hpp"

#include <nlohmann/json.hpp>

#include "course/certificate.hpp"
#include "course/levels.hpp"
#include "course/workspace.hpp"
#include "report/resources_json.hpp"

namespace course {
namespace {

using nlohmann::json;

std::string dump(const json& doc) {
  // Learner program output may hold invalid UTF-8: replace it rather than fail to report.
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

// An addition within format_version 1: "phases" only when the grader measured them.
json timings(const ExerciseResult& r) {
  json t = {{"compile_seconds", r.compile_seconds},
            {"compile_cached", r.compile_cached},
            {"run_seconds", r.run_seconds}};
  if (!r.phases.empty()) {
    json phases = json::object();
    for (const auto& phase : r.phases) phases[phase.name] = phase.seconds;
    t["phases"] = phases;
  }
  return t;
}

json result_to_json(const ExerciseResult& r) {
  json checkpoints = json::array();
  for (const auto& c : r.checkpoints)
    checkpoints.push_back({{"id", c.id},
                           {"title", c.title},
                           {"status", status_name(c.status)},
                           {"points", c.points},
                           {"max_points", c.max_points},
                           {"message", c.message},
                           {"seconds", c.seconds},
                           {"hidden", c.hidden}});
  json diagnostics = json::array();
  for (const auto& d : r.diagnostics)
    diagnostics.push_back({{"file", d.file},
                           {"line", d.line},
                           {"column", d.column},
                           {"severity", d.severity},
                           {"message", d.message}});
  json out = {{"exercise", r.exercise_id},
              {"title", r.title},
              {"file", r.file},
              {"passed", r.passed()},
              {"points", r.points()},
              {"max_points", r.max_points()},
              {"checkpoints", checkpoints},
              {"compiler_output", r.compiler_output},
              {"diagnostics", diagnostics},
              {"isolation", r.isolation},
              {"timings", timings(r)},
              {"source_hash", r.source_hash},
              {"not_started", r.not_started}};
  // An addition within format_version 1, like "phases": only when something ran.
  if (!r.resources.empty()) out["resources"] = resources_json(r.resources);
  return out;
}

// A level_history entry; "awarded_by" and "reason" are always present here ("" when reached by
// criteria) so readers need not test for them.
json level_event_json(const LevelEvent& h) {
  return {{"level", h.level},
          {"name", h.name},
          {"reached_at", h.reached_at},
          {"awarded_by", h.awarded_by},
          {"reason", h.reason}};
}

json exercise_entry(const Exercise& e, const Progress& progress) {
  const ExerciseProgress* p = progress.find(e.id);
  return {{"id", e.id},
          {"kind", e.kind == ExerciseKind::kChallenge ? "challenge" : "exercise"},
          {"title", e.title},
          {"file", Workspace::display(e)},
          {"state", exercise_state_name(p ? p->state : ExerciseState::kNotStarted)},
          {"attempts", p ? p->attempts : 0},
          {"best_score", p ? p->best_score : 0},
          {"max_score", e.max_points()},
          {"hints_revealed", p ? p->hints_revealed : 0}};
}

}  // namespace

nlohmann::json resources_json(const std::vector<ResourceUse>& resources) {
  json out = json::array();
  for (const auto& use : resources)
    out.push_back({{"name", use.name},
                   {"outcome", use.outcome},
                   {"wall_seconds", use.wall_seconds},
                   {"cpu_seconds", use.cpu_seconds},
                   {"memory_peak_bytes", use.memory_peak_bytes},
                   {"oom_kills", use.oom_kills},
                   {"pids_limit_events", use.pids_limit_events},
                   {"cgroup", use.cgroup}});
  return out;
}

std::string results_json(const std::vector<ExerciseResult>& results) {
  json list = json::array();
  int points = 0, max_points = 0;
  bool passed = !results.empty();
  for (const auto& r : results) {
    list.push_back(result_to_json(r));
    points += r.points();
    max_points += r.max_points();
    passed = passed && r.passed();
  }
  return dump({{"format_version", kResultFormatVersion},
               {"passed", passed},
               {"points", points},
               {"max_points", max_points},
               {"exercises", list}});
}

std::string status_json(const Course& course, const Progress& progress) {
  const int level = progress.level;
  const bool has_next = level + 1 < int(course.levels.size());
  json modules = json::array();
  for (const auto& m : course.modules) {
    int done = 0;
    for (const auto& e : m.exercises) {
      const ExerciseProgress* p = progress.find(e.id);
      done += p && p->state == ExerciseState::kDone;
    }
    modules.push_back({{"number", m.number},
                       {"title", m.title},
                       {"planned", m.planned},
                       {"exercises", m.exercises.size()},
                       {"done", done},
                       {"complete", module_complete(m, progress)}});
  }
  json history = json::array();
  for (const auto& h : progress.level_history) history.push_back(level_event_json(h));
  return dump(
      {{"format_version", kResultFormatVersion},
       {"course", {{"id", course.id}, {"title", course.title}, {"version", course.version}}},
       {"level",
        {{"current", level},
         {"name", course.levels[std::size_t(level)].name},
         {"history", history},
         {"next", has_next ? json(course.levels[std::size_t(level + 1)].name) : json(nullptr)},
         {"missing_for_next",
          has_next ? json(missing_for_level(course, progress, level + 1)) : json::array()}}},
       {"current_exercise", progress.current_exercise},
       {"modules", modules}});
}

std::string list_json(const Course& course, const Progress& progress) {
  json modules = json::array();
  for (const auto& m : course.modules) {
    json exercises = json::array();
    for (const auto& e : m.exercises) exercises.push_back(exercise_entry(e, progress));
    modules.push_back({{"number", m.number},
                       {"title", m.title},
                       {"planned", m.planned},
                       {"exercises", exercises}});
  }
  json assessments = json::array();
  for (const auto& a : course.assessments) {
    const auto it = progress.exams.find(a.id);
    const AssessmentScore score = it == progress.exams.end() ? AssessmentScore{} : it->second;
    assessments.push_back({{"id", a.id},
                           {"title", a.title},
                           {"planned", a.planned},
                           {"pass_mark", a.pass_mark},
                           {"attempts", score.attempts},
                           {"best_score", score.best_score},
                           {"passed", score.passed()}});
  }
  return dump({{"format_version", kResultFormatVersion},
               {"modules", modules},
               {"assessments", assessments}});
}

std::string level_award_json(const LevelEvent& event) {
  return dump({{"format_version", kResultFormatVersion}, {"awarded", level_event_json(event)}});
}

std::string certificate_json(const Course& course, int level,
                             const std::vector<std::string>& missing,
                             const std::vector<std::string>& files) {
  const json written =
      files.size() == 2 ? json{{"markdown", files[0]}, {"html", files[1]}} : json(nullptr);
  return dump({{"format_version", kResultFormatVersion},
               {"issued", !written.is_null()},
               {"level", level},
               {"level_name", course.levels.at(std::size_t(level)).name},
               {"required_level", kCertificateLevel},
               {"missing", missing},
               {"files", written}});
}

std::string journal_json(const std::vector<JournalEntry>& entries) {
  json out = json::array();
  for (const auto& e : entries) out.push_back({{"at", e.at}, {"text", e.text}});
  return dump({{"format_version", kResultFormatVersion}, {"entries", out}});
}

std::string assessment_brief_json(const Assessment& a) {
  json exercises = json::array();
  for (const auto& e : a.exercises)
    exercises.push_back({{"id", e.id}, {"title", e.title}, {"file", Workspace::display(e)}});
  json documents = json::array();
  for (const auto& d : a.documents)
    documents.push_back({{"file", d.file}, {"sections", d.sections}, {"min_words", d.min_words}});
  json rubric = json::array();
  for (const auto& area : a.rubric)
    rubric.push_back({{"id", area.id}, {"title", area.title}, {"weight", area.weight}});
  return dump({{"format_version", kResultFormatVersion},
               {"assessment", a.id},
               {"title", a.title},
               {"time_box_minutes", a.time_box_minutes},
               {"pass_mark", a.pass_mark},
               {"instructions", a.instructions},
               {"exercises", exercises},
               {"documents", documents},
               {"rubric", rubric}});
}

std::string lesson_json(const Module& m) {
  json exercises = json::array();
  for (const auto& e : m.exercises)
    exercises.push_back({{"id", e.id},
                         {"kind", e.kind == ExerciseKind::kChallenge ? "challenge" : "exercise"},
                         {"title", e.title}});
  return dump({{"format_version", kResultFormatVersion},
               {"module", m.number},
               {"title", m.title},
               {"duration", m.duration},
               {"objectives", m.objectives},
               {"lesson", m.lesson},
               {"questions", m.questions},
               {"mastery", m.mastery},
               {"exercises", exercises}});
}

std::string validation_json(const CourseValidation& v) {
  json exercises = json::array();
  for (const auto& e : v.exercises)
    exercises.push_back(
        {{"exercise", e.exercise_id},
         {"ok", e.problems.empty()},
         {"problems", e.problems},
         {"starter", {{"points", e.starter.points()}, {"max_points", e.starter.max_points()}}},
         {"solution", {{"points", e.solution.points()}, {"max_points", e.solution.max_points()}}}});
  return dump({{"format_version", kResultFormatVersion}, {"ok", v.ok()}, {"exercises", exercises}});
}

}  // namespace course
