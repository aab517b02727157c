// The rule that every page of a question screen holds a whole row of choices
// (ui/layout_check.h: choice_page_faults), on crafted maps like the route's last step at
// 1366x768 with 150 % text, where a sliver of the first row showed on every page.
#include <catch2/catch.hpp>

#include <string>

#include "ui/layout_check.h"

using namespace ww::ui;

namespace {
UiItem item(const std::string& id, Rect r, bool clipped = false) {
    UiItem it{id, id, r};
    it.clipped = clipped;
    return it;
}

// A page with one whole row of two tiles and the paging row.
UiMap whole_row(const std::string& screen, const std::string& prefix) {
    UiMap map;
    map.screen = screen;
    map.window_w = 1366;
    map.window_h = 768;
    map.px_per_mm = 3.9;
    map.items.push_back(item("bar.home", {10, 10, 200, 90}));
    map.items.push_back(item(prefix + "day-care", {20, 300, 600, 280}));
    map.items.push_back(item(prefix + "transport", {640, 300, 600, 280}));
    map.items.push_back(item(prefix + "more", {900, 660, 400, 90}));
    return map;
}

bool mentions(const std::vector<std::string>& faults, const std::string& what) {
    for (const auto& f : faults)
        if (f.find(what) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("a page with a whole row of tiles has no choice faults", "[layout-check]") {
    CHECK(choice_page_faults(whole_row("route.what", "route.what.")).empty());
    CHECK(choice_page_faults(whole_row("home", "tile.")).empty());
    // A row below the whole one, cut by the page's bottom edge, does not start the page.
    UiMap map = whole_row("home", "tile.");
    map.items.push_back(item("tile.advice", {20, 600, 600, 40}, true));
    CHECK(choice_page_faults(map).empty());
}

TEST_CASE("a page with only a sliver of the first row is a fault", "[layout-check]") {
    // As seen: the large question left 25 px; every page showed a part of a row ("1 van 12").
    UiMap map = whole_row("route.what", "route.what.");
    map.items[1] = item("route.what.day-care", {20, 620, 600, 25}, true);
    map.items[2] = item("route.what.transport", {640, 620, 600, 25}, true);
    // The other rules let it pass: cut-off tiles are exempt from their sizes.
    CHECK(layout_faults(map, {3.9}).empty());
    const auto faults = choice_page_faults(map);
    CHECK(mentions(faults, "no whole choice"));
    // The municipalities of "where" are choices too, and so are Home's tiles.
    map = whole_row("route.where", "route.where.");
    map.items[1].clipped = map.items[2].clipped = true;
    CHECK(mentions(choice_page_faults(map), "no whole choice"));
    map = whole_row("home", "tile.");
    map.items.erase(map.items.begin() + 1, map.items.begin() + 3);
    CHECK(mentions(choice_page_faults(map), "none at all"));
}

TEST_CASE("a page that starts inside a row of tiles is a fault", "[layout-check]") {
    // The page's top edge cuts the first row; a whole row follows under it.
    UiMap map = whole_row("route.what", "route.what.");
    map.items.push_back(item("route.what.advice", {20, 200, 600, 80}, true));
    const auto faults = choice_page_faults(map);
    REQUIRE(faults.size() == 1);
    CHECK(mentions(faults, "starts inside the row of route.what.advice"));
}

TEST_CASE("other screens and paging buttons are not choices", "[layout-check]") {
    UiMap map = whole_row("results", "result.card.");
    map.items[1].clipped = map.items[2].clipped = true;
    CHECK(choice_page_faults(map).empty());
    CHECK_FALSE(is_choice("route.what.more"));
    CHECK_FALSE(is_choice("route.where.previous"));
    CHECK(is_choice("route.where.Emmen"));
    CHECK(is_choice("route.who.carer"));
    CHECK(is_choice("tile.search"));
}

TEST_CASE("a page with one whole choice is a fault unless it is the last", "[layout-check]") {
    // As seen at 1366x768 with 150 % text: one category a page, "1 van 7".
    UiMap map = whole_row("route.what", "route.what.");
    map.items.erase(map.items.begin() + 2);
    map.items[1] = item("route.what.dementia-support", {20, 470, 1330, 145});
    CHECK(mentions(choice_page_faults(map), "only one whole choice"));
    // The same on Home ("home.more").
    UiMap home = whole_row("home", "tile.");
    home.items.erase(home.items.begin() + 2);
    home.items.back() = item("home.more", {900, 660, 400, 90});
    CHECK(mentions(choice_page_faults(home), "only one whole choice"));
    // The last page (no "Meer") may hold the one choice left.
    map.items.pop_back();
    map.items.push_back(item("route.what.previous", {20, 660, 400, 90}));
    CHECK(choice_page_faults(map).empty());
}

namespace {
UiMap route_step(const std::string& screen, const std::string& shown, bool clipped = false) {
    UiMap map = whole_row(screen, screen + ".");
    map.items.push_back(item("route.step", {16, 200, 1334, 80}, clipped));
    map.items.back().label = shown;
    return map;
}
const std::vector<std::vector<std::string>> kCarerInEmmen{{"voor iemand voor wie ik zorg", "Voor wie ik zorg"},
                                                          {"Emmen"}};
}  // namespace

TEST_CASE("the route's step summary shows every answer whole", "[layout-check]") {
    CHECK(step_summary_faults(route_step("route.what", "Stap 3 van 3 · voor iemand voor wie ik zorg · Emmen"),
                              kCarerInEmmen)
              .empty());
    CHECK(step_summary_faults(route_step("route.what", "Voor wie ik zorg · Emmen"), kCarerInEmmen).empty());
    // As seen at 1366x768 with 150 % text: the municipality cut off with "…".
    auto faults =
        step_summary_faults(route_step("route.what", "Stap 3 van 3 · voor iemand voor wie ik zorg ·…"), kCarerInEmmen);
    CHECK(mentions(faults, "is cut"));
    CHECK(mentions(faults, "does not show the answer \"Emmen\""));
    // A cut municipality ("Midden-Dr…") is a fault even though part of it shows.
    faults = step_summary_faults(route_step("route.what", "Voor wie ik zorg · Midden-Dr…"), {{"Midden-Drenthe"}});
    CHECK(mentions(faults, "does not show the answer"));
    // Cut off by the page's edge, or missing.
    CHECK(mentions(step_summary_faults(route_step("route.where", "Voor wie ik zorg", true), {{"Voor wie ik zorg"}}),
                   "cut off"));
    CHECK(mentions(step_summary_faults(whole_row("route.who", "route.who."), {}), "no step summary"));
    // Not a button: no 16 mm rule for it (one line at 100 % is lower than 16 mm).
    UiMap low = route_step("route.who", "Stap 1 van 3");
    low.items.back().rect.h = 40;
    CHECK_FALSE(mentions(layout_faults(low, {3.9}), "route.step"));
    low.items.back().id = "route.who.self";  // a button that low would be a fault
    CHECK(mentions(layout_faults(low, {3.9}), "less than 16"));
    // Other screens have none.
    CHECK(step_summary_faults(whole_row("home", "tile."), kCarerInEmmen).empty());
}
