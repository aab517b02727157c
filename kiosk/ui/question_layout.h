#pragma once
// How a question screen with tiles (Home, and the route's "for whom", "where" and "what") shares
// its height, so that every page of choices holds at least one whole row of them (paging moves by
// whole rows). When a row does not fit below the header, the screen gives up, in this order: the
// route's step summary goes to one line ("Stap 3 van 3 · voor iemand…", cut with "…"), then the
// question goes from heading size to bold body size, then (where it has one) to its shorter
// wording. The explanations' page ("Wat is dat?") shares its height the same way. Text keeps the chosen size, tiles their
// 16 mm and their 15 mm pictograms. Pure: heights in, choices out; decided from the space, never
// from a window size.
namespace ww::ui {

struct QuestionSpace {
    float height = 0;           // from the top of the screen's area to the bottom of the content
    float step_h = 0;           // the step summary, wrapped at the full width (0: none, as on Home)
    float step_line_h = 0;      // one line of bold: the short step summary
    float question_h = 0;       // the question in heading size, wrapped, with the gap after it
    float question_small_h = 0; // the question in bold body size, wrapped, with the gap after it
    float question_short_h = 0; // a shorter wording in bold, with the gap after it ("Wat is dat?"); 0: none
    float choices_h = 0;        // the least the choices need: every one at once, or one whole row and the paging row
};

struct QuestionLayout {
    bool short_step = false;      // the step summary on one line, cut with "…"
    bool small_question = false;  // the question in bold body size
    bool short_question = false;  // its shorter wording in bold instead (only when there is one)
    float choices_h = 0;          // the height left for the choices (and their paging row)
    bool fits = true;             // the choices get what they need (when false: the most room the screen can give)
};

QuestionLayout choose_question_layout(const QuestionSpace& space);

}  // namespace ww::ui
