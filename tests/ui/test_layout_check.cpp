// The layout rules the walk checks on every screen (ui/layout_check.h): each rule must catch a
// crafted map that breaks it, and a good map must pass.
#include <catch2/catch.hpp>

#include <string>

#include "ui/layout_check.h"

using namespace ww::ui;

namespace {
constexpr double kPxPerMm = 4.0;  // 16 mm = 64 px, 35 mm = 140 px

UiMap good_map() {
    UiMap map;
    map.screen = "list";
    map.window_w = 1000;
    map.window_h = 800;
    map.items.push_back({"bar.home", "Begin", {10, 10, 200, 80}});
    map.items.push_back({"bar.back", "Terug", {220, 10, 200, 80}});
    map.items.push_back({"result.card.a", "Odensehuis", {10, 100, 900, 300}});
    map.items.push_back({"list.qr", "QR", {10, 420, 150, 150}});
    return map;
}

bool mentions(const std::vector<std::string>& faults, const std::string& id, const std::string& what) {
    for (const auto& f : faults)
        if (f.rfind(id, 0) == 0 && f.find(what) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("a map that keeps every rule has no faults", "[layout-check]") {
    CHECK(layout_faults(good_map(), {kPxPerMm}).empty());
}

TEST_CASE("words that do not fit are a fault", "[layout-check]") {
    UiMap map = good_map();
    map.items[1].overflow = true;
    CHECK(mentions(layout_faults(map, {kPxPerMm}), "bar.back", "do not fit"));
}

TEST_CASE("an item outside the window is a fault", "[layout-check]") {
    UiMap map = good_map();
    map.items[2].rect.y = 600;  // 600 + 300 > 800
    CHECK(mentions(layout_faults(map, {kPxPerMm}), "result.card.a", "outside the window"));
    map = good_map();
    map.items[0].rect.x = -5;
    CHECK(mentions(layout_faults(map, {kPxPerMm}), "bar.home", "outside the window"));
}

TEST_CASE("two items that overlap are a fault unless one holds the other", "[layout-check]") {
    UiMap map = good_map();
    map.items[1].rect.x = 150;  // over bar.home
    CHECK(mentions(layout_faults(map, {kPxPerMm}), "bar.home", "overlaps bar.back"));
    map = good_map();
    map.items.push_back({"inside.card", "Bel", {20, 110, 100, 80}});  // wholly inside the card
    CHECK(layout_faults(map, {kPxPerMm}).empty());
    map = good_map();
    map.items.push_back({"touching", "Buur", {210, 10, 10, 80}});  // shares edges only
    map.items.back().rect.w = 10;
    CHECK_FALSE(mentions(layout_faults(map, {kPxPerMm}), "bar.home", "overlaps"));
}

TEST_CASE("a button under 16 mm is a fault, measured on the physical screen", "[layout-check]") {
    UiMap map = good_map();
    map.items[0].rect.h = 60;  // 15 mm at 4 px/mm
    CHECK(mentions(layout_faults(map, {kPxPerMm}), "bar.home", "high, less than 16"));
    map.items[0].rect.h = 80;
    map.items[0].rect.w = 50;
    CHECK(mentions(layout_faults(map, {kPxPerMm}), "bar.home", "wide, less than 16"));
    // The same pixels on a larger screen (fewer pixels per mm) are larger buttons.
    CHECK_FALSE(mentions(layout_faults(map, {3.0}), "bar.home", "less than 16"));
    // A button partly scrolled out of view may show less of itself.
    map.items[0].clipped = true;
    CHECK_FALSE(mentions(layout_faults(map, {kPxPerMm}), "bar.home", "less than 16"));
}

TEST_CASE("the list's QR code must be whole and at least 35 mm wide", "[layout-check]") {
    UiMap map = good_map();
    map.items[3].rect.w = map.items[3].rect.h = 120;  // 30 mm
    CHECK(mentions(layout_faults(map, {kPxPerMm}), "list.qr", "less than 35"));
    map = good_map();
    map.items[3].clipped = true;
    CHECK(mentions(layout_faults(map, {kPxPerMm}), "list.qr", "not whole"));
}
