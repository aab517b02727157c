// Tap and swipe recognition, the 0.5 s repeat filter and the hidden staff gesture; a fake clock.
#include <catch2/catch.hpp>

#include "platform/gesture.h"

using namespace ww::platform;

TEST_CASE("a tap with a small wobble is still a tap, at the press position", "[gesture]") {
    GestureRecognizer g(12);
    g.press({100, 100}, 0.0);
    CHECK_FALSE(g.move({105, 97}, 0.05).swiping);
    CHECK_FALSE(g.move({96, 104}, 0.1).swiping);
    const auto out = g.release({103, 102}, 0.2);
    REQUIRE(out.tap);
    CHECK(out.tap->x == 100);
    CHECK(out.tap->y == 100);
    CHECK(out.scroll_dy == 0);
}

TEST_CASE("a long, still press is a tap too (no long-press gesture)", "[gesture]") {
    GestureRecognizer g(12);
    g.press({50, 50}, 0.0);
    CHECK(g.release({50, 50}, 3.0).tap);
}

TEST_CASE("a swipe scrolls with the finger and never taps", "[gesture]") {
    GestureRecognizer g(12);
    g.press({100, 400}, 0.0);
    auto a = g.move({100, 380}, 0.05);  // past the wobble: the whole movement scrolls
    CHECK(a.swiping);
    CHECK(a.scroll_dy == -20);
    auto b = g.move({100, 300}, 0.1);
    CHECK(b.scroll_dy == -80);
    auto c = g.release({100, 290}, 0.15);
    CHECK_FALSE(c.tap);
    CHECK(c.scroll_dy == -10);
    // Swiped back to the start point: still a swipe, still no tap.
    g.press({100, 400}, 1.0);
    g.move({100, 300}, 1.1);
    g.move({100, 400}, 1.2);
    CHECK_FALSE(g.release({100, 400}, 1.3).tap);
}

TEST_CASE("a second tap on the same target within 0.5 s is ignored", "[gesture]") {
    TapFilter f(0.5);
    CHECK(f.accept("tile.meeting", 10.0));
    CHECK_FALSE(f.accept("tile.meeting", 10.3));
    CHECK(f.accept("bar.home", 10.35));  // another target is fine
    CHECK(f.accept("bar.home", 10.9));
    CHECK(f.accept("tile.meeting", 11.0));
    CHECK_FALSE(f.accept("tile.meeting", 11.49));
    CHECK(f.accept("tile.meeting", 11.6));
}

TEST_CASE("staff gesture: hold top-left then bottom-right, 5 s each", "[gesture]") {
    CornerGesture g(60, 5.0, 10.0);
    const float w = 1920, h = 1080;
    double t = 0;
    for (; t < 5.2; t += 0.25) CHECK_FALSE(g.update(true, {10, 10}, w, h, t));
    CHECK_FALSE(g.update(false, {10, 10}, w, h, t));
    t += 1;
    bool recognised = false;
    for (double start = t; t < start + 5.3; t += 0.25) recognised = recognised || g.update(true, {1910, 1070}, w, h, t);
    CHECK(recognised);
}

TEST_CASE("staff gesture: one corner alone, too short, or too late does nothing", "[gesture]") {
    const float w = 1920, h = 1080;
    {
        CornerGesture g(60);
        bool any = false;
        for (double t = 0; t < 30; t += 0.25) any = any || g.update(true, {10, 10}, w, h, t);
        CHECK_FALSE(any);
    }
    {
        CornerGesture g(60);
        bool any = false;
        for (double t = 0; t < 4; t += 0.25) any = any || g.update(true, {10, 10}, w, h, t);
        g.update(false, {10, 10}, w, h, 4);
        for (double t = 5; t < 11; t += 0.25) any = any || g.update(true, {1910, 1070}, w, h, t);
        CHECK_FALSE(any);
    }
    {
        CornerGesture g(60, 5, 10);
        bool any = false;
        for (double t = 0; t < 5.5; t += 0.25) any = any || g.update(true, {10, 10}, w, h, t);
        g.update(false, {10, 10}, w, h, 5.5);
        for (double t = 30; t < 36; t += 0.25) any = any || g.update(true, {1910, 1070}, w, h, t);
        CHECK_FALSE(any);
    }
}
