#include "output_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "course/error.hpp"

namespace course::cli {
namespace {

[[noreturn]] void fail_file(const std::string& path, const char* what, int error) {
  fail_input(path, std::string(what) + ": " + std::strerror(error));
}

void write_all(int fd, const std::string& path, const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail_file(path, "cannot write", errno);
    done += static_cast<std::size_t>(n);
  }
}

int open_for_append(const std::string& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0) fail_file(path, "cannot open for appending", errno);
  return fd;
}

}  // namespace

OutputFile::OutputFile(std::string path) : path_(std::move(path)) {
  if (path_.empty()) fail_usage("--output: no file name given");
  std::error_code ec;
  if (std::filesystem::is_directory(path_, ec))
    fail_input(path_, "is a directory; --output needs a file name");
  temp_ = path_ + ".tmp." + std::to_string(::getpid());
  // 0666 less the umask, like any file the user creates (mkstemp's 0600 would surprise CI).
  fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd_ < 0) fail_file(path_, "cannot write", errno);
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temp_.empty()) ::unlink(temp_.c_str());
}

void OutputFile::commit(const std::string& text) {
  write_all(fd_, path_, text);
  if (::fsync(fd_) != 0) fail_file(path_, "cannot write", errno);
  ::close(fd_);
  fd_ = -1;
  if (::rename(temp_.c_str(), path_.c_str()) != 0) fail_file(path_, "cannot write", errno);
  temp_.clear();
}

void append_to_file(const std::string& path, const std::string& text) {
  const int fd = open_for_append(path);
  try {
    write_all(fd, path, text);
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
}

void check_appendable(const std::string& path) {
  // Probed without creating anything: nothing is written when the command then fails.
  std::error_code ec;
  const std::filesystem::path p(path);
  const bool exists = std::filesystem::exists(p, ec);
  const std::filesystem::path dir = p.parent_path().empty() ? "." : p.parent_path();
  if (::access(exists ? path.c_str() : dir.c_str(), W_OK) != 0)
    fail_file(path, "cannot open for appending", errno);
}

}  // namespace course::cli
