#pragma once
// Opens the kiosk's catalogue off the loop's thread, so that the window, the event loop and the
// USB watcher already run when a catalogue hangs or crashes at open: a stick can always repair
// the kiosk. For the catalogue that USB updates install it goes through the two slots
// (core/sync/slot_store.h): each start on a trial catalogue is counted before it is opened, a
// trial catalogue that fails to open (or takes longer than the time-out) is rolled back, and one
// that keeps the kiosk healthy for the trial period is marked good.
//
// Test hook: KIOSK_TEST_FAULT=crash:VERSION or hang:VERSION makes the open of that catalogue
// version abort the process or never return, to test rollback (tests/e2e/kiosk_sync_e2e.py).
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/catalogue.h"
#include "core/sync/slots.h"

namespace ww::app {

struct TestFault {
    enum class Kind { None, Crash, Hang } kind = Kind::None;
    std::int64_t version = 0;
};
// "crash:7" / "hang:7"; None for anything else.
TestFault parse_test_fault(const std::string& text);

struct CatalogueLoad {
    std::filesystem::path path;
    std::unique_ptr<Catalogue> catalogue;  // null when it could not be opened
    std::string error;                     // English, when null
    std::vector<std::string> events;       // English: rollbacks, for the log and the staff screen
};

class CatalogueLoader {
public:
    struct Settings {
        bool use_slots = false;  // the catalogue is the one USB updates install
        sync::SlotPolicy policy;
        double open_timeout_s = 60;
        TestFault fault;
        std::function<void()> wake;  // wakes the loop when a load finishes (another thread)
    };
    explicit CatalogueLoader(Settings settings);
    ~CatalogueLoader();

    // Opens `path` (after the running load, if any). The newest request wins.
    void request(std::filesystem::path path);
    // Loop thread, every turn: starts loads, notices time-outs, and returns a finished load once.
    std::optional<CatalogueLoad> poll(double now);
    // Loop thread, every turn after the catalogue is on screen: marks a trial good once the kiosk
    // has run on it for the trial period. Returns an English line when it did.
    std::optional<std::string> tick_healthy(double now);
    bool loading() const;
    // The slot state as last seen (use_slots only).
    const std::optional<sync::SlotState>& slots() const { return slots_; }
    // Reread after staff changed something.
    void refresh_slots();
    // How long the loop may wait before poll/tick_healthy have something to do.
    double seconds_to_next_check(double now) const;

    struct Job;  // one load on its own thread (public for that thread's function)

private:
    void start(double now);
    Settings settings_;
    std::optional<std::filesystem::path> wanted_;
    std::shared_ptr<Job> job_;
    double job_started_ = 0;
    std::filesystem::path last_path_;  // of the newest load started
    std::optional<double> trial_opened_at_;
    std::optional<sync::SlotState> slots_;
};

}  // namespace ww::app
