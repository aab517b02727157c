#pragma once
// The kiosk's side of USB sync: a MountWatcher and an importer thread behind a small polling API for
// the event loop. Nothing here blocks the frame: poll() only reads atomics and non-blocking fds.
//
//   auto sync = SyncService::create(config, catalogue_path);   // once at start
//   every frame:   SyncStatus s = sync->poll();                 // draw s.progress / s.message(language)
//   on Home:       if (sync->take_new_catalogue()) reopen the catalogue at catalogue_path
#include <atomic>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/config.h"
#include "core/result.h"
#include "core/sync/importer.h"
#include "core/sync/watcher.h"

namespace ww::sync {

struct SyncStatus {
    enum class State { Idle, Importing, Finished };
    State state = State::Idle;
    double progress = 0.0;             // 0..1 while Importing
    ImportOutcome outcome;             // Finished: the result and its facts
    bool succeeded = false;            // Finished: a new catalogue was installed
    std::uint64_t finished_count = 0;  // grows with every finished import, to notice a new result

    // Importing: "De catalogus wordt bijgewerkt…"; Finished: the result; Idle: empty.
    std::string message(Language language) const;
};

// Where the kiosk keeps the catalogue that sticks update: [catalogue] path when set, else
// <state_dir>/catalogue.sqlite.
std::filesystem::path synced_catalogue_path(const KioskConfig& config);

class SyncService {
public:
    using Log = std::function<void(const std::string&)>;  // English lines; default: stderr

    struct Options {
        std::vector<std::filesystem::path> mount_roots;
        std::vector<PublicKey> trusted_keys;
        std::string fleet;
        std::uint64_t max_file_bytes = 0;
        std::filesystem::path catalogue;
    };

    // Fails when a configured public key cannot be read (the kiosk logs it and runs without sync).
    static Result<std::unique_ptr<SyncService>> create(const KioskConfig& config,
                                                       const std::filesystem::path& catalogue, Log log = {});
    SyncService(Options options, Log log);
    ~SyncService();  // waits for a running import
    SyncService(const SyncService&) = delete;
    SyncService& operator=(const SyncService&) = delete;

    // Call every frame (or every few frames). Starts an import when a stick with a package appears.
    // The finished message goes away by itself when the stick is pulled out. A stick that was
    // already in when the kiosk started and holds the installed version is only logged (it is
    // probably the stick of the last update, left in over a restart).
    SyncStatus poll();
    // Starts an import from a folder right away (staff screen "check again", tests).
    void import_from(const std::filesystem::path& folder);
    // True once after each successful import: the kiosk reopens the catalogue (when on Home).
    bool take_new_catalogue();
    // Hides the finished message (after the staff saw it, or when the stick is removed).
    void dismiss();

private:
    void start_next();
    void clear_finished();  // with mutex_ held
    Options options_;
    Log log_;
    MountWatcher watcher_;
    struct Job {
        std::filesystem::path folder;
        bool quiet_if_not_newer = false;
    };
    std::deque<Job> queue_;
    bool first_poll_ = true;
    std::filesystem::path shown_folder_;  // the stick whose result is on screen
    std::thread worker_;
    std::atomic<bool> running_{false};
    std::atomic<double> progress_{0.0};
    std::mutex mutex_;  // guards the fields below
    SyncStatus finished_;
    bool new_catalogue_ = false;
};

}  // namespace ww::sync
