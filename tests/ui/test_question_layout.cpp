// A question screen's share of the height (ui/question_layout.h): a page of choices always holds
// two whole choices (a whole row), giving up the step summary's long wording first (the short one
// keeps every answer whole), then the question's heading size.
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "ui/question_layout.h"

using namespace ww::ui;

namespace {
// Heights like the route's last step at 1366x768 with 150 % text: a two-line step summary, a
// two-line question in heading size, one row of tiles (and the paging row) needing 330 px.
QuestionSpace low_window() {
    QuestionSpace s;
    s.height = 560;
    s.step_h = 2 * 56 + 8;
    s.step_short_h = 56 + 8;
    s.question_h = 2 * 80 + 16;
    s.question_small_h = 56 + 16;
    s.choices_h = 330;
    return s;
}
}  // namespace

TEST_CASE("a tall window keeps the whole step summary and the large question", "[question-layout]") {
    QuestionSpace s = low_window();
    s.height = 1400;
    const QuestionLayout l = choose_question_layout(s);
    CHECK_FALSE(l.short_step);
    CHECK_FALSE(l.small_question);
    CHECK(l.fits);
    CHECK(l.choices_h == Approx(1400 - 120 - 176));
}

TEST_CASE("the step summary goes to its short wording first, then the question to body size", "[question-layout]") {
    QuestionSpace s = low_window();
    // 560 - 120 - 176 = 264 < 330: the full header leaves no whole row.
    s.height = 330 + 64 + 176;  // the short (one-line) wording is enough
    QuestionLayout l = choose_question_layout(s);
    CHECK(l.short_step);
    CHECK_FALSE(l.small_question);
    CHECK(l.fits);
    CHECK(l.choices_h >= s.choices_h);

    s.height = 560;  // also the small question: 560 - 64 - 72 = 424
    l = choose_question_layout(s);
    CHECK(l.short_step);
    CHECK(l.small_question);
    CHECK(l.fits);
    CHECK(l.choices_h == Approx(560 - 64 - 72));
}

TEST_CASE("without a step summary (Home) only the question gives up its size", "[question-layout]") {
    QuestionSpace s = low_window();
    s.step_h = s.step_short_h = 0;
    s.height = 176 + 330;  // the large question and a row fit exactly
    QuestionLayout l = choose_question_layout(s);
    CHECK_FALSE(l.small_question);
    CHECK(l.fits);
    s.height -= 10;
    l = choose_question_layout(s);
    CHECK(l.small_question);
    CHECK(l.fits);
    CHECK(l.choices_h == Approx(s.height - 72));
}

TEST_CASE("when nothing is enough: the most room the screen can give, and it says so", "[question-layout]") {
    QuestionSpace s = low_window();
    s.height = 300;
    const QuestionLayout l = choose_question_layout(s);
    CHECK(l.short_step);
    CHECK(l.small_question);
    CHECK_FALSE(l.fits);
    CHECK(l.choices_h == Approx(300 - 64 - 72));
}

TEST_CASE("a step summary is never made taller by its short wording", "[question-layout]") {
    QuestionSpace s = low_window();
    s.step_h = 40;  // shorter than one line of bold (a narrow font metric): kept as it is
    s.height = 40 + 72 + 330;
    const QuestionLayout l = choose_question_layout(s);
    CHECK(l.fits);
    CHECK(l.choices_h >= s.choices_h);
}

TEST_CASE("a question with a shorter wording uses it last, only when the small one is not enough",
          "[question-layout]") {
    QuestionSpace s = low_window();
    s.step_h = s.step_short_h = 0;
    s.question_short_h = 40 + 16;  // "Wat is dat?" on one line
    s.height = 72 + 330;           // the small question is enough: the short wording is not used
    QuestionLayout l = choose_question_layout(s);
    CHECK(l.small_question);
    CHECK_FALSE(l.short_question);
    s.height = 56 + 330;  // only the short wording leaves room
    l = choose_question_layout(s);
    CHECK(l.short_question);
    CHECK(l.fits);
    CHECK(l.choices_h == Approx(330));
    s.question_short_h = 0;  // no shorter wording: the small question, and it does not fit
    l = choose_question_layout(s);
    CHECK_FALSE(l.short_question);
    CHECK_FALSE(l.fits);
}

