// Every text colour on every background it is drawn on reaches 7:1 (WCAG 2.2 AAA).
#include <catch2/catch.hpp>

#include "ui/theme.h"

using namespace ww::ui;

TEST_CASE("the WCAG contrast formula", "[contrast]") {
    CHECK(contrast_ratio({0, 0, 0}, {255, 255, 255}) == Approx(21.0));
    CHECK(contrast_ratio({255, 255, 255}, {255, 255, 255}) == Approx(1.0));
    CHECK(contrast_ratio({0x76, 0x76, 0x76}, {255, 255, 255}) == Approx(4.54).epsilon(0.01));  // the known AA grey
    CHECK(contrast_ratio({0x59, 0x59, 0x59}, {255, 255, 255}) == Approx(7.0).epsilon(0.01));
    CHECK(contrast_ratio({10, 20, 30}, {200, 210, 220}) == Approx(contrast_ratio({200, 210, 220}, {10, 20, 30})));
}

TEST_CASE("all text/background pairs of the theme are at least 7:1", "[contrast]") {
    const auto pairs = text_pairs(theme());
    REQUIRE(pairs.size() >= 10);
    for (const auto& p : pairs) {
        INFO(p.name << ": " << contrast_ratio(p.foreground, p.background));
        CHECK(contrast_ratio(p.foreground, p.background) >= kMinTextContrast);
    }
}

TEST_CASE("a too-light colour would fail the check", "[contrast]") {
    Theme t = theme();
    t.text = {0x80, 0x80, 0x80};
    bool any_fail = false;
    for (const auto& p : text_pairs(t))
        any_fail = any_fail || contrast_ratio(p.foreground, p.background) < kMinTextContrast;
    CHECK(any_fail);
}
