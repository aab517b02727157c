#pragma once
// The kiosk's background web update checks ([sync] url): one thread that sleeps until the next
// check (core/sync/poll_schedule.h: the period with random jitter), runs check_for_web_update()
// and sleeps again. The kiosk's loop only reads status(); nothing here blocks a frame. The
// destructor stops a running download within a second (curl's progress callback) and joins.
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "web/web_update.h"

namespace ww::web {

struct WebPollStatus {
    bool checking = false;
    std::optional<WebOutcome> last;    // the last check's outcome; empty before the first
    std::string last_at;               // when it finished, "2026-12-03T10:15:02Z"
    std::int64_t next_check_at = 0;    // unix seconds of the next scheduled check
    std::uint64_t finished_count = 0;  // grows with every finished check
};

// The staff screen's words for the web checks (English, like the history lines): the last check
// and its result, and when the next one comes (local time, "next check about 14:05").
std::vector<std::string> web_status_lines(const WebPollStatus& status, std::int64_t now);

class WebPoller {
public:
    using Log = std::function<void(const std::string&)>;
    struct Options {
        WebUpdateRequest request;
        int poll_minutes = 60;
        std::function<std::int64_t()> now;  // unix seconds; default: the system clock
        std::function<double()> random01;   // uniform [0, 1); default: std::random_device seeded
        int max_sleep_seconds = 60;         // the clock is read again at least this often
    };

    WebPoller(Options options, Log log);
    ~WebPoller();
    WebPoller(const WebPoller&) = delete;
    WebPoller& operator=(const WebPoller&) = delete;

    // Checks as soon as possible (staff "check now", tests), then on the schedule again.
    void check_now();
    WebPollStatus status() const;
    // True once after each check that installed a new catalogue.
    bool take_new_catalogue();

private:
    void run();
    Options options_;
    Log log_;
    std::atomic<bool> stopping_{false};
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    bool check_requested_ = false;
    bool new_catalogue_ = false;
    WebPollStatus status_;
    std::thread thread_;  // last: starts after every field above exists
};

}  // namespace ww::web
