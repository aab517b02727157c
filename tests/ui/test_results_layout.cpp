// The results screen's share of the height (ui/results_layout.h): a page always holds a whole
// card, giving up the large title, then the cards' details, then the filter row, then long names.
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

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
    // Full cards fit only with a one-line title (and compact ones would not fit two a page).
    s.height = 80 + 16 + 104 + 16 + 460;
    s.compact_card_h = 300;
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
    CHECK(l.fits);               // its name on one line fits
    s.compact_card_min_h = 260;  // not even that: say so (the layout walk reports it)
    l = choose_results_layout(s);
    CHECK_FALSE(l.fits);
}

TEST_CASE("the decision follows the space, not the window size", "[results-layout]") {
    // The same heights in any window give the same choice; more room gives up less.
    ResultsSpace s = low_window();
    ResultsLayout before = choose_results_layout(s);
    s.height += 100;
    ResultsLayout after = choose_results_layout(s);
    CHECK(before.fold_filters);
    CHECK_FALSE(after.fold_filters);
    CHECK(after.compact_cards);
    // Room for two compact cards a page only with the filters folded: two cards a page first.
    s.height += 100;
    after = choose_results_layout(s);
    CHECK(after.fold_filters);
    CHECK(after.per_page == 2);
}

namespace {
// A results screen modelled on the UI maps of the layout walk (demo catalogue, its notice band):
// body text `f` px (49 at 1920x1080 100 %, times the text size), buttons a line plus 12 px, cards
// with 12 px padding. A brief card: its name (one line across the window, two in a half), the
// phone number (1.2 f) and beside it the two buttons, then two lines across. A compact card: the
// name and the phone number beside "Zet op mijn lijst", 6 px above and below. The "Filters" button
// is a line plus 12 px.
struct Window {
    float height;   // from the title's top to the gap above the paging row, at 100 %
    float body_px;  // at 100 %
    float gap;
    bool halves_upto;      // two columns offered (a half-width card keeps its buttons beside) ...
    int halves_max_scale;  // ... up to this text size
};
ResultsSpace modelled(const Window& w, int scale) {
    const float f = w.body_px * float(scale) / 100;
    const float button = f + 12, pad = 12, digits = 1.2f * f;
    const float buttons = 2 * button + w.gap;
    const auto brief = [&](int name_lines) {
        return 2 * pad + std::max(float(name_lines) * f + pad / 2 + digits, buttons) + pad / 2 + 2 * f + w.gap;
    };
    ResultsSpace s;
    s.height = w.height;
    s.gap = w.gap;
    s.title_h = 1.3f * f;
    s.title_line_h = f;
    s.filters_h = f + 24;
    s.folded_row_h = f + 12;
    s.card_h = brief(1);
    s.card_half_h = w.halves_upto && scale <= w.halves_max_scale ? brief(2) : 0;
    s.compact_card_h = s.compact_card_min_h = pad + std::max(f + pad / 2 + digits, button) + w.gap;
    return s;
}
const Window landscape{805, 49, 15, true, 125};
const Window portrait{1569, 49, 15, false, 0};
const Window low{412, 53, 16, false, 0};
}  // namespace

TEST_CASE("at 1920x1080 with 100 % text a page holds four brief cards, two by two", "[results-layout]") {
    const ResultsSpace s = modelled(landscape, 100);
    CHECK(s.card_h == Approx(265 + 15));  // as the walk's map measures them
    CHECK(s.card_half_h == Approx(291 + 15).margin(0.5));
    const ResultsLayout l = choose_results_layout(s);
    CHECK_FALSE(l.compact_cards);
    CHECK_FALSE(l.small_title);
    CHECK_FALSE(l.fold_filters);
    CHECK(l.columns == 2);
    CHECK(l.per_page >= 4);  // 33 day-care places: 9 pages
    // Without the two columns only two a page.
    ResultsSpace one = s;
    one.card_half_h = 0;
    CHECK(choose_results_layout(one).per_page == 2);
    CHECK(choose_results_layout(one).columns == 1);
}

