#include "cli/build_sources.h"

#include <filesystem>
#include <ostream>

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

void set_import_options(const Args& args, BuildOptions& options) {
    if (auto map = args.get(kTaxonomyMapOption.name)) options.taxonomy_map = *map;
    options.skip_outside = args.has(kSkipOutsideOption.name);
}

Language message_language(const BuildOptions& options) {
    std::error_code ec;
    return std::filesystem::is_directory(options.source, ec) ? Language::English : options.language;
}

void print_notes(const BuildReport& report, std::ostream& out, Language language) {
    for (const auto& note : report.notes)
        out << (language == Language::Dutch ? "opmerking: " : "note: ") << note_text(note, language) << "\n";
}

}  // namespace ww::cli
