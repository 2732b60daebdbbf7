// Assessments (checkpoint exams, capstones) as plain values: what an assessment file under
// modules/ describes (schema: docs/assessment-schema.md).
//
// An assessment reuses the exercise schema (its exercises are graded exactly like a module's) and
// adds what an instructor needs to turn checkpoint results into a mark: documents the submission
// must contain, a weighted rubric and a pass mark. Loaded and validated by load_course()
// (content_loader.hpp) or load_assessment_file(); everything here is already checked.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace course {

// Defined in content.hpp, which includes this header; std::vector may name an incomplete type
// (C++17) as long as it is complete wherever an Assessment is built or destroyed.
struct Exercise;

// A file the submission must contain at its root (e.g. MODEL_CARD.md). Judged in the trusted
// parent by reading it: never compiled, never executed.
struct DocumentRequirement {
  std::string id;                     // Unique within the assessment, e.g. "model-card".
  std::string file;                   // Relative to the submission root, e.g. "MODEL_CARD.md".
  std::vector<std::string> sections;  // Markdown headings that must appear (any level, exact
                                      // text, compared ignoring case and surrounding spaces).
  int min_words = 0;                  // Whitespace-separated words in the whole file.
};

// What a rubric criterion is judged from.
enum class CriterionSource {
  kCheckpoint,  // "exercise/checkpoint": full points when that checkpoint passed.
  kDocument,    // A document id: full points when the document meets its requirement.
  kManual,      // An instructor's mark from a --manual file (0 until given).
};

struct RubricCriterion {
  std::string id;  // Unique within the assessment; manual files name criteria by this id.
  std::string title;
  CriterionSource source = CriterionSource::kCheckpoint;
  std::string exercise_id;    // kCheckpoint: e.g. "checkpoint-1.1".
  std::string checkpoint_id;  // kCheckpoint: e.g. "missing-values".
  std::string document_id;    // kDocument.
  int points = 1;
};

struct RubricArea {
  std::string id;  // Unique within the assessment; a gradebook column.
  std::string title;
  double weight = 0;  // The area's share of the total; the areas' weights sum to 1.
  std::vector<RubricCriterion> criteria;
  int max_points() const;
};

struct Assessment {
  std::string id;  // As course.yaml names it, e.g. "checkpoint-1".
  std::string title;
  bool planned = false;             // Listed so level criteria can name it; no content yet.
  std::string file;                 // YAML file relative to modules/ ("" when planned).
  std::filesystem::path path;       // The file it was loaded from (for hashing; "" when planned).
  double pass_mark = 0;             // 0..1 of the weighted score.
  int time_box_minutes = 0;         // Shown to learners, not enforced.
  std::string instructions;         // Markdown.
  std::vector<Exercise> exercises;  // Ids "<assessment-id>.<k>".
  std::vector<DocumentRequirement> documents;
  std::vector<RubricArea> rubric;

  const Exercise* find_exercise(const std::string& exercise_id) const;
  const DocumentRequirement* find_document(const std::string& document_id) const;
};

}  // namespace course
