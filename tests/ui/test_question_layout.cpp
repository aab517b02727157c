// A question screen's share of the height (ui/question_layout.h): a page of choices always holds
// a whole row, giving up the two-line step summary first, then the question's heading size.
#include <catch2/catch.hpp>

#include "ui/question_layout.h"

using namespace ww::ui;

namespace {
// Heights like the route's last step at 1366x768 with 150 % text: a two-line step summary, a
// two-line question in heading size, one row of tiles (and the paging row) needing 330 px.
QuestionSpace low_window() {
    QuestionSpace s;
    s.height = 560;
    s.step_h = 2 * 56 + 8;
    s.step_line_h = 56 + 8;
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

TEST_CASE("the step summary goes to one line first, then the question to body size", "[question-layout]") {
    QuestionSpace s = low_window();
    // 560 - 120 - 176 = 264 < 330: the full header leaves no whole row.
    s.height = 330 + 64 + 176;  // a one-line summary is enough
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
    s.step_h = s.step_line_h = 0;
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

TEST_CASE("a one-line step summary is never made taller", "[question-layout]") {
    QuestionSpace s = low_window();
    s.step_h = 40;  // shorter than one line of bold (a narrow font metric): kept as it is
    s.height = 40 + 72 + 330;
    const QuestionLayout l = choose_question_layout(s);
    CHECK(l.fits);
    CHECK(l.choices_h >= s.choices_h);
}

TEST_CASE("a question with a shorter wording uses it last, only when the small one is not enough", "[question-layout]") {
    QuestionSpace s = low_window();
    s.step_h = s.step_line_h = 0;
    s.question_short_h = 40 + 16;  // "Wat is dat?" on one line
    s.height = 72 + 330;           // the small question is enough: the short wording is not used
    QuestionLayout l = choose_question_layout(s);
    CHECK(l.small_question);
    CHECK_FALSE(l.short_question);
    s.height = 56 + 330;           // only the short wording leaves room
    l = choose_question_layout(s);
    CHECK(l.short_question);
    CHECK(l.fits);
    CHECK(l.choices_h == Approx(330));
    s.question_short_h = 0;        // no shorter wording: the small question, and it does not fit
    l = choose_question_layout(s);
    CHECK_FALSE(l.short_question);
    CHECK_FALSE(l.fits);
}
