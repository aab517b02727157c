#pragma once
// The kiosk program: wires the window, the views, the catalogue, speech, the printer and the staff
// PIN together and runs the event-driven loop. Each turn of the loop is a list of named steps:
// wait (as long as app/loop_wait.h decides), sync poll, catalogue poll, input pump, staff gesture,
// idle, print poll, and a frame when something changed (a few frames after input, then wait).
#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "app/catalogue_loader.h"
#include "app/layout_walk.h"
#include "app/test_hooks.h"
#include "core/catalogue.h"
#include "core/config.h"
#include "core/model.h"

namespace ww::app {

struct AppOptions {
    KioskConfig config;
    std::filesystem::path catalogue_path;  // resolved: --catalogue, config, or the demo catalogue
    int window_w = 0;                      // 0: full screen
    int window_h = 0;
    std::string config_notice;  // why the config file was not used (staff screen); empty: it was
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
    // The catalogue is the one USB updates install: open it through the two slots (trial and
    // rollback, core/sync/slots.h) and let staff reset the newest version seen.
    bool catalogue_has_slots = false;
    sync::SlotPolicy slot_policy;
    double open_timeout_s = 60;
    TestHookOptions test_hooks;       // the UI map, frame log, screenshot, faults (app/test_hooks.h)
    std::optional<WalkOptions> walk;  // --layout-walk: visit and check every screen, then quit
};

// What a loop-turn hook learns about the screen (see KioskApp::on_loop_turn).
struct LoopTurn {
    double now = 0;        // seconds, monotonic
    bool on_home = false;  // on Home (or out of order): a calm moment to switch catalogues
    Language language = Language::Dutch;
};

class KioskApp {
public:
    explicit KioskApp(AppOptions options);
    ~KioskApp();

    // Runs until staff quit (0) or the window cannot be opened (1).
    int run();

    // --- Integration points (thread-safe; they wake the loop) -------------------------------
    // A band above the content, e.g. "De catalogus wordt bijgewerkt…" during a USB update.
    // Empty text removes it. progress 0..1 when known.
    void post_status(std::string text, std::optional<float> progress = std::nullopt);
    // Switch to another catalogue file (after a successful USB update). Opened on the loop's
    // thread; when it cannot be opened the current catalogue stays.
    void post_catalogue(std::filesystem::path path);
    // Lines for the staff screen's "Geschiedenis van updates" (newest first), e.g. from the USB
    // sync's import history.
    void post_import_history(std::vector<std::string> lines);
    // Optional: called on the loop's thread once every turn of the loop (e.g. the USB sync); it
    // must not block. Returns the longest the loop may wait before the next turn, in seconds.
    std::function<double(const LoopTurn& turn)> on_loop_turn;
    // Optional: false while the catalogue must not be opened yet (a stick found at start is
    // imported first, so a stick always wins over a broken installed catalogue).
    std::function<bool()> may_open_catalogue;
    // Optional: called on the loop's thread after a rollback, a passed trial or a version reset
    // (e.g. to show the import history again).
    std::function<void()> on_slots_changed;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The catalogue used when nothing is configured: the build's or the installed demo catalogue.
std::filesystem::path default_catalogue_path();

}  // namespace ww::app
