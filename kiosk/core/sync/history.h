#pragma once
// The import history and the anti-rollback state of one live catalogue, kept in a small SQLite
// file next to it (`<catalogue>.sync.sqlite`) so that it survives catalogue switches.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "core/sqlite.h"

namespace ww::sync {

// The ways a catalogue reaches a kiosk (ImportRecord::channel, the metrics' channel label).
inline constexpr const char* kChannelUsb = "usb";
inline constexpr const char* kChannelWeb = "web";

struct ImportRecord {
    std::string at;            // UTC, "2026-12-03T10:15:02Z"
    std::int64_t version = 0;  // the version the package claimed; 0 when unknown
    std::string source;        // where it came from (the stick's folder, the web address, "kiosk", staff)
    // How it came: "usb" or "web" (rows from before channels: "usb"); empty for the kiosk's own
    // events that are not an attempt (a rollback, a passed trial, a version reset).
    std::string channel = kChannelUsb;
    bool imported = false;
    std::string result;  // one plain English sentence
    // Which check refused it: refusal_name() of importer.h ("unknown-key"), a stable code word
    // that scripts and tests can match. Empty for an import, the kiosk's own events, a web
    // failure before the import, and rows from before kinds were kept.
    std::string refusal;
};

struct SyncState {
    std::int64_t highest_version = 0;  // highest version ever installed
    std::string newest_created;        // newest created date ever seen in an installed package
    bool floor_cleared = false;        // staff cleared the newest version seen: any version goes in once
};

std::filesystem::path history_path_for(const std::filesystem::path& catalogue);

class SyncHistory {
public:
    // Creates the file when it does not exist yet.
    static Result<SyncHistory> open(const std::filesystem::path& catalogue);

    SyncState state() const;
    Status record(const ImportRecord& record);
    // After a successful switch: raises the highest version and the newest created date.
    Status remember_installed(std::int64_t version, const std::string& created);
    // Staff on site (staff screen) or over SSH (`kioskctl reset-version`): forget the newest
    // version and created date seen, so that the next genuine package of any version goes in.
    // Recorded in the history with `who`.
    Status clear_version_floor(const std::string& who);
    std::vector<ImportRecord> recent(int limit) const;

private:
    explicit SyncHistory(Database db) : db_(std::move(db)) {}
    Database db_;
};

// For `kioskctl status` and the staff screen: newest first. Empty when nothing was imported yet.
std::vector<ImportRecord> read_import_history(const std::filesystem::path& catalogue, int limit = 20);

// The newest attempt and the newest successful import of one channel (for the health metrics).
struct ChannelLast {
    std::string channel;
    std::optional<ImportRecord> attempt;  // empty when this channel was never tried
    std::optional<ImportRecord> success;  // empty when it never imported anything
};
// One entry per channel in the history ("usb" and "web" always present, in that order).
std::vector<ChannelLast> read_channel_last(const std::filesystem::path& catalogue);

// "2026-12-03T10:15:02Z"
std::string now_utc_timestamp();

}  // namespace ww::sync