TEST_CASE("one brief card a page gives way to more compact ones", "[results-layout]") {
    // 1920x1080 at 150 %: one brief card fits, two compact ones do.
    const ResultsLayout l = choose_results_layout(modelled(landscape, 150));
    CHECK(l.compact_cards);
    CHECK(l.per_page == 2);
    CHECK(l.columns == 1);
    // Two are enough: the large title and the filters stay (folding them would fit a third).
    CHECK_FALSE(l.small_title);
    CHECK_FALSE(l.fold_filters);
    // Two brief cards a page stay brief (portrait at 150 %).
    const ResultsLayout tall = choose_results_layout(modelled(portrait, 150));
    CHECK_FALSE(tall.compact_cards);
    CHECK(tall.per_page >= 2);
}

TEST_CASE("larger text never puts more cards on a page, and never fewer than one", "[results-layout]") {
    for (const Window& w : {landscape, portrait, low}) {
        int before = 1 << 20;
        for (int scale : {100, 125, 150}) {  // the kiosk's text sizes
            const ResultsLayout l = choose_results_layout(modelled(w, scale));
            INFO("window " << w.height << " px, text " << scale << " %: " << l.per_page << " a page");
            CHECK(l.per_page >= 1);
            CHECK(l.per_page <= before);
            before = l.per_page;
        }
    }
    // Whatever the heights, at least one card a page (a card taller than the page is read in steps).
    ResultsSpace s = low_window();
    for (float height : {0.0f, 50.0f, 200.0f, 368.0f, 2000.0f})
        for (float half : {0.0f, 300.0f}) {
            s.height = height;
            s.card_half_h = half;
            CHECK(choose_results_layout(s).per_page >= 1);
        }
}

TEST_CASE("a wide window puts the title and the filters in one row, giving up nothing", "[results-layout]") {
    // 1920x1080 at 100 % on a 21.5" screen: the cards a little higher (a name in two lines).
    ResultsSpace s = modelled(landscape, 100);
    s.card_half_h = 333;
    ResultsLayout l = choose_results_layout(s);
    CHECK_FALSE(l.title_row);  // not offered: the title above the filters
    CHECK(l.per_page == 2);
    s.title_row_h = 73;  // the title and one row of filters fit side by side
    l = choose_results_layout(s);
    CHECK(l.title_row);
    CHECK_FALSE(l.small_title);
    CHECK_FALSE(l.compact_cards);
    CHECK(l.columns == 2);
    CHECK(l.per_page == 4);
    CHECK(l.cards_h == Approx(805 - 73 - 15));
    // Folded filters never share the row.
    l = choose_results_layout(low_window());
    CHECK(l.fold_filters);
    CHECK_FALSE(l.title_row);
}

TEST_CASE("the one-line title shares a row with the filters when the large one does not fit in it",
          "[results-layout]") {
    ResultsSpace s = low_window();
    s.compact_card_h = s.compact_card_min_h = 120;
    s.title_line_row_h = 104;  // the one-line title and the filters fit side by side
    const ResultsLayout l = choose_results_layout(s);
    CHECK(l.small_title);
    CHECK(l.title_row);
    CHECK_FALSE(l.fold_filters);  // the filters stay in view
    CHECK(l.cards_h == Approx(368 - 104 - 16));
    CHECK(l.per_page == 2);
}

namespace {
// Cards in list order: `short_h` high, and every `every`-th one `long_h` (a long name).
std::vector<float> mixed(size_t n, float short_h, float long_h, size_t every) {
    std::vector<float> hs;
    for (size_t i = 0; i < n; ++i) hs.push_back(i % every == every - 1 ? long_h : short_h);
    return hs;
}
}  // namespace

TEST_CASE("at 1366x768 on a 15.6 inch screen with 100 % text a page holds two cards", "[results-layout]") {
    // As the layout walk's map measures it (demo catalogue, its notice band, the bar in two rows):
    // compact cards of 93 px (name and phone on one line), 151 px (on two) and 204 px (a name on
    // two lines), with the gap. The tallest alone would give one card a page ("1 van 51").
    ResultsSpace s;
    s.height = 396;
    s.gap = 16;
    s.title_h = 69;
    s.title_line_h = 53;
    s.filters_h = 77;
    s.folded_row_h = 65;
    s.card_h = 328;
    s.compact_card_h = s.compact_card_min_h = 204;
    for (size_t i = 0; i < 50; ++i) {
        s.card_hs.push_back(i % 10 == 9 ? 328 : 280);
        s.compact_card_hs.push_back(i % 10 == 9 ? 204 : i % 3 == 0 ? 93 : 151);
    }
    const ResultsLayout l = choose_results_layout(s);
    CHECK(l.compact_cards);
    CHECK(l.fold_filters);  // "Filters" beside the title gains the second card
    CHECK(l.fits);
    CHECK(l.per_page >= 2);
    CHECK(l.pages <= 30);
    // With only the tallest known, one a page: the per-card count is what makes the difference.
    ResultsSpace tallest_only = s;
    tallest_only.card_hs.clear();
    tallest_only.compact_card_hs.clear();
    CHECK(choose_results_layout(tallest_only).per_page == 1);
}

