// score_submission (submission.hpp): the rubric applied to a submission's results.
#include <algorithm>

#include "course/grade/submission.hpp"

namespace course {
namespace {

const CheckpointResult* find_checkpoint(const SubmissionResult& r, const std::string& exercise,
                                        const std::string& checkpoint) {
  for (const auto& e : r.exercises)
    if (e.exercise_id == exercise)
      for (const auto& c : e.checkpoints)
        if (c.id == checkpoint) return &c;
  return nullptr;
}

const DocumentResult* find_document(const SubmissionResult& r, const std::string& id) {
  for (const auto& d : r.documents)
    if (d.id == id) return &d;
  return nullptr;
}

const ManualMark* find_mark(const SubmissionResult& r, const std::string& criterion) {
  for (const auto& m : r.manual_marks)
    if (m.criterion == criterion) return &m;
  return nullptr;
}

CriterionScore automatic(const RubricCriterion& c, const SubmissionResult& r) {
  CriterionScore s;
  s.max_points = c.points;
  switch (c.source) {
    case CriterionSource::kCheckpoint: {
      const CheckpointResult* cp = find_checkpoint(r, c.exercise_id, c.checkpoint_id);
      s.hidden = cp && cp->hidden;
      if (cp && cp->status == Status::kPassed) {
        s.points = c.points;
      } else if (cp) {
        // Checkpoint messages are already hidden-safe (the grader ran without reveal_hidden).
        s.message = cp->message.empty() ? status_name(cp->status) : cp->message;
      } else {
        s.message = "not graded";
      }
      break;
    }
    case CriterionSource::kDocument: {
      const DocumentResult* d = find_document(r, c.document_id);
      if (d && d->met)
        s.points = c.points;
      else
        s.message = d ? d->message : "not judged";
      break;
    }
    case CriterionSource::kManual:
      s.message = "not marked yet";
      break;
  }
  return s;
}

}  // namespace

void score_submission(const Assessment& assessment, SubmissionResult& r) {
  r.areas.clear();
  r.criteria.clear();
  r.score = 0;
  for (const auto& area : assessment.rubric) {
    AreaScore a{area.id, area.title, area.weight, 0, 0};
    for (const auto& c : area.criteria) {
      CriterionScore s = automatic(c, r);
      s.id = c.id;
      s.area = area.id;
      s.title = c.title;
      s.source = c.source;
      if (const ManualMark* m = find_mark(r, c.id)) {
        s.points = std::clamp(m->points, 0, c.points);
        s.manual = true;
        s.message = m->comment;
      }
      a.points += s.points;
      a.max_points += s.max_points;
      r.criteria.push_back(std::move(s));
    }
    r.score += a.weight * a.fraction();
    r.areas.push_back(std::move(a));
  }
  // Weights sum to 1 only within rounding: keep the score in 0..1 exactly.
  r.score = std::clamp(r.score, 0.0, 1.0);
  r.passed = r.score + 1e-12 >= assessment.pass_mark;
}

}  // namespace course
