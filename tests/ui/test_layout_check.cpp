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

namespace {
UiMap detail_map() {
    UiMap map;
    map.screen = "detail";
    map.window_w = 1366;
    map.window_h = 768;
    map.scroll = {{"detail", 0.0f}};
    map.items.push_back({"detail.phone", "Bel 0591 - 07 38 83", {16, 330, 800, 40}});
    map.items.push_back({"detail.add", "Zet op mijn lijst", {850, 270, 500, 104}});
    map.items.push_back({"detail.more", "Meer", {916, 648, 434, 104}});
    return map;
}
}  // namespace

TEST_CASE("the phone number is information, not a button: no 16 mm rule for it", "[layout-check]") {
    CHECK(layout_faults(detail_map(), {kPxPerMm}).empty());  // 40 px = 10 mm high
}

TEST_CASE("the detail page's first page must show the phone number and 'Zet op mijn lijst' wholly", "[layout-check]") {
    CHECK(first_page_faults(detail_map(), {true, 0}).empty());
    // The phone number pushed off the first page by the buttons (1366x768 at 150 % before the fix).
    UiMap map = detail_map();
    map.items.erase(map.items.begin());
    const auto faults = first_page_faults(map, {true, 0});
    REQUIRE(faults.size() == 1);
    CHECK(faults[0].find("detail.phone") != std::string::npos);
    // A service without a phone number needs none.
    CHECK(first_page_faults(map, {false, 0}).empty());
    // Only the top of the number shows.
    map = detail_map();
    map.items[0].clipped = true;
    CHECK_FALSE(first_page_faults(map, {true, 0}).empty());
    // "Zet op mijn lijst" missing.
    map = detail_map();
    map.items.erase(map.items.begin() + 1);
    CHECK(mentions(first_page_faults(map, {true, 0}), "detail", "detail.add"));
    // Later pages and the glossary hold other things.
    map = detail_map();
    map.items.erase(map.items.begin(), map.items.begin() + 2);
    map.scroll = {{"detail", 300.0f}};
    CHECK(first_page_faults(map, {true, 0}).empty());
    map.scroll = {{"detail", 0.0f}};
    map.items.push_back({"glossary.close", "Terug naar de hulp", {16, 270, 800, 104}});
    map.items.push_back({"glossary.term.Wmo", "Wmo", {16, 450, 800, 150}});
    CHECK(first_page_faults(map, {true, 0}).empty());
}

TEST_CASE("'Wat is dat?' is whole on the detail's first page, and its explanations start on their first page",
          "[layout-check]") {
    // In a low window "Wat is dat?" follows the phone number in the text: never a sliver of it.
    UiMap map = detail_map();
    map.items.push_back({"detail.glossary", "Wat is dat?", {16, 607, 345, 104}});
    CHECK(first_page_faults(map, {true, 0}).empty());
    map.items.back().rect.h = 25;
    map.items.back().clipped = true;
    CHECK(layout_faults(map, {kPxPerMm}).empty());  // a cut-off button is exempt from the other rules
    CHECK(mentions(first_page_faults(map, {true, 0}), "detail", "detail.glossary"));
    // The explanations: only their title on the first page (1366x768 at 150 % before the fix).
    map = detail_map();
    map.items.erase(map.items.begin());
    map.scroll = {{"glossary", 0.0f}};
    map.items.push_back({"glossary.close", "Terug naar de hulp", {16, 270, 800, 104}});
    CHECK(mentions(first_page_faults(map, {true, 0}), "detail", "only the title"));
    // Its first lines are enough (a long explanation is read line by line), and later pages are free.
    map.items.push_back({"glossary.term.Indicatie", "Indicatie", {16, 560, 800, 60}, -1, false, true});
    CHECK(first_page_faults(map, {true, 0}).empty());
    CHECK(layout_faults(map, {kPxPerMm}).empty());  // information: no 16 mm rule
    map.items.pop_back();
    map.scroll = {{"glossary", 249.0f}};
    CHECK(first_page_faults(map, {true, 0}).empty());
}

TEST_CASE("search with results must show at least one whole result row", "[layout-check]") {
    UiMap map;
    map.screen = "search";
    map.window_w = 1366;
    map.window_h = 768;
    map.items.push_back({"search.clear", "Alles wissen", {1100, 270, 250, 104}});
    map.items.push_back({"key.q", "Q", {16, 450, 100, 70}});
    // The keyboard took all the room: results found, none shown.
    CHECK(mentions(first_page_faults(map, {false, 12}), "search", "no result row"));
    map.items.push_back({"search.result.a", "Odensehuis Emmen", {16, 390, 1334, 70}});
    CHECK(first_page_faults(map, {false, 12}).empty());
    map.items.back().clipped = true;
    CHECK_FALSE(first_page_faults(map, {false, 12}).empty());
    // Nothing found: nothing to show.
    map.items.pop_back();
    CHECK(first_page_faults(map, {false, 0}).empty());
}

