// Results: large cards, a few per screen, filters as large toggles, "Meer"/"Vorige" and
// drag-to-scroll; never an empty screen.
#include <cmath>
#include <cstdio>

#include "core/phone.h"
#include "core/taxonomy.h"
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

namespace {
std::string distance_text(double km, Language l) {
    char buf[32];
    std::snprintf(buf, sizeof buf, km < 10 ? "%.1f" : "%.0f", km);
    std::string s = buf;
    if (l == Language::Dutch)
        for (auto& ch : s)
            if (ch == '.') ch = ',';
    return tr("card.distance", l, {s});
}

std::string cost_code(const ServiceSummary& s) {
    for (const char* code : {"cost-free", "cost-contribution", "cost-indication"})
        if (s.has_tag(code)) return code;
    return {};
}
}  // namespace

float result_card(Canvas& c, const ServiceSummary& s, const ScreenData& d, Language l, Rect r, bool draw) {
    const Metrics& m = c.m();
    const Theme& th = c.t();
    const float inner = r.w - 2 * m.pad;
    const std::string name = s.name.in(l);
    const std::string summary = s.summary.in(l);
    const std::string phone = s.phone.empty() ? std::string() : format_phone(s.phone);
    std::string where = s.town.empty() ? s.municipality : s.town;
    if (s.distance_km) where += (where.empty() ? "" : " · ") + distance_text(*s.distance_km, l);
    const std::string hours = hours_on(s.opening, d.now.weekday);
    const std::string today = hours.empty() ? std::string(tr("card.closed_today", l)) : tr("card.open_today", l, {hours});
    const std::string cost = cost_code(s);
    const std::string cost_label = cost.empty() ? std::string() : category_name(cost, l);

    // What people came for first: the name and the phone number, then the rest.
    float h = m.pad;
    const float name_h = c.measure(Font::Bold, name, inner).y;
    const float phone_h = phone.empty() ? 0 : c.measure(Font::Digits, phone, inner).y;
    const float summary_h = summary.empty() ? 0 : c.measure(Font::Body, summary, inner).y;
    const float where_h = where.empty() ? 0 : c.measure(Font::Body, where, inner).y;
    const float today_h = c.measure(Font::Body, today, inner).y;
    const float badge_h = cost.empty() ? 0 : c.measure(Font::Body, cost_label, inner - 2 * m.pad).y + m.pad;
    h += name_h + m.pad / 2 + phone_h + (phone_h > 0 ? m.pad / 2 : 0) + summary_h + (summary_h > 0 ? m.pad / 2 : 0) +
         where_h + today_h + (badge_h > 0 ? m.pad / 2 + badge_h : 0) + m.pad;
    if (!draw) return h;

    const Rect card{r.x, r.y, r.w, h};
    c.fill(card, th.tile, m.pad);
    c.outline(card, th.outline, std::max(2.0f, m.px_per_mm * 0.6f), m.pad);
    float y = r.y + m.pad;
    const float x = r.x + m.pad;
    y += c.text(Font::Bold, {x, y}, name, th.on_tile, inner) + m.pad / 2;
    if (!phone.empty()) y += c.text(Font::Digits, {x, y}, phone, th.on_tile, inner) + m.pad / 2;
    if (!summary.empty()) y += c.text(Font::Body, {x, y}, summary, th.text, inner) + m.pad / 2;
    if (!where.empty()) y += c.text(Font::Body, {x, y}, where, th.text, inner);
    y += c.text(Font::Body, {x, y}, today, hours.empty() ? th.closed_today : th.open_today, inner);
    if (!cost.empty()) {
        y += m.pad / 2;
        const float bw = std::min(inner, c.measure(Font::Body, cost_label).x + 2 * m.pad);
        const Rect badge{x, y, bw, badge_h};
        // "Gratis" is good news in a filled label; "Indicatie nodig" is a condition, only outlined.
        if (cost == "cost-indication") {
            c.outline(badge, th.outline, std::max(2.0f, m.px_per_mm * 0.5f), m.pad / 2);
            c.text(Font::Body, {x + m.pad, y + m.pad / 2}, cost_label, th.text, bw - 2 * m.pad);
        } else {
            c.fill(badge, th.badge_free, m.pad / 2);
            c.text(Font::Body, {x + m.pad, y + m.pad / 2}, cost_label, th.on_badge, bw - 2 * m.pad);
        }
    }
    if (c.hit("result.card." + s.id, name, card)) c.emit(ActionKind::OpenService, s.id);
    return h;
}

