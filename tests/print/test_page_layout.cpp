// Pagination: blocks in order, never split, a block too tall for a page alone on its own page.
#include <catch2/catch.hpp>

#include "core/print/page_layout.h"

using ww::print::paginate;

TEST_CASE("blocks fill pages in order and a block that does not fit starts the next page", "[print][layout]") {
    auto pages = paginate({300, 300, 300, 100}, 650, 12);
    REQUIRE(pages.size() == 2);
    CHECK(pages[0].blocks == std::vector<size_t>{0, 1});
    CHECK(pages[0].used_height == Approx(612));
    CHECK(pages[1].blocks == std::vector<size_t>{2, 3});
    CHECK(pages[1].used_height == Approx(412));
    CHECK_FALSE(pages[0].oversize);
}

TEST_CASE("the gap counts only between blocks on the same page", "[print][layout]") {
    // 2 x 319 + 12 = 650: fits exactly; one point more does not.
    CHECK(paginate({319, 319}, 650, 12).size() == 1);
    CHECK(paginate({319, 320}, 650, 12).size() == 2);
}

TEST_CASE("a block taller than a page gets a page of its own, marked oversize", "[print][layout]") {
    auto pages = paginate({100, 900, 100}, 650, 12);
    REQUIRE(pages.size() == 3);
    CHECK(pages[1].blocks == std::vector<size_t>{1});
    CHECK(pages[1].oversize);
    CHECK_FALSE(pages[0].oversize);
    CHECK_FALSE(pages[2].oversize);
}

TEST_CASE("every block lands on exactly one page, whatever the heights", "[print][layout]") {
    std::vector<double> heights;
    for (int i = 0; i < 200; ++i) heights.push_back(40 + (i * 37) % 300);
    auto pages = paginate(heights, 700, 12);
    size_t next = 0;
    for (const auto& p : pages) {
        REQUIRE_FALSE(p.blocks.empty());
        CHECK(p.used_height <= 700);
        for (size_t b : p.blocks) CHECK(b == next++);
    }
    CHECK(next == heights.size());
}

TEST_CASE("no blocks still gives one (empty) page", "[print][layout]") {
    auto pages = paginate({}, 700, 12);
    REQUIRE(pages.size() == 1);
    CHECK(pages[0].blocks.empty());
}
