#pragma once
// One web update check: what the kiosk does every [sync] poll_minutes and what
// `kioskctl update` does once. The steps (core/sync/FORMAT.md, "Web updates"):
//   1. fetch <url>index.minisig (conditional GET: a 304 when it has not changed)
//   2. verify its signature with the kiosk's trusted keys (the same as for sticks); fleet; a
//      version above the installed one, else nothing is downloaded
//   3. download the package's signature and the package into staging next to the catalogue
//      (<catalogue>.web/wegwijzer/), capped at the index's size, resumed after an interruption,
//      checked against the index's SHA-256
//   4. hand the staging folder to the importer, exactly like a USB stick (import_package)
// Every check is recorded in the import history with channel "web" and the URL as source, also
// the ones that fail before the import (server down, 404, a bad index).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/sync/importer.h"
#include "core/sync/web_index.h"
#include "web/http_fetch.h"

namespace ww::web {

struct WebUpdateRequest {
    std::string url;                  // the published folder, "https://updates.example/wegwijzer/"
    FetchOptions fetch;               // CA file, time limits
    std::filesystem::path catalogue;  // the live catalogue
    std::vector<sync::PublicKey> trusted_keys;
    std::string fleet = "drenthe";
    std::uint64_t max_file_bytes = 256ull * 1024 * 1024;
    std::string today;  // YYYY-MM-DD; empty: the clock (UTC)
    sync::UntrustedLimits limits;
};

// Kept between checks by the caller (the kiosk's poller; kioskctl starts empty).
struct WebMemory {
    Validators index_validators;  // the last index's ETag / Last-Modified
    std::string index_text;       // and its text, for a 304
    std::string refused_package;  // the SHA-256 of a package the importer refused: not fetched again
};

enum class WebResult {
    UpToDate,  // the index names no newer version (or has not changed)
    Imported,  // a new catalogue was installed
    Refused,   // the index or the package was refused (signature, fleet, importer checks)
    Failed,    // server down, HTTP error, TLS, too large, too slow, cut off (resumed next time)
};

struct WebOutcome {
    WebResult result = WebResult::Failed;
    std::string log;                            // one plain English sentence (also in the history)
    std::optional<sync::ImportOutcome> import;  // when the importer ran
    std::int64_t published_version = 0;         // what the index named; 0 when unknown
    bool imported() const { return result == WebResult::Imported; }
};

// Never throws; every problem is a value with a message. Records the attempt in the history.
WebOutcome check_for_web_update(const WebUpdateRequest& request, WebMemory& memory, sync::SyncIo& io,
                                const sync::ProgressCallback& progress = {});

// The staging folder of a catalogue's downloads: "<catalogue>.web".
std::filesystem::path web_staging_path(const std::filesystem::path& catalogue);

}  // namespace ww::web
