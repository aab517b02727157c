#pragma once
// How a question screen with tiles (Home, and the route's "for whom", "where" and "what") shares
// its height, so that every page of choices holds at least two whole choices (a whole row; paging
// moves by whole rows). When they do not fit below the header, the screen gives up, in this
// order: the route's step summary goes to its short wording (only the answers: "Voor mij ·
// Emmen", never cut: every answer stays whole, on a second line if need be), then the question
// goes from heading size to bold body size, then (where it has one) to its shorter wording. The
// explanations' page ("Wat is dat?") shares its height the same way. Text keeps the chosen size,
// tiles their 16 mm and their 15 mm pictograms. Pure: heights in, choices out; decided from the
// space, never from a window size.
#include <vector>

namespace ww::ui {

struct QuestionSpace {
    float height = 0;            // from the top of the screen's area to the bottom of the content
    float step_h = 0;            // the step summary, wrapped at the full width (0: none, as on Home)
    float step_short_h = 0;      // its short wording ("Voor mij · Emmen"), wrapped whole, with the gap after it
    float question_h = 0;        // the question in heading size, wrapped, with the gap after it
    float question_small_h = 0;  // the question in bold body size, wrapped, with the gap after it
    float question_short_h = 0;  // a shorter wording in bold, with the gap after it ("Wat is dat?"); 0: none
    float choices_h =
        0;  // the least the choices need (choices_need): every one at once, or a page of two and the paging row
};

struct QuestionLayout {
    bool short_step = false;      // the step summary in its short wording (every answer whole)
    bool small_question = false;  // the question in bold body size
    bool short_question = false;  // its shorter wording in bold instead (only when there is one)
    float choices_h = 0;          // the height left for the choices (and their paging row)
    bool fits = true;             // the choices get what they need (when false: the most room the screen can give)
};

QuestionLayout choose_question_layout(const QuestionSpace& space);

// One way to lay out the choices: `columns` side by side in rows at least `row_h` high (a tile's
// least height at that width: its words whole, its pictogram >= 15 mm, above or beside them).
struct ChoiceRows {
    int columns = 1;
    float row_h = 0;
};

// How many rows of `row_h` a page `page_h` high holds whole, with `gap` between rows (none under
// the last one: the page ends where the next row would start).
int rows_per_page(float page_h, float row_h, float gap);

// How many whole choices (of `count`) a page `page_h` high shows with `rows`.
int choices_per_page(float page_h, const ChoiceRows& rows, int count, float gap);

// The least height `count` choices need, over the ways to lay them out: every one at once, or
// (when they page) a page of at least two whole choices, the gap and the paging row (`paging_h`).
// Two, not one: a page with a single choice hides that there is a choice at all.
float choices_need(const std::vector<ChoiceRows>& ways, int count, float gap, float paging_h);

}  // namespace ww::ui
