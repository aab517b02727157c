// "Bent u er nog?": calm, large, one big button; the screen behind stays visible but dimmed.
// It says what will be lost (the list) and how long there is left.
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

void draw_idle(Canvas& c, const NavState& s, const ScreenData& d) {
    const Metrics& m = c.m();
    const Theme& th = c.t();
    const Language l = s.language;
    c.fill(m.window, th.overlay, 0, 0.55f);
    const float w = std::min(m.window.w - 2 * m.margin, std::max(m.window.w * 0.6f, m.target * 8));
    const std::string question(tr("idle.question", l));
    std::string explain(tr("idle.explain", l));
    if (!s.list.empty()) explain += " " + std::string(tr("idle.list_lost", l));
    const std::string countdown =
        d.idle_seconds_left >= 0 ? tr("idle.countdown", l, {std::to_string(d.idle_seconds_left)}) : std::string();
    const float inner = w - 4 * m.pad;
    const std::string yes(tr("idle.yes", l));
    const float yes_h = std::max(m.button_h * 1.5f, c.measure(Font::Bold, yes, inner - 2 * m.pad).y + 2 * m.pad);
    const float h = 2 * m.pad + c.measure(Font::Heading, question, inner).y + m.gap +
                    c.measure(Font::Body, explain, inner).y + m.gap +
                    (countdown.empty() ? 0 : c.measure(Font::Digits, countdown, inner).y + m.gap) + yes_h + 2 * m.pad;
    Rect box{(m.window.w - w) / 2, std::max(m.margin, (m.window.h - h) / 2), w, h};
    c.fill(box, th.dialog, m.pad);
    float y = box.y + 2 * m.pad;
    y += c.text(Font::Heading, {box.x + 2 * m.pad, y}, question, th.heading, inner) + m.gap;
    y += c.text(Font::Body, {box.x + 2 * m.pad, y}, explain, th.on_dialog, inner) + m.gap;
    if (!countdown.empty()) y += c.text(Font::Digits, {box.x + 2 * m.pad, y}, countdown, th.heading, inner) + m.gap;
    if (c.button("idle.yes", yes, {box.x + 2 * m.pad, y, inner, yes_h}, ButtonStyle::Primary))
        c.emit(ActionKind::StillHere);
}

}  // namespace ww::ui
