#include "cli/catalogue_source.h"

#include <stdlib.h>

#include "core/builder.h"
#include "core/sheet/sheet_source.h"
#include "core/sqlite.h"
#include "core/sync/package.h"
#include "core/sync/package_reader.h"
#include "core/text.h"

namespace ww::cli {

namespace fs = std::filesystem;

ScratchDir::ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "wegwijzer-XXXXXX").string();
    if (::mkdtemp(pattern.data())) path_ = pattern;
}

ScratchDir::~ScratchDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
}

fs::path package_in_folder(const fs::path& folder) {
    fs::path file = folder / sync::kPackageFolder / sync::kCatalogueFileName;
    std::error_code ec;
    if (fs::is_regular_file(file, ec)) return file;
    if (folder.filename() == sync::kPackageFolder && fs::is_regular_file(folder / sync::kCatalogueFileName, ec))
        return folder / sync::kCatalogueFileName;
    return {};
}

namespace {

bool is_package_file(const fs::path& file) {
    auto db = Database::open(file, Database::Mode::ReadOnly);
    if (!db) return false;
    return db->scalar_text("SELECT value FROM metadata WHERE key = 'contents'").value_or("") == kPackageContents;
}

Result<CatalogueSource> open_built(CatalogueSource source, const fs::path& file, const std::string& label) {
    auto catalogue = Catalogue::open(file);
    if (!catalogue) return fail(label + ": " + catalogue.error());
    source.catalogue = std::move(*catalogue);
    return source;
}

// A package holds the source tables only: rebuild it the way a kiosk imports it.
Result<CatalogueSource> open_package(const fs::path& file) {
    CatalogueSource source;
    source.scratch = std::make_unique<ScratchDir>();
    if (source.scratch->path().empty()) return fail("cannot make a temporary folder");
    auto db = Database::open(file, Database::Mode::ReadOnly);
    if (!db) return fail(file.string() + ": " + db.error());
    auto info = read_catalogue_info(*db);
    db->close();
    if (!info) return fail(file.string() + ": " + info.error());
    sync::PackageDescription description;
    description.version = info->version;
    description.created = info->created;
    description.expires = info->expires;
    fs::path out = source.scratch->path() / "catalogue.sqlite";
    if (auto problem = sync::rebuild_catalogue(file, out, description); !problem.empty())
        return fail(file.string() + ": the package cannot be read: " + problem);
    return open_built(std::move(source), out, file.string());
}

Result<CatalogueSource> open_by_building(const fs::path& path, Language language) {
    CatalogueSource source;
    source.scratch = std::make_unique<ScratchDir>();
    if (source.scratch->path().empty()) return fail("cannot make a temporary folder");
    BuildOptions options;
    options.source = path;
    options.language = language;
    options.out = source.scratch->path() / "catalogue.sqlite";
    BuildReport report = build_catalogue(options);
    source.warnings = report.warnings;
    if (!report.ok()) {
        std::string message = path.string() + " has errors (`kioskctl build` says the same):";
        for (const auto& error : report.errors) message += "\n" + error;
        return fail(message);
    }
    return open_built(std::move(source), options.out, path.string());
}

}  // namespace

Result<CatalogueSource> open_catalogue_source(const fs::path& path, Language language) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return fail(path.string() + " does not exist");
    if (fs::is_directory(path, ec)) {
        if (fs::path package = package_in_folder(path); !package.empty()) return open_package(package);
        return open_by_building(path, language);
    }
    if (is_package_file(path)) return open_package(path);
    auto catalogue = Catalogue::open(path);
    if (catalogue) {
        CatalogueSource source;
        source.catalogue = std::move(*catalogue);
        return source;
    }
    // Not a catalogue: a workbook (.xlsx, .ods, CSV), which the builder reads.
    const std::string extension = ascii_lower(path.extension().string());
    if (extension == ".sqlite" || extension == ".db") return fail(catalogue.error());
    return open_by_building(path, language);
}

Result<std::vector<ServiceDetail>> read_all_services(const Catalogue& catalogue) {
    auto services = sheet::read_sheet_services(catalogue);
    if (!services) return fail(services.error());
    std::vector<ServiceDetail> out;
    out.reserve(services->size());
    for (auto& s : *services) out.push_back(std::move(s.detail));
    return out;
}

}  // namespace ww::cli
