#include "course/grade/submission_json.hpp"

#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "course/error.hpp"

namespace course {
namespace fs = std::filesystem;
using nlohmann::json;
namespace {

Status parse_status(const std::string& name) {
  for (const auto s : {Status::kPassed, Status::kFailed, Status::kCompileError, Status::kTimeout,
                       Status::kMemoryLimit, Status::kCrashed, Status::kOutputLimit,
                       Status::kSkipped, Status::kError})
    if (name == status_name(s)) return s;
  throw std::invalid_argument("unknown checkpoint status '" + name + "'");
}

const char* source_name(CriterionSource s) {
  switch (s) {
    case CriterionSource::kCheckpoint:
      return "checkpoint";
    case CriterionSource::kDocument:
      return "document";
    case CriterionSource::kManual:
      return "manual";
  }
  return "manual";
}

CriterionSource parse_source(const std::string& name) {
  for (const auto s :
       {CriterionSource::kCheckpoint, CriterionSource::kDocument, CriterionSource::kManual})
    if (name == source_name(s)) return s;
  throw std::invalid_argument("unknown criterion source '" + name + "'");
}

json exercise_json(const ExerciseResult& e) {
  json checkpoints = json::array();
  for (const auto& c : e.checkpoints)
    checkpoints.push_back({{"id", c.id},
                           {"title", c.title},
                           {"status", status_name(c.status)},
                           {"points", c.points},
                           {"max_points", c.max_points},
                           {"message", c.message},
                           {"hidden", c.hidden}});
  return {{"exercise", e.exercise_id},
          {"title", e.title},
          {"file", e.file},
          {"isolation", e.isolation},
          {"not_started", e.not_started},
          {"compiler_output", e.compiler_output},
          {"checkpoints", checkpoints}};
}

ExerciseResult exercise_from(const json& j) {
  ExerciseResult e;
  e.exercise_id = j.at("exercise").get<std::string>();
  e.title = j.at("title").get<std::string>();
  e.file = j.at("file").get<std::string>();
  e.isolation = j.at("isolation").get<std::string>();
  e.not_started = j.at("not_started").get<bool>();
  e.compiler_output = j.at("compiler_output").get<std::string>();
  for (const auto& c : j.at("checkpoints"))
    e.checkpoints.push_back({c.at("id").get<std::string>(), c.at("title").get<std::string>(),
                             parse_status(c.at("status").get<std::string>()),
                             c.at("points").get<int>(), c.at("max_points").get<int>(),
                             c.at("message").get<std::string>(), 0, c.at("hidden").get<bool>()});
  return e;
}

}  // namespace

std::string submission_to_json(const SubmissionResult& r) {
  json exercises = json::array(), documents = json::array(), marks = json::array(),
       criteria = json::array(), areas = json::array();
  for (const auto& e : r.exercises) exercises.push_back(exercise_json(e));
  for (const auto& d : r.documents)
    documents.push_back({{"id", d.id},
                         {"file", d.file},
                         {"present", d.present},
                         {"met", d.met},
                         {"words", d.words},
                         {"missing_sections", d.missing_sections},
                         {"message", d.message}});
  for (const auto& m : r.manual_marks)
    marks.push_back({{"criterion", m.criterion}, {"points", m.points}, {"comment", m.comment}});
  for (const auto& c : r.criteria)
    criteria.push_back({{"id", c.id},
                        {"area", c.area},
                        {"title", c.title},
                        {"source", source_name(c.source)},
                        {"points", c.points},
                        {"max_points", c.max_points},
                        {"hidden", c.hidden},
                        {"manual", c.manual},
                        {"message", c.message}});
  for (const auto& a : r.areas)
    areas.push_back({{"id", a.id},
                     {"title", a.title},
                     {"weight", a.weight},
                     {"points", a.points},
                     {"max_points", a.max_points}});
  const json doc = {{"format_version", kSubmissionFormatVersion},
                    {"submission", r.name},
                    {"status", submission_status_name(r.status)},
                    {"reason", r.reason},
                    {"score", r.score},
                    {"passed", r.passed},
                    {"isolation", r.isolation},
                    {"grader_version", r.grader_version},
                    {"input_hash", r.input_hash},
                    {"seconds", r.seconds},
                    {"areas", areas},
                    {"criteria", criteria},
                    {"exercises", exercises},
                    {"documents", documents},
                    {"manual_marks", marks}};
  return doc.dump(2) + "\n";
}

SubmissionResult submission_from_json(const std::string& text, const std::string& display) {
  SubmissionResult r;
  try {
    const json j = json::parse(text);
    const int version = j.at("format_version").get<int>();
    if (version > kSubmissionFormatVersion)
      throw InputError(
          display, 0, 0, "format_version",
          "written by a newer course (format " + std::to_string(version) + "); upgrade course");
    r.name = j.at("submission").get<std::string>();
    if (!parse_submission_status(j.at("status").get<std::string>(), r.status))
      throw std::invalid_argument("unknown status");
    r.reason = j.at("reason").get<std::string>();
    r.score = j.at("score").get<double>();
    r.passed = j.at("passed").get<bool>();
    r.isolation = j.at("isolation").get<std::string>();
    r.grader_version = j.at("grader_version").get<std::string>();
    r.input_hash = j.at("input_hash").get<std::string>();
    r.seconds = j.at("seconds").get<double>();
    for (const auto& a : j.at("areas"))
      r.areas.push_back({a.at("id").get<std::string>(), a.at("title").get<std::string>(),
                         a.at("weight").get<double>(), a.at("points").get<int>(),
                         a.at("max_points").get<int>()});
    for (const auto& c : j.at("criteria")) {
      CriterionScore s;
      s.id = c.at("id").get<std::string>();
      s.area = c.at("area").get<std::string>();
      s.title = c.at("title").get<std::string>();
      s.source = parse_source(c.at("source").get<std::string>());
      s.points = c.at("points").get<int>();
      s.max_points = c.at("max_points").get<int>();
      s.hidden = c.at("hidden").get<bool>();
      s.manual = c.at("manual").get<bool>();
      s.message = c.at("message").get<std::string>();
      r.criteria.push_back(std::move(s));
    }
    for (const auto& e : j.at("exercises")) r.exercises.push_back(exercise_from(e));
    for (const auto& d : j.at("documents")) {
      DocumentResult doc;
      doc.id = d.at("id").get<std::string>();
      doc.file = d.at("file").get<std::string>();
      doc.present = d.at("present").get<bool>();
      doc.met = d.at("met").get<bool>();
      doc.words = d.at("words").get<int>();
      doc.missing_sections = d.at("missing_sections").get<std::vector<std::string>>();
      doc.message = d.at("message").get<std::string>();
      r.documents.push_back(std::move(doc));
    }
    for (const auto& m : j.at("manual_marks"))
      r.manual_marks.push_back({m.at("criterion").get<std::string>(), m.at("points").get<int>(),
                                m.at("comment").get<std::string>()});
  } catch (const InputError&) {
    throw;
  } catch (const std::exception& e) {
    throw InputError(display, 0, 0, "", std::string("not a submission result: ") + e.what());
  }
  return r;
}

void write_file_atomically(const fs::path& path, const std::string& text) {
  const fs::path temp = path.string() + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) fail_internal("cannot write " + temp.string());
  }
  std::error_code ec;
  fs::rename(temp, path, ec);
  if (ec) {
    fs::remove(temp, ec);
    fail_internal("cannot write " + path.string());
  }
}

void write_submission_json(const fs::path& path, const SubmissionResult& result) {
  write_file_atomically(path, submission_to_json(result));
}

}  // namespace course
