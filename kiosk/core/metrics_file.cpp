#include "core/metrics_file.h"

#include <algorithm>
#include <system_error>

#include "core/atomic_file.h"

namespace ww::health {

namespace {
// node_exporter runs as its own user; the kiosk's service has UMask=0077.
constexpr auto kReadableByCollector = std::filesystem::perms::owner_read | std::filesystem::perms::owner_write |
                                      std::filesystem::perms::group_read | std::filesystem::perms::others_read;
}  // namespace

std::string change_key(const HealthFacts& facts) {
    HealthFacts without_clock = facts;
    without_clock.uptime_s = 0;
    return format_prometheus(without_clock);
}

MetricsFile::MetricsFile(std::filesystem::path path, std::function<void(const std::string&)> log, double max_age_s)
    : path_(std::move(path)), log_(std::move(log)), max_age_s_(max_age_s) {}

double MetricsFile::seconds_to_due(double now) const {
    if (!last_write_) return 0;
    return std::max(0.0, *last_write_ + max_age_s_ - now);
}

bool MetricsFile::update(const HealthFacts& facts, double now) {
    if (path_.empty()) return false;
    std::string key = change_key(facts);
    if (key == last_key_ && seconds_to_due(now) > 0) return false;
    // A failed write is tried again at the next change or after max_age_s, not at every call.
    last_write_ = now;
    last_key_ = key;
    std::error_code ec;
    Status written = std::filesystem::is_directory(path_.parent_path(), ec)
                         ? write_file_atomically(path_, format_prometheus(facts), {.mode = kReadableByCollector})
                         : Status(fail("the folder " + path_.parent_path().string() + " does not exist"));
    if (!written) {
        if (!failing_ && log_)
            log_("health: cannot write the metrics file " + path_.string() + ": " + written.error() +
                 " (tried again every minute; set [health] metrics_file = \"\" to switch metrics off)");
        failing_ = true;
        return false;
    }
    if (failing_ && log_) log_("health: the metrics file " + path_.string() + " is written again");
    failing_ = false;
    return true;
}

}  // namespace ww::health