TEST_CASE("one long name costs only its own page", "[results-layout]") {
    // Brief cards of 300 px fit two a page; one in five has a long name (500 px) and fits alone.
    ResultsSpace s = low_window();
    s.height = 1000;
    s.card_h = 500;
    s.compact_card_h = s.compact_card_min_h = 220;
    s.card_hs = mixed(50, 300, 500, 5);
    s.compact_card_hs = mixed(50, 200, 220, 5);
    const ResultsLayout l = choose_results_layout(s);
    const float cards_h = 1000 - 208 - 16 - 104 - 16;  // 656: two short cards, or one long one
    CHECK(l.cards_h == Approx(cards_h));
    CHECK_FALSE(l.compact_cards);  // the long names do not make every card compact
    CHECK_FALSE(l.small_title);
    // Per five cards: two short, two short, the long one alone.
    CHECK(l.pages == 30);
    CHECK(l.per_page == 2);
    // Decided from the tallest, every page would hold one brief card, or compact ones for all.
    ResultsSpace tallest_only = s;
    tallest_only.card_hs.clear();
    tallest_only.compact_card_hs.clear();
    const ResultsLayout old = choose_results_layout(tallest_only);
    CHECK((old.compact_cards || old.per_page == 1));
    // A single card: one page.
    s.card_hs = {500};
    s.compact_card_hs = {220};
    CHECK(choose_results_layout(s).pages == 1);
}

TEST_CASE("two columns are counted by rows of their higher card", "[results-layout]") {
    ResultsSpace s = low_window();
    s.height = 1000;
    s.card_h = 400;
    s.card_half_h = 500;
    s.card_hs = mixed(12, 300, 400, 4);
    s.card_half_hs = mixed(12, 300, 500, 4);
    const ResultsLayout l = choose_results_layout(s);
    // One column: 300+300 | 300 | 400 per four cards, nine pages. Two columns: rows of 300 and of
    // 500 (the row with the long card), one row a page, six pages.
    CHECK(l.columns == 2);
    CHECK(l.pages == 6);
}

TEST_CASE("when compact cards fit one a page, the tight header and two columns give two", "[results-layout]") {
    // 1366x768 at 150 %, measured: 261 px for the cards under the folded row, compact cards 194 px
    // (+16), in a column of two 278 px with the name on one line, 358 px with two.
    ResultsSpace s = low_window();
    s.height = 104 + 16 + 261;
    s.compact_card_h = s.compact_card_min_h = 210;
    s.compact_card_hs = std::vector<float>(50, 210);
    // Not offered: one card a page.
    ResultsLayout l = choose_results_layout(s);
    CHECK(l.per_page == 1);
    CHECK_FALSE(l.tight);
    // The header and paging row in the bar's word size give back 66 px: two columns fit.
    s.tight_saving = (104 - 65) + (104 - 65);
    s.compact_half_h = 294;
    s.compact_half_hs = std::vector<float>(50, 294);
    l = choose_results_layout(s);
    CHECK(l.tight);
    CHECK(l.compact_cards);
    CHECK(l.fold_filters);
    CHECK(l.columns == 2);
    CHECK(l.per_page == 2);
    CHECK_FALSE(l.cut_names);
    CHECK(l.pages == 25);
    CHECK(l.row_cards == std::vector<int>(25, 2));
    // Room for compact cards two a page in one column: not tight (nothing given up needlessly).
    ResultsSpace roomy = s;
    roomy.height = 104 + 16 + 2 * 210;
    l = choose_results_layout(roomy);
    CHECK_FALSE(l.tight);
    CHECK(l.per_page == 2);
}

