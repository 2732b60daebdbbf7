// Markdown and HTML renderings of a Certificate. The HTML is one file a learner can mail or
// archive: inline CSS, no scripts, fonts, images or links to fetch.
#include <cmath>
#include <string>

#include "course/certificate.hpp"
#include "course/grade/feedback_html.hpp"  // html_escape

namespace course {
namespace {

std::string percent(double fraction) {
  return std::to_string(int(std::lround(fraction * 100))) + "%";
}

// "2026-11-23T08:15:00Z" → "2026-11-23"; "" → "—".
std::string day(const std::string& iso) { return iso.empty() ? "—" : iso.substr(0, 10); }

std::string passed_text(const Certificate::ScoreLine& s) {
  return s.passed_at.empty() ? "not passed" : "passed " + day(s.passed_at);
}

// Markdown: backslash-escape the characters that make emphasis, links, code, table cells, entities
// or HTML anywhere in a line, so a name like "*Ada* <b>" shows as typed (every text here sits
// mid-line, so line-start markers such as # or - need nothing); a line break would end a table
// row, so it becomes a space.
std::string md(const std::string& text) {
  std::string out;
  for (char ch : text) {
    if (ch == '\n' || ch == '\r') {
      out += ' ';
      continue;
    }
    if (std::string("\\`*_[]<>|&~").find(ch) != std::string::npos) out += '\\';
    out += ch;
  }
  return out;
}

std::string md_scores(const std::string& heading, const std::vector<Certificate::ScoreLine>& rows) {
  if (rows.empty()) return "";
  std::string out = "\n## " + heading +
                    "\n\n| id | title | best score | attempts | result |\n"
                    "| --- | --- | --- | --- | --- |\n";
  for (const auto& s : rows)
    out += "| " + md(s.id) + " | " + md(s.title) + " | " + percent(s.best_score) + " | " +
           std::to_string(s.attempts) + " | " + md(passed_text(s)) + " |\n";
  return out;
}

std::string html_scores(const std::string& heading,
                        const std::vector<Certificate::ScoreLine>& rows) {
  if (rows.empty()) return "";
  std::string out = "<h2>" + heading +
                    "</h2>\n<table>\n<tr><th>id</th><th>title</th><th>best score</th>"
                    "<th>attempts</th><th>result</th></tr>\n";
  for (const auto& s : rows)
    out += "<tr><td>" + html_escape(s.id) + "</td><td>" + html_escape(s.title) + "</td><td>" +
           percent(s.best_score) + "</td><td>" + std::to_string(s.attempts) + "</td><td>" +
           html_escape(passed_text(s)) + "</td></tr>\n";
  return out + "</table>\n";
}

constexpr const char* kStyle = R"(body{font-family:Georgia,serif;max-width:52rem;margin:2rem auto;
padding:2rem 3rem;border:6px double #2b4a6f;color:#1d2733;background:#fdfbf5}
h1{text-align:center;color:#2b4a6f;font-size:2.2rem;margin-bottom:.2rem}
.sub{text-align:center;color:#55606e;margin-top:0}
.name{text-align:center;font-size:2rem;margin:1.5rem 0 .3rem;border-bottom:1px solid #9fb0c4}
.level{text-align:center;font-size:1.3rem}
h2{color:#2b4a6f;border-bottom:1px solid #c9d3de;margin-top:2rem;font-size:1.2rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #e1e6ec}
th{background:#eef2f7}
td:last-child{white-space:nowrap}
footer{margin-top:2rem;color:#55606e;font-size:.85rem;text-align:center})";

}  // namespace

std::string certificate_markdown(const Certificate& c) {
  std::string out = "# Certificate of achievement\n\n";
  out += "**" + md(c.learner) + "** reached level " + std::to_string(c.level) + ", **" +
         md(c.level_name) + "**, on " + md(day(c.level_reached_at)) + " in *" + md(c.course_title) +
         "* (course " + md(c.course_id) + ", version " + md(c.course_version) + ").\n";
  out += "\n## Modules\n\n| module | title | completed |\n| --- | --- | --- |\n";
  for (const auto& m : c.modules)
    out += "| " + std::to_string(m.number) + " | " + md(m.title) + " | " + md(day(m.completed_at)) +
           " |\n";
  out += "\n## Exercises (best scores)\n\n| exercise | title | best score |\n| --- | --- | --- |\n";
  for (const auto& e : c.exercises)
    out += "| " + md(e.id) + " | " + md(e.title) + " | " + std::to_string(e.best_score) + "/" +
           std::to_string(e.max_score) + " |\n";
  out += md_scores("Quizzes", c.quizzes);
  out += md_scores("Exams", c.exams);
  out += c.capstone.empty() ? "\n## Capstone\n\nNo capstone score recorded.\n"
                            : md_scores("Capstone", c.capstone);
  out +=
      "\nIssued " + md(day(c.issued_at)) + " by `course` from the learner's recorded progress.\n";
  return out;
}

std::string certificate_html(const Certificate& c) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<title>Certificate: " + html_escape(c.learner) + " — " + html_escape(c.course_title) +
         "</title>\n";
  out += std::string("<style>") + kStyle + "</style>\n</head>\n<body>\n";
  out += "<h1>Certificate of achievement</h1>\n<p class=\"sub\">" + html_escape(c.course_title) +
         " · course " + html_escape(c.course_id) + ", version " + html_escape(c.course_version) +
         "</p>\n";
  out += "<p class=\"name\">" + html_escape(c.learner) + "</p>\n";
  out += "<p class=\"level\">reached level " + std::to_string(c.level) + ", <strong>" +
         html_escape(c.level_name) + "</strong>, on " + html_escape(day(c.level_reached_at)) +
         "</p>\n";
  out += "<h2>Modules</h2>\n<table>\n<tr><th>module</th><th>title</th><th>completed</th></tr>\n";
  for (const auto& m : c.modules)
    out += "<tr><td>" + std::to_string(m.number) + "</td><td>" + html_escape(m.title) +
           "</td><td>" + html_escape(day(m.completed_at)) + "</td></tr>\n";
  out +=
      "</table>\n<h2>Exercises (best scores)</h2>\n<table>\n"
      "<tr><th>exercise</th><th>title</th><th>best score</th></tr>\n";
  for (const auto& e : c.exercises)
    out += "<tr><td>" + html_escape(e.id) + "</td><td>" + html_escape(e.title) + "</td><td>" +
           std::to_string(e.best_score) + "/" + std::to_string(e.max_score) + "</td></tr>\n";
  out += "</table>\n";
  out += html_scores("Quizzes", c.quizzes);
  out += html_scores("Exams", c.exams);
  out += c.capstone.empty() ? "<h2>Capstone</h2>\n<p>No capstone score recorded.</p>\n"
                            : html_scores("Capstone", c.capstone);
  out += "<footer>Issued " + html_escape(day(c.issued_at)) +
         " by <code>course</code> from the learner's recorded progress.</footer>\n";
  return out + "</body>\n</html>\n";
}

}  // namespace course
