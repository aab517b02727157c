// Layout in millimetres: 16 mm targets, 4 mm gaps, capital H >= 7 mm, from 1280x720 to 3840x2160,
// landscape and portrait, at 100/125/150 %.
#include <catch2/catch.hpp>

#include <cmath>
#include <utility>

#include "ui/glyphs.h"
#include "ui/layout.h"

using namespace ww::ui;

namespace {
const char* kFont = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
const char* kBold = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";

struct Case {
    int w, h;
    double inch;
};
const Case kScreens[] = {
    {1280, 720, 21.5},  {1920, 1080, 21.5}, {3840, 2160, 21.5}, {720, 1280, 21.5}, {1080, 1920, 21.5},
    {2160, 3840, 21.5}, {1920, 1080, 15.6}, {1920, 1080, 32},   {3840, 2160, 43},  {1366, 768, 18.5},
};
}  // namespace

TEST_CASE("pixels per millimetre follow the configured diagonal", "[layout]") {
    // 21.5-inch 16:9: 476.6 mm wide, so 1920 px make about 4.03 px/mm.
    CHECK(px_per_mm({1920, 1080, 21.5}) == Approx(4.03).epsilon(0.01));
    CHECK(px_per_mm({3840, 2160, 21.5}) == Approx(2 * px_per_mm({1920, 1080, 21.5})));
    CHECK(px_per_mm({1080, 1920, 21.5}) == Approx(px_per_mm({1920, 1080, 21.5})));
}

TEST_CASE("Noto Sans cap-height ratio is read from the font file", "[layout]") {
    const double ratio = font_cap_ratio(kFont);
    CHECK(ratio > 0.45);
    CHECK(ratio < 0.6);
    CHECK(font_cap_ratio(kBold) == Approx(ratio).epsilon(0.02));
    CHECK(font_cap_ratio("/nonexistent.ttf") == 0);
}

TEST_CASE("targets, gaps and text sizes in mm on every supported screen", "[layout]") {
    const double ratio = font_cap_ratio(kFont);
    REQUIRE(ratio > 0);
    for (const auto& sc : kScreens) {
        for (int scale : {100, 125, 150}) {
            INFO(sc.w << "x" << sc.h << " " << sc.inch << "\" at " << scale << "%");
            const Metrics m = compute_metrics({sc.w, sc.h, sc.inch}, scale, ratio);
            CHECK(m.target / m.px_per_mm >= 16.0);
            CHECK(m.gap / m.px_per_mm >= 4.0);
            CHECK(m.button_h >= m.target);
            const double cap = cap_height_mm(m.body_px, ratio, m.px_per_mm);
            CHECK(cap >= 7.0 * scale / 100.0);
            CHECK(cap < 7.0 * scale / 100.0 + 0.6);  // not needlessly large either
            CHECK(m.heading_px > m.body_px);
            // The bar (two lines of large text at most) leaves more than half the screen for content.
            Metrics two = m;
            set_bar_lines(two, 2);
            CHECK(two.content.h > sc.h * 0.5f);
            CHECK(two.content.bottom() <= float(sc.h));
            // The bar's buttons: at least 16 mm and 4 mm apart.
            const auto bar = layout_bar(two, 6);
            for (size_t i = 0; i < bar.size(); ++i) {
                CHECK(bar[i].w >= m.target);
                CHECK(bar[i].h >= m.target);
                CHECK(bar[i].right() <= float(sc.w));
                if (i > 0) CHECK(gap_between(bar[i - 1], bar[i]) >= m.gap - 0.5f);
            }
        }
    }
}

