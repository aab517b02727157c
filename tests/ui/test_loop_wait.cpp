// The kiosk loop's next wait (app/loop_wait.h): how long it may sleep, from what each part says,
// with a fake clock.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>

#include "app/loop_wait.h"
#include "ui/idle.h"

using ww::app::LoopWaits;
using ww::app::next_wait;

namespace {
// A kiosk nobody touches: the idle timer and, when given, a catalogue on trial until `trial_end`.
struct FakeKiosk {
    ww::ui::IdleTimer idle{{60, 30}};
    bool question_up = false;
    std::optional<double> trial_end;
    double watchdog_s = 0;

    LoopWaits waits(double now) const {
        LoopWaits w;
        w.idle_change = idle.seconds_to_next_change(now, false);
        w.idle_countdown = question_up;
        w.watchdog_interval_s = watchdog_s;
        w.catalogue_check = trial_end ? std::max(0.05, *trial_end - now) : 30.0;
        return w;
    }
};
}  // namespace

TEST_CASE("input pending: the next frame is drawn at once", "[loop]") {
    LoopWaits w;
    w.frames_pending = true;
    w.idle_change = 50;
    CHECK(next_wait(w) == 0);
}

TEST_CASE("nothing to do: the loop sleeps its longest, but never spins", "[loop]") {
    LoopWaits w;
    CHECK(next_wait(w) == Approx(ww::app::kLongestWait));
    w.idle_change = -3;  // the phase changed a while ago: wake, but not in a busy loop
    CHECK(next_wait(w) == Approx(ww::app::kShortestWait));
}

TEST_CASE("each part shortens the wait to when it has something to do", "[loop]") {
    LoopWaits w;
    w.idle_change = 20;
    CHECK(next_wait(w) == Approx(20.05));  // just after the question is due, not just before
    w.catalogue_check = 12;                // a trial catalogue is marked good then
    CHECK(next_wait(w) == Approx(12));
    w.sync_turn = 2;  // the USB sync polls its stick
    CHECK(next_wait(w) == Approx(2));
    w.watchdog_interval_s = 3;  // systemd's watchdog is fed at least every half interval
    CHECK(next_wait(w) == Approx(1.5));
    w.corner_check = 0.5;  // a corner of the staff gesture is held
    CHECK(next_wait(w) == Approx(0.5));
    w.idle_countdown = true;  // "Bent u er nog?" counts down
    CHECK(next_wait(w) == Approx(ww::app::kCountdownStep));
}

TEST_CASE("a kiosk left alone wakes just in time for the question and the reset, and rarely otherwise", "[loop]") {
    FakeKiosk kiosk;
    kiosk.idle.touched(0);
    double now = 0;
    int turns = 0;
    while (kiosk.idle.phase(now, false) == ww::ui::IdlePhase::Active) {
        now += next_wait(kiosk.waits(now));
        ++turns;
    }
    CHECK(now >= 60);
    CHECK(now <= 60.1);
    CHECK(turns <= 3);  // 30 s, then the rest: no polling in between

    kiosk.question_up = true;  // the countdown: a turn four times a second until the reset
    int countdown_turns = 0;
    while (kiosk.idle.phase(now, false) != ww::ui::IdlePhase::Reset) {
        now += next_wait(kiosk.waits(now));
        ++countdown_turns;
    }
    CHECK(now >= 90);
    CHECK(now <= 90.3);
    CHECK(countdown_turns >= 30 * 4 - 1);
    CHECK(countdown_turns <= 30 * 4 + 1);
}

TEST_CASE("a trial catalogue and the watchdog wake an idle kiosk on time", "[loop]") {
    FakeKiosk kiosk;
    kiosk.idle.touched(0);
    kiosk.trial_end = 7;
    kiosk.watchdog_s = 20;
    double now = 0;
    double last = 0, longest_gap = 0;
    bool trial_seen = false;
    while (now < 55) {
        now += next_wait(kiosk.waits(now));
        longest_gap = std::max(longest_gap, now - last);
        last = now;
        if (kiosk.trial_end && now >= *kiosk.trial_end) {
            CHECK(now <= *kiosk.trial_end + 0.06);
            trial_seen = true;
            kiosk.trial_end.reset();  // marked good
        }
    }
    CHECK(trial_seen);
    CHECK(longest_gap <= 10.0 + 1e-9);  // half the watchdog interval
}
