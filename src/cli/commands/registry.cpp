// The table of subcommands, in the order `course --help` lists them.
#include "../command.hpp"

namespace course::cli {

std::unique_ptr<Command> make_init_command();
std::unique_ptr<Command> make_next_command();
std::unique_ptr<Command> make_check_command();
std::unique_ptr<Command> make_watch_command();
std::unique_ptr<Command> make_lesson_command();
std::unique_ptr<Command> make_hint_command();
std::unique_ptr<Command> make_quiz_command();
std::unique_ptr<Command> make_journal_command();
std::unique_ptr<Command> make_status_command();
std::unique_ptr<Command> make_level_command();
std::unique_ptr<Command> make_certificate_command();
std::unique_ptr<Command> make_list_command();
std::unique_ptr<Command> make_reset_command();
std::unique_ptr<Command> make_validate_command();
std::unique_ptr<Command> make_grade_command();
std::unique_ptr<Command> make_gradebook_command();
std::unique_ptr<Command> make_ml_command();
std::unique_ptr<Command> make_serve_command();

std::vector<std::unique_ptr<Command>> all_commands() {
  std::vector<std::unique_ptr<Command>> commands;
  commands.push_back(make_init_command());
  commands.push_back(make_next_command());
  commands.push_back(make_check_command());
  commands.push_back(make_watch_command());
  commands.push_back(make_lesson_command());
  commands.push_back(make_hint_command());
  commands.push_back(make_quiz_command());
  commands.push_back(make_journal_command());
  commands.push_back(make_status_command());
  commands.push_back(make_level_command());
  commands.push_back(make_certificate_command());
  commands.push_back(make_list_command());
  commands.push_back(make_reset_command());
  commands.push_back(make_validate_command());
  commands.push_back(make_grade_command());
  commands.push_back(make_gradebook_command());
  commands.push_back(make_ml_command());
  commands.push_back(make_serve_command());
  return commands;
}

}  // namespace course::cli