TEST_CASE("the home grid: 9 tiles of at least 16 mm, 4 mm apart, on screen", "[layout]") {
    const double ratio = font_cap_ratio(kFont);
    for (const auto& sc : kScreens) {
        for (int scale : {100, 125, 150}) {
            INFO(sc.w << "x" << sc.h << " " << sc.inch << "\" at " << scale << "%");
            Metrics m = compute_metrics({sc.w, sc.h, sc.inch}, scale, ratio);
            set_bar_lines(m, 2);
            Rect area = m.content;
            area.y += m.heading_px + m.gap + m.line + 2 * m.pad;  // the question and a notice band
            area.h -= m.heading_px + m.gap + m.line + 2 * m.pad;
            // A tile holds two lines of its word.
            const float min_h = std::max(m.target, 2 * m.line + 2 * m.pad);
            const Grid g = layout_grid(area, 9, m.target, min_h, m.gap, sc.w > sc.h ? 5 : 3);
            REQUIRE(g.cells.size() == 9);
            for (size_t i = 0; i < g.cells.size(); ++i) {
                const Rect& r = g.cells[i];
                CHECK(r.w >= m.target);
                CHECK(r.h >= min_h);
                CHECK(r.x >= 0);
                CHECK(r.right() <= float(sc.w) + 0.5f);
                // Everything on screen without scrolling, on screens of 18.5" and more. (A 15.6" screen at
                // 150 % has no room for 9 tiles of 10.5 mm text; there the Home grid scrolls.)
                if (sc.inch >= 18.5) CHECK(r.bottom() <= area.bottom() + 0.5f);
                for (size_t j = 0; j < i; ++j) CHECK(gap_between(g.cells[j], r) >= m.gap - 0.5f);
            }
        }
    }
}

TEST_CASE("the on-screen keyboard: keys of at least 16 mm, 4 mm apart", "[layout]") {
    const double ratio = font_cap_ratio(kFont);
    for (const auto& sc : kScreens) {
        const Metrics m = compute_metrics({sc.w, sc.h, sc.inch}, 150, ratio);
        const std::vector<int> counts{10, 9, 8, 6};
        const std::vector<std::vector<float>> widths{
            std::vector<float>(10, 1), std::vector<float>(9, 1), {1, 1, 1, 1, 1, 1, 1, 2.5f}, {1, 1, 1, 1, 1, 4}};
        const auto keys = layout_keyboard(m.content, counts, widths, m);
        REQUIRE(keys.size() == 33);
        for (size_t i = 0; i < keys.size(); ++i) {
            INFO(sc.w << "x" << sc.h << " key " << i);
            CHECK(keys[i].w >= m.target);
            CHECK(keys[i].h >= m.target);
            CHECK(keys[i].x >= m.content.x - 0.5f);
            CHECK(keys[i].right() <= m.content.right() + 0.5f);
            for (size_t j = 0; j < i; ++j) CHECK(gap_between(keys[j], keys[i]) >= m.gap - 0.5f);
        }
    }
}

TEST_CASE("gap_between measures the empty space between rectangles", "[layout]") {
    CHECK(gap_between({0, 0, 10, 10}, {15, 0, 10, 10}) == Approx(5));
    CHECK(gap_between({0, 0, 10, 10}, {0, 14, 10, 10}) == Approx(4));
    CHECK(gap_between({0, 0, 10, 10}, {5, 5, 10, 10}) == 0);
    CHECK(gap_between({0, 0, 10, 10}, {13, 14, 1, 1}) == Approx(5));
}

TEST_CASE("widest_word: the longest single word of any label decides a button's least width") {
    auto letters = [](std::string_view word) { return float(word.size()); };
    CHECK(ww::ui::widest_word({"Hulp voor mantelzorgers", "Begin"}, letters) == 13.0f);
    CHECK(ww::ui::widest_word({"  dubbele  spaties ", ""}, letters) == 7.0f);
    CHECK(ww::ui::widest_word({}, letters) == 0.0f);
}

namespace {
// The bar as the kiosk lays it out, with a model of its widest label word ("Nederlands" in bold
// is about 5.6 times the font size): more rows when that word does not fit a button, like
// KioskApp::fit_bar.
float model_bar_height(const ScreenGeometry& g, double ratio) {
    Metrics m = compute_metrics(g, 100, ratio);
    const int buttons = 6;
    const float widest = 5.6f * m.bar_px;
    int rows = 1;
    while (rows < 3) {
        const int cols = (buttons + rows - 1) / rows;
        const float w = (m.bar.w - 2 * m.margin - m.gap * float(cols - 1)) / float(cols);
        if (widest + 2 * m.pad <= w) break;
        ++rows;
    }
    set_bar_lines(m, 1, rows);
    return m.bar.h;
}
}  // namespace

