#pragma once
// What the workbook fuzzers share: small limits (so the limits themselves are reached), a zip of
// the fuzzed XML written to a file of this process (the readers take a path), and the properties
// every reader keeps: a refusal has both languages; a read sheet stays within the limits.
#include <zip.h>

#include <unistd.h>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/sheet/xlsx_reader.h"

namespace ww::sheet::fuzz {

inline WorkbookLimits small_limits() {
    WorkbookLimits limits;
    limits.max_part_bytes = 1u << 20;
    limits.max_rows = 2000;
    limits.max_columns = 60;
    limits.max_cells = 20000;
    return limits;
}

inline std::filesystem::path scratch_path(const char* ext) {
    return std::filesystem::temp_directory_path() / ("ww-fuzz-" + std::to_string(getpid()) + ext);
}

// Parts are stored uncompressed: fast, and the fuzzer's bytes reach the XML parser unchanged.
inline void write_zip(const std::filesystem::path& path,
                      const std::vector<std::pair<std::string, std::string>>& parts) {
    int code = 0;
    zip_t* z = zip_open(path.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!z) std::abort();
    for (const auto& [name, data] : parts) {
        zip_source_t* src = zip_source_buffer(z, data.data(), data.size(), 0);
        zip_int64_t i = src ? zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE) : -1;
        if (i < 0 || zip_set_file_compression(z, static_cast<zip_uint64_t>(i), ZIP_CM_STORE, 0) < 0) std::abort();
    }
    if (zip_close(z) != 0) std::abort();
}

inline void check(const Result<std::vector<WorkbookSheet>>& sheets, const WorkbookRefusal& why,
                  const WorkbookLimits& limits) {
    if (!sheets) {
        if (why.en.empty() || why.nl.empty() || sheets.error() != why.en) std::abort();
        return;
    }
    for (const WorkbookSheet& s : *sheets) {
        if (s.rows.size() > limits.max_rows) std::abort();
        std::size_t cells = 0;
        for (const auto& row : s.rows) {
            if (row.size() > limits.max_columns) std::abort();
            cells += row.size();
        }
        (void)cells;
    }
}

// Splits the input at the first NUL byte: two parts from one input.
inline std::pair<std::string, std::string> split(const std::uint8_t* data, std::size_t size) {
    std::string all(reinterpret_cast<const char*>(data), size);
    auto nul = all.find('\0');
    if (nul == std::string::npos) return {all, {}};
    return {all.substr(0, nul), all.substr(nul + 1)};
}

}  // namespace ww::sheet::fuzz