namespace {
// Results at 1366x768 with 150 % text: one compact card a page, its buttons in a column on the right.
UiMap results_page(float card_y, float card_h, bool clipped) {
    UiMap map;
    map.screen = "results";
    map.window_w = 1366;
    map.window_h = 768;
    map.px_per_mm = 3.955;
    map.items.push_back({"results.filters", "Filters", {1140, 263, 210, 104}});
    map.items.push_back({"result.card.a", "Odensehuis Emmen", {16, card_y, 709, card_h}, -1, false, clipped});
    if (!clipped) {
        map.items.push_back({"result.add.a", "Zet op mijn lijst", {733, card_y + 12, 605, 92}});
        map.items.push_back({"result.glossary.a", "Wat is dat?", {733, card_y + 120, 605, 92}});
    }
    map.items.push_back({"results.more", "Meer", {916, 648, 434, 104}});
    map.texts = {"Ontmoeten – 66 gevonden", "Odensehuis Emmen", "0591 - 07 38 83", "1 van 33"};
    return map;
}
}  // namespace

TEST_CASE("every page of the results starts with a whole card and its buttons", "[layout-check]") {
    CHECK(results_page_faults(results_page(383, 224, false), 66).empty());
    // Paging landed inside a card (a card taller than the page, read in page steps: "1 van 250").
    UiMap map = results_page(383, 153, true);
    map.scroll = {{"results", 153.0f}};
    CHECK(mentions(results_page_faults(map, 66), "results", "starts inside the card result.card.a"));
    // The same on the first page: only the top of the card shows (the phone number cut).
    CHECK(mentions(results_page_faults(results_page(479, 153, true), 66), "results", "starts inside"));
    // A whole card and a second whole one below it is fine.
    map = results_page(383, 224, false);
    map.items.insert(map.items.end() - 1, {"result.card.b", "Wandelgroep", {16, 415, 709, 224}});
    map.items.insert(map.items.end() - 1, {"result.add.b", "Zet op mijn lijst", {733, 427, 605, 92}});
    map.texts.insert(map.texts.end() - 1, "Wandelgroep");
    map.items[1].rect.y = 175;
    map.items[2].rect.y = 187;
    map.items[3].rect.y = 295;
    CHECK(results_page_faults(map, 66).empty());
    // But every card on the page is whole: the last one cut by the bottom of the list (its
    // opening hours cut in half) is a fault, and so is its button cut there ...
    map.items[4].rect.h = 120;
    map.items[4].clipped = true;
    CHECK(mentions(results_page_faults(map, 66), "results", "result.card.b \"Wandelgroep\" is cut off"));
    map.items[4] = {"result.card.b", "Wandelgroep", {16, 415, 709, 224}};
    map.items[5].clipped = true;
    CHECK(mentions(results_page_faults(map, 66), "results", "result.add.b"));
    // ... and a card reaching into the paging row ("Meer"), even when the list does not clip it.
    map.items[5].clipped = false;
    map.items[4].rect.h = 300;
    CHECK(
        mentions(results_page_faults(map, 66), "results", "result.card.b \"Wandelgroep\" reaches into the paging row"));
    // A sliver of a next card is a cut card too (the page ends above it).
    map = results_page(383, 224, false);
    map.items.insert(map.items.end() - 1, {"result.card.b", "Wandelgroep", {16, 623, 709, 9}, -1, false, true});
    CHECK(mentions(results_page_faults(map, 66), "results", "result.card.b"));
    // No card at all, or a card without "Zet op mijn lijst", or with its buttons cut off.
    map = results_page(383, 224, false);
    map.items.erase(map.items.begin() + 1, map.items.begin() + 4);
    CHECK(mentions(results_page_faults(map, 6), "results", "no card"));
    CHECK(results_page_faults(map, 0).empty());  // nothing found: the no-results message
    map.items.push_back({"results.load_more", "Laat er meer zien", {16, 383, 1334, 104}});
    CHECK(results_page_faults(map, 50).empty());  // the end of the loaded list
    map = results_page(383, 224, false);
    map.items.erase(map.items.begin() + 2);
    CHECK(mentions(results_page_faults(map, 6), "results", "no \"Zet op mijn lijst\""));
    map = results_page(383, 224, false);
    map.items[3].clipped = true;
    CHECK(mentions(results_page_faults(map, 6), "results", "result.glossary.a"));
    // The folded filters shown instead of the cards.
    map = results_page(383, 224, false);
    map.items.erase(map.items.begin() + 1, map.items.begin() + 4);
    map.items[0].on = 1;
    CHECK(results_page_faults(map, 6).empty());
    // Other screens are not results.
    map = results_page(479, 153, true);
    map.screen = "search";
    CHECK(results_page_faults(map, 6).empty());
}

