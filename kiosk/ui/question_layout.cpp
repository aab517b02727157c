#include "ui/question_layout.h"

#include <algorithm>
#include <initializer_list>

namespace ww::ui {

QuestionLayout choose_question_layout(const QuestionSpace& s) {
    const auto layout = [&](bool short_step, bool small_question, bool short_question) {
        QuestionLayout out{short_step, small_question, short_question, 0, true};
        const float step = short_step ? std::min(s.step_h, s.step_short_h) : s.step_h;
        const float question = short_question ? s.question_short_h : small_question ? s.question_small_h : s.question_h;
        out.choices_h = s.height - step - question;
        out.fits = out.choices_h + 0.5f >= s.choices_h;
        return out;
    };
    // Least given up first; on Home (no step summary) the first two are the same.
    for (const QuestionLayout& l : {layout(false, false, false), layout(true, false, false), layout(true, true, false)})
        if (l.fits) return l;
    if (s.question_short_h > 0 && s.question_short_h < s.question_small_h) return layout(true, true, true);
    return layout(true, true, false);
}

int rows_per_page(float page_h, float row_h, float gap) {
    if (row_h <= 0) return 0;
    return std::max(0, int((page_h + gap + 0.5f) / (row_h + gap)));
}

int choices_per_page(float page_h, const ChoiceRows& rows, int count, float gap) {
    return std::min(count, rows_per_page(page_h, rows.row_h, gap) * std::max(1, rows.columns));
}

float choices_need(const std::vector<ChoiceRows>& ways, int count, float gap, float paging_h) {
    if (count <= 0 || ways.empty()) return 0;
    float need = 1e9f;
    for (const ChoiceRows& w : ways) {
        const int columns = std::max(1, w.columns);
        const auto rows_h = [&](int choices) {
            const int rows = (choices + columns - 1) / columns;
            return float(rows) * w.row_h + float(rows - 1) * gap;
        };
        need = std::min(need, rows_h(count));                              // every one at once
        if (count > 2) need = std::min(need, rows_h(2) + gap + paging_h);  // a page of two, then "Meer"
    }
    return need;
}

}  // namespace ww::ui
