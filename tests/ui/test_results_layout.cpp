// The results screen's share of the height (ui/results_layout.h): a page always holds a whole
// card, giving up the large title, then the cards' details, then the filter row, then long names.
#include <catch2/catch.hpp>

#include "ui/results_layout.h"

using namespace ww::ui;

namespace {
// Heights as at 1366x768 with 150 % text (body 80 px, buttons 104 px, gap 16 px), from the UI map.
ResultsSpace low_window() {
    ResultsSpace s;
    s.height = 368;
    s.gap = 16;
    s.title_h = 2 * 104;
    s.title_line_h = 80;
    s.filters_h = 104;
    s.folded_row_h = 104;
    s.card_h = 460;
    s.compact_card_h = 220;
    s.compact_card_min_h = 220;
    return s;
}
}  // namespace

TEST_CASE("a tall window keeps the large title, the filters and full cards", "[results-layout]") {
    ResultsSpace s = low_window();
    s.height = 1400;
    const ResultsLayout l = choose_results_layout(s);
    CHECK_FALSE(l.small_title);
    CHECK_FALSE(l.compact_cards);
    CHECK_FALSE(l.fold_filters);
    CHECK_FALSE(l.cut_names);
    CHECK(l.fits);
    CHECK(l.cards_h == Approx(1400 - 208 - 16 - 104 - 16));
}

TEST_CASE("the large title goes first, then the details, then the filter row", "[results-layout]") {
    ResultsSpace s = low_window();
    // Full cards fit only with a one-line title.
    s.height = 80 + 16 + 104 + 16 + 460;
    ResultsLayout l = choose_results_layout(s);
    CHECK(l.small_title);
    CHECK_FALSE(l.compact_cards);
    CHECK(l.fits);
    // Compact cards fit under the filter row.
    s.height = 80 + 16 + 104 + 16 + 300;
    s.compact_card_h = 300;
    l = choose_results_layout(s);
    CHECK(l.compact_cards);
    CHECK_FALSE(l.fold_filters);
    CHECK(l.cards_h >= s.compact_card_h);
    // 1366x768 at 150 %: only with the filters folded beside the title.
    l = choose_results_layout(low_window());
    CHECK(l.small_title);
    CHECK(l.compact_cards);
    CHECK(l.fold_filters);
    CHECK_FALSE(l.cut_names);
    CHECK(l.fits);
    CHECK(l.cards_h == Approx(368 - 104 - 16));
}

TEST_CASE("a long name is cut only when nothing else is left to give", "[results-layout]") {
    ResultsSpace s = low_window();
    s.compact_card_h = 300;  // a name on three lines
    ResultsLayout l = choose_results_layout(s);
    CHECK(l.fold_filters);
    CHECK(l.cut_names);
    CHECK(l.fits);  // its name on one line fits
    s.compact_card_min_h = 260;  // not even that: say so (the layout walk reports it)
    l = choose_results_layout(s);
    CHECK_FALSE(l.fits);
}

TEST_CASE("the decision follows the space, not the window size", "[results-layout]") {
    // The same heights in any window give the same choice; more room gives up less.
    ResultsSpace s = low_window();
    ResultsLayout before = choose_results_layout(s);
    s.height += 200;
    ResultsLayout after = choose_results_layout(s);
    CHECK(before.fold_filters);
    CHECK_FALSE(after.fold_filters);
    CHECK(after.compact_cards);
}