TEST_CASE("a diagonal too small for the window is clamped until the bar takes at most a quarter", "[layout][clamp]") {
    const double ratio = font_cap_ratio(kFont);
    REQUIRE(ratio > 0);
    for (const auto& [w, h] :
         {std::pair{1920, 1080}, std::pair{1280, 720}, std::pair{1080, 1920}, std::pair{3840, 2160}}) {
        const auto bar = [&](double inch) { return model_bar_height({w, h, inch}, ratio); };
        INFO(w << "x" << h);
        // 7 inch is inside the documented range, but at these sizes the bar would fill the screen.
        REQUIRE(bar(7) > 0.25f * float(h));
        const DiagonalFit fit = fit_diagonal({w, h, 7}, bar);
        CHECK(fit.clamped);
        CHECK(fit.bar_share == Approx(bar(7) / float(h)));
        CHECK(fit.diagonal_inch > 7);
        CHECK(bar(fit.diagonal_inch) <= 0.25f * float(h));
        // The smallest such diagonal (to a tenth of an inch): a tenth less would still be too big.
        CHECK(bar(fit.diagonal_inch - 0.1) > 0.25f * float(h));
        CHECK(std::abs(fit.diagonal_inch * 10 - std::round(fit.diagonal_inch * 10)) < 1e-9);

        // A real screen size is left as it is.
        const DiagonalFit fine = fit_diagonal({w, h, 21.5}, bar);
        CHECK_FALSE(fine.clamped);
        CHECK(fine.diagonal_inch == 21.5);
        CHECK(fine.bar_share <= 0.25f);
    }
    // The share is a parameter: a stricter one needs a larger diagonal.
    const auto bar = [&](double inch) { return model_bar_height({1920, 1080, inch}, ratio); };
    CHECK(fit_diagonal({1920, 1080, 7}, bar, 0.15).diagonal_inch > fit_diagonal({1920, 1080, 7}, bar).diagonal_inch);
}

TEST_CASE("keyboard keys give up padding, never their 16 mm or their line, to keep the words above visible",
          "[layout]") {
    const Metrics m = compute_metrics({1366, 768, 15.6}, 150, font_cap_ratio(kFont));
    const float preferred = std::max(m.target, m.line + m.pad);
    CHECK(keyboard_key_height(m, 4, 2000, m.button_h) == preferred);  // room enough
    const float tight = keyboard_key_height(m, 4, 4 * preferred + 3 * m.gap + m.button_h - 20, m.button_h);
    CHECK(tight < preferred);
    CHECK(4 * tight + 3 * m.gap + m.button_h <= 4 * preferred + 3 * m.gap + m.button_h - 20 + 0.01f);
    const float least = keyboard_key_height(m, 4, 100, m.button_h);  // hopeless: the smallest keys
    CHECK(least >= m.target);
    CHECK(least >= m.line);
}

