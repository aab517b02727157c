// Paging by whole cards ("Meer" moves to the first card that did not fit; "1 van N") and the
// flow of filter buttons into rows.
#include <algorithm>
#include <cmath>

#include <catch2/catch.hpp>

#include "ui/layout.h"

using namespace ww::ui;

TEST_CASE("pages start at whole cards", "[paging]") {
    // Five cards of 300 px with 20 px gaps in a 700 px viewport: two cards a page.
    const std::vector<float> tops{0, 320, 640, 960, 1280};
    const float content = 1580;
    const auto pages = page_offsets(tops, content, 700);
    REQUIRE(pages == std::vector<float>{0, 640, 1280});
    CHECK(page_at(pages, 0) == 0);
    CHECK(page_at(pages, 640) == 1);
    CHECK(page_at(pages, 900) == 1);  // after a swipe: the page whose start is above
    CHECK(page_at(pages, 1280) == 2);
    // Every page begins exactly at a card's top: never half a card.
    for (float p : pages) CHECK(std::find(tops.begin(), tops.end(), p) != tops.end());
}

TEST_CASE("one page when everything fits, a card taller than the page is read in steps", "[paging]") {
    CHECK(page_offsets({0, 200}, 400, 700) == std::vector<float>{0});
    CHECK(page_offsets({}, 0, 700) == std::vector<float>{0});
    const auto pages = page_offsets({0, 1000}, 1300, 400);
    REQUIRE(pages.size() >= 3);
    CHECK(pages[1] == 400);
    CHECK(pages[2] == 800);
    CHECK(std::find(pages.begin(), pages.end(), 1000.0f) != pages.end());
    for (size_t i = 1; i < pages.size(); ++i) CHECK(pages[i] > pages[i - 1]);
}

TEST_CASE("filter buttons flow into rows and never run past the edge", "[paging]") {
    const Rect area{10, 100, 500, 0};
    const auto rects = flow_rows({200, 200, 200, 600}, area, 60, 10);
    REQUIRE(rects.size() == 4);
    CHECK(rects[0].y == 100);
    CHECK(rects[1].y == 100);
    CHECK(rects[1].x == 220);
    CHECK(rects[2].y == 170);  // did not fit beside the first two
    CHECK(rects[2].x == 10);
    CHECK(rects[3].y == 240);
    CHECK(rects[3].w == 500);
    for (const auto& r : rects) CHECK(r.right() <= area.right());
}

TEST_CASE("a huge text is cut to what is drawn, never inside a character", "[layout]") {
    CHECK(shown_text("Odensehuis Emmen") == "Odensehuis Emmen");
    const std::string huge(1 << 20, 'a');
    const std::string shown = shown_text(huge);
    CHECK(shown.size() <= kMaxShownBytes + 3);
    CHECK(shown.ends_with("…"));
    std::string accents;
    for (int i = 0; i < 400; ++i) accents += "é";  // two bytes each
    const std::string cut = shown_text(accents, 11);
    CHECK(cut == "ééééé…");
}

TEST_CASE("a page shows whole items and whole lines only: nothing half at its bottom edge", "[paging]") {
    // The detail page: paragraphs (items) of 45 px lines in a 500 px viewport.
    const std::vector<float> tops{0, 135, 360, 540};  // 3, 5, 4 and 2 lines
    std::vector<TextLine> lines;
    for (float y = 0; y < 630; y += 45) lines.push_back({y, y + 45});
    const float content = 630;
    // Page 1 ends above the paragraph at 360 (it would end at 540, below 500): 360 px shown.
    CHECK(whole_view_height(tops, lines, content, 0, 500) == 360);
    const auto pages = page_offsets(tops, content, 500, lines);
    REQUIRE(pages == std::vector<float>{0, 360});
    CHECK(whole_view_height(tops, lines, content, 360, 500) == 500);  // the rest fits
    // A paragraph taller than the page (20 lines of 45 px in 500 px): read line by line, each page
    // starts at the first line the last one cut, and shows only whole lines.
    std::vector<TextLine> long_lines;
    for (int i = 0; i < 20; ++i) long_lines.push_back({float(i) * 45, float(i + 1) * 45});
    const auto steps = page_offsets({0}, 900, 500, long_lines);
    REQUIRE(steps.size() >= 2);
    CHECK(steps[1] == 495);  // line 11 (450..495) is whole on page 1; line 12 starts page 2
    for (float p : steps) CHECK(std::fmod(p, 45.0f) == 0);
    CHECK(whole_view_height({0}, long_lines, 900, 0, 500) == 495);
    // Without the lines the steps are a plain viewport, and a line shows in half (the fault).
    CHECK(page_offsets({0}, 900, 500)[1] == 500);
    CHECK(std::fmod(500.0f, 45.0f) != 0);
}
