#pragma once
// How long the kiosk's loop may sleep before its next turn (like hello_imgui's DecideIdling):
// a pure decision over what each part of the kiosk said it needs, so it is unit-tested with a
// fake clock (tests/ui/test_loop_wait.cpp). The printer, the catalogue loader's thread and the
// USB watcher also wake the loop themselves (platform::KioskWindow::wake) when something happens.
#include <algorithm>
#include <optional>

namespace ww::app {

// Each part's "seconds until I have something to do", as asked this turn.
struct LoopWaits {
    bool frames_pending = false;         // input just came: the next frames are drawn at once
    double idle_change = 1e9;            // ui::IdleTimer::seconds_to_next_change: the question, the reset
    bool idle_countdown = false;         // "Bent u er nog?" is up and counts down the seconds
    std::optional<double> corner_check;  // a corner of the staff gesture is held
    double watchdog_interval_s = 0;      // systemd's WatchdogSec; 0: no watchdog
    std::optional<double> sync_turn;     // what the USB/web sync's last turn asked for (when it runs)
    double catalogue_check = 1e9;        // CatalogueLoader::seconds_to_next_check: a load, its time-out, the trial
};

constexpr double kLongestWait = 30.0;    // a turn at least this often, whatever the parts say
constexpr double kShortestWait = 0.01;   // never spin
constexpr double kCountdownStep = 0.25;  // the countdown's number changes every second
constexpr double kIdleLate = 0.05;       // wake just after the idle phase changed, not just before

inline double next_wait(const LoopWaits& w) {
    if (w.frames_pending) return 0;
    double wait = kLongestWait;
    wait = std::min(wait, w.idle_change + kIdleLate);
    if (w.corner_check) wait = std::min(wait, *w.corner_check);
    if (w.watchdog_interval_s > 0) wait = std::min(wait, w.watchdog_interval_s / 2);
    if (w.sync_turn) wait = std::min(wait, *w.sync_turn);
    if (w.idle_countdown) wait = std::min(wait, kCountdownStep);
    wait = std::min(wait, w.catalogue_check);
    return std::max(kShortestWait, wait);
}

}  // namespace ww::app
