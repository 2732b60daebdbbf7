#include "course/grade/feedback_html.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

#include "course/grade/feedback.hpp"

namespace course {
namespace {

constexpr const char* kStyle =
    "body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;"
    "color:#222}table{border-collapse:collapse}td,th{padding:.25rem .6rem;border-bottom:1px solid "
    "#ddd;text-align:left}.ok{color:#17692c}.no{color:#b3261e}pre{background:#f5f5f5;padding:.6rem;"
    "overflow-x:auto}.muted{color:#666}";

std::string page(const std::string& title, const std::string& body) {
  return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" +
         html_escape(title) + "</title><style>" + kStyle + "</style></head><body>\n" + body +
         "</body></html>\n";
}

std::string number(double value, const char* format = "%.1f") {
  char text[32];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

// Horizontal bars, one per (label, fraction 0..1), with the value printed at the bar's end.
std::string bar_chart(const std::vector<std::pair<std::string, double>>& bars,
                      const std::string& caption) {
  constexpr int kLabel = 260, kBar = 300, kRow = 24;
  const int height = int(bars.size()) * kRow + 8;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" +
                    std::to_string(kLabel + kBar + 70) + "\" height=\"" + std::to_string(height) +
                    "\"><title>" + html_escape(caption) + "</title>";
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const int y = int(i) * kRow + 4;
    const double f = std::clamp(bars[i].second, 0.0, 1.0);
    svg += "<text x=\"0\" y=\"" + std::to_string(y + 15) + "\" font-size=\"13\">" +
           html_escape(bars[i].first.substr(0, 40)) + "</text>";
    svg += "<rect x=\"" + std::to_string(kLabel) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
           std::to_string(kBar) + "\" height=\"18\" fill=\"#eee\"/>";
    svg += "<rect x=\"" + std::to_string(kLabel) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
           number(kBar * f, "%.1f") + "\" height=\"18\" fill=\"" +
           (f >= 0.999 ? "#2e7d32" : "#1565c0") + "\"/>";
    svg += "<text x=\"" + std::to_string(kLabel + kBar + 6) + "\" y=\"" + std::to_string(y + 15) +
           "\" font-size=\"13\">" + number(100 * f) + "%</text>";
  }
  return svg + "</svg>\n";
}

// Counts of scores in ten bins [0,10%) … [90%,100%] as vertical bars.
std::string histogram(const std::vector<SubmissionResult>& rows) {
  int bins[10] = {0};
  for (const auto& r : rows) ++bins[std::min(9, int(r.score * 10 + 1e-9))];
  const int top = std::max(1, *std::max_element(bins, bins + 10));
  constexpr int kWidth = 40, kHeight = 120;
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" +
                    std::to_string(10 * kWidth + 10) + "\" height=\"" +
                    std::to_string(kHeight + 40) + "\"><title>Score histogram</title>";
  for (int i = 0; i < 10; ++i) {
    const int h = kHeight * bins[i] / top;
    const int x = 5 + i * kWidth;
    svg += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(kHeight - h + 10) +
           "\" width=\"" + std::to_string(kWidth - 4) + "\" height=\"" + std::to_string(h) +
           "\" fill=\"#1565c0\"/>";
    svg += "<text x=\"" + std::to_string(x + 12) + "\" y=\"" + std::to_string(kHeight - h + 6) +
           "\" font-size=\"12\">" + std::to_string(bins[i]) + "</text>";
    svg += "<text x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(kHeight + 28) +
           "\" font-size=\"11\">" + std::to_string(i * 10) + "%</text>";
  }
  return svg + "</svg>\n";
}

struct CriterionRate {
  std::string id, title;
  int full = 0, total = 0;
};

std::vector<CriterionRate> pass_rates(const std::vector<SubmissionResult>& rows) {
  std::vector<CriterionRate> rates;
  for (const auto& r : rows)
    for (const auto& c : r.criteria) {
      auto it = std::find_if(rates.begin(), rates.end(),
                             [&](const CriterionRate& x) { return x.id == c.id; });
      if (it == rates.end()) {
        rates.push_back({c.id, c.title, 0, 0});
        it = rates.end() - 1;
      }
      ++it->total;
      if (c.points == c.max_points) ++it->full;
    }
  return rates;
}

// The five slowest, slowest first (ties by name, so the order is stable).
std::vector<const SubmissionResult*> slowest(const std::vector<SubmissionResult>& rows) {
  std::vector<const SubmissionResult*> out;
  for (const auto& r : rows) out.push_back(&r);
  std::sort(out.begin(), out.end(), [](const SubmissionResult* a, const SubmissionResult* b) {
    return a->seconds != b->seconds ? a->seconds > b->seconds : a->name < b->name;
  });
  if (out.size() > 5) out.resize(5);
  return out;
}

}  // namespace

std::string html_escape(const std::string& text) {
  std::string out;
  for (const char ch : text) switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  return out;
}

std::string feedback_html(const AssessmentInfo& info, const SubmissionResult& r) {
  std::string b = "<h1>" + html_escape(info.title) + "</h1>\n<p>Feedback for <b>" +
                  html_escape(r.name) + "</b>: score <b>" + percent(r.score) + "</b> (pass mark " +
                  percent(info.pass_mark) + ") — <b class=\"" +
                  (r.passed ? "ok\">passed" : "no\">not passed") +
                  "</b>. Status: " + submission_status_name(r.status) +
                  (r.reason.empty() ? "" : " (" + html_escape(r.reason) + ")") + ".</p>\n";
  b += "<p class=\"muted\">Graded by " + html_escape(r.grader_version) + ", isolation " +
       html_escape(r.isolation) +
       (info.time_box_minutes ? ", time box " + std::to_string(info.time_box_minutes) + " min"
                              : "") +
       ".</p>\n<h2>Score breakdown</h2>\n";
  std::vector<std::pair<std::string, double>> bars;
  for (const auto& a : r.areas) bars.push_back({a.title, a.fraction()});
  b += bar_chart(bars, "Score per rubric area");
  b += "<table><tr><th>area</th><th>weight</th><th>points</th><th>contributes</th></tr>\n";
  for (const auto& a : r.areas)
    b += "<tr><td>" + html_escape(a.title) + "</td><td>" + percent(a.weight) + "</td><td>" +
         std::to_string(a.points) + "/" + std::to_string(a.max_points) + "</td><td>" +
         percent(a.weight * a.fraction()) + "</td></tr>\n";
  b += "</table>\n<h2>Criteria</h2>\n<ul>\n";
  for (const auto& c : r.criteria) {
    const bool full = c.points == c.max_points;
    b += std::string("<li><span class=\"") + (full ? "ok\">✓" : "no\">✗") + "</span> " +
         html_escape(c.title) + " — " + std::to_string(c.points) + "/" +
         std::to_string(c.max_points) + (c.hidden ? " (hidden check)" : "") +
         (c.manual ? " (marked by the instructor)" : "");
    if (!c.hidden && !c.message.empty()) b += ": " + html_escape(c.message);
    b += "</li>\n";
  }
  b += "</ul>\n";
  for (const auto& e : r.exercises) {
    b += "<h2>" + html_escape(e.exercise_id + " " + e.title) + "</h2>\n<ul>\n";
    for (const auto& c : e.checkpoints) {
      const bool ok = c.status == Status::kPassed;
      b += std::string("<li><span class=\"") + (ok ? "ok\">✓" : "no\">✗") + "</span> " +
           html_escape(c.title) + " — " +
           (c.hidden ? (ok ? "passed" : "failed") : status_name(c.status));
      if (!c.hidden && !ok && !c.message.empty()) b += ": " + html_escape(c.message);
      b += "</li>\n";
    }
    b += "</ul>\n";
    if (!e.compiler_output.empty()) b += "<pre>" + html_escape(e.compiler_output) + "</pre>\n";
  }
  if (!r.documents.empty()) {
    b += "<h2>Documents</h2>\n<ul>\n";
    for (const auto& d : r.documents)
      b += std::string("<li><span class=\"") + (d.met ? "ok\">✓" : "no\">✗") + "</span> " +
           html_escape(d.file) + (d.present ? " (" + std::to_string(d.words) + " words)" : "") +
           (d.message.empty() ? "" : ": " + html_escape(d.message)) + "</li>\n";
    b += "</ul>\n";
  }
  return page(info.title + ": " + r.name, b);
}

std::string summary_markdown(const AssessmentInfo& info,
                             const std::vector<SubmissionResult>& rows) {
  std::map<std::string, int> statuses;
  int passed = 0;
  for (const auto& r : rows) {
    ++statuses[submission_status_name(r.status)];
    passed += r.passed;
  }
  std::string out = "# " + info.title + ": cohort summary\n\n" + std::to_string(rows.size()) +
                    " submissions, " + std::to_string(passed) + " passed (pass mark " +
                    percent(info.pass_mark) + ").\n\n## Statuses\n\n";
  for (const auto& [status, count] : statuses)
    out += "- " + status + ": " + std::to_string(count) + "\n";
  out += "\n## Score histogram\n\n| score | submissions |\n| --- | ---: |\n";
  int bins[10] = {0};
  for (const auto& r : rows) ++bins[std::min(9, int(r.score * 10 + 1e-9))];
  for (int i = 0; i < 10; ++i)
    out += "| " + std::to_string(i * 10) + "–" + std::to_string(i * 10 + 10) + "% | " +
           std::to_string(bins[i]) + " |\n";
  out += "\n## Criteria (share with full points)\n\n| criterion | full points |\n| --- | ---: |\n";
  for (const auto& c : pass_rates(rows))
    out += "| " + c.title + " | " + std::to_string(c.full) + "/" + std::to_string(c.total) + " |\n";
  // Last, because durations differ from run to run (and between sharded and unsharded runs).
  out += "\n## Slowest submissions\n\n";
  for (const auto* r : slowest(rows)) out += "- " + r->name + ": " + number(r->seconds) + " s\n";
  return out;
}

std::string summary_html(const AssessmentInfo& info, const std::vector<SubmissionResult>& rows) {
  int passed = 0;
  for (const auto& r : rows) passed += r.passed;
  std::string b = "<h1>" + html_escape(info.title) + ": cohort summary</h1>\n<p>" +
                  std::to_string(rows.size()) + " submissions, " + std::to_string(passed) +
                  " passed (pass mark " + percent(info.pass_mark) + ").</p>\n";
  b += "<h2>Score histogram</h2>\n" + histogram(rows);
  std::vector<std::pair<std::string, double>> bars;
  for (const auto& c : pass_rates(rows))
    bars.push_back({c.title, c.total ? double(c.full) / c.total : 0.0});
  b += "<h2>Per-criterion pass rates</h2>\n" + bar_chart(bars, "Share with full points");
  b += "<h2>Submissions</h2>\n<table><tr><th>submission</th><th>status</th><th>score</th>"
       "<th>passed</th></tr>\n";
  for (const auto& r : rows)
    b += "<tr><td><a href=\"feedback/" + html_escape(r.name) + ".html\">" + html_escape(r.name) +
         "</a></td><td>" + submission_status_name(r.status) + "</td><td>" + percent(r.score) +
         "</td><td>" + (r.passed ? "yes" : "no") + "</td></tr>\n";
  b += "</table>\n<h2>Slowest submissions</h2>\n<ol>\n";
  for (const auto* r : slowest(rows))
    b += "<li>" + html_escape(r->name) + ": " + number(r->seconds) + " s</li>\n";
  return page(info.title + ": cohort summary", b + "</ol>\n");
}

}  // namespace course
