#pragma once
// Wires the USB sync service (core/sync) and, when [sync] url is set, the web update poller
// (web/web_poller.h) into the kiosk: shows its progress and result in the
// status band, switches to a new catalogue only when the resident is on Home, and keeps the staff
// screen's import history current. Runs on the kiosk loop's thread (KioskApp::on_loop_turn).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/kiosk_app.h"
#include "core/config.h"
#include "core/sync/history.h"
#include "core/sync/service.h"
#include "web/web_poller.h"

namespace ww::app {

// What the status band should show for a sync status; a pure decision, no screen needed.
struct SyncBand {
    std::string text;               // empty: no band
    std::optional<float> progress;  // while importing
};
SyncBand sync_band(const sync::SyncStatus& status, Language language);

// "2026-12-03T10:15:02Z · version 12 · /media/wegwijzer/sdb1 · <result>" for the staff screen (the
// version only when the package told it).
std::vector<std::string> import_history_lines(const std::vector<sync::ImportRecord>& records);

// How long a finished message stays when the stick is left in (the service clears it on removal).
constexpr double kSyncMessageSeconds = 120.0;

class UsbSync {
public:
    // Null when sync cannot run (no or unreadable public keys); the reason is logged.
    // `web_check_at_start` (tests, app/test_hooks.h): the first web check at once.
    static std::unique_ptr<UsbSync> create(KioskApp& app, const KioskConfig& config,
                                           const std::filesystem::path& catalogue, bool web_check_at_start = false);
    UsbSync(KioskApp& app, std::unique_ptr<sync::SyncService> service, std::filesystem::path catalogue,
            std::unique_ptr<web::WebPoller> web = nullptr);

    // One loop turn: never blocks. Returns the longest the loop may wait before the next turn.
    double turn(const LoopTurn& loop);
    // True while an import runs.
    bool importing() const { return importing_; }
    // Reads the import history again for the staff screen (after a rollback or a reset).
    void show_history() { post_history(); }

private:
    void post_history();
    bool importing_ = false;
    KioskApp& app_;
    std::unique_ptr<sync::SyncService> service_;
    std::filesystem::path catalogue_;
    std::unique_ptr<web::WebPoller> web_;  // [sync] url set: web updates checked in the background
    std::uint64_t seen_web_checks_ = 0;
    std::uint64_t seen_finished_ = 0;
    double finished_at_ = -1;  // loop time the current result appeared
    SyncBand shown_;
};

}  // namespace ww::app
