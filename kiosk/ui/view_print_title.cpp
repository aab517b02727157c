// "Welke titel wilt u boven uw lijst?": one question before printing, a few big choices.
// Tapping a title goes back to the list and the app prints with that title.
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

void draw_print_title(Canvas& c, const NavState& s, const ScreenData& d, Rect area) {
    const Metrics& m = c.m();
    const Language l = s.language;
    area.y += heading(c, std::string(tr("print_title.question", l)), area);
    area.y += c.text(Font::Body, {area.x, area.y}, std::string(tr("print_title.explain", l)), c.t().text, area.w) + m.gap;
    area.h = m.content.bottom() - area.y;
    const int count = std::min<int>(int(d.print_titles.size()), 7);  // never more than seven choices
    if (count == 0) return;
    auto rects = choice_rects(c, area, count);
    if (rects.back().bottom() > area.bottom()) {
        // Large text on a wide screen: the choices side by side rather than off the screen.
        const float h = std::max(m.target * 1.25f, m.line * 2 + 2 * m.pad);
        rects = layout_grid(area, count, m.target * 3, h, m.gap, count).cells;
    }
    for (int i = 0; i < count; ++i) {
        const PrintTitleChoice& choice = d.print_titles[size_t(i)];
        const bool last = choice.code == s.print_title;  // the title used last time stands out
        if (c.button("print.title." + choice.code, choice.words.in(l), rects[size_t(i)],
                     last ? ButtonStyle::Primary : ButtonStyle::Tile))
            c.emit(ActionKind::ChooseTitle, choice.code);
    }
}

}  // namespace ww::ui
