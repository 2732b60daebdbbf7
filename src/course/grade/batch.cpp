#include "course/grade/batch.hpp"

#include <algorithm>
#include <exception>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <sstream>

#include "course/error.hpp"
#include "course/grade/submission_json.hpp"
#include "course/grader/hash.hpp"
#include "course/parallel_for.hpp"

namespace course {
namespace fs = std::filesystem;
namespace {

struct Job {
  SubmissionRequest request;
  std::string input_hash;
};

// A previous run's result for this job, when --resume may use it.
bool reuse(const fs::path& file, const std::string& input_hash, SubmissionResult& out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  std::ostringstream text;
  text << in.rdbuf();
  try {
    out = submission_from_json(text.str(), file.string());
  } catch (const Error&) {
    return false;  // A damaged cache entry is graded again, not an error.
  }
  // An error may have been this machine's fault (no compiler, a full disk): grade it again.
  return out.input_hash == input_hash && out.grader_version == grader_version() &&
         out.status != SubmissionStatus::kError;
}

SubmissionResult failed_result(const Job& job, const std::string& why) {
  SubmissionResult r;
  r.name = job.request.name;
  r.status = SubmissionStatus::kError;
  r.reason = why;
  r.grader_version = grader_version();
  score_submission(*job.request.assessment, r);
  return r;
}

}  // namespace

void BatchOptions::validate() const {
  if (jobs < 1 || jobs > 256) fail_usage("--jobs must be between 1 and 256");
  if (shards < 1 || shard < 1 || shard > shards) fail_usage("--shard must be K/N with 1 <= K <= N");
  if (out_dir.empty()) fail_usage("--out: give an output directory");
}

void parse_shard(const std::string& text, int& shard, int& shards) {
  const auto slash = text.find('/');
  const auto digits = [](const std::string& s) {
    return !s.empty() && s.size() < 6 && s.find_first_not_of("0123456789") == std::string::npos;
  };
  const std::string k = slash == std::string::npos ? "" : text.substr(0, slash);
  const std::string n = slash == std::string::npos ? "" : text.substr(slash + 1);
  if (!digits(k) || !digits(n)) fail_usage("--shard '" + text + "': expected K/N, e.g. 1/4");
  shard = std::stoi(k);
  shards = std::stoi(n);
  if (shards < 1 || shard < 1 || shard > shards)
    fail_usage("--shard '" + text + "': K must be between 1 and N");
}

int shard_of(const std::string& name, int shards) {
  const std::string hex = Hasher().add(name).hex();
  return int(std::stoull(hex, nullptr, 16) % std::uint64_t(shards)) + 1;
}

std::vector<std::string> submission_names(const std::vector<fs::path>& dirs) {
  std::vector<std::string> names;
  std::map<std::string, fs::path> seen;
  for (const auto& dir : dirs) {
    fs::path p = dir;
    if (!p.has_filename()) p = p.parent_path();  // "ws-alice/" names ws-alice.
    const std::string name = p.filename().string();
    if (name.empty() || name == "." || name == "..")
      fail_usage("submission '" + dir.string() + "': give the directory by a name of its own");
    const auto [it, inserted] = seen.emplace(name, dir);
    if (!inserted)
      fail_usage("submissions '" + it->second.string() + "' and '" + dir.string() +
                 "' have the same name '" + name + "': gradebook rows are named by directory");
    names.push_back(name);
  }
  return names;
}

std::vector<SubmissionResult> grade_batch(
    const Course& course, const Assessment& assessment, const std::vector<fs::path>& dirs,
    const BatchOptions& options, const SubmissionGraderFactory& make_grader,
    const std::function<void(const BatchProgress&)>& on_done) {
  options.validate();
  const std::vector<std::string> names = submission_names(dirs);
  std::vector<Job> jobs;
  for (std::size_t i = 0; i < dirs.size(); ++i) {
    if (shard_of(names[i], options.shards) != options.shard) continue;
    Job job;
    job.request.course = &course;
    job.request.assessment = &assessment;
    // Absolute: the sandbox runs compilers and programs in directories of their own.
    job.request.dir = fs::absolute(dirs[i]);
    job.request.name = names[i];
    job.request.cache_dir = fs::absolute(options.out_dir) / "cache";
    job.input_hash = submission_input_hash(job.request, options.toolchain_fingerprint);
    jobs.push_back(std::move(job));
  }
  // Sorted by name, so results, gradebooks and the order of work are the same on every run.
  std::sort(jobs.begin(), jobs.end(),
            [](const Job& a, const Job& b) { return a.request.name < b.request.name; });

  const fs::path results_dir = options.out_dir / "results";
  fs::create_directories(results_dir);
  std::vector<SubmissionResult> results(jobs.size());
  std::mutex lock;
  std::size_t done = 0;
  const auto finish = [&](std::size_t i, bool reused) {
    std::lock_guard<std::mutex> guard(lock);
    ++done;
    if (on_done) on_done({done, jobs.size(), &results[i], reused});
  };

  std::vector<std::size_t> pending;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const fs::path cached = results_dir / (jobs[i].request.name + ".json");
    if (options.resume && reuse(cached, jobs[i].input_hash, results[i]))
      finish(i, true);
    else
      pending.push_back(i);
  }

  // Writing a result can fail (disk full…): then the batch cannot go on, and parallel_for stops.
  parallel_for(pending.size(), options.jobs, [&]() -> IndexWork {
    SubmissionGrader grade;
    std::string setup_error;
    try {
      grade = make_grader();
    } catch (const std::exception& e) {
      setup_error = e.what();  // Every submission of this worker gets the reason as an error.
    }
    return [&, grade, setup_error](std::size_t k) {
      const std::size_t i = pending[k];
      const Job& job = jobs[i];
      SubmissionResult r;
      try {
        if (!setup_error.empty()) throw std::runtime_error(setup_error);
        r = grade(job.request);
      } catch (const std::exception& e) {
        r = failed_result(job, e.what());
      }
      r.input_hash = job.input_hash;
      write_submission_json(results_dir / (job.request.name + ".json"), r);
      results[i] = std::move(r);
      finish(i, false);
    };
  });
  return results;
}

}  // namespace course
