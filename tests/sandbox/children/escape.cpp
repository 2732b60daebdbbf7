// Tries to reach outside its box and reports each result as "key=ok|ERRNO_NAME":
//   read PATH    open PATH for reading and read a byte
//   write PATH   create PATH for writing
//   connect      TCP connect to 192.0.2.1:80 and to 127.0.0.1:22
//   fill-tmp     write /tmp/fill until an error; reports the bytes written
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>

static const char* name(int error) {
  switch (error) {
    case 0:
      return "ok";
    case ENOENT:
      return "ENOENT";
    case EACCES:
      return "EACCES";
    case EROFS:
      return "EROFS";
    case EPERM:
      return "EPERM";
    case ENOSPC:
      return "ENOSPC";
    case ENETUNREACH:
      return "ENETUNREACH";
    case ECONNREFUSED:
      return "ECONNREFUSED";
    case EFBIG:
      return "EFBIG";
    default:
      return strerror(error);
  }
}

static int try_connect(const char* ip, int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return errno;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, ip, &address.sin_addr);
  const int rc = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  const int error = rc == 0 ? 0 : errno;
  close(fd);
  return error;
}

int main(int argc, char** argv) {
  const std::string mode = argc > 1 ? argv[1] : "";
  if (mode == "read" && argc > 2) {
    const int fd = open(argv[2], O_RDONLY);
    char byte;
    const int error = fd < 0 ? errno : (read(fd, &byte, 1) < 0 ? errno : 0);
    std::printf("read=%s\n", name(error));
  } else if (mode == "write" && argc > 2) {
    const int fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::printf("write=%s\n", name(fd < 0 ? errno : 0));
  } else if (mode == "connect") {
    std::printf("remote=%s\n", name(try_connect("192.0.2.1", 80)));
    std::printf("local=%s\n", name(try_connect("127.0.0.1", 22)));
  } else if (mode == "fill-tmp") {
    const int fd = open("/tmp/fill", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
      std::printf("fill=%s\n", name(errno));
      return 0;
    }
    static char block[65536];
    long long total = 0;
    ssize_t n;
    while ((n = write(fd, block, sizeof block)) > 0) total += n;
    std::printf("fill=%s\nbytes=%lld\n", name(n < 0 ? errno : 0), total);
  } else {
    return 2;
  }
  return 0;
}
