// My list: what the resident collected, with "Haal weg" (and "Zet terug"); the list as a QR code
// to take home on a phone without internet; "Printen". "Maak de lijst leeg" sits apart from the
// other buttons and asks first.
#include <algorithm>
#include <cmath>

#include "core/phone.h"
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

namespace {

// A row of buttons that share the width; they grow in height when their words need two lines.
struct RowButton {
    std::string id, label;
    ButtonStyle style;
    Action action;
};

// `least_h`: the row's height when the words fit on one line (a tight row: tight_row_h, Font::Bar).
float button_row_height(Canvas& c, const std::vector<RowButton>& buttons, float width, Font font = Font::Bold,
                        float least_h = 0) {
    const Metrics& m = c.m();
    const float w = (width - m.gap * float(buttons.size() - 1)) / float(buttons.size());
    float h = least_h > 0 ? least_h : m.button_h;
    for (const auto& b : buttons) h = std::max(h, c.measure(font, b.label, w - 2 * m.pad).y + 2 * m.pad);
    return h;
}

void button_row(Canvas& c, const std::vector<RowButton>& buttons, const Rect& row, Font font = Font::Bold) {
    const Metrics& m = c.m();
    const float w = (row.w - m.gap * float(buttons.size() - 1)) / float(buttons.size());
    for (size_t i = 0; i < buttons.size(); ++i)
        if (c.button(buttons[i].id, buttons[i].label, {row.x + float(i) * (w + m.gap), row.y, w, row.h},
                     buttons[i].style, font))
            c.emit(buttons[i].action);
}

// How much of each service a row of the list shows: everything (the name, its town, its phone
// number), or less in a low window, so that every page holds whole rows with their "Haal weg"
// (the print and the QR code have the rest).
enum class RowLook { Full, NoTown, OneLineName, NameOnly };

struct ListRow {
    std::string name, town, phone;  // as shown (the name cut after a word with "…" when it must)
    float h = 0;
};

// `button_h`: the height of its "Haal weg" (tight_row_h in a tight list).
ListRow list_row(const Canvas& c, const ServiceSummary& svc, Language l, float text_w, RowLook look, float button_h) {
    const Metrics& m = c.m();
    ListRow row;
    row.name = svc.name.in(l);
    if (look == RowLook::OneLineName || look == RowLook::NameOnly)
        row.name = cut_at_word(c, Font::Bold, row.name, text_w, 1);
    if (look == RowLook::NoTown) row.name = cut_at_word(c, Font::Bold, row.name, text_w, 2);
    if (look == RowLook::Full) row.town = svc.town;
    if (look != RowLook::NameOnly && !svc.phone.empty()) row.phone = format_phone(svc.phone);
    row.h = std::max(button_h + 2 * m.pad, c.measure(Font::Bold, row.name, text_w).y +
                                               (row.town.empty() ? 0 : c.measure(Font::Body, row.town, text_w).y) +
                                               (row.phone.empty() ? 0 : c.measure(Font::Digits, row.phone, text_w).y) +
                                               2 * m.pad);
    return row;
}

// The fullest look in which every row fits a page `room` high (else NameOnly), and the tallest
// row in it: all rows look alike, and paging never has to split a row.
struct RowsFit {
    RowLook look = RowLook::Full;
    float tallest = 0;
};

RowsFit rows_fit(const Canvas& c, const std::vector<ServiceSummary>& rows, Language l, float text_w, float room,
                 float button_h) {
    RowsFit fit;
    for (;; fit.look = RowLook(int(fit.look) + 1)) {
        fit.tallest = 0;
        for (const auto& svc : rows)
            fit.tallest = std::max(fit.tallest, list_row(c, svc, l, text_w, fit.look, button_h).h);
        if (fit.tallest <= room || fit.look == RowLook::NameOnly) return fit;
    }
}

// A calm band with a sentence and its buttons (the clear question, the undo). `keep` is the
// height the caller still needs under it (the print and take-home buttons): in a low window a
// single button stands beside the sentence instead of under it. `f`: Font::Bar in a tight list
// (its buttons then 16 mm rows, tight_row_h; a single one always beside the sentence). `draw` false: only takes its room off `area` (to
// plan the rest of the screen).
void question_band(Canvas& c, Rect& area, const std::string& text, const std::vector<RowButton>& buttons,
                   float keep = 0, bool draw = true, Font f = Font::Bold) {
    const Metrics& m = c.m();
    const Theme& th = c.t();
    const float least_h = f == Font::Bar ? tight_row_h(c) : 0;
    const float inner = area.w - 2 * m.pad;
    const float text_h = c.measure(f, text, inner).y;
    const float row_h = button_row_height(c, buttons, inner, f, least_h);
    if (buttons.size() == 1 && (f == Font::Bar || text_h + row_h + 3 * m.pad + m.gap + keep > area.h)) {
        const float bw = std::min(inner / 2, c.measure(f, buttons[0].label).x + 2 * m.pad + 2);
        const float bh = button_row_height(c, buttons, bw, f, least_h);
        const float words_w = inner - bw - m.gap;
        const float words_h = c.measure(f, text, words_w).y;
        const float inside_h = std::max(words_h, bh);
        const Rect band = take_bottom(area, inside_h + 2 * m.pad, m.gap);
        if (!draw) return;
        c.fill(band, th.band, m.pad / 2);
        c.text(f, {band.x + m.pad, band.y + m.pad + (inside_h - words_h) / 2}, text, th.on_band, words_w);
        button_row(c, buttons, {band.right() - m.pad - bw, band.y + m.pad + (inside_h - bh) / 2, bw, bh}, f);
        return;
    }
    const Rect band = take_bottom(area, text_h + row_h + 3 * m.pad, m.gap);
    if (!draw) return;
    c.fill(band, th.band, m.pad / 2);
    c.text(f, {band.x + m.pad, band.y + m.pad}, text, th.on_band, inner);
    button_row(c, buttons, {band.x + m.pad, band.y + 2 * m.pad + text_h, inner, row_h}, f);
}

}  // namespace

