// The page at GET /: src/serve/page/index.html, embedded into the binary at build time (CMake
// reads the file into web_page.cpp), so the server needs no files besides the model.
#pragma once

#include <string>

namespace course::serve {

const std::string& web_page_html();

}  // namespace course::serve
