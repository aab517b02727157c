#pragma once
// Keeps the health metrics file (core/health_metrics.h) up to date for node_exporter's textfile
// collector: written atomically, when the facts change and at least every `max_age_s` seconds
// (so the uptime moves and a stale file shows a kiosk that stopped). A folder that is missing or
// not writable is logged once, not at every attempt, and never stops the kiosk.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "core/health_metrics.h"

namespace ww::health {

class MetricsFile {
public:
    MetricsFile(std::filesystem::path path, std::function<void(const std::string&)> log, double max_age_s = 60);

    // `now` is monotonic seconds. Returns true when the file was written.
    bool update(const HealthFacts& facts, double now);
    // Seconds until update() would write even with unchanged facts (0: now).
    double seconds_to_due(double now) const;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
    std::function<void(const std::string&)> log_;
    double max_age_s_;
    std::string last_key_;  // the facts last written, without the clock-driven ones
    std::optional<double> last_write_;
    bool failing_ = false;  // the last write failed and was logged
};

// Whether the facts differ in anything but the uptime (pure).
std::string change_key(const HealthFacts& facts);

}  // namespace ww::health
