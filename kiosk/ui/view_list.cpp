// My list: what the resident collected, with remove; the list as a QR code to take home on a
// phone without internet; "Printen" (with a printer, the title question comes first: view_print_title.cpp).
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

void draw_list(Canvas& c, const NavState& s, const ScreenData& d, Rect area) {
    const Metrics& m = c.m();
    const Theme& th = c.t();
    const Language l = s.language;
    area.y += heading(c, std::string(tr("list.title", l)), area);
    area.h = c.m().content.bottom() - area.y;
    if (d.list_items.empty()) {
        c.text(Font::Body, {area.x, area.y}, std::string(tr("list.empty", l)), th.text, area.w);
        return;
    }

    // Actions at the bottom: print (or take home as QR) and clear.
    const Rect actions = take_bottom(area, m.button_h, m.gap);
    const float third = (actions.w - 2 * m.gap) / 3;
    if (c.button("list.print", std::string(tr("list.print", l)), {actions.x, actions.y, third, actions.h}, ButtonStyle::Primary))
        c.emit(ActionKind::PrintList);
    if (c.button("list.take_home", std::string(tr(s.show_list_qr ? "list.hide_qr" : "list.take_home", l)),
                 {actions.x + third + m.gap, actions.y, third, actions.h}, ButtonStyle::Primary))
        c.emit(ActionKind::ShowListQr);
    if (c.button("list.clear", std::string(tr("list.clear", l)), {actions.x + 2 * (third + m.gap), actions.y, third, actions.h},
                 ButtonStyle::Tile))
        c.emit(ActionKind::ClearList);

    // What the printer is doing, just above the buttons.
    if (!d.print_message.empty()) {
        const float h = c.measure(Font::Bold, d.print_message, area.w - 2 * m.pad).y + 2 * m.pad;
        const Rect band = take_bottom(area, h, m.gap);
        c.fill(band, th.band, m.pad / 2);
        c.text(Font::Bold, {band.x + m.pad, band.y + m.pad}, d.print_message, th.on_band, band.w - 2 * m.pad);
    }

    // The QR code beside the list when asked for.
    if (s.show_list_qr && d.list_qr) {
        const bool landscape = area.w > area.h;
        Rect qr_area;
        if (landscape) {
            const float w = std::min(area.w * 0.45f, area.h + m.gap);
            qr_area = {area.right() - w, area.y, w, area.h};
            area.w -= w + m.gap;
        } else {
            qr_area = take_bottom(area, std::min(area.h * 0.55f, area.w), m.gap);
        }
        const float cap = c.text(Font::Body, {qr_area.x, qr_area.y}, std::string(tr("list.qr_caption", l)), th.text, qr_area.w);
        draw_qr(c, *d.list_qr, {qr_area.x, qr_area.y + cap + m.pad, qr_area.w, qr_area.h - cap - m.pad});
        c.map().items.push_back({"list.qr", "QR", {qr_area.x, qr_area.y + cap + m.pad, qr_area.w, qr_area.h - cap - m.pad}});
    }

    const Rect paging = take_bottom(area, m.button_h, m.gap);
    const float origin = c.begin_scroll("list", area);
    float y = origin;
    const float remove_w = std::max(m.target * 2.5f, c.measure(Font::Bold, std::string(tr("list.remove", l))).x + 2 * m.pad);
    for (const auto& svc : d.list_items) {
        const float text_w = area.w - remove_w - m.gap - 2 * m.pad;
        const std::string name = svc.name.in(l);
        const std::string where = svc.town;
        const float h = std::max(m.button_h, c.measure(Font::Bold, name, text_w).y + (where.empty() ? 0 : m.line) +
                                                 (svc.phone.empty() ? 0 : m.digits_px) + 2 * m.pad);
        const Rect row{area.x, y, area.w, h};
        c.fill(row, th.tile, m.pad);
        float ty = y + m.pad;
        ty += c.text(Font::Bold, {row.x + m.pad, ty}, name, th.on_tile, text_w);
        if (!where.empty()) ty += c.text(Font::Body, {row.x + m.pad, ty}, where, th.text, text_w);
        if (!svc.phone.empty()) c.text(Font::Digits, {row.x + m.pad, ty}, svc.phone, th.on_tile, text_w);
        if (c.button("list.remove." + svc.id, std::string(tr("list.remove", l)),
                     {row.right() - remove_w - m.pad, y + (h - m.button_h) / 2, remove_w, m.button_h}, ButtonStyle::Primary))
            c.emit(ActionKind::RemoveFromList, svc.id);
        y += h + m.gap;
    }
    c.end_scroll(y - m.gap);
    paging_buttons(c, "list", "list", s, paging);
}

}  // namespace ww::ui
