// Internal to the engine: typed, located access to a YAML document, shared by the engine's YAML
// loaders (content_loader.cpp, ml/schema_file.cpp) so they fail alike. Only those loaders include
// this header, which keeps yaml-cpp out of everything else (STYLE.md lesson 2).
//
// Every error is an InputError naming file:line:column and the field path ("columns[2].min").
// YAML::Load is used, never YAML::LoadAll (yaml-cpp 0.7 allocates without bound on some inputs
// there), and files are capped at 4 MiB.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "course/error.hpp"

namespace course::yaml {

// A mapping key as text; a non-scalar key (`? [a, b]`) is an input error, not a yaml-cpp throw.
inline std::string key_text(const YAML::Node& key, const std::string& file,
                            const std::string& path) {
  if (!key.IsScalar()) {
    const auto mark = key.Mark();
    throw InputError(file, std::size_t(mark.line + 1), std::size_t(mark.column + 1), path,
                     "mapping keys must be plain text");
  }
  return key.Scalar();
}

// A node plus where it came from, with typed accessors that fail with file:line:column.
class Node {
 public:
  Node(YAML::Node node, std::string file, std::string path)
      : node_(std::move(node)), file_(std::move(file)), path_(std::move(path)) {}

  [[noreturn]] void fail(const std::string& message) const {
    const auto mark = node_.Mark();
    const bool has_mark = mark.line >= 0 && !node_.IsNull();
    throw InputError(file_, has_mark ? std::size_t(mark.line + 1) : 0,
                     has_mark ? std::size_t(mark.column + 1) : 0, path_, message);
  }

  const std::string& path() const { return path_; }
  bool is_map() const { return node_.IsMap(); }

  // Rejects keys not in `allowed`, naming the first unknown one and the allowed set.
  void expect_map(const std::set<std::string>& allowed) const {
    if (!node_.IsMap()) fail("expected a mapping");
    for (const auto& kv : node_) {
      const auto key = key_text(kv.first, file_, path_);
      if (!allowed.count(key)) {
        std::string list;
        for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
        Node(kv.first, file_, join(key)).fail("unknown key (allowed: " + list + ")");
      }
    }
  }

  bool has(const std::string& key) const { return node_.IsMap() && node_[key].IsDefined(); }

  Node at(const std::string& key) const {
    if (!has(key)) fail("missing required field '" + key + "'");
    return Node(node_[key], file_, join(key));
  }

  std::string str() const {
    if (!node_.IsScalar()) fail("expected a text value");
    return node_.Scalar();
  }
  std::string str(const std::string& key) const { return at(key).str(); }

  // This node as a whole number / a finite number (".inf" and ".nan" are refused).
  int whole() const {
    try {
      return node_.as<int>();
    } catch (const YAML::Exception&) {
      fail("expected a whole number");
    }
  }
  double finite() const {
    double value = 0;
    try {
      value = node_.as<double>();
    } catch (const YAML::Exception&) {
      fail("expected a number");
    }
    if (!std::isfinite(value)) fail("expected a finite number");
    return value;
  }
  std::string str_or(const std::string& key, const std::string& fallback) const {
    return has(key) ? str(key) : fallback;
  }

  int integer(const std::string& key, int fallback, int min, int max) const {
    if (!has(key)) return fallback;
    const Node n = at(key);
    int value = 0;
    try {
      value = n.node_.as<int>();
    } catch (const YAML::Exception&) {
      n.fail("expected a whole number");
    }
    if (value < min || value > max)
      n.fail("must be between " + std::to_string(min) + " and " + std::to_string(max));
    return value;
  }

  double number(const std::string& key, double fallback, double min, double max) const {
    if (!has(key)) return fallback;
    const Node n = at(key);
    double value = 0;
    try {
      value = n.node_.as<double>();
    } catch (const YAML::Exception&) {
      n.fail("expected a number");
    }
    if (!(value >= min && value <= max))
      n.fail("must be between " + std::to_string(min) + " and " + std::to_string(max));
    return value;
  }

  bool boolean(const std::string& key, bool fallback) const {
    if (!has(key)) return fallback;
    const Node n = at(key);
    try {
      return n.node_.as<bool>();
    } catch (const YAML::Exception&) {
      n.fail("expected true or false");
    }
  }

  std::vector<Node> seq(const std::string& key, bool required) const {
    std::vector<Node> out;
    if (!has(key)) {
      if (required) fail("missing required field '" + key + "'");
      return out;
    }
    const Node list = at(key);
    if (!list.node_.IsSequence()) list.fail("expected a list");
    for (std::size_t i = 0; i < list.node_.size(); ++i)
      out.emplace_back(list.node_[i], file_, list.path_ + "[" + std::to_string(i) + "]");
    return out;
  }

  std::vector<std::string> strings(const std::string& key, bool required) const {
    std::vector<std::string> out;
    for (const auto& n : seq(key, required)) out.push_back(n.str());
    return out;
  }

  const YAML::Node& raw() const { return node_; }
  const std::string& file() const { return file_; }

 private:
  std::string join(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

  YAML::Node node_;
  std::string file_;
  std::string path_;
};

// Reads and parses one YAML file (at most 4 MiB), whatever its top level is.
inline Node parse_yaml_file(const std::filesystem::path& path, const std::string& display) {
  constexpr std::size_t kMaxFileBytes = 4u << 20;
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(display, 0, 0, "", "cannot read file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  if (text.size() > kMaxFileBytes) throw InputError(display, 0, 0, "", "file is larger than 4 MiB");
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    throw InputError(display, std::size_t(e.mark.line + 1), std::size_t(e.mark.column + 1), "",
                     e.msg);
  }
  return Node(root, display, "");
}

// Reads and parses one YAML file (at most 4 MiB) whose top level is a mapping with a
// schema_version between 1 and max_version.
inline Node load_yaml_file(const std::filesystem::path& path, const std::string& display,
                           int max_version) {
  const Node node = parse_yaml_file(path, display);
  if (!node.is_map()) node.fail("expected a mapping at the top level");
  const int version = node.integer("schema_version", -1, 0, 1000000);
  if (version == -1) node.fail("missing required field 'schema_version'");
  if (version > max_version)
    node.at("schema_version")
        .fail("schema_version " + std::to_string(version) + " is newer than this course runner (" +
              std::to_string(max_version) + "); upgrade course");
  if (version < 1) node.at("schema_version").fail("schema_version must be 1");
  return node;
}

}  // namespace course::yaml
