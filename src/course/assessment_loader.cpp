// Loads an assessment file (docs/assessment-schema.md): the exercise schema plus documents, a
// weighted rubric and a pass mark. Every error is an InputError naming file:line:column and the
// field, like the module loader's.
#include "assessment_loader.hpp"

#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "course/content_loader.hpp"
#include "course/error.hpp"
#include "exercise_loader.hpp"
#include "yaml_node.hpp"

namespace course {
namespace {

using yaml::Node;

constexpr int kSchemaVersion = 1;
// Weights are decimals written by people (0.3 + 0.7): equal within this is equal.
constexpr double kWeightTolerance = 1e-9;

// A path relative to the submission root that cannot leave it: documents are read from
// instructors' copies of learner directories, so "../../etc/passwd" must not even be expressible.
std::string submission_file(const Node& n) {
  const std::string rel = n.str();
  const std::filesystem::path p(rel);
  if (rel.empty() || p.is_absolute()) n.fail("must be a relative path inside the submission");
  for (const auto& part : p)
    if (part == ".." || part == ".") n.fail("must not contain '..' or '.'");
  return rel;
}

DocumentRequirement load_document(const Node& n) {
  n.expect_map({"id", "file", "sections", "min_words"});
  DocumentRequirement d;
  d.id = n.str("id");
  d.file = submission_file(n.at("file"));
  for (const auto& s : n.seq("sections", false)) {
    const std::string text = s.str();
    if (text.find_first_not_of(" \t") == std::string::npos) s.fail("a section title is empty");
    d.sections.push_back(text);
  }
  d.min_words = n.integer("min_words", 0, 0, 100000);
  return d;
}

RubricCriterion load_criterion(const Node& n, const Assessment& a) {
  n.expect_map({"id", "title", "points", "checkpoint", "document", "manual"});
  RubricCriterion c;
  c.id = n.str("id");
  c.title = n.str_or("title", "");
  c.points = n.integer("points", 1, 1, 1000);
  const bool manual = n.boolean("manual", false);
  if (n.has("manual") && !manual) n.at("manual").fail("is false; leave it out instead");
  if (int(n.has("checkpoint")) + int(n.has("document")) + int(manual) != 1)
    n.fail("give exactly one of 'checkpoint', 'document' or 'manual: true'");
  if (n.has("checkpoint")) {
    const Node ref = n.at("checkpoint");
    const std::string text = ref.str();
    const auto slash = text.find('/');
    if (slash == std::string::npos || slash == 0 || slash + 1 == text.size())
      ref.fail("'" + text + "' is not 'exercise/checkpoint' (e.g. " + a.id + ".1/missing-values)");
    c.source = CriterionSource::kCheckpoint;
    c.exercise_id = text.substr(0, slash);
    c.checkpoint_id = text.substr(slash + 1);
    const Exercise* e = a.find_exercise(c.exercise_id);
    if (!e) ref.fail("no exercise '" + c.exercise_id + "' in this assessment");
    bool found = false;
    for (const auto& cp : e->checkpoints) found = found || cp.id == c.checkpoint_id;
    if (!found)
      ref.fail("exercise " + c.exercise_id + " has no checkpoint '" + c.checkpoint_id + "'");
    if (c.title.empty())
      for (const auto& cp : e->checkpoints)
        if (cp.id == c.checkpoint_id) c.title = cp.title;
  } else if (n.has("document")) {
    const Node ref = n.at("document");
    c.source = CriterionSource::kDocument;
    c.document_id = ref.str();
    const DocumentRequirement* d = a.find_document(c.document_id);
    if (!d) ref.fail("no document '" + c.document_id + "' in this assessment's documents");
    if (c.title.empty()) c.title = d->file + " is complete";
  } else {
    c.source = CriterionSource::kManual;
    if (c.title.empty()) n.fail("a manual criterion needs a 'title' saying what to judge");
  }
  return c;
}

RubricArea load_area(const Node& n, const Assessment& a, std::set<std::string>& criterion_ids) {
  n.expect_map({"id", "title", "weight", "criteria"});
  RubricArea area;
  area.id = n.str("id");
  area.title = n.str("title");
  if (!n.has("weight")) n.fail("missing required field 'weight'");
  area.weight = n.number("weight", 0, 0, 1);
  if (area.weight <= 0) n.at("weight").fail("must be more than 0");
  for (const auto& cn : n.seq("criteria", true)) {
    RubricCriterion c = load_criterion(cn, a);
    if (!criterion_ids.insert(c.id).second)
      cn.at("id").fail("duplicate criterion id '" + c.id + "'");
    area.criteria.push_back(std::move(c));
  }
  if (area.criteria.empty()) n.at("criteria").fail("give at least one criterion");
  return area;
}

}  // namespace

Assessment load_assessment(const std::filesystem::path& root, const std::filesystem::path& path,
                           const std::string& display, std::set<std::string>& exercise_ids,
                           const std::string& expected_id) {
  const Node n = yaml::load_yaml_file(path, display, kSchemaVersion);
  n.expect_map({"schema_version", "id", "title", "pass_mark", "time_box_minutes", "instructions",
                "exercises", "documents", "rubric"});
  Assessment a;
  a.id = n.str("id");
  if (!expected_id.empty() && a.id != expected_id)
    n.at("id").fail("is '" + a.id + "' but course.yaml lists this file as '" + expected_id + "'");
  a.title = n.str("title");
  a.file = display;
  a.path = path;
  if (!n.has("pass_mark")) n.fail("missing required field 'pass_mark'");
  a.pass_mark = n.number("pass_mark", 0, 0, 1);
  a.time_box_minutes = n.integer("time_box_minutes", 0, 0, 100000);
  a.instructions = n.str_or("instructions", "");

  const std::string prefix = a.id + ".";
  for (const auto& en : n.seq("exercises", false)) {
    Exercise e = load_exercise(en, root);
    if (e.id.rfind(prefix, 0) != 0 || e.id.size() == prefix.size())
      en.at("id").fail("exercise ids in assessment " + a.id + " look like '" + prefix + "1'");
    if (!exercise_ids.insert(e.id).second) en.at("id").fail("duplicate exercise id '" + e.id + "'");
    a.exercises.push_back(std::move(e));
  }
  std::set<std::string> ids;
  for (const auto& dn : n.seq("documents", false)) {
    DocumentRequirement d = load_document(dn);
    if (!ids.insert(d.id).second) dn.at("id").fail("duplicate document id '" + d.id + "'");
    a.documents.push_back(std::move(d));
  }
  if (a.exercises.empty() && a.documents.empty())
    n.fail("an assessment needs at least one exercise or document");

  std::set<std::string> area_ids, criterion_ids;
  double total = 0;
  for (const auto& rn : n.seq("rubric", true)) {
    RubricArea area = load_area(rn, a, criterion_ids);
    if (!area_ids.insert(area.id).second)
      rn.at("id").fail("duplicate rubric area id '" + area.id + "'");
    total += area.weight;
    a.rubric.push_back(std::move(area));
  }
  if (a.rubric.empty()) n.at("rubric").fail("give at least one rubric area");
  if (std::abs(total - 1.0) > kWeightTolerance) {
    char sum[32];
    std::snprintf(sum, sizeof sum, "%.6g", total);
    n.at("rubric").fail(std::string("area weights sum to ") + sum + "; they must sum to 1");
  }
  return a;
}

Assessment load_assessment_file(const Course& course, const std::filesystem::path& path) {
  std::set<std::string> taken;
  for (const auto* e : course.exercises()) taken.insert(e->id);
  return load_assessment(course.root, path, path.string(), taken, "");
}

}  // namespace course
