#pragma once
// How the results screen shares its height, so that a page always holds at least one whole card
// and as many whole cards as fit (paging moves by whole cards: "1 van 9"). When the tallest card
// does not fit, or the cards (each its own height) fit only one a page, the screen gives up, in
// this order: the large title (one line of bold instead), the cards' two lines of description and
// facts (compact cards: the name, one phone number, "Zet op mijn lijst"; the rest is on the detail
// page), the row of filters (one button "Filters (2)" beside the title, which shows them on a tap),
// and at last the length of a long name (cut with "…"; the detail page has it whole). In a wide
// window the large title and the filters share a row when they fit in it (nothing given up), and
// so do the one-line title and the filters. A page of one card makes a long row of pages: when
// brief cards fit only one a page, the least given up that fits two or more goes first. Brief
// cards go in two columns when that puts more whole cards on a page (a wide window; the caller
// offers it only when a half-width card keeps its buttons beside its words); compact cards go
// side by side where both names fit whole in half the width, when that makes fewer pages. Text keeps the chosen
// size and buttons their 16 mm. When even compact cards fit only one a page (a low window with
// large text: 1366x768 at 125 or 150 %), the screen goes tight: the title row, "Filters" and the
// paging row take the bar's word size (the 100 % size, never below it) and their 16 mm height,
// and compact cards go side by side where two names fit whole in half the width; a card whose
// name needs the whole width gets a row of its own. Names stay whole before two a page: a name cut
// after its first word leaves two cards that both read "Dagbesteding…". Only a name too long for
// a page of its own is cut (with "…"; the detail page has it whole). Pure: heights in, choices
// out; decided from the space, never from a window size.
#include <vector>

namespace ww::ui {

struct ResultsSpace {
    float height = 0;            // from the title's top to the gap above the paging row
    float gap = 0;               // between the title, the filters and the cards
    float title_h = 0;           // the title in heading size, wrapped at the full width
    float title_row_h = 0;       // the title and one row of filters beside it (0: they do not fit in one row)
    float title_line_h = 0;      // one line of bold: the compact title
    float title_line_row_h = 0;  // the compact title and one row of filters beside it (0: they do not fit in one row)
    float filters_h = 0;         // the filter toggles in their rows
    float folded_row_h = 0;      // the compact title beside the one "Filters" button (the taller of the two)
    // Card heights include the gap under a card.
    float card_h = 0;              // the tallest brief card
    float card_half_h = 0;         // the tallest brief card in a column of two (0: not offered)
    float compact_card_h = 0;      // the tallest compact card, its name whole
    float compact_card_min_h = 0;  // the lowest a compact card can be: its name on one line
    // Each card's height in list order (with the gap under it), when the caller knows them: pages
    // are then counted as the screen makes them (as many whole cards as fit, each its own height),
    // so one long name costs only its own page. Empty: every card as high as the tallest.
    std::vector<float> card_hs, card_half_hs, compact_card_hs;
    // Tight (when even compact cards fit only one a page): the height the header and the paging
    // row give back in the bar's word size, and compact cards in a column of two, names whole (0 /
    // empty: not offered; heights with the gap under a card).
    float tight_saving = 0;
    float compact_half_h = 0;
    std::vector<float> compact_half_hs;
};

struct ResultsLayout {
    bool small_title = false;  // one line of bold, cut with "…" when longer
    bool title_row = false;  // the title (large, or compact with `small_title`) with the filters beside it, in one row
    bool compact_cards = false;
    bool fold_filters = false;  // the filters behind one button beside the title
    bool cut_names = false;     // compact cards cut a long name to fit `cards_h`
    float cards_h = 0;          // the height left for the cards
    bool fits = true;           // a whole card fits (when false: the most room the screen can give)
    bool tight = false;         // the header and the paging row in the bar's word size (compact cards, folded filters)
    int columns = 1;            // 2: cards side by side
    // Compact cards: how many cards each row holds in list order (2: side by side, where both names
    // fit whole in half the width; 1: a card across the whole width); empty: every row holds
    // `columns` cards.
    std::vector<int> row_cards;
    int per_page = 1;  // whole cards on a page (at least 1; with heights per card: on average, rounded)
    int pages = 0;     // pages the list makes (with heights per card; else 0)
};

ResultsLayout choose_results_layout(const ResultsSpace& space);

}  // namespace ww::ui
