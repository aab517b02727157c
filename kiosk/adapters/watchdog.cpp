#include "adapters/watchdog.h"

#include <systemd/sd-daemon.h>

#include <cstdlib>
#include <string>

namespace ww {
namespace {

using Clock = std::chrono::steady_clock;

std::chrono::microseconds read_watchdog_usec() {
    const char* text = std::getenv("WATCHDOG_USEC");
    if (text == nullptr || *text == '\0') return std::chrono::microseconds{0};
    char* end = nullptr;
    const unsigned long long usec = std::strtoull(text, &end, 10);
    if (end == nullptr || *end != '\0') return std::chrono::microseconds{0};
    return std::chrono::microseconds{static_cast<long long>(usec)};
}

}  // namespace

std::chrono::milliseconds watchdog_interval() {
    static const std::chrono::microseconds interval = read_watchdog_usec();
    return std::chrono::duration_cast<std::chrono::milliseconds>(interval);
}

void notify_ready() { sd_notify(0, "READY=1\nSTATUS=Showing the home screen"); }

void notify_stopping() { sd_notify(0, "STOPPING=1"); }

void notify_watchdog() {
    const auto interval = watchdog_interval();
    if (interval.count() == 0) return;
    static Clock::time_point last_sent{};
    const auto now = Clock::now();
    if (last_sent != Clock::time_point{} && now - last_sent < interval / 4) return;
    last_sent = now;
    sd_notify(0, "WATCHDOG=1");
}

}  // namespace ww
