#pragma once
// Writes the kiosk's health metrics file (core/health_metrics.h, core/metrics_file.h) from a
// thread of its own: the loop only hands over what it knows (screen state, catalogue) and wakes
// it, so reading the history, asking CUPS and writing the file never hold up a frame.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/health_metrics.h"
#include "core/model.h"

namespace ww::app {

struct HealthSources {
    std::filesystem::path metrics_file;
    std::filesystem::path catalogue;  // the live catalogue: its import history and slot state
    std::int64_t restarts = 0;
    std::int64_t start_time_s = 0;  // unix seconds
    std::chrono::steady_clock::time_point started;
    // Called on the reporter's thread; may block briefly (CUPS). Unset: no printer.
    std::function<int()> prints_today;
    std::function<health::PrinterState()> printer_state;
    std::function<void(const std::string&)> log;
    double max_age_s = 60;  // rewritten at least this often
};

class HealthReporter {
public:
    explicit HealthReporter(HealthSources sources);
    ~HealthReporter();  // stops and joins the thread
    HealthReporter(const HealthReporter&) = delete;
    HealthReporter& operator=(const HealthReporter&) = delete;

    // Thread-safe and cheap; each wakes the thread only when something changed.
    void set_screen(health::ScreenState screen);
    void set_catalogue(std::optional<CatalogueInfo> info);
    // Something in the files changed (an import, a rollback, a print): gather again now.
    void poke();

private:
    void run();

    HealthSources src_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stop_ = false;
    bool dirty_ = true;
    health::ScreenState screen_ = health::ScreenState::Idle;
    std::optional<CatalogueInfo> catalogue_;
    std::thread thread_;
};

}  // namespace ww::app
