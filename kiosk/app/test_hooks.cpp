#include "app/test_hooks.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include "app/kiosk_log.h"

namespace ww::app {

TestHookOptions test_hooks_from_environment() {
    TestHookOptions out;
    if (const char* map = std::getenv("KIOSK_UI_MAP"); map && *map) out.ui_map_path = map;
    if (const char* log = std::getenv("KIOSK_FRAME_LOG"); log && *log) out.frame_log_path = log;
    if (const char* fault = std::getenv("KIOSK_TEST_FAULT"); fault && *fault) {
        out.fault = parse_test_fault(fault);
        log_line(std::string("test: KIOSK_TEST_FAULT=") + fault);
    }
    out.web_check_at_start = std::getenv("KIOSK_TEST_WEB_CHECK_AT_START") != nullptr;
    return out;
}

TestHooks::TestHooks(TestHookOptions options, std::chrono::steady_clock::time_point started)
    : options_(std::move(options)), started_(started) {
    if (!options_.frame_log_path.empty()) frame_log_.open(options_.frame_log_path, std::ios::app);
}

void TestHooks::log_frame(const FrameFacts& frame) {
    if (frame_log_.is_open())
        frame_log_ << "frame screen=" << frame.map->screen << " build_cpu_us=" << std::lround(frame.build_cpu_s * 1e6)
                   << "\n"
                   << std::flush;
    if (frame.number == 1) {
        const auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started_).count();
        log_line("first frame after " + std::to_string(std::lround(ms)) + " ms");
        if (frame_log_.is_open()) frame_log_ << "first_frame_ms=" << ms << "\n" << std::flush;
    }
}

void TestHooks::frame_shown(const ui::UiMap& map) {
    if (options_.ui_map_path.empty() || (map_written_ && map == written_map_)) return;
    auto written = ui::write_file_atomically(options_.ui_map_path, ui::to_json(map));
    if (!written) log_line(written.error());
    written_map_ = map;
    map_written_ = true;
}

void TestHooks::screenshot_saved(const Status& saved) const {
    log_line(saved ? "screenshot saved to " + options_.screenshot_path.string() : saved.error());
}

}  // namespace ww::app
