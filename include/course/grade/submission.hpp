// Grading one submission of an assessment (`course grade`): every exercise through the Grader,
// every document judged in the parent, then the rubric turned into a weighted score.
//
// A submission's failure is a result: a missing directory, a file that does not compile, a
// program that loops, a symlink pointing at the instructor's files all end as a status with a
// reason. grade_submission() never throws for anything the submission contains; only the
// assessment's own content errors (InputError) and faults of this machine propagate, and the
// batch (batch.hpp) records even those per submission.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "course/content.hpp"
#include "course/grade/document_check.hpp"
#include "course/grader/grader.hpp"
#include "course/result.hpp"

namespace course {

enum class SubmissionStatus {
  kGraded,        // Everything ran; the score says how well.
  kCompileError,  // At least one exercise file did not compile (the rest was still graded).
  kTimeout,       // At least one program ran out of time (the rest was still graded).
  kMissing,       // No submission directory, or none of the files the assessment asks for.
  kError,         // Could not be graded (a link instead of a file, a fault): see reason.
};
const char* submission_status_name(SubmissionStatus status);  // "graded", "compile_error", …
// The status named `name`; false when there is none.
bool parse_submission_status(const std::string& name, SubmissionStatus& status);

struct CriterionScore {
  std::string id;
  std::string area;  // Rubric area id.
  std::string title;
  CriterionSource source = CriterionSource::kCheckpoint;
  int points = 0;
  int max_points = 0;
  bool hidden = false;  // Judged from a hidden checkpoint: feedback shows pass/fail only.
  bool manual = false;  // Points came from the instructor's manual marks.
  std::string message;  // Why points were lost ("" when full marks); hidden-safe.
};

// An instructor's mark for one criterion (--manual FILE); overrides the automatic points.
struct ManualMark {
  std::string criterion;  // Rubric criterion id.
  int points = 0;         // 0..the criterion's points.
  std::string comment;    // Shown in feedback ("" = none).
};

struct AreaScore {
  std::string id;
  std::string title;
  double weight = 0;
  int points = 0;
  int max_points = 0;
  double fraction() const { return max_points ? double(points) / max_points : 0.0; }
};

struct SubmissionResult {
  std::string name;  // The submission directory's base name; gradebook rows sort by it.
  SubmissionStatus status = SubmissionStatus::kGraded;
  std::string reason;  // Why the status is not "graded" ("" otherwise).
  double score = 0;    // Σ weight × area fraction, 0..1.
  bool passed = false;
  std::vector<AreaScore> areas;          // In rubric order.
  std::vector<CriterionScore> criteria;  // In rubric order.
  std::vector<ExerciseResult> exercises;
  std::vector<DocumentResult> documents;
  std::vector<ManualMark> manual_marks;  // Sorted by criterion id.
  std::string isolation = "none";        // Sandbox mode the programs ran in ("none" when none ran).
  std::string grader_version;            // grader_version() of the runner that graded it.
  std::string input_hash;                // submission_input_hash(); equal hash ⇒ equal result.
  double seconds = 0;                    // Wall time grading took (not part of any gradebook row).
};

struct SubmissionRequest {
  const Course* course = nullptr;
  const Assessment* assessment = nullptr;
  std::filesystem::path dir;        // The submission directory (read, never written).
  std::string name;                 // Its display name (base name).
  std::filesystem::path cache_dir;  // Build cache (under --out); shared by all submissions.
};

// "course <version> (results v<N>)": changes whenever grading may change.
std::string grader_version();

// Hash of everything the result depends on: grader version and toolchain fingerprint, the
// assessment file and each exercise's harness, header and cases, and the bytes of each submitted
// file (or that it is missing / not a regular file). --resume reuses a result with the same hash.
std::string submission_input_hash(const SubmissionRequest& request,
                                  const std::string& toolchain_fingerprint);

// Grades one submission. `grader` is used by one thread at a time.
SubmissionResult grade_submission(const SubmissionRequest& request, Grader& grader);

// Fills areas, criteria, score and passed from exercises, documents and manual_marks (a manual
// mark overrides the automatic points of the same criterion). Idempotent: call again after
// changing manual_marks.
void score_submission(const Assessment& assessment, SubmissionResult& result);

}  // namespace course