TEST_CASE("names stay whole before two cards a page", "[results-layout]") {
    // 1366x768 at 150 %: in half the width the names need two lines and two such cards do not fit
    // a page. Cut to one line they would: "Dagbesteding…" beside "Dagbesteding…". The names stay
    // whole, one card across the width a page.
    ResultsSpace s = low_window();
    s.height = 104 + 16 + 261;
    s.compact_card_h = s.compact_card_min_h = 210;
    s.compact_card_hs = std::vector<float>(50, 210);
    s.tight_saving = (104 - 65) + (104 - 65);
    s.compact_half_h = 374;
    s.compact_half_hs = std::vector<float>(50, 374);
    ResultsLayout l = choose_results_layout(s);
    CHECK_FALSE(l.cut_names);
    CHECK(l.columns == 1);
    CHECK(l.per_page == 1);
    CHECK(l.fits);
    CHECK(l.pages == 50);
    // Short names fit two in half the width, long ones get a row across of their own: pairs where
    // both are short, in list order.
    s.compact_half_hs.clear();
    for (size_t i = 0; i < 50; ++i) s.compact_half_hs.push_back(i % 5 == 4 ? 374 : 294);
    s.compact_half_h = 374;
    l = choose_results_layout(s);
    CHECK(l.tight);
    CHECK_FALSE(l.cut_names);
    CHECK(l.columns == 2);
    REQUIRE(l.row_cards.size() >= 5);
    // Per five cards: two pairs, then the long one alone (a page each: 30 pages, not 50).
    CHECK(l.row_cards[0] == 2);
    CHECK(l.row_cards[1] == 2);
    CHECK(l.row_cards[2] == 1);
    CHECK(l.pages == 30);
    int cards = 0;
    for (const int k : l.row_cards) cards += k;
    CHECK(cards == 50);
}

TEST_CASE("only a name too long for a page of its own is cut, one card a page", "[results-layout]") {
    ResultsSpace s = low_window();
    s.height = 104 + 16 + 261;
    s.tight_saving = (104 - 65) + (104 - 65);
    s.compact_card_h = 400;  // one name on many lines: not even alone on a tight page (327 px)
    s.compact_card_min_h = 210;
    s.compact_card_hs = std::vector<float>(50, 210);
    s.compact_card_hs[7] = 400;
    s.compact_half_h = 294;
    s.compact_half_hs = std::vector<float>(50, 294);
    s.compact_half_hs[7] = 480;
    const ResultsLayout l = choose_results_layout(s);
    CHECK(l.cut_names);
    CHECK(l.fits);
    CHECK(l.columns == 1);  // never two cut names side by side
    CHECK(l.row_cards.empty());
}

TEST_CASE("compact cards go side by side where two names fit whole, also when not tight", "[results-layout]") {
    // A low window, compact cards under the folded filters (343 px): one long name in three (207
    // px across the width, 386 px in half of it, where it does not fit a page), short names 154 px
    // across the width.
    ResultsSpace s = low_window();
    s.height = 65 + 16 + 343;
    s.folded_row_h = 65;
    s.title_line_h = 200;  // only the folded filters leave room for a compact card
    s.card_h = 460;
    s.card_hs = std::vector<float>(40, 460);
    s.compact_card_h = s.compact_card_min_h = 207;
    s.compact_half_h = 386;
    for (size_t i = 0; i < 40; ++i) {
        s.compact_card_hs.push_back(i % 3 == 0 ? 207 : 154);
        s.compact_half_hs.push_back(i % 3 == 0 ? 386 : 280);
    }
    // One column: long | short, short | long ... 27 pages. Side by side (280 px a pair) the same:
    // one column stays.
    ResultsLayout l = choose_results_layout(s);
    CHECK(l.compact_cards);
    CHECK_FALSE(l.tight);
    CHECK_FALSE(l.cut_names);
    CHECK(l.pages == 27);
    CHECK(l.columns == 1);
    CHECK(l.row_cards.empty());
    // Short names on one line in half the width (120 px): a pair fits under a long card, 14 pages.
    for (size_t i = 0; i < 40; ++i)
        if (i % 3 != 0) s.compact_half_hs[i] = 120;
    l = choose_results_layout(s);
    CHECK(l.columns == 2);
    CHECK(l.pages == 14);
    REQUIRE(l.row_cards.size() >= 3);
    CHECK(l.row_cards[0] == 1);  // the long name across the width, whole
    CHECK(l.row_cards[1] == 2);
    CHECK(l.row_cards[2] == 1);
}