namespace {
// Two cards side by side at 1366x768 with 150 % text, each showing `shown_a` / `shown_b` of its name.
UiMap two_cards(const std::string& name_a, const std::string& shown_a, const std::string& name_b,
                const std::string& shown_b) {
    UiMap map;
    map.screen = "results";
    map.window_w = 1366;
    map.window_h = 768;
    map.px_per_mm = 3.955;
    map.items.push_back({"result.card.a", name_a, {16, 328, 659, 192}});
    map.items.push_back({"result.add.a", "Zet op mijn lijst", {28, 524, 605, 92}});
    map.items.push_back({"result.card.b", name_b, {691, 328, 659, 192}});
    map.items.push_back({"result.add.b", "Zet op mijn lijst", {703, 524, 605, 92}});
    map.items.push_back({"results.more", "Meer", {916, 687, 434, 65}});
    map.texts = {"Dagbesteding – 33 gevonden", shown_a, "0591 - 05 98 06", shown_b, "0591 - 02 55 40", "1 van 17"};
    return map;
}
}  // namespace

TEST_CASE("a card's name is whole, or cut only on a page of its own, and two cards never read the same",
          "[layout-check]") {
    const std::string linde = "Dagbesteding De Linde Emmen", es = "Dagbesteding De Es Emmen";
    // Whole names: fine.
    CHECK(card_name_faults(two_cards(linde, linde, es, es)).empty());
    CHECK(results_page_faults(two_cards(linde, linde, es, es), 33).empty());
    // Cut after the first word, both read "Dagbesteding…" (1366x768 at 150 %, stop 22).
    auto faults = card_name_faults(two_cards(linde, "Dagbesteding…", es, "Dagbesteding…"));
    CHECK(mentions(faults, "results", "two cards on this page read the same, \"Dagbesteding…\""));
    CHECK(mentions(faults, "results", "the name \"Dagbesteding De Linde Emmen\" shows as \"Dagbesteding…\""));
    CHECK(mentions(results_page_faults(two_cards(linde, "Dagbesteding…", es, "Dagbesteding…"), 33), "results",
                   "read the same"));
    // Cut, but not the same: still a name that is not whole beside another card.
    faults = card_name_faults(two_cards("Wandelgroep Samen op Pad Emmen", "Wandelgroep…", linde, linde));
    REQUIRE(faults.size() == 1);
    CHECK(mentions(faults, "results", "shows as \"Wandelgroep…\" on a page of 2 cards"));
    // Cut inside a long word at a hyphenation point: found as the same card's name.
    faults = card_name_faults(two_cards("Ontmoetingscentrum De Boermarke", "Ontmoetingscen-…", es, es));
    CHECK(mentions(faults, "results", "shows as \"Ontmoetingscen-…\""));
    // A name not drawn at all.
    CHECK(mentions(card_name_faults(two_cards(linde, "Iets anders", es, es)), "results", "shows as \"(nothing)\""));
    // One card alone on its page may be cut: its name is too long even for a whole page.
    UiMap alone = two_cards(linde, "Dagbesteding De…", es, es);
    alone.items.erase(alone.items.begin() + 2, alone.items.begin() + 4);
    CHECK(card_name_faults(alone).empty());
    // Two services with the same whole name are no layout fault.
    CHECK(card_name_faults(two_cards(linde, linde, linde, linde)).empty());
}

TEST_CASE("a text line cut by the edge of a page is a fault", "[layout-check]") {
    UiMap map = good_map();
    map.cut_lines.push_back("Telefoon op de locatie");
    const auto faults = layout_faults(map, {kPxPerMm});
    REQUIRE(faults.size() == 1);
    CHECK(faults[0].find("\"Telefoon op de locatie\" is cut by the edge of the page") != std::string::npos);
}

TEST_CASE("a drawn text cut inside a word is a fault, one only measured is not", "[layout-check]") {
    UiMap map = good_map();
    map.word_cuts = {"Dagbestedi…", "Casemanager demen…"};
    CHECK(layout_faults(map, {kPxPerMm}).empty());  // measured for a look the screen did not take
    map.texts.push_back("Dagbestedi…");
    const auto faults = layout_faults(map, {kPxPerMm});
    REQUIRE(faults.size() == 1);
    CHECK(faults[0] == "text \"Dagbestedi…\" is cut inside a word");
}
