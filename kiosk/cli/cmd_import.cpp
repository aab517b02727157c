// kioskctl import: exactly what the kiosk does when a USB stick with a catalogue package appears.
#include <sys/stat.h>

#include <iostream>

#include "cli/command.h"
#include "core/safe_open.h"
#include "core/sync/importer.h"

namespace ww::cli {
namespace {

constexpr std::string_view kHelp =
    R"(Usage: kioskctl import --from DIR --db FILE --public-key FILE [--public-key FILE...]
                      [--fleet NAME] [--max-bytes N]

Imports a signed catalogue package, exactly as the kiosk does when a USB stick appears. DIR is
the stick (holding wegwijzer/catalogue.sqlite and wegwijzer/catalogue.sqlite.minisig) or the
wegwijzer folder itself. The package must be signed by one of the public keys, be for this fleet,
have a higher version than FILE and not be expired. It is copied, verified and checked first;
FILE is replaced in one atomic step only when everything is right, and created when it does not
exist yet. The import history is kept next to FILE (FILE.sync.sqlite; see `kioskctl status`).

Prints what happened in one sentence.

Options:
  --from DIR          the stick or package folder (required)
  --db FILE           the live catalogue (required)
  --public-key FILE   a trusted minisign public key; repeat for several (key rotation) (required)
  --fleet NAME        this kiosk's fleet (default: drenthe)
  --max-bytes N       refuse catalogue files bigger than this (default: 268435456, 256 MiB)

Exit codes: 0 imported, 1 refused or nothing found (nothing was changed), 2 wrong usage.
)";

int run(const Args& args) {
    auto from = args.get("from");
    auto db = args.get("db");
    auto key_files = args.all("public-key");
    if (!from || !db || key_files.empty() || !args.positional().empty()) {
        std::cerr << "kioskctl import: --from DIR, --db FILE and at least one --public-key FILE are required\n\n"
                  << kHelp;
        return kUsage;
    }
    // The stick or package folder: a FIFO or device there is refused before anything opens it.
    if (struct stat st{}; ::stat(from->c_str(), &st) == 0 && !S_ISDIR(st.st_mode))
        return user_error("import", "--from " + *from + " is " + std::string(file_kind(st.st_mode)) + ", not a folder");
    sync::ImportRequest request;
    request.source = *from;
    request.catalogue = *db;
    request.fleet = args.get("fleet").value_or("drenthe");
    if (auto max = args.get("max-bytes")) {
        try {
            size_t used = 0;
            request.max_file_bytes = std::stoull(*max, &used);
            if (used != max->size()) throw std::invalid_argument("trailing text");
        } catch (const std::exception&) {
            std::cerr << "kioskctl import: --max-bytes '" << *max << "' is not a number\n\n" << kHelp;
            return kUsage;
        }
    }
    std::vector<std::filesystem::path> paths(key_files.begin(), key_files.end());
    auto keys = sync::load_public_keys(paths);
    if (!keys) return user_error("import", keys.error());
    request.trusted_keys = *keys;

    sync::SyncIo io = sync::SyncIo::from_environment();
    sync::ImportOutcome outcome = sync::import_package(request, io);
    std::cout << outcome.log << "\n";
    return outcome.imported() ? kOk : kUserError;
}

const Registration registration{{"import",
                                 "Import a signed catalogue package (what the kiosk does with a stick)",
                                 kHelp,
                                 {{"from"}, {"db"}, {"public-key"}, {"fleet"}, {"max-bytes"}},
                                 run}};

}  // namespace
}  // namespace ww::cli
