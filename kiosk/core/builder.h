#pragma once
// HSDS 3.0 tabular data package (a folder of CSV files) -> catalogue file, and back.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/hsds_import.h"
#include "core/model.h"
#include "core/result.h"

namespace ww {

struct BuildOptions {
    std::filesystem::path source;  // folder with the HSDS CSV files, or a workbook file
    // More workbooks (one per municipality, say), merged with `source` when that is a workbook too.
    // Workbooks need set_workbook_loader() (kioskctl does it: core/sheet/sheet_build.h).
    std::vector<std::filesystem::path> workbooks;
    Language language = Language::Dutch;  // of the messages about workbooks
    std::filesystem::path out;            // catalogue file to write
    // Metadata. Unset values come from the source's datapackage.json, else defaults.
    std::optional<std::int64_t> version;
    std::optional<std::string> created;  // YYYY-MM-DD; default today
    std::optional<std::string> expires;  // YYYY-MM-DD
    std::optional<bool> demo;
    std::optional<std::string> source_label;
    // A USB package (`kioskctl pack`): only the tables the kiosk's import reads (WriteMode::package).
    bool package = false;
    // HSDS from another tool (an HSDS folder only): its taxonomy map, and whether what lies
    // outside Drenthe is left out instead of refused (core/hsds_import.h).
    std::filesystem::path taxonomy_map;
    bool skip_outside = false;
};

struct BuildReport {
    std::vector<std::string> errors;  // "services.csv line 14: organization_id 'x' does not exist"
    std::vector<std::string> warnings;
    std::vector<ImportNote> notes;  // what an import mapped or found (taxonomy terms, municipalities); note_text()
    int services = 0;
    bool ok() const { return errors.empty(); }
};

struct CatalogueMetadata {
    std::int64_t version = 1;
    std::string created;
    std::string expires;
    bool demo = false;
    std::string source;
};

struct HsdsPackage;
struct HsdsLoad;

// Reads workbook files into validated tables, every problem in `language`. The sheet library
// provides it (ww::sheet::load_workbooks); core does not link the workbook readers itself.
using WorkbookLoader = HsdsLoad (*)(const std::vector<std::filesystem::path>& files, Language language);
void set_workbook_loader(WorkbookLoader loader);

// What write_catalogue writes.
enum class WriteMode {
    // Everything, the FTS5 index merged into one segment and the file VACUUMed (a few percent
    // smaller): `kioskctl build`.
    compact,
    // Everything, as quickly as possible (no merge, no VACUUM): the kiosk's own catalogue, written
    // by the USB import.
    quick,
    // The tables the import reads and nothing derived (no tags, places, opening slots, FTS5 index
    // or posting lists; metadata `contents` = `package`), VACUUMed: `kioskctl pack`. The kiosk
    // rebuilds all the rest itself, so a package is about a third of a full catalogue. It is not a
    // catalogue to open: Catalogue::open refuses it with a message.
    package,
};

// The metadata `contents` value of a package written with WriteMode::package.
inline constexpr const char* kPackageContents = "package";

// Writes a new catalogue file from validated tables: schema, rows with rowids of its own, the
// derived tables, the FTS5 index and the posting lists (see WriteMode). `kioskctl build`, `pack`
// and the USB import all write through it; the file should not exist yet. It takes the package to
// free its rows as they are written.
Status write_catalogue(const std::filesystem::path& file, HsdsPackage package, const CatalogueMetadata& metadata,
                       WriteMode mode = WriteMode::compact);

// Validates the whole source (an HSDS folder, or one or more workbook files) and lists every error
// at once. Writes `out` only when the whole build
// succeeded (a temporary file renamed into place); on any error `out` is left as it was.
BuildReport build_catalogue(const BuildOptions& options);

// Writes the catalogue back as an HSDS folder (plus synonyms.csv and datapackage.json), so that
// building the export gives the same catalogue.
Status export_catalogue(const std::filesystem::path& db_path, const std::filesystem::path& out_dir);

// A synthetic but plausible HSDS catalogue of `services` services, for benchmarks.
Status generate_catalogue(int services, const std::filesystem::path& out_dir, std::uint32_t seed = 1);

}  // namespace ww
