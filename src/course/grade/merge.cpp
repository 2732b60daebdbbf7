#include "course/grade/merge.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "course/error.hpp"
#include "course/grade/submission_json.hpp"

namespace course {
namespace fs = std::filesystem;

MergedGradebook merge_gradebooks(const std::vector<fs::path>& dirs) {
  if (dirs.empty()) fail_usage("give the output directories of the shards to merge");
  MergedGradebook merged;
  std::string version;
  std::map<std::string, fs::path> owner;  // Submission → the shard it came from.
  for (std::size_t i = 0; i < dirs.size(); ++i) {
    const Gradebook g = read_gradebook(dirs[i]);
    const std::string display = (dirs[i] / "gradebook.json").string();
    if (i == 0) {
      merged.info = g.info;
      version = g.grader_version;
    } else if (g.info.id != merged.info.id || g.info.hash != merged.info.hash) {
      throw InputError(display, 0, 0, "assessment",
                       "grades " + g.info.id + " (" + g.info.hash + ") but " + dirs[0].string() +
                           " grades " + merged.info.id + " (" + merged.info.hash +
                           "): shards must grade the same assessment");
    } else if (g.grader_version != version) {
      throw InputError(display, 0, 0, "grader_version",
                       "graded by " + g.grader_version + " but " + dirs[0].string() + " by " +
                           version + ": regrade the shards with one course version");
    }
    for (const auto& name : g.submissions) {
      const auto [it, inserted] = owner.emplace(name, dirs[i]);
      if (!inserted)
        throw InputError(display, 0, 0, "submissions",
                         "'" + name + "' is also in " + it->second.string() +
                             ": were the shards given different K/N?");
      const fs::path file = dirs[i] / "results" / (name + ".json");
      std::ifstream in(file, std::ios::binary);
      if (!in) throw InputError(file.string(), 0, 0, "", "listed in the gradebook but missing");
      std::ostringstream text;
      text << in.rdbuf();
      SubmissionResult r = submission_from_json(text.str(), file.string());
      if (r.grader_version != version)
        throw InputError(file.string(), 0, 0, "grader_version",
                         "graded by " + r.grader_version + ", the gradebook by " + version);
      merged.results.push_back(std::move(r));
    }
  }
  std::sort(merged.results.begin(), merged.results.end(),
            [](const SubmissionResult& a, const SubmissionResult& b) { return a.name < b.name; });
  return merged;
}

}  // namespace course
