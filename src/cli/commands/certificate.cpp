// course certificate [--out DIR] [--name NAME]: once the learner is Proficient, writes
// certificate.md and a self-contained certificate.html. Below that: exit 1 with what is missing
// (the input is fine; the learner is not there yet).
#include <fmt/core.h>
#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <optional>

#include "../command.hpp"
#include "../output_file.hpp"
#include "course/certificate.hpp"
#include "course/error.hpp"
#include "course/learner_session.hpp"
#include "course/levels.hpp"
#include "course/report_json.hpp"

namespace course::cli {
namespace {

constexpr std::size_t kMaxNameBytes = 200;

// The account's full name (the first GECOS field), else its login name, else $USER.
std::string default_learner_name() {
  if (const passwd* pw = ::getpwuid(::getuid())) {
    const std::string gecos = pw->pw_gecos ? pw->pw_gecos : "";
    const std::string full = gecos.substr(0, gecos.find(','));
    if (!full.empty()) return full;
    if (pw->pw_name && *pw->pw_name) return pw->pw_name;
  }
  const char* user = std::getenv("USER");
  return user && *user ? user : "";
}

// A level's name from course.yaml; a course may define fewer levels than kCertificateLevel.
std::string level_name(const Course& course, int level) {
  return level < int(course.levels.size()) ? course.levels[std::size_t(level)].name
                                           : "not defined in this course";
}

class CertificateCommand : public Command {
 public:
  const char* name() const override { return "certificate"; }
  const char* summary() const override {
    return "Write your certificate (Markdown and HTML) once you are Proficient";
  }
  void configure(CLI::App& app) override {
    app.add_option("--out", out_,
                   "Directory to write certificate.md and certificate.html "
                   "(default: the workspace)");
    app.add_option("--name", name_, "Your name as printed (default: your account's full name)");
    app.footer(
        "Exit codes: 0 written, 1 not Proficient yet (what is missing is listed; nothing "
        "written), 2 bad input.");
  }
  int run(Context& ctx) override {
    const Format format = ctx.format();
    const Course& course = ctx.course();
    LearnerSession session(course, ctx.workspace());
    const std::string learner = name_.empty() ? default_learner_name() : name_;
    if (learner.find_first_not_of(" \t\r\n") == std::string::npos)
      throw InputError("certificate", 0, 0, "--name",
                       "is empty (and the account has no name); give --name \"Your Name\"");
    if (learner.size() > kMaxNameBytes)
      throw InputError("certificate", 0, 0, "--name",
                       "is longer than " + std::to_string(kMaxNameBytes) + " bytes");
    const std::filesystem::path dir =
        out_.empty() ? session.workspace().root : std::filesystem::path(out_);
    // Both destinations are opened first: a bad --out fails (exit 2) before anything is written.
    OutputFile markdown((dir / "certificate.md").string());
    OutputFile page((dir / "certificate.html").string());

    const Progress progress = session.progress();
    const std::vector<std::string> missing = missing_for_certificate(course, progress);
    if (!missing.empty()) {
      const int level = reached_level(course, progress);
      if (format == Format::kJson) {
        fmt::print("{}", certificate_json(course, level, missing, {}));
      } else {
        fmt::print(
            "No certificate yet: it is issued from level {} ({}); you are at level {} "
            "({}). Still missing:\n",
            kCertificateLevel, level_name(course, kCertificateLevel), level,
            course.levels[std::size_t(level)].name);
        for (const auto& item : missing) fmt::print("  - {}\n", item);
      }
      return 1;
    }
    const Certificate certificate = make_certificate(course, progress, learner, now_iso8601());
    markdown.commit(certificate_markdown(certificate));
    page.commit(certificate_html(certificate));
    if (format == Format::kJson)
      fmt::print("{}",
                 certificate_json(course, certificate.level, {}, {markdown.path(), page.path()}));
    else if (!ctx.options.quiet)
      fmt::print("Certificate written: {} and {}\n", markdown.path(), page.path());
    return 0;
  }

 private:
  std::string out_;
  std::string name_;
};

}  // namespace

std::unique_ptr<Command> make_certificate_command() {
  return std::make_unique<CertificateCommand>();
}

}  // namespace course::cli
