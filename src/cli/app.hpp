// The course command line: global options, subcommand table, error → exit code mapping.
#pragma once

namespace course::cli {

// Parses argv, runs the chosen command, prints errors; returns the process exit code:
// 0 success, 1 checks failed, 2 bad usage or input, 3 internal error.
int run(int argc, char** argv);

}  // namespace course::cli
