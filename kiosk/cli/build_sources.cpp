#include "cli/build_sources.h"

#include <filesystem>

namespace ww::cli {

std::string set_sources(const std::vector<std::string>& sources, BuildOptions& options) {
    if (sources.empty()) return "--source is required";
    std::error_code ec;
    bool folder = false;
    for (const std::string& s : sources) folder = folder || std::filesystem::is_directory(s, ec);
    if (folder && sources.size() > 1)
        return "give one HSDS folder, or one or more workbook files; a folder cannot be merged with others";
    options.source = sources.front();
    options.workbooks.assign(sources.begin() + 1, sources.end());
    return {};
}

}  // namespace ww::cli
