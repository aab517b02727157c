#include "ui/question_layout.h"

#include <algorithm>
#include <initializer_list>

namespace ww::ui {

QuestionLayout choose_question_layout(const QuestionSpace& s) {
    const auto layout = [&](bool short_step, bool small_question, bool short_question) {
        QuestionLayout out{short_step, small_question, short_question, 0, true};
        const float step = short_step ? std::min(s.step_h, s.step_line_h) : s.step_h;
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

}  // namespace ww::ui
