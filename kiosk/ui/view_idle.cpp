// "Bent u er nog?": calm, large, one big button; the screen behind stays visible but dimmed.
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

void draw_idle(Canvas& c, const NavState& s) {
    const Metrics& m = c.m();
    const Theme& th = c.t();
    const Language l = s.language;
    c.fill(m.window, th.overlay, 0, 0.55f);
    const float w = std::min(m.window.w - 2 * m.margin, std::max(m.window.w * 0.6f, m.target * 8));
    const std::string question(tr("idle.question", l));
    const std::string explain(tr("idle.explain", l));
    const float inner = w - 4 * m.pad;
    const float h = 2 * m.pad + c.measure(Font::Heading, question, inner).y + m.gap + c.measure(Font::Body, explain, inner).y +
                    m.gap + m.button_h * 1.5f + 2 * m.pad;
    Rect box{(m.window.w - w) / 2, std::max(m.margin, (m.window.h - h) / 2), w, h};
    c.fill(box, th.dialog, m.pad);
    float y = box.y + 2 * m.pad;
    y += c.text(Font::Heading, {box.x + 2 * m.pad, y}, question, th.heading, inner) + m.gap;
    y += c.text(Font::Body, {box.x + 2 * m.pad, y}, explain, th.on_dialog, inner) + m.gap;
    if (c.button("idle.yes", std::string(tr("idle.yes", l)), {box.x + 2 * m.pad, y, inner, m.button_h * 1.5f}, ButtonStyle::Primary))
        c.emit(ActionKind::StillHere);
}

}  // namespace ww::ui