void draw_list(Canvas& c, const NavState& s, const ScreenData& d, Rect area) {
    const Metrics& m = c.m();
    const Theme& th = c.t();
    const Language l = s.language;

    // The title, with "Maak de lijst leeg" on the far side: away from print and take-home.
    const std::string clear_label(tr("list.clear", l));
    const std::string title(tr("list.title", l));
    const float clear_w = std::min(area.w / 2, c.measure(Font::Bold, clear_label).x + 2 * m.pad + 2);
    const float clear_h = std::max(m.button_h, c.measure(Font::Bold, clear_label, clear_w - 2 * m.pad).y + 2 * m.pad);
    const bool can_clear = !d.list_items.empty() && !s.confirm_clear_list;
    const float title_h = c.measure(Font::Heading, title, area.w - (can_clear ? clear_w + m.gap : 0)).y;
    const float top_h = std::max(title_h, can_clear ? clear_h : 0.0f);
    c.text(Font::Heading, {area.x, area.y + (top_h - title_h) / 2}, title, th.heading,
           area.w - (can_clear ? clear_w + m.gap : 0));
    if (can_clear &&
        c.button("list.clear", clear_label, {area.right() - clear_w, area.y, clear_w, clear_h}, ButtonStyle::Tile))
        c.emit(ActionKind::ClearList);
    area.y += top_h + m.gap;
    area.h = m.content.bottom() - area.y;

    std::vector<RowButton> actions;  // drawn last: a low screen puts them beside the QR code
    if (!d.list_items.empty() && !s.confirm_clear_list) {
        // Print, or take the list home as a QR code.
        actions = {{"list.print", std::string(tr("list.print", l)), ButtonStyle::Primary, {ActionKind::PrintList, {}}},
                   {"list.take_home",
                    std::string(tr(s.show_list_qr ? "list.hide_qr" : "list.take_home", l)),
                    ButtonStyle::Primary,
                    {ActionKind::ShowListQr, {}}}};
    }
    const bool qr_shown = s.show_list_qr && d.list_qr;
    const std::string remove_label(tr("list.remove", l));
    const float remove_w =
        std::min(area.w / 2, std::max(m.target * 2.5f, c.measure(Font::Bold, remove_label).x + 2 * m.pad + 2));
    const auto undo_band = [&](Rect& room, float keep, bool draw, Font f) {
        question_band(
            c, room, std::string(tr("list.removed", l)),
            {{"list.undo", std::string(tr("list.undo", l)), ButtonStyle::Primary, {ActionKind::UndoRemove, {}}}}, keep,
            draw, f);
    };
    // A low window (1366x768, more so with large text or "Zet terug" shown): the rows show less
    // first (RowLook); when the buttons at their usual size would leave no room for a row's name
    // (on one line) and phone number, the list is tight: its buttons and bands take the bar's
    // word size in 16 mm rows (as the results do), and the paging row only when the rows need
    // it, so that the resident always sees what is on the list.
    const auto row_font_h = [&](bool tight) { return tight ? tight_row_h(c) : 0.0f; };
    const auto actions_height = [&](bool tight) {
        return actions.empty()
                   ? 0.0f
                   : button_row_height(c, actions, area.w, tight ? Font::Bar : Font::Bold, row_font_h(tight));
    };
    const auto rows_room = [&](bool tight, bool paging_row) {  // the height left for the rows
        Rect room = area;
        const Font f = tight ? Font::Bar : Font::Bold;
        if (paging_row) take_paging_row(c, room, row_font_h(tight));
        if (!s.undo_id.empty()) undo_band(room, actions.empty() ? 0 : actions_height(tight) + m.gap, false, f);
        float h = room.h;
        if (!actions.empty()) h -= actions_height(tight) + m.gap;
        if (!d.print_message.empty()) h -= c.measure(f, d.print_message, area.w - 2 * m.pad).y + 2 * m.pad + m.gap;
        return h;
    };
    const float text_w_planned = area.w - remove_w - m.gap - 2 * m.pad;
    bool tight = false, paging_row = true;
    if (!d.list_items.empty() && !qr_shown && !s.confirm_clear_list) {
        float one_line_h = 0;  // the tallest row with its name on one line and its phone number
        for (const auto& svc : d.list_items)
            one_line_h = std::max(one_line_h, list_row(c, svc, l, text_w_planned, RowLook::OneLineName, m.button_h).h);
        tight = rows_room(false, true) < one_line_h;
        if (tight) {
            // Every row in the look the first one fits in without the paging row: all of them there?
            const float room = rows_room(true, false);
            const RowLook look = rows_fit(c, d.list_items, l, text_w_planned, room, tight_row_h(c)).look;
            float total = -m.gap;
            for (const auto& svc : d.list_items)
                total += list_row(c, svc, l, text_w_planned, look, tight_row_h(c)).h + m.gap;
            paging_row = total > room;
        }
    }
    const Font action_font = tight ? Font::Bar : Font::Bold;
    const Rect paging = paging_row ? take_paging_row(c, area, row_font_h(tight)) : Rect{};  // "Meer" as everywhere
    const float actions_h = actions_height(tight);

    // "Zet terug" right after "Haal weg", even when that emptied the list.
    if (!s.undo_id.empty()) undo_band(area, actions.empty() ? 0 : actions_h + m.gap, true, action_font);
    if (d.list_items.empty()) {
        c.text(Font::Body, {area.x, area.y}, std::string(tr("list.empty", l)), th.text, area.w);
        return;
    }

    Rect actions_row;
    if (s.confirm_clear_list) {
        question_band(c, area, std::string(tr("list.clear_question", l)),
                      {{"list.clear_no",
                        std::string(tr("list.clear_no", l)),
                        ButtonStyle::Primary,
                        {ActionKind::CancelClearList, {}}},
                       {"list.clear_yes",
                        std::string(tr("list.clear_yes", l)),
                        ButtonStyle::Tile,
                        {ActionKind::ConfirmClearList, {}}}});
    } else {
        actions_row = take_bottom(area, actions_h, m.gap);
    }

    // What the printer is doing: a band just above the buttons, or beside the QR code when that is shown.
    if (!d.print_message.empty() && !qr_shown) {
        const float h = c.measure(action_font, d.print_message, area.w - 2 * m.pad).y + 2 * m.pad;
        const Rect band = take_bottom(area, h, m.gap);
        c.fill(band, th.band, m.pad / 2);
        c.text(action_font, {band.x + m.pad, band.y + m.pad}, d.print_message, th.on_band, band.w - 2 * m.pad);
    }

    // The QR code when asked for: always whole and at least 35 mm wide; the list gives way to it.
    if (qr_shown) {
        const std::string caption(tr("list.qr_caption", l));
        const std::string& message = d.print_message;
        // Whole pixels per module (draw_qr rounds down): the smallest side whose code is still 35 mm.
        const float modules = float(d.list_qr->size + 4);
        const float min_side = std::ceil(kListQrMinMm * m.px_per_mm / modules) * modules;
        const auto words_h = [&](float w) {
            return (message.empty() ? 0 : c.measure(Font::Bold, message, w).y + m.pad) +
                   c.measure(Font::Body, caption, w).y;
        };
        // The words as far as they fit in `max_h` (a low screen: the printer's message, which
        // already says what the code is for, before the caption).
        const auto words = [&](float x, float y, float w, float max_h = 1e9f) {
            const float bottom = y + max_h;
            if (!message.empty()) {
                const float h = c.measure(Font::Bold, message, w).y;
                if (y + h > bottom) return;
                y += c.text(Font::Bold, {x, y}, message, th.heading, w) + m.pad;
            }
            if (y + c.measure(Font::Body, caption, w).y <= bottom) c.text(Font::Body, {x, y}, caption, th.text, w);
        };
        Rect code;  // where the code goes
        if (area.w > area.h) {
            // A column beside the list: the narrowest that holds the words above a large enough code.
            bool column = false;
            // The list keeps at least 45 % of the width beside it, or gives way entirely.
            for (float w = std::max(min_side * 1.2f, area.w * 0.3f); w <= area.w * 0.55f; w += m.gap * 4) {
                const float text_h = words_h(w);
                const float side = std::min(w, area.h - text_h - m.pad);
                if (side >= std::min(min_side * 1.5f, std::max(min_side, area.h * 0.6f))) {
                    words(area.right() - w, area.y, w);
                    code = {area.right() - w, area.y + text_h + m.pad, w, side};
                    area.w -= w + m.gap;
                    column = true;
                    break;
                }
            }
            if (!column) {
                // A low screen: the code on the right as high as there is room, the words to its left,
                // and when even that is too low, the code reaches down beside the buttons too.
                // The list gives way, so its paging row is free: the buttons go to the bottom.
                float side = std::max(min_side, std::min(area.h, area.w * 0.5f));
                if (!actions.empty()) {
                    const float bottom = paging.bottom();
                    actions_row.y = bottom - actions_row.h;
                    if (side > actions_row.y - m.gap - area.y) {
                        side = std::max(min_side, std::min(bottom - area.y, area.w * 0.5f));
                        actions_row.w = area.w - side - m.gap;
                        const float row_h = button_row_height(c, actions, actions_row.w);
                        actions_row = {actions_row.x, bottom - row_h, actions_row.w, row_h};
                    }
                }
                code = {area.right() - side, area.y, side, side};
                words(area.x, area.y, area.w - side - m.gap,
                      (actions.empty() ? area.bottom() : actions_row.y - m.gap) - area.y);
                area.h = 0;
            }
        } else {
            const float text_h = words_h(area.w);
            float side = std::min(area.w, std::max(min_side, std::min(area.h * 0.55f, area.w * 0.7f) - text_h - m.pad));
            const Rect block = take_bottom(area, std::min(area.h + m.gap, text_h + m.pad + side), m.gap);
            side = std::min(side, block.h - text_h - m.pad);
            words(block.x, block.y, block.w);
            code = {block.x, block.y + text_h + m.pad, block.w, side};
            if (area.h < m.button_h * 2) area.h = 0;  // no room for a useful list: the code alone
        }
        const Rect drawn = draw_qr(c, *d.list_qr, code);
        c.map().items.push_back({"list.qr", "QR", drawn});
    }
    if (!actions.empty()) button_row(c, actions, actions_row, action_font);

    // Every row as much as a page can show whole; none when not even a name fits (the clear
    // question in a low window), never half a row.
    const float text_w = area.w - remove_w - m.gap - 2 * m.pad;
    const float remove_h = tight ? tight_row_h(c) : m.button_h;
    const RowsFit fit = rows_fit(c, d.list_items, l, text_w, area.h, remove_h);
    const RowLook look = fit.look;
    if (area.h < remove_h || fit.tallest > area.h) return;
    // Page by page with whole rows and whole lines (a line the page's edge would cut waits for the next).
    // (Beside the QR code the rows are narrower and taller: the list starts at its top again, see begin_scroll.)
    const float origin = c.begin_scroll("list", area, true);
    float y = origin;
    for (const auto& svc : d.list_items) {
        const ListRow shown = list_row(c, svc, l, text_w, look, remove_h);
        const float h = shown.h;
        c.item_start(y);
        const Rect row{area.x, y, area.w, h};
        c.fill(row, th.tile, m.pad);
        float ty = y + m.pad;
        ty += c.text(Font::Bold, {row.x + m.pad, ty}, shown.name, th.on_tile, text_w);
        if (!shown.town.empty()) ty += c.text(Font::Body, {row.x + m.pad, ty}, shown.town, th.text, text_w);
        if (!shown.phone.empty()) c.text(Font::Digits, {row.x + m.pad, ty}, shown.phone, th.on_tile, text_w);
        if (c.button("list.remove." + svc.id, remove_label,
                     {row.right() - remove_w - m.pad, y + (h - remove_h) / 2, remove_w, remove_h}, ButtonStyle::Primary,
                     action_font))
            c.emit(ActionKind::RemoveFromList, svc.id);
        y += h + m.gap;
    }
    c.end_scroll(y - m.gap);
    if (paging_row) paging_buttons(c, "list", "list", s, paging, action_font);
}

}  // namespace ww::ui
