#include "course/grade/grade_outputs.hpp"

#include "course/grade/feedback.hpp"
#include "course/grade/feedback_html.hpp"
#include "course/grade/submission_json.hpp"

namespace course {

void write_grade_outputs(const AssessmentInfo& info, const std::filesystem::path& out_dir,
                         const std::vector<SubmissionResult>& results,
                         const std::string& generated_at) {
  std::filesystem::create_directories(out_dir);
  write_file_atomically(out_dir / "gradebook.csv", gradebook_csv(info, results));
  write_file_atomically(out_dir / "gradebook.json", gradebook_json(info, results, generated_at));
  std::filesystem::create_directories(out_dir / "feedback");
  std::filesystem::create_directories(out_dir / "results");
  for (const auto& r : results) {
    // With manual marks applied: what the gradebook shows, and what a merge reads back.
    write_submission_json(out_dir / "results" / (r.name + ".json"), r);
    write_file_atomically(out_dir / "feedback" / (r.name + ".md"), feedback_markdown(info, r));
    write_file_atomically(out_dir / "feedback" / (r.name + ".html"), feedback_html(info, r));
  }
  write_file_atomically(out_dir / "summary.md", summary_markdown(info, results));
  write_file_atomically(out_dir / "summary.html", summary_html(info, results));
}

}  // namespace course
