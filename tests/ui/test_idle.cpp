// Idle: "Bent u er nog?" after the warning time, reset after at least 20 s more; a fake clock.
#include <catch2/catch.hpp>

#include <cmath>

#include "ui/idle.h"

using namespace ww::ui;

TEST_CASE("idle asks after the warning time and resets after the question time", "[idle]") {
    IdleTimer idle({120, 30});
    idle.touched(1000);
    CHECK(idle.phase(1000 + 119.9, false) == IdlePhase::Active);
    CHECK(idle.phase(1000 + 120, false) == IdlePhase::Warning);
    CHECK(idle.phase(1000 + 149.9, false) == IdlePhase::Warning);
    CHECK(idle.phase(1000 + 150, false) == IdlePhase::Reset);
    CHECK(idle.seconds_to_next_change(1000 + 100, false) == Approx(20));
    CHECK(idle.seconds_to_next_change(1000 + 130, false) == Approx(20));
}

TEST_CASE("'Ja, ik ben er nog' (any touch) starts the wait again", "[idle]") {
    IdleTimer idle({60, 20});
    idle.touched(0);
    CHECK(idle.phase(65, false) == IdlePhase::Warning);
    idle.touched(70);
    CHECK(idle.phase(71, false) == IdlePhase::Active);
    CHECK(idle.phase(129, false) == IdlePhase::Active);
    CHECK(idle.phase(130, false) == IdlePhase::Warning);
}

TEST_CASE("nothing to forget: no question on a fresh Home screen", "[idle]") {
    IdleTimer idle({60, 20});
    idle.touched(0);
    CHECK(idle.phase(10000, true) == IdlePhase::Active);
    CHECK(std::isinf(idle.seconds_to_next_change(10000, true)));
}

TEST_CASE("the question stays at least 20 s whatever the config says", "[idle]") {
    IdleTimer idle({1, 3});
    CHECK(idle.settings().reset_after_s >= 20);
    CHECK(idle.settings().warning_after_s >= 5);
    idle.touched(0);
    CHECK(idle.phase(idle.settings().warning_after_s + 19.9, false) == IdlePhase::Warning);
}