namespace {
// The route's last step at 1366x768 with 150 % text (measured in the kiosk): 489 px from below the
// demo band to the bottom; bold lines of 80 px, headings of 104 px, a gap of 16 px, the paging
// row 104 px. "Stap 3 van 3 · voor iemand voor wie ik zorg · Midden-Drenthe" takes two lines, its
// short wording "Voor wie ik zorg · Midden-Drenthe" one. Seven categories: a tile's least height is
// 104 px in one column (one line beside a 15 mm pictogram) and 184 px in two (two lines).
constexpr float kGap = 16, kPaging = 104;
const std::vector<ChoiceRows> kCategoryRows{{1, 104}, {2, 184}};

QuestionSpace route_what_1366_150() {
    QuestionSpace s;
    s.height = 489;
    s.step_h = 2 * 80 + 8;
    s.step_short_h = 80 + 8;
    s.question_h = 104 + 16;
    s.question_small_h = 80 + 16;
    s.choices_h = choices_need(kCategoryRows, 7, kGap, kPaging);
    return s;
}

int best_per_page(float page_h) {
    int best = 0;
    for (const ChoiceRows& r : kCategoryRows) best = std::max(best, choices_per_page(page_h, r, 7, kGap));
    return best;
}
}  // namespace

TEST_CASE("rows per page: the last row on a page needs no gap under it", "[question-layout]") {
    CHECK(rows_per_page(184, 184, 16) == 1);  // the old count (row + gap) found none here
    CHECK(rows_per_page(183, 184, 16) == 0);
    CHECK(rows_per_page(2 * 184 + 16, 184, 16) == 2);
    CHECK(rows_per_page(2 * 184 + 15, 184, 16) == 1);
    CHECK(choices_per_page(185, {2, 184}, 7, 16) == 2);
    CHECK(choices_per_page(185, {2, 184}, 1, 16) == 1);  // never more than there are
    CHECK(choices_per_page(100, {3, 184}, 7, 16) == 0);
}

TEST_CASE("the choices need room for every one, or for a page of two and the paging row", "[question-layout]") {
    // All at once when that is less: two choices side by side.
    CHECK(choices_need({{1, 100}, {2, 120}}, 2, 16, 104) == Approx(120));
    // Seven: a page of two whole tiles (a row of two at 184, or two rows of one at 2 * 104 + 16)
    // and the paging row; a page of one tile (104 + 16 + 104) is not enough.
    CHECK(choices_need(kCategoryRows, 7, 16, 104) == Approx(184 + 16 + 104));
    CHECK(choices_need({{1, 104}}, 7, 16, 104) == Approx(2 * 104 + 16 + 16 + 104));
    CHECK(choices_need({}, 7, 16, 104) == 0);
}

TEST_CASE("1366x768 at 150 %: the route's last step shows at least two categories a page, its summary whole",
          "[question-layout]") {
    const QuestionSpace s = route_what_1366_150();
    const QuestionLayout l = choose_question_layout(s);
    CHECK(l.fits);
    CHECK(l.short_step);      // the short wording: every answer whole, on one line
    CHECK(l.small_question);  // the question in bold body size
    // What the tiles get: the room left, less the paging row and the gap above it.
    const float page_h = l.choices_h - kPaging - kGap;
    CHECK(best_per_page(page_h) >= 2);  // was one ("1 van 7")

    // A longer short wording wraps to two lines, never cut: it counts as two lines, and the page
    // still gets the most room the screen can give.
    QuestionSpace two_lines = s;
    two_lines.step_short_h = 2 * 80 + 8;
    const QuestionLayout w = choose_question_layout(two_lines);
    CHECK(w.short_step);
    CHECK(w.choices_h == Approx(489 - (2 * 80 + 8) - (80 + 16)));
}
