#include "app/layout_walk.h"

#include <cstdio>

#include "core/print/print_status.h"

namespace ww::app {

std::optional<WalkShape> parse_walk_shape(const std::string& text) {
    WalkShape s;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%dx%d@%lf%c", &s.w, &s.h, &s.diagonal_inch, &tail) != 3) return std::nullopt;
    if (s.w < 320 || s.h < 240 || s.w > 16384 || s.h > 16384 || s.diagonal_inch < 5 || s.diagonal_inch > 200)
        return std::nullopt;
    return s;
}

std::string shape_name(const WalkShape& shape) { return std::to_string(shape.w) + "x" + std::to_string(shape.h); }

namespace {
using K = ui::ActionKind;

std::string first_item(const ui::UiMap& map, const std::string& prefix, size_t skip = 0) {
    for (const auto& item : map.items)
        if (item.id.rfind(prefix, 0) == 0 && skip-- == 0) return item.id;
    return {};
}

bool on_screen(const ui::UiMap& map, const std::string& id) {
    for (const auto& item : map.items)
        if (item.id == id) return true;
    return false;
}

// Taps "Meer" (`more_id`) until the list ends, a shot of each page (at most `max_pages`).
void page_through(WalkDriver& d, const std::string& more_id, const std::string& name, int max_pages = 4) {
    for (int page = 2; page <= max_pages && d.tap(more_id); ++page) d.shot(name + "-p" + std::to_string(page));
}

void home(WalkDriver& d) { d.act({K::Home, {}}); }

// A filter on the results: in a low window it is behind "Filters (2)" (the filters instead of the
// cards, until that is tapped again).
bool tap_filter(WalkDriver& d, const std::string& id) {
    if (!on_screen(d.map(), id)) d.tap("results.filters");
    return d.tap(id);
}

// Taps `id`, first paging with `more_id` until it is on screen (the way a resident finds it).
bool reach(WalkDriver& d, const std::string& id, const std::string& more_id) {
    for (int page = 0; page < 8; ++page) {
        if (on_screen(d.map(), id)) return d.tap(id);
        if (!d.tap(more_id)) return false;
    }
    return false;
}
}  // namespace

void walk_screens(WalkDriver& d) {
    d.shot("home");
    page_through(d, "home.more", "home", 8);  // every tile once, also one row a page

    // The guided route, as a carer, through every page of municipalities.
    reach(d, "tile.route", "home.more");
    d.shot("route-who");
    d.tap("route.who.carer");
    d.shot("route-where");
    for (int page = 2; page <= 6 && d.tap("route.where.more"); ++page) d.shot("route-where-p" + std::to_string(page));
    if (const std::string place = first_item(d.map(), "route.where."); !place.empty() && place != "route.where.more")
        d.tap(place);
    d.shot("route-what");
    reach(d, "route.what.day-care", "route.what.more");  // a later page of tiles in a small window
    d.shot("results-route");

    // A category, its pages and a detail page.
    home(d);
    reach(d, "tile.meeting", "home.more");
    d.shot("results");
    page_through(d, "results.more", "results", 2);  // page 2 shows paging lands on a whole card
    home(d);
    reach(d, "tile.meeting", "home.more");
    const std::string first = first_item(d.map(), "result.card.");
    if (d.tap(first)) {
        d.shot("detail");
        d.tap("detail.add");
        d.shot("detail-added");
        if (d.tap("detail.glossary")) {  // "Wat is dat?" from the service's own page
            d.shot("detail-glossary");
            d.tap("glossary.close");
        }
        page_through(d, "detail.more", "detail");
        d.act({K::Back, {}});
    }
    // "Zet op mijn lijst" on the next card (on the next page in a low window), then "Staat op mijn lijst".
    std::string add = first_item(d.map(), "result.add.", 1);
    if (add.empty() && d.tap("results.more")) add = first_item(d.map(), "result.add.");
    if (d.tap(add)) d.shot("results-added");
    // "Wat is dat?" on a card: the service's explanations (the detail page's), "Terug" back to the cards.
    if (d.tap(first_item(d.map(), "result.glossary."))) {
        d.shot("card-glossary");
        d.act({K::Back, {}});
        d.act({K::Back, {}});
    }

    // Mijn lijst: the QR code, the question before clearing, undo, the print messages.
    d.act({K::OpenList, {}});
    d.shot("list");
    page_through(d, "list.more", "list", 3);
    if (d.tap("list.take_home")) {
        d.shot("list-qr");
        page_through(d, "list.more", "list-qr", 3);
        d.tap("list.take_home");
    }
    if (const std::string remove = first_item(d.map(), "list.remove."); d.tap(remove)) {
        d.shot("list-undo");
        d.tap("list.undo");
    }
    for (print::PrintPhase phase : {print::PrintPhase::Printing, print::PrintPhase::NoPaper, print::PrintPhase::Done}) {
        d.set_print_message(std::string(print::status_message(phase, d.language())));
        d.shot("list-print-" + std::to_string(int(phase)));
    }
    d.set_print_message(std::string(print::status_message(print::PrintPhase::NoPrinter, d.language())));
    d.act({K::ShowListQr, {}});
    d.shot("list-print-noprinter-qr");
    d.act({K::ShowListQr, {}});
    d.set_print_message({});
    if (d.tap("list.clear")) {
        d.shot("list-clear-question");
        d.tap("list.clear_yes");
        d.shot("list-empty");
    }

    // Search: the keyboard, results while typing, a typo, nothing found.
    home(d);
    reach(d, "tile.search", "home.more");
    d.shot("search");
    d.act({K::TypeText, "dementie"});
    d.shot("search-results");
    d.tap("key.search");  // "Zoek": the results as cards
    d.shot("results-search");
    d.act({K::Back, {}});
    d.tap("search.clear");
    d.act({K::TypeText, "dagbestedng"});
    d.shot("search-typo");
    if (on_screen(d.map(), "search.suggestion")) {
        d.tap("search.suggestion");
        d.shot("search-suggestion-taken");
    }
    d.act({K::ClearQuery, {}});
    d.act({K::TypeText, "xqzwvkj"});
    d.shot("search-nothing");
    d.act({K::ShowResults, {}});
    d.shot("results-nothing");

    // Filters that leave nothing: "Zoek in heel Drenthe".
    home(d);
    reach(d, "tile.day-care", "home.more");
    if (d.tap("results.filters")) {  // a low window: the filters behind one button
        d.shot("results-filters-shown");
        d.tap("results.filters");
    }
    tap_filter(d, "filter.municipality");
    if (first_item(d.map(), "result.card.").empty()) d.tap("results.filters");  // back to the cards
    d.shot("results-filter-on");  // one filter on: in a low window still in view beside "Filters (1)"
    tap_filter(d, "filter.open_now");
    tap_filter(d, "filter.free");
    d.shot("results-filters");

    // "Bent u er nog?" over a screen with a list.
    if (const std::string card = first_item(d.map(), "result.card."); !card.empty())
        d.act({K::AddToList, card.substr(std::string("result.card.").size())});
    d.set_idle_question(true);
    d.shot("idle");
    d.set_idle_question(false);

    // Staff: the keypad and the staff screen (the PIN itself is checked by e2e: staff).
    d.act({K::OpenStaffPin, {}});
    d.act({K::PinDigit, "1"});
    d.shot("staff-pin");
    d.act({K::PinAccepted, {}});
    d.shot("staff");
    d.act({K::CloseStaff, {}});
}

}  // namespace ww::app
