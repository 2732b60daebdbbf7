// The course executable: everything but main() lives in libraries (STYLE.md lesson 1).
#include "app.hpp"

int main(int argc, char** argv) { return course::cli::run(argc, argv); }
