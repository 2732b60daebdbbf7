// `--output FILE`: a report written whole at the end of a command, or not at all.
#pragma once

#include <string>

namespace course::cli {

// Opens a temp file beside `path` at construction, so a bad path (missing directory, no
// permission, a directory) fails before any work is done: InputError naming the file (exit 2).
// commit() writes the text, fsyncs and renames it over `path`; readers never see half a
// report. Destroyed without commit() (the command failed), it removes the temp file and leaves
// `path` as it was.
class OutputFile {
 public:
  explicit OutputFile(std::string path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void commit(const std::string& text);
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::string temp_;
  int fd_ = -1;
};

// Appends `text` to the file at `path` (GitHub's $GITHUB_STEP_SUMMARY is shared by every step
// of a job, so it is appended to, never replaced). Throws InputError naming the file.
void append_to_file(const std::string& path, const std::string& text);

// Fails (InputError naming the file, exit 2) unless `path` can be opened for appending; used
// before grading so a bad $GITHUB_STEP_SUMMARY stops the command before any work.
void check_appendable(const std::string& path);

}  // namespace course::cli
