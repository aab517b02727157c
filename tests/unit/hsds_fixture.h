#pragma once
// Helpers for tests that build catalogues from the tiny HSDS fixture (tests/unit/fixtures/tiny).
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/builder.h"

namespace fixture {

namespace fs = std::filesystem;

inline fs::path tiny_source() { return fs::path(WEGWIJZER_SOURCE_DIR) / "tests/unit/fixtures/tiny"; }

// This process's scratch folder (per process, so parallel ctest runs do not collide); removed at exit.
inline fs::path scratch_root() { return fs::temp_directory_path() / ("ww-unit-" + std::to_string(::getpid())); }

inline struct ScratchCleanup {
    ~ScratchCleanup() {
        std::error_code ec;
        fs::remove_all(scratch_root(), ec);
    }
} scratch_cleanup;

// An empty folder of its own for one test.
inline fs::path fresh_dir(const std::string& name) {
    fs::path dir = scratch_root() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// A copy of the tiny fixture that a test may break.
inline fs::path copy_tiny(const std::string& name) {
    fs::path dir = fresh_dir(name);
    for (const auto& entry : fs::directory_iterator(tiny_source()))
        if (entry.path().extension() == ".csv") fs::copy_file(entry.path(), dir / entry.path().filename());
    return dir;
}

inline std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void spit(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

inline void append(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary | std::ios::app) << text;
}

inline void replace_in(const fs::path& path, const std::string& from, const std::string& to) {
    std::string text = slurp(path);
    auto at = text.find(from);
    if (at == std::string::npos) throw std::runtime_error("fixture text not found: " + from);
    text.replace(at, from.size(), to);
    spit(path, text);
}

inline ww::BuildReport build(const fs::path& source, const fs::path& out) {
    ww::BuildOptions options;
    options.source = source;
    options.out = out;
    return ww::build_catalogue(options);
}

inline bool has(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

inline std::string joined(const std::vector<std::string>& list) {
    std::string out;
    for (const auto& s : list) out += s + "\n";
    return out;
}

// Files in a folder, by name.
inline std::vector<std::string> listing(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace fixture
