// Staff: a PIN keypad behind the hidden corner gesture, then catalogue facts, the log tail and
// the only way out of the kiosk.
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

void draw_staff_pin(Canvas& c, const NavState& s, const ScreenData& d, Rect area) {
    const Metrics& m = c.m();
    const Language l = s.language;
    area.y += heading(c, std::string(tr("staff.pin_title", l)), area);
    std::string dots(s.pin_entry.size(), '*');
    area.y += c.text(Font::Digits, {area.x, area.y}, dots.empty() ? " " : dots, c.t().text) + m.gap;
    if (!d.pin_message.empty())
        area.y += c.text(Font::Body, {area.x, area.y}, d.pin_message, c.t().closed_today, area.w) + m.gap;
    const char* keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "back", "0", "ok"};
    // Square keys that hold their largest label ("OK" in large digits) with room around it.
    const ImVec2 ok = c.measure(Font::Digits, std::string(tr("staff.ok", l)));
    const float key = std::max({m.target * 1.3f, m.button_h, ok.x + 2 * m.pad + 2, ok.y + 2 * m.pad});
    for (int i = 0; i < 12; ++i) {
        const Rect r{area.x + float(i % 3) * (key + m.gap), area.y + float(i / 3) * (key + m.gap), key, key};
        const std::string k = keys[i];
        const std::string label = k == "back" ? "<" : k == "ok" ? std::string(tr("staff.ok", l)) : k;
        if (c.button("pin." + k, label, r, k == "ok" ? ButtonStyle::Primary : ButtonStyle::Tile, Font::Digits)) {
            if (k == "back") c.emit(ActionKind::PinBackspace);
            else if (k == "ok") c.emit(ActionKind::PinSubmit);
            else c.emit(ActionKind::PinDigit, k);
        }
    }
    const std::string close_label(tr("staff.close", l));
    const Rect close{area.x + 3 * (key + m.gap) + m.gap, area.y,
                     std::max({m.target * 3, key * 2, c.measure(Font::Bold, close_label).x + 2 * m.pad + 2}), key};
    if (c.button("staff.close", close_label, close, ButtonStyle::Tile)) c.emit(ActionKind::CloseStaff);
}

void draw_staff(Canvas& c, const NavState& s, const ScreenData& d, Rect area) {
    const Metrics& m = c.m();
    const Language l = s.language;
    const Rect actions = take_bottom(area, m.button_h, m.gap);
    const float half = (actions.w - m.gap) / 2;
    if (c.button("staff.close", std::string(tr("staff.close", l)), {actions.x, actions.y, half, actions.h},
                 ButtonStyle::Tile))
        c.emit(ActionKind::CloseStaff);
    if (c.button("staff.quit", std::string(tr("staff.quit", l)), {actions.x + half + m.gap, actions.y, half, actions.h},
                 ButtonStyle::Primary))
        c.emit(ActionKind::QuitKiosk);
    const float origin = c.begin_scroll("staff", area);
    float y = origin;
    y += c.text(Font::Heading, {area.x, y}, std::string(tr("staff.title", l)) + " – " + d.kiosk_name, c.t().heading,
                area.w);
    if (!d.config_notice.empty())
        y += c.text(Font::Body, {area.x, y}, tr("staff.config_notice", l, {d.config_notice}), c.t().closed_today,
                    area.w);
    if (d.catalogue_ok) {
        y += c.text(Font::Body, {area.x, y},
                    tr("staff.catalogue", l,
                       {std::to_string(d.info.version), d.info.created, d.info.expires.empty() ? "-" : d.info.expires}),
                    c.t().text, area.w);
        y += c.text(Font::Body, {area.x, y}, tr("staff.services", l, {std::to_string(d.service_count), d.info.source}),
                    c.t().text, area.w);
    } else {
        y += c.text(Font::Body, {area.x, y}, tr("staff.no_catalogue", l, {d.catalogue_error}), c.t().text, area.w);
    }
    if (!d.slot_status.empty()) {
        y += m.gap / 2 +
             c.text(Font::Bold, {area.x, y + m.gap / 2}, std::string(tr("staff.slots", l)), c.t().heading, area.w);
        for (const auto& line : d.slot_status) y += c.text(Font::Body, {area.x, y}, line, c.t().text, area.w);
    }
    if (d.version_reset_available) {
        y += m.gap / 2;
        const std::string label(tr("staff.reset_version", l));
        const float h = std::max(m.button_h, c.measure(Font::Bold, label, area.w - 2 * m.pad).y + 2 * m.pad);
        if (c.button("staff.reset_version", label, {area.x, y, area.w, h}, ButtonStyle::Tile))
            c.emit(ActionKind::ResetVersion);
        y += h + m.gap / 2;
        if (!d.staff_message.empty()) y += c.text(Font::Body, {area.x, y}, d.staff_message, c.t().text, area.w);
    }
    if (!d.import_history.empty()) {
        y += m.gap / 2 +
             c.text(Font::Bold, {area.x, y + m.gap / 2}, std::string(tr("staff.imports", l)), c.t().heading, area.w);
        for (const auto& line : d.import_history) y += c.text(Font::Body, {area.x, y}, line, c.t().text, area.w);
    }
    y +=
        m.gap / 2 + c.text(Font::Bold, {area.x, y + m.gap / 2}, std::string(tr("staff.log", l)), c.t().heading, area.w);
    for (const auto& line : d.log_tail) y += c.text(Font::Body, {area.x, y}, line, c.t().text, area.w);
    c.end_scroll(y);
}

void draw_out_of_order(Canvas& c, const NavState& s, const ScreenData& d, Rect area) {
    const Metrics& m = c.m();
    const Language l = s.language;
    area.y += m.gap;
    area.y += heading(c, std::string(tr("ooo.title", l)), area);
    area.y += c.text(Font::Body, {area.x, area.y}, std::string(tr("ooo.sorry", l)), c.t().text, area.w) + m.gap;
    if (!d.helpline_phone.empty()) {
        area.y +=
            c.text(Font::Body, {area.x, area.y}, tr("ooo.helpline", l, {d.helpline_name.in(l)}), c.t().text, area.w);
        area.y += c.text(Font::Digits, {area.x, area.y}, d.helpline_phone, c.t().text, area.w) + m.gap;
    }
    c.text(Font::Body, {area.x, area.y}, std::string(tr("ooo.ask", l)), c.t().text, area.w);
}

}  // namespace ww::ui
