#pragma once
// The rules every screen must keep, checked on its UI map: words fit their buttons, nothing lies
// outside the window, no two items overlap (unless one holds the other), every button is at least
// 16 mm, the list's QR code is whole and at least 35 mm wide, every tile has a pictogram of
// at least 15 mm, no text line is cut by a page's edge, and the first page shows what people
// came for (first_page_faults). Pure: the layout walk
// (kiosk --layout-walk) runs it on every screen, unit tests run it on crafted maps.
#include <string>
#include <vector>

#include "ui/ui_map.h"

namespace ww::ui {

struct LayoutRules {
    double px_per_mm = 4;       // of the physical screen (the configured diagonal), not the layout's
    double min_target_mm = 16;  // kTargetMm
    double min_qr_mm = 35;      // kListQrMinMm
    double min_picto_mm = 15;   // kPictogramMinMm: every whole tile shows a pictogram this large
};

// Tiles: Home's, the route's "for whom" and its categories (not their "Meer" / "Vorige").
bool is_tile(const std::string& id);

// One line per fault, e.g. "bar.list: 12.0 mm high, less than 16 mm"; empty when the map is fine.
std::vector<std::string> layout_faults(const UiMap& map, const LayoutRules& rules);

// Items that are information, not buttons (the 16 mm rule does not apply): "detail.phone",
// "route.step", "glossary.term.<term>".
bool is_information(const std::string& id);

// What the screen's data says must be shown (the map alone cannot tell a service without a phone
// number from a number pushed off the page).
struct FirstPageNeeds {
    bool phone = false;  // detail: the service has a phone number
    int results = 0;     // search / results: how many services were found
};

// What people came for must be on the first page, at every window shape and text size: the
// detail page shows its phone number and "Zet op mijn lijst" wholly; search with results shows
// at least one whole result row; "Wat is dat?" in the detail's text is whole on its first page,
// and the first page of the explanations shows at least one (glossary.term.*), not only the
// title. One line per fault; empty when fine.
std::vector<std::string> first_page_faults(const UiMap& map, const FirstPageNeeds& needs);

// Every page of the results (`results` found) shows at least one whole card, and only whole
// cards: paging never lands inside a card (the first card on the page is whole, with its "Zet op
// mijn lijst"), and no card or card button lower down is cut by the bottom of the list or reaches
// into the paging row. A page with no card is only the end of the list ("results.load_more");
// while the folded filters are shown ("results.filters" on) there are no cards. Empty when fine.
// Also the cards' names (card_name_faults).
std::vector<std::string> results_page_faults(const UiMap& map, int results);

// The results cards' names: a name is whole (the card's label is among the map's texts) unless its
// card is alone on the page (a name too long for even a whole page is cut after a word, "…"), and
// no two cards on a page read the same ("Dagbesteding…" beside "Dagbesteding…"). Empty when fine.
std::vector<std::string> card_name_faults(const UiMap& map);

// The choices of a question screen (Home's tiles, the route's "for whom", "where" and "what"; not
// their "Meer" / "Vorige").
bool is_choice(const std::string& id);

// Every page of a question screen (Home, route.who, route.where, route.what) shows at least one
// whole choice, two when it is not the last page ("Meer" is shown), and paging moves by whole
// rows: no choice in the page's top row is cut off (a page never starts inside a row). Empty when
// fine.
std::vector<std::string> choice_page_faults(const UiMap& map);

// The route's step summary ("route.step" on route.who, route.where and route.what) shows every
// answer the resident gave, whole: for each answer, one of its wordings ("voor iemand voor wie ik
// zorg" or "Voor wie ik zorg"; "Emmen") is in it, it is never cut ("…") and not cut off by the
// page. One line per fault; empty when fine.
std::vector<std::string> step_summary_faults(const UiMap& map, const std::vector<std::vector<std::string>>& answers);

}  // namespace ww::ui
