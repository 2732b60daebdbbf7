#include "course/grade/submission.hpp"

#include <algorithm>
#include <chrono>

#include "build_config.hpp"
#include "course/error.hpp"
#include "course/grader/hash.hpp"

namespace course {
namespace fs = std::filesystem;
namespace {

// Learner sources are small; a bigger file is more likely an attempt to stall the compiler.
constexpr std::uintmax_t kMaxSourceBytes = 1u << 20;

// What a submitted path is, without following links: a link could point at the instructor's
// hidden data, which the trusted parent would then read and compile.
enum class FileKind { kMissing, kRegular, kOther, kTooLarge };

FileKind file_kind(const fs::path& path) {
  std::error_code ec;
  const auto status = fs::symlink_status(path, ec);
  if (ec || !fs::exists(status)) return FileKind::kMissing;
  if (!fs::is_regular_file(status)) return FileKind::kOther;
  if (fs::file_size(path, ec) > kMaxSourceBytes || ec) return FileKind::kTooLarge;
  return FileKind::kRegular;
}

// Every checkpoint of `exercise` with `status` and `message`, nothing compiled or run.
ExerciseResult unavailable(const Exercise& exercise, const std::string& file, Status status,
                           const std::string& message) {
  ExerciseResult r;
  r.exercise_id = exercise.id;
  r.title = exercise.title;
  r.file = file;
  r.isolation = "none";
  r.not_started = true;
  for (const auto& c : exercise.checkpoints)
    r.checkpoints.push_back({c.id, c.title, status, 0, c.points, message, 0, c.hidden});
  return r;
}

bool any_checkpoint(const ExerciseResult& r, Status status) {
  return std::any_of(r.checkpoints.begin(), r.checkpoints.end(),
                     [status](const CheckpointResult& c) { return c.status == status; });
}

// The worst status wins: error > missing > compile_error > timeout > graded.
int severity(SubmissionStatus s) {
  switch (s) {
    case SubmissionStatus::kGraded:
      return 0;
    case SubmissionStatus::kTimeout:
      return 1;
    case SubmissionStatus::kCompileError:
      return 2;
    case SubmissionStatus::kMissing:
      return 3;
    case SubmissionStatus::kError:
      return 4;
  }
  return 4;
}

void raise_status(SubmissionResult& r, SubmissionStatus status, const std::string& reason) {
  if (severity(status) <= severity(r.status)) return;
  r.status = status;
  r.reason = reason;
}

}  // namespace

const char* submission_status_name(SubmissionStatus status) {
  switch (status) {
    case SubmissionStatus::kGraded:
      return "graded";
    case SubmissionStatus::kCompileError:
      return "compile_error";
    case SubmissionStatus::kTimeout:
      return "timeout";
    case SubmissionStatus::kMissing:
      return "missing";
    case SubmissionStatus::kError:
      return "error";
  }
  return "error";
}

bool parse_submission_status(const std::string& name, SubmissionStatus& status) {
  for (const auto s :
       {SubmissionStatus::kGraded, SubmissionStatus::kCompileError, SubmissionStatus::kTimeout,
        SubmissionStatus::kMissing, SubmissionStatus::kError})
    if (name == submission_status_name(s)) {
      status = s;
      return true;
    }
  return false;
}

std::string grader_version() {
  return std::string("course ") + COURSE_VERSION + " (results v" +
         std::to_string(kResultFormatVersion) + ")";
}

std::string submission_input_hash(const SubmissionRequest& request,
                                  const std::string& toolchain_fingerprint) {
  const Course& course = *request.course;
  const Assessment& assessment = *request.assessment;
  Hasher h;
  h.add(grader_version()).add(toolchain_fingerprint).add_file(assessment.path);
  const auto add_submitted = [&](const fs::path& path) {
    switch (file_kind(path)) {
      case FileKind::kRegular:
        h.add("file").add_file(path);
        break;
      case FileKind::kMissing:
        h.add("missing");
        break;
      case FileKind::kOther:
      case FileKind::kTooLarge:
        h.add("unusable");
        break;
    }
  };
  for (const auto& e : assessment.exercises) {
    h.add(e.id).add_file(course.harness_path(e)).add_file(course.cases_path(e));
    if (!e.header.empty()) h.add_file(course.root / "exercises" / e.header);
    add_submitted(request.dir / "exercises" / e.file);
  }
  for (const auto& d : assessment.documents) add_submitted(request.dir / d.file);
  return h.hex();
}

SubmissionResult grade_submission(const SubmissionRequest& request, Grader& grader) {
  const auto start = std::chrono::steady_clock::now();
  const Assessment& assessment = *request.assessment;
  SubmissionResult r;
  r.name = request.name;
  r.grader_version = grader_version();

  std::error_code ec;
  const bool dir_ok =
      fs::is_directory(fs::symlink_status(request.dir, ec)) ||
      (fs::is_symlink(fs::symlink_status(request.dir, ec)) && fs::is_directory(request.dir, ec));
  std::size_t missing = 0;
  for (const auto& e : assessment.exercises) {
    const std::string rel = "exercises/" + e.file;
    const fs::path path = request.dir / rel;
    const FileKind kind = dir_ok ? file_kind(path) : FileKind::kMissing;
    if (kind == FileKind::kMissing) {
      ++missing;
      r.exercises.push_back(unavailable(e, rel, Status::kSkipped, rel + " is missing"));
      continue;
    }
    if (kind != FileKind::kRegular) {
      const std::string why =
          rel + (kind == FileKind::kOther ? " is not a regular file (a link or a folder)"
                                          : " is larger than 1 MiB");
      raise_status(r, SubmissionStatus::kError, why);
      r.exercises.push_back(unavailable(e, rel, Status::kError, "not graded: " + why));
      continue;
    }
    GradeRequest g;
    g.course = request.course;
    g.exercise = &e;
    g.learner_file = fs::absolute(path);
    g.learner_display = rel;
    g.cache_dir = request.cache_dir;
    try {
      r.exercises.push_back(grader.grade(g));
    } catch (const Error& err) {
      // One submission's fault never stops the batch: it becomes this submission's reason.
      raise_status(r, SubmissionStatus::kError, e.id + ": " + err.what());
      r.exercises.push_back(
          unavailable(e, rel, Status::kError, "not graded: " + std::string(err.what())));
      continue;
    }
    const ExerciseResult& graded = r.exercises.back();
    if (any_checkpoint(graded, Status::kCompileError))
      raise_status(r, SubmissionStatus::kCompileError, rel + " does not compile");
    else if (any_checkpoint(graded, Status::kTimeout))
      raise_status(r, SubmissionStatus::kTimeout, rel + " ran out of time");
  }
  for (const auto& d : assessment.documents) {
    r.documents.push_back(dir_ok ? judge_document(d, request.dir) : DocumentResult{});
    if (!dir_ok) {
      r.documents.back().id = d.id;
      r.documents.back().file = d.file;
      r.documents.back().message = d.file + " is missing";
    }
    if (!r.documents.back().present) ++missing;
  }
  if (!dir_ok)
    raise_status(r, SubmissionStatus::kMissing, "submission directory not found");
  else if (missing == assessment.exercises.size() + assessment.documents.size())
    raise_status(r, SubmissionStatus::kMissing, "none of the files the assessment asks for");

  for (const auto& e : r.exercises) {
    if (e.isolation == "degraded" || (e.isolation == "bwrap" && r.isolation == "none"))
      r.isolation = e.isolation;
  }
  score_submission(assessment, r);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace course
