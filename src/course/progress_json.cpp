// The progress.json format, version 1 (docs/progress-schema.md). Unknown keys are kept out of the
// struct but tolerated on read, so a file touched by a newer patch release still loads.
#include "course/progress_json.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace course {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxBytes = 16u << 20;
constexpr int kMaxDepth = 32;

[[noreturn]] void bad(const std::string& message) { throw ProgressFormatError(message, false); }

// Typed field access with the field's path in the error. `where` is the path of `object` with a
// trailing dot ("exercises.1.1."), empty at the top level.
template <typename T>
T field(const json& object, const char* key, const std::string& where, T fallback) {
  if (!object.is_object())
    bad("'" + where.substr(0, where.empty() ? 0 : where.size() - 1) + "' must be an object");
  if (!object.contains(key) || object[key].is_null()) return fallback;
  const json& value = object[key];
  if constexpr (std::is_same_v<T, int>) {
    // get<int>() would silently narrow 2^32 + 1 to 1.
    if (!value.is_number_integer())
      bad("field '" + where + key + "' has the wrong type (expected a whole number)");
    const auto wide = value.get<std::int64_t>();
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
      bad("field '" + where + key + "' is out of range");
    return static_cast<int>(wide);
  } else {
    try {
      return value.get<T>();
    } catch (const json::exception&) {
      bad("field '" + where + key + "' has the wrong type");
    }
  }
}

json checkpoint_to_json(const CheckpointRecord& c) {
  return {{"id", c.id}, {"status", c.status}, {"points", c.points}, {"max_points", c.max_points}};
}

json exercise_to_json(const ExerciseProgress& e) {
  json results = json::array();
  for (const auto& c : e.last_results) results.push_back(checkpoint_to_json(c));
  return {{"state", exercise_state_name(e.state)},
          {"attempts", e.attempts},
          {"best_score", e.best_score},
          {"max_score", e.max_score},
          {"hints_revealed", e.hints_revealed},
          {"first_attempt_at", e.first_attempt_at},
          {"last_attempt_at", e.last_attempt_at},
          {"completed_at", e.completed_at},
          {"source_hash", e.source_hash},
          {"last_results", results}};
}

json score_to_json(const AssessmentScore& s) {
  return {{"attempts", s.attempts},
          {"best_score", s.best_score},
          {"last_score", s.last_score},
          {"passed", s.passed()},  // Derived from passed_at, for readers; not read back.
          {"passed_at", s.passed_at},
          {"last_attempt_at", s.last_attempt_at}};
}

json level_event_to_json(const LevelEvent& l) {
  json j = {{"level", l.level}, {"name", l.name}, {"reached_at", l.reached_at}};
  if (!l.awarded_by.empty()) j["awarded_by"] = l.awarded_by;  // Only awards carry these.
  if (!l.reason.empty()) j["reason"] = l.reason;
  return j;
}

ExerciseState state_from(const std::string& name, const std::string& where) {
  for (auto s : {ExerciseState::kNotStarted, ExerciseState::kInProgress, ExerciseState::kDone})
    if (name == exercise_state_name(s)) return s;
  bad("field '" + where + "state' has unknown value '" + name + "'");
}

ExerciseProgress exercise_from(const json& j, const std::string& where) {
  if (!j.is_object()) bad("'" + where + "' must be an object");
  ExerciseProgress e;
  e.state = state_from(field<std::string>(j, "state", where, "not_started"), where);
  e.attempts = field<int>(j, "attempts", where, 0);
  e.best_score = field<int>(j, "best_score", where, 0);
  e.max_score = field<int>(j, "max_score", where, 0);
  e.hints_revealed = field<int>(j, "hints_revealed", where, 0);
  e.first_attempt_at = field<std::string>(j, "first_attempt_at", where, "");
  e.last_attempt_at = field<std::string>(j, "last_attempt_at", where, "");
  e.completed_at = field<std::string>(j, "completed_at", where, "");
  e.source_hash = field<std::string>(j, "source_hash", where, "");
  if (j.contains("last_results")) {
    if (!j["last_results"].is_array()) bad("field '" + where + "last_results' must be a list");
    for (const auto& c : j["last_results"]) {
      const std::string w = where + "last_results[].";
      e.last_results.push_back({field<std::string>(c, "id", w, ""),
                                field<std::string>(c, "status", w, ""),
                                field<int>(c, "points", w, 0), field<int>(c, "max_points", w, 0)});
    }
  }
  return e;
}

std::map<std::string, AssessmentScore> scores_from(const json& j, const char* key) {
  std::map<std::string, AssessmentScore> out;
  if (!j.contains(key)) return out;
  if (!j[key].is_object()) bad(std::string("'") + key + "' must be an object");
  for (const auto& [id, s] : j[key].items()) {
    const std::string w = std::string(key) + "." + id + ".";
    out[id] = {field<int>(s, "attempts", w, 0), field<double>(s, "best_score", w, 0),
               field<double>(s, "last_score", w, 0), field<std::string>(s, "passed_at", w, ""),
               field<std::string>(s, "last_attempt_at", w, "")};
  }
  return out;
}

