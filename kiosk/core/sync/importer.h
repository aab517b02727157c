#pragma once
// One import of a catalogue package from a stick: exactly what the kiosk does when a stick appears
// and what `kioskctl import` does. The steps (see FORMAT.md) are:
//   1. open the signature and the catalogue without following symlinks; regular files only, size cap
//   2. check the signed trusted comment: known key, fleet, version above the installed one, not expired
//      (neither by the clock nor by the newest created date ever installed)
//   3. copy the catalogue into private storage next to the live catalogue and verify the signature of
//      the copy
//   4. read the copy through an allow-list under a time budget and a memory cap, check every value
//      with the rules of `kioskctl build`, and write a fresh catalogue of the kiosk's own
//      (package_reader.h)
//   5. switch (slot_store.h): fsync the fresh catalogue, keep the live catalogue as the previous
//      slot, rename the fresh one over the live catalogue, fsync the folder; it starts its trial
// Any refusal leaves the live catalogue byte-for-byte as it was.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/result.h"
#include "core/sync/history.h"
#include "core/sync/minisign.h"
#include "core/sync/package.h"
#include "core/sync/package_reader.h"
#include "core/sync/sync_io.h"

namespace ww::sync {

enum class ImportResult {
    Imported,
    NothingFound,  // no Wegwijzer package on the stick: ignore silently
    NotApproved,   // missing or bad signature, unknown key, edited comment, not a regular file
    NotNewer,      // version equal to or lower than the installed one
    Expired,
    OtherFleet,
    TooLarge,
    ReadError,         // the stick could not be read (pulled out halfway)
    BadCatalogue,      // signed, but not SQLite, corrupt or the wrong schema
    KioskError,        // the kiosk's own storage failed (disk full, permissions)
    Busy,              // another import is running
    RolledBackBefore,  // this version failed its trial on this kiosk once and is refused for good
    NotYetValid,       // created more than a day after the kiosk's today (a wrong clock somewhere)
};

// Which check refused a package: finer than ImportResult (which decides the screen's words), so
// that tests and logs can name the reason without matching the English sentence.
enum class Refusal {
    None,                 // imported, or nothing found
    NotAFolder,           // the package folder is a link or a file
    NoSignature,          // a catalogue without its signature file
    NoCatalogue,          // a signature without its catalogue file
    NotARegularFile,      // a link, device, FIFO or folder in place of a package file
    SignatureTooLarge,    // the signature file is over its size cap
    CatalogueTooLarge,    // the catalogue is over ImportRequest::max_file_bytes
    UnreadableSignature,  // the signature file is not a minisign signature
    UnknownKey,           // signed with a key this kiosk does not trust
    EditedComment,        // the trusted comment (or the line that signs it) was changed; the file's signature is whole
    DamagedSignature,     // the file's signature matches neither its trusted comment nor the catalogue
    LegacySignature,      // minisign's legacy (not prehashed) format
    BadDescription,       // the trusted comment is not a clear catalogue description
    OtherFleet,
    NotNewer,
    RolledBackBefore,
    Expired,
    NotYetValid,
    FileNotSigned,    // the catalogue file is not the one the signature signed
    BadContent,       // signed, but what is inside is unusable (package_reader.h)
    StickUnreadable,  // reading the stick failed (pulled out halfway, grew or shrank)
    KioskStorage,     // the kiosk's own storage failed
    Busy,
};

// A short stable name for a refusal ("unknown-key"), for logs, the import history and test output.
// The names are kept as they are: history files store them.
std::string_view refusal_name(Refusal refusal);

struct ImportRequest {
    std::filesystem::path source;     // the stick (holding wegwijzer/) or the package folder itself
    std::filesystem::path catalogue;  // the live catalogue file; created by the first import
    std::vector<PublicKey> trusted_keys;
    std::string fleet = "drenthe";
    std::uint64_t max_file_bytes = 256ull * 1024 * 1024;
    std::string today;                  // YYYY-MM-DD; empty: the clock (UTC)
    UntrustedLimits limits;             // time and memory for reading the package's catalogue
    std::string channel = kChannelUsb;  // recorded in the history: "usb" (a stick) or "web" (a download)
    std::string origin = {};            // where it came from, for the history and log; empty: `source`
};

struct ImportOutcome {
    ImportResult result = ImportResult::KioskError;
    std::string log;                  // one plain English sentence, for the CLI and the log
    Refusal refusal = Refusal::None;  // which check refused it, when it was refused
    // The facts the screen words (core/sync/import_wording.h): what the signed comment said, when
    // it was read, and for NotNewer the version already installed.
    std::optional<PackageDescription> package;
    std::int64_t installed_version = 0;
    bool imported() const { return result == ImportResult::Imported; }
    // The screen's words for this outcome, from the wording table (defined in import_wording.cpp).
    std::string message(Language language) const;
};

using ProgressCallback = std::function<void(double)>;  // 0..1

ImportOutcome import_package(const ImportRequest& request, SyncIo& io, const ProgressCallback& progress = {});

// True when `source` holds something meant for the kiosk (the package folder or either file).
bool has_package(const std::filesystem::path& source);

// A minisign public key file is two short lines; anything larger is not one.
constexpr std::uint64_t kMaxPublicKeyFileBytes = 4096;

// Reads minisign public key files (regular files only, never blocking); the message names the
// file that is wrong.
Result<std::vector<PublicKey>> load_public_keys(const std::vector<std::filesystem::path>& files);

// The installed catalogue's version from its metadata; 0 when there is none or it is unreadable.
std::int64_t installed_version(const std::filesystem::path& catalogue);

}  // namespace ww::sync