void draw_results(Canvas& c, const NavState& s, const ScreenData& d, Rect area) {
    const Metrics& m = c.m();
    const Language l = s.language;
    const SearchResult& r = d.results;

    // Title: the category or the words, and how many.
    std::string title = !s.category.empty() ? category_name(s.category, l)
                        : !s.query.empty()  ? tr("results.for_query", l, {s.query})
                                            : std::string(tr("route.where.all", l));
    title += " – " + tr("results.found", l, {std::to_string(r.total)});
    const float title_y = area.y;
    area.y += c.measure(Font::Heading, title, area.w).y + m.gap;  // the toggles below may move it up
    area.h = c.m().content.bottom() - area.y;

    // Filters: each button says what it does; an active one carries a tick and a tap removes it.
    // The "for whom" choice of the route is one of them: it orders the list and can be removed.
    const std::string muni = s.municipality.empty() ? d.home_municipality : s.municipality;
    struct Toggle {
        std::string id, label;
        bool on;
        ActionKind action;
    };
    std::vector<Toggle> toggles{
        {"filter.municipality", tr("filter.municipality", l, {muni}), !s.municipality.empty(), ActionKind::ToggleMunicipality},
        {"filter.open_now", std::string(tr("filter.open_now", l)), s.open_now, ActionKind::ToggleOpenNow},
        {"filter.free", std::string(tr("filter.free", l)), s.free_only, ActionKind::ToggleFree},
    };
    if (!s.audience.empty())
        toggles.push_back({"filter.audience", std::string(tr("filter.audience." + s.audience, l)), true, ActionKind::ClearAudience});
    std::vector<float> widths;
    float toggle_h = m.button_h;
    for (const auto& t : toggles) {
        const float w = std::min(area.w, std::max(m.target * 2, c.measure(Font::Bold, t.label).x + c.toggle_extra_width()));
        widths.push_back(w);
        toggle_h = std::max(toggle_h, c.measure(Font::Bold, t.label, w - c.toggle_extra_width()).y + 2 * m.pad);
    }
    // A low window (1366x768 at 150 %) keeps room for a card: the title in body size when the
    // large one would leave less than two button heights above the paging row.
    {
        const auto rows = flow_rows(widths, {area.x, 0, area.w, 0}, toggle_h, m.gap);
        const float cards_h = area.h - (rows.back().bottom() + m.gap) - (m.button_h + m.gap);
        const bool small_title = cards_h < 2 * m.button_h;
        area.y = title_y + c.text(small_title ? Font::Bold : Font::Heading, {area.x, title_y}, title, c.t().heading, area.w) + m.gap;
        area.h = c.m().content.bottom() - area.y;
    }
    const auto toggle_rects = flow_rows(widths, {area.x, area.y, area.w, 0}, toggle_h, m.gap);
    for (size_t i = 0; i < toggles.size(); ++i) {
        const auto& t = toggles[i];
        if (c.button(t.id, t.label, toggle_rects[i], t.on ? ButtonStyle::ToggleOn : ButtonStyle::ToggleOff))
            c.emit(t.action, muni);
    }
    const float used = toggle_rects.back().bottom() + m.gap - area.y;
    area.y += used;
    area.h = std::max(0.0f, area.h - used);

    if (r.services.empty()) {
        // A kind message that says why, and ways on: never an empty screen.
        const std::string why = s.open_now ? tr("noresults.open_now", l, {weekday_name(d.now.weekday, l)})
                                           : std::string(tr("noresults.message", l));
        area.y += c.text(Font::Body, {area.x, area.y}, why, c.t().text, area.w) + m.gap;
        const float w = std::min(area.w, std::max(m.target * 6, area.w / 2));
        auto way_on = [&](const char* id, ActionKind action) {
            const std::string label(tr(id, l));
            const float bh = std::max(m.button_h, c.measure(Font::Bold, label, w - 2 * m.pad).y + 2 * m.pad);
            if (c.button(id, label, {area.x, area.y, w, bh}, ButtonStyle::Primary)) c.emit(action);
            area.y += bh + m.gap;
        };
        if (can_widen(s)) way_on("noresults.wider", ActionKind::WidenArea);  // not when already all of Drenthe
        way_on("noresults.other", ActionKind::OtherCategory);
        if (!d.helpline_phone.empty()) {
            area.y += c.text(Font::Body, {area.x, area.y}, tr("noresults.helpline", l, {d.helpline_name.in(l), ""}), c.t().text, area.w);
            area.y += c.text(Font::Digits, {area.x, area.y}, format_phone(d.helpline_phone), c.t().text, area.w) + m.gap;
        }
        c.text(Font::Body, {area.x, area.y}, std::string(tr("noresults.ask", l)), c.t().text, area.w);
        return;
    }

    // The cards, a page of whole cards at a time, with "Vorige" / "1 van 9" / "Meer" underneath.
    const Rect paging = take_paging_row(c, area);
    const float origin = c.begin_scroll("results", area);
    float y = origin;
    for (const auto& svc : r.services) {
        const float h = result_card(c, svc, d, l, {area.x, y, area.w, 0}, false);
        c.item_start(y);
        if (y + h >= area.y && y <= area.bottom()) result_card(c, svc, d, l, {area.x, y, area.w, h}, true);
        y += h + m.gap;
    }
    if (int(r.services.size()) < r.total) {
        c.item_start(y);
        if (c.button("results.load_more", std::string(tr("results.load_more", l)),
                     {area.x, y, area.w, m.button_h}, ButtonStyle::Primary))
            c.emit(ActionKind::MoreResults);
        y += m.button_h + m.gap;
    }
    c.end_scroll(y - m.gap);
    paging_buttons(c, "results", "results", s, paging);
}

}  // namespace ww::ui
