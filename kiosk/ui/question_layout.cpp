#include "ui/question_layout.h"

#include <algorithm>
#include <initializer_list>

namespace ww::ui {

QuestionLayout choose_question_layout(const QuestionSpace& s) {
    const auto layout = [&](bool short_step, bool small_question) {
        QuestionLayout out{short_step, small_question, 0, true};
        const float step = short_step ? std::min(s.step_h, s.step_line_h) : s.step_h;
        out.choices_h = s.height - step - (small_question ? s.question_small_h : s.question_h);
        out.fits = out.choices_h + 0.5f >= s.choices_h;
        return out;
    };
    // Least given up first; on Home (no step summary) the first two are the same.
    for (const QuestionLayout& l : {layout(false, false), layout(true, false), layout(true, true)})
        if (l.fits) return l;
    return layout(true, true);
}

}  // namespace ww::ui