// Line and column of a byte offset, for syntax errors.
std::string position(const std::string& text, std::size_t offset) {
  offset = std::min(offset, text.size());
  const auto line = std::count(text.begin(), text.begin() + long(offset), '\n') + 1;
  const auto last_newline = text.rfind('\n', offset ? offset - 1 : 0);
  const std::size_t column =
      last_newline == std::string::npos || offset == 0 ? offset : offset - last_newline - 1;
  return "line " + std::to_string(line) + ", column " + std::to_string(column + 1);
}

}  // namespace

std::string progress_to_json(const Progress& p) {
  json exercises = json::object();
  for (const auto& [id, e] : p.exercises) exercises[id] = exercise_to_json(e);
  json history = json::array();
  for (const auto& l : p.level_history) history.push_back(level_event_to_json(l));
  json quizzes = json::object(), exams = json::object();
  for (const auto& [id, s] : p.quizzes) quizzes[id] = score_to_json(s);
  for (const auto& [id, s] : p.exams) exams[id] = score_to_json(s);
  json journal = json::array();
  for (const auto& entry : p.journal) journal.push_back({{"at", entry.at}, {"text", entry.text}});
  const json doc = {{"schema_version", p.schema_version},
                    {"course", {{"id", p.course_id}, {"version", p.course_version}}},
                    {"created_at", p.created_at},
                    {"updated_at", p.updated_at},
                    {"current_exercise", p.current_exercise},
                    {"level", {{"current", p.level}, {"history", history}}},
                    {"exercises", exercises},
                    {"quizzes", quizzes},
                    {"exams", exams},
                    {"journal", journal}};
  // Replace invalid UTF-8 (a journal entry pasted from anywhere) instead of throwing mid-save.
  return doc.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

Progress progress_from_json(const std::string& text) {
  if (text.size() > kMaxBytes) bad("file is larger than 16 MiB");
  // Depth cap: nlohmann parses very deep documents but can overflow the stack dumping them.
  bool too_deep = false;
  const json::parser_callback_t limit_depth = [&too_deep](int depth, json::parse_event_t, json&) {
    if (depth > kMaxDepth) too_deep = true;
    return !too_deep;
  };
  json doc;
  try {
    doc = json::parse(text, limit_depth);
  } catch (const json::parse_error& e) {
    bad("not valid JSON at " + position(text, e.byte ? e.byte - 1 : 0));
  }
  if (too_deep) bad("nested deeper than " + std::to_string(kMaxDepth) + " levels");
  if (!doc.is_object()) bad("top level must be an object");
  if (!doc.contains("schema_version") || !doc["schema_version"].is_number_integer())
    bad("field 'schema_version' is missing or not a whole number");
  const std::int64_t version = doc["schema_version"].get<std::int64_t>();
  if (version > kProgressSchemaVersion)
    throw ProgressFormatError("schema_version " + std::to_string(version) +
                                  " was written by a newer course (this one reads up to " +
                                  std::to_string(kProgressSchemaVersion) + "); upgrade course",
                              true);
  if (version < 1) bad("schema_version " + std::to_string(version) + " is not valid");

  Progress p;
  p.schema_version = static_cast<int>(version);
  if (doc.contains("course")) {
    p.course_id = field<std::string>(doc["course"], "id", "course.", "");
    p.course_version = field<std::string>(doc["course"], "version", "course.", "");
  }
  p.created_at = field<std::string>(doc, "created_at", "", "");
  p.updated_at = field<std::string>(doc, "updated_at", "", "");
  p.current_exercise = field<std::string>(doc, "current_exercise", "", "");
  if (doc.contains("level")) {
    const json& level = doc["level"];
    if (!level.is_object()) bad("'level' must be an object");
    p.level = field<int>(level, "current", "level.", 0);
    if (level.contains("history")) {
      if (!level["history"].is_array()) bad("field 'level.history' must be a list");
      for (const auto& l : level["history"])
        // awarded_by and reason are absent from files written before awards existed.
        p.level_history.push_back({field<int>(l, "level", "level.history[].", 0),
                                   field<std::string>(l, "name", "level.history[].", ""),
                                   field<std::string>(l, "reached_at", "level.history[].", ""),
                                   field<std::string>(l, "awarded_by", "level.history[].", ""),
                                   field<std::string>(l, "reason", "level.history[].", "")});
    }
  }
  if (doc.contains("exercises")) {
    if (!doc["exercises"].is_object()) bad("'exercises' must be an object");
    for (const auto& [id, e] : doc["exercises"].items())
      p.exercises[id] = exercise_from(e, "exercises." + id + ".");
  }
  p.quizzes = scores_from(doc, "quizzes");
  p.exams = scores_from(doc, "exams");
  if (doc.contains("journal")) {
    if (!doc["journal"].is_array()) bad("'journal' must be a list");
    for (const auto& entry : doc["journal"])
      p.journal.push_back({field<std::string>(entry, "at", "journal[].", ""),
                           field<std::string>(entry, "text", "journal[].", "")});
  }
  return p;
}

}  // namespace course
