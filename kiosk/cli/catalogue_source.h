#pragma once
// A catalogue to read services from, whatever staff point at: a catalogue file, a USB package
// (`kioskctl pack` writes one; also the folder that holds it, such as a stick), or an HSDS folder.
// Anything that is not a catalogue is built into a temporary one first, with the same rules
// and messages as `kioskctl build`; the temporary files go when the source is closed.
// Used by `kioskctl diff`, `pack` (the summary before signing) and `review`.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/result.h"

namespace ww::cli {

// A private temporary folder, removed with everything in it when this goes.
class ScratchDir {
public:
    ScratchDir();
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

struct CatalogueSource {
    std::unique_ptr<ScratchDir> scratch;  // declared first: the catalogue closes before it goes
    std::unique_ptr<Catalogue> catalogue;
    std::vector<std::string> warnings;  // from building a source
};

// Opens `path` as described above. The error names the path and what is wrong (a build's errors
// one per line, about workbooks in `language`).
Result<CatalogueSource> open_catalogue_source(const std::filesystem::path& path, Language language = Language::Dutch);

// The package file a folder holds (DIR/wegwijzer/catalogue.sqlite), or empty.
std::filesystem::path package_in_folder(const std::filesystem::path& folder);

// Every service of the catalogue, in the order of its services table.
Result<std::vector<ServiceDetail>> read_all_services(const Catalogue& catalogue);

}  // namespace ww::cli
