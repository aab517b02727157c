#include "web/web_poller.h"

#include <algorithm>
#include <chrono>
#include <random>

#include "core/calendar.h"
#include "core/sync/history.h"
#include "core/sync/poll_schedule.h"

namespace ww::web {

namespace {
std::int64_t system_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}
}  // namespace

std::vector<std::string> web_status_lines(const WebPollStatus& status, std::int64_t now) {
    std::vector<std::string> lines;
    if (status.checking) {
        lines.push_back("Web updates: checking now.");
    } else if (status.last) {
        lines.push_back("Web updates: last check " + status.last_at + ": " + status.last->log);
    } else {
        lines.push_back("Web updates: not checked yet since the kiosk started.");
    }
    if (!status.checking && status.next_check_at > 0) {
        const auto at = std::chrono::system_clock::time_point(std::chrono::seconds(status.next_check_at));
        const std::int64_t minutes = std::max<std::int64_t>(0, (status.next_check_at - now + 59) / 60);
        lines.push_back("Next web check about " + format_time(at, "%H:%M") + " (in " + std::to_string(minutes) +
                        (minutes == 1 ? " minute)." : " minutes)."));
    }
    return lines;
}

WebPoller::WebPoller(Options options, Log log) : options_(std::move(options)), log_(std::move(log)) {
    if (!options_.now) options_.now = system_seconds;
    if (!options_.random01) {
        auto engine = std::make_shared<std::mt19937_64>(std::random_device{}());
        options_.random01 = [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
    }
    if (!log_) log_ = [](const std::string&) {};
    options_.request.fetch.cancel = &stopping_;
    status_.next_check_at = sync::next_poll_time(options_.now(), options_.poll_minutes, options_.random01(), true);
    thread_ = std::thread([this] { run(); });
}

WebPoller::~WebPoller() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void WebPoller::check_now() {
    {
        std::lock_guard lock(mutex_);
        check_requested_ = true;
    }
    wake_.notify_all();
}

WebPollStatus WebPoller::status() const {
    std::lock_guard lock(mutex_);
    return status_;
}

bool WebPoller::take_new_catalogue() {
    std::lock_guard lock(mutex_);
    return std::exchange(new_catalogue_, false);
}

void WebPoller::run() {
    WebMemory memory;  // only this thread touches it
    std::unique_lock lock(mutex_);
    while (!stopping_) {
        // Sleeps in steps of at most a minute, so a clock that jumps is noticed.
        while (!stopping_ && !check_requested_ && options_.now() < status_.next_check_at)
            wake_.wait_for(lock,
                           std::chrono::seconds(std::clamp<std::int64_t>(status_.next_check_at - options_.now(), 1,
                                                                         std::max(1, options_.max_sleep_seconds))));
        if (stopping_) break;
        check_requested_ = false;
        status_.checking = true;
        lock.unlock();

        sync::SyncIo io;
        WebOutcome outcome = check_for_web_update(options_.request, memory, io);
        log_(outcome.log);
        const std::int64_t next =
            sync::next_poll_time(options_.now(), options_.poll_minutes, options_.random01(), false);

        lock.lock();
        status_.checking = false;
        status_.last = outcome;
        status_.last_at = sync::now_utc_timestamp();
        status_.next_check_at = next;
        ++status_.finished_count;
        if (outcome.imported()) new_catalogue_ = true;
    }
}

}  // namespace ww::web
