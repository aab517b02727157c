#pragma once
// Everything the kiosk does only so that tests, benchmarks and the demo script can watch or break
// it, in one place. None of it changes what a resident sees.
//
//   KIOSK_UI_MAP=FILE        what is on screen as JSON (ui/UI_MAP.md), rewritten after every change;
//                            the end-to-end tests tap at the rectangles it lists (tests/e2e)
//   KIOSK_FRAME_LOG=FILE     the first frame's time since start and every frame's CPU time
//                            (tests/bench/kiosk_bench.py)
//   --screenshot FILE        save the third frame as a PNG and quit (deploy/run-demo.sh)
//   KIOSK_TEST_FAULT=crash:VERSION|hang:VERSION
//                            opening that catalogue version aborts or never returns, to test the
//                            rollback (app/catalogue_loader.h, tests/e2e/kiosk_sync_e2e.py)
//   KIOSK_TEST_WEB_CHECK_AT_START
//                            the first web update check at once instead of after a random delay
//                            (tests/e2e/kiosk_web_e2e.py)
// The layout walk (--layout-walk, app/layout_walk.h) is a test run of its own.
#include <chrono>
#include <filesystem>
#include <fstream>

#include "app/catalogue_loader.h"
#include "core/result.h"
#include "ui/ui_map.h"

namespace ww::app {

struct TestHookOptions {
    std::filesystem::path ui_map_path;      // KIOSK_UI_MAP
    std::filesystem::path frame_log_path;   // KIOSK_FRAME_LOG
    std::filesystem::path screenshot_path;  // --screenshot
    TestFault fault;                        // KIOSK_TEST_FAULT
    bool web_check_at_start = false;        // KIOSK_TEST_WEB_CHECK_AT_START
};

// Reads the environment variables above (not --screenshot, a command-line option); logs a fault.
TestHookOptions test_hooks_from_environment();

// What one drawn frame tells the hooks.
struct FrameFacts {
    long number = 0;         // 1 for the first frame
    double build_cpu_s = 0;  // thread CPU time building the frame
    const ui::UiMap* map = nullptr;
};

class TestHooks {
public:
    TestHooks(TestHookOptions options, std::chrono::steady_clock::time_point started);

    // After a frame is rendered, before it is shown: the frame log and the screenshot.
    // `save_png(path)` saves the rendered frame. Returns true when the kiosk should quit (the
    // screenshot is taken).
    template <typename SavePng>
    bool frame_rendered(const FrameFacts& frame, SavePng&& save_png) {
        log_frame(frame);
        if (options_.screenshot_path.empty() || frame.number != kScreenshotFrame) return false;
        screenshot_saved(save_png(options_.screenshot_path));
        return true;
    }
    // After the frame is on screen: the UI map file, when the map changed (a test that reads it
    // may tap and look at once).
    void frame_shown(const ui::UiMap& map);

    const TestHookOptions& options() const { return options_; }

private:
    static constexpr long kScreenshotFrame = 3;  // fonts and textures settled
    void log_frame(const FrameFacts& frame);
    void screenshot_saved(const Status& saved) const;

    TestHookOptions options_;
    std::chrono::steady_clock::time_point started_;
    std::ofstream frame_log_;
    ui::UiMap written_map_;
    bool map_written_ = false;
};

}  // namespace ww::app