TEST_CASE("fit_keyboard keeps the typed words and one whole result row above the keyboard", "[layout][keyboard]") {
    const double ratio = font_cap_ratio(kFont);
    const auto room_for = [](const Metrics& m, float available) {
        KeyboardRoom room;
        room.available = available;
        const float row_h = std::max(m.target, m.line + m.pad);
        room.above = m.button_h + m.gap + row_h + m.gap / 2;
        room.gap = m.gap;
        room.preferred_h = std::max(m.target, m.line + m.pad);
        room.least_h = std::max(m.target, m.line + 2);
        room.small_least_h = std::max(m.target, m.bar_px + 2);
        return room;
    };
    // A large window: the usual 4 rows at the text size, with room around the words.
    const Metrics big = compute_metrics({1920, 1080, 24}, 100, ratio);
    const KeyboardFit usual = fit_keyboard(room_for(big, big.content.h));
    CHECK(usual.rows == 4);
    CHECK_FALSE(usual.small_labels);
    CHECK(usual.key_h == std::max(big.target, big.line + big.pad));
    // Every window and text size: the choice leaves `above`, or says it cannot; keys stay >= 16 mm.
    int compact = 0;
    for (const auto& sc : kScreens) {
        for (int scale : {100, 125, 150}) {
            INFO(sc.w << "x" << sc.h << "@" << sc.inch << " " << scale << " %");
            Metrics m = compute_metrics({sc.w, sc.h, sc.inch}, scale, ratio);
            set_bar_lines(m, 1, 2);
            // The demo band takes a line off the content too.
            const KeyboardRoom room = room_for(m, m.content.h - (m.bar_px + 2 * m.pad) - m.gap / 2);
            const KeyboardFit fit = fit_keyboard(room);
            CHECK(fit.key_h >= m.target);
            CHECK(fit.key_h >= (fit.small_labels ? m.bar_px : m.line));
            if (fit.fits) CHECK(fit.height(m.gap) + m.gap + room.above <= room.available + 0.01f);
            if (fit.rows == 3) ++compact;
        }
    }
    CHECK(compact > 0);  // the low windows at large text need the compact keyboard
    // The 1366x768 laptop screen at 150 % with the demo band (the walk's worst case): the usual
    // keyboard would cover the first result row, the compact one with 100 % words does not.
    Metrics low = compute_metrics({1366, 768, 15.6}, 150, ratio);
    set_bar_lines(low, 1, 2);
    const KeyboardRoom low_room = room_for(low, low.content.h - (low.bar_px + 2 * low.pad) - low.gap / 2);
    const float usual_h = 4 * low_room.least_h + 3 * low.gap;
    REQUIRE(usual_h + low.gap + low_room.above > low_room.available);
    const KeyboardFit fit = fit_keyboard(low_room);
    CHECK(fit.fits);
    CHECK(fit.rows == 3);
    // The order: 4 rows before 3, words at the text size before 100 %.
    KeyboardRoom r;
    r.gap = 10, r.preferred_h = 90, r.least_h = 80, r.small_least_h = 64, r.above = 100;
    r.available = 100 + 10 + 4 * 80 + 3 * 10;
    CHECK(fit_keyboard(r).rows == 4);
    r.available -= 1;
    CHECK((fit_keyboard(r).rows == 3 && !fit_keyboard(r).small_labels));
    r.available = 100 + 10 + 3 * 80 + 2 * 10 - 1;
    CHECK((fit_keyboard(r).rows == 3 && fit_keyboard(r).small_labels && fit_keyboard(r).fits));
    r.available = 100 + 10 + 3 * 64 + 2 * 10 - 1;
    CHECK_FALSE(fit_keyboard(r).fits);
    CHECK(fit_keyboard(r).key_h == 64);
}

TEST_CASE("the compact keyboard: wide keys hold their words, every key >= 16 mm and 4 mm apart", "[layout][keyboard]") {
    const double ratio = font_cap_ratio(kFont);
    for (const auto& sc : kScreens) {
        const Metrics m = compute_metrics({sc.w, sc.h, sc.inch}, 150, ratio);
        for (float wide_px : {2 * m.target, 3.5f * m.target}) {
            INFO(sc.w << "x" << sc.h << " wide " << wide_px);
            // Only where three such keys and 7 letters can share a row (landscape; portrait never needs it).
            if (7 * m.target + 3 * wide_px + 9 * m.gap > m.content.w) {
                CHECK(sc.h > sc.w);
                continue;
            }
            const float units = compact_wide_units(m.content.w, m.gap, wide_px);
            const std::vector<int> counts{12, 12, 10};
            const std::vector<std::vector<float>> widths{
                std::vector<float>(12, 1), std::vector<float>(12, 1), {1, 1, 1, 1, 1, 1, 1, units, units, units}};
            const auto keys = layout_keyboard(m.content, counts, widths, m, m.target);
            REQUIRE(keys.size() == 34);
            for (size_t i = 0; i < keys.size(); ++i) {
                CHECK(keys[i].w >= m.target - 0.5f);
                CHECK(keys[i].right() <= m.content.right() + 0.5f);
                for (size_t j = 0; j < i; ++j) CHECK(gap_between(keys[j], keys[i]) >= m.gap - 0.5f);
            }
            for (size_t i = 31; i < 34; ++i) CHECK(keys[i].w >= wide_px - 0.5f);
        }
    }
}
