#include "app/health_reporter.h"

#include <algorithm>

#include "core/metrics_file.h"
#include "core/sync/health_facts.h"

#ifndef WEGWIJZER_VERSION
#define WEGWIJZER_VERSION ""
#endif

namespace ww::app {

HealthReporter::HealthReporter(HealthSources sources) : src_(std::move(sources)) {
    thread_ = std::thread([this] { run(); });
}

HealthReporter::~HealthReporter() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void HealthReporter::set_screen(health::ScreenState screen) {
    {
        std::lock_guard lock(mutex_);
        if (screen_ == screen) return;
        screen_ = screen;
        dirty_ = true;
    }
    wake_.notify_all();
}

void HealthReporter::set_catalogue(std::optional<CatalogueInfo> info) {
    {
        std::lock_guard lock(mutex_);
        catalogue_ = std::move(info);
        dirty_ = true;
    }
    wake_.notify_all();
}

void HealthReporter::poke() {
    {
        std::lock_guard lock(mutex_);
        dirty_ = true;
    }
    wake_.notify_all();
}

void HealthReporter::run() {
    health::MetricsFile file(src_.metrics_file, src_.log, src_.max_age_s);
    const auto seconds_since_start = [this] {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - src_.started).count();
    };
    std::unique_lock lock(mutex_);
    while (!stop_) {
        const double wait_s = std::max(0.05, file.seconds_to_due(seconds_since_start()));
        wake_.wait_for(lock, std::chrono::duration<double>(wait_s), [this] { return stop_ || dirty_; });
        if (stop_) break;
        dirty_ = false;
        health::HealthFacts facts;
        facts.screen = screen_;
        const std::optional<CatalogueInfo> catalogue = catalogue_;
        lock.unlock();

        facts.build_version = WEGWIJZER_VERSION;
        sync::add_catalogue_facts(facts, catalogue);
        sync::add_update_facts(facts, src_.catalogue);
        facts.prints_today = src_.prints_today ? src_.prints_today() : 0;
        facts.printer = src_.printer_state ? src_.printer_state() : health::PrinterState::None;
        facts.restarts = src_.restarts;
        facts.start_time_s = src_.start_time_s;
        facts.uptime_s = seconds_since_start();
        file.update(facts, facts.uptime_s);

        lock.lock();
    }
}

}  // namespace ww::app
