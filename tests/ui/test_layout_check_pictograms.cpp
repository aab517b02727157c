// The layout walk's pictogram rule: every whole tile shows a pictogram of at least 15 mm.
#include <catch2/catch.hpp>

#include "ui/layout_check.h"

using namespace ww::ui;

namespace {
bool mentions(const std::vector<std::string>& faults, const std::string& id, const std::string& what) {
    for (const auto& f : faults)
        if (f.rfind(id, 0) == 0 && f.find(what) != std::string::npos) return true;
    return false;
}

UiItem tile(const std::string& id, Rect r, Rect picto) {
    UiItem item{id, id, r};
    item.picto = picto;
    return item;
}
}  // namespace

TEST_CASE("tiles are the category, route and search tiles, not their paging buttons", "[layout-check]") {
    CHECK(is_tile("tile.day-care"));
    CHECK(is_tile("tile.search"));
    CHECK(is_tile("route.who.carer"));
    CHECK(is_tile("route.what.dementia-support"));
    CHECK_FALSE(is_tile("route.what.more"));
    CHECK_FALSE(is_tile("home.previous"));
    CHECK_FALSE(is_tile("route.where.Emmen"));
    CHECK_FALSE(is_tile("bar.home"));
}

TEST_CASE("a tile without a pictogram, or with one under 15 mm, is a fault", "[layout-check]") {
    UiMap map;
    map.screen = "home";
    map.window_w = 1000;
    map.window_h = 800;
    const double ppm = 4.0;  // 15 mm = 60 px
    map.px_per_mm = ppm;     // the layout's own millimetres
    map.items.push_back(tile("tile.meeting", {10, 10, 300, 200}, {20, 20, 60, 60}));
    map.items.push_back(tile("tile.day-care", {320, 10, 300, 200}, {330, 20, 120, 120}));
    CHECK(layout_faults(map, {ppm}).empty());

    map.items[0].picto = {20, 20, 52, 52};  // 13 mm
    CHECK(mentions(layout_faults(map, {ppm}), "tile.meeting", "pictogram 13.0 mm"));
    map.items[0].picto = {};
    CHECK(mentions(layout_faults(map, {ppm}), "tile.meeting", "no pictogram"));
    map.items[0].clipped = true;  // half scrolled out of view: judged when whole
    CHECK(layout_faults(map, {ppm}).empty());
}
