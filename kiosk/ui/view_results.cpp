// Results: large cards, a few per screen, filters as large toggles, "Meer"/"Vorige" and
// drag-to-scroll; never an empty screen.
#include <cmath>
#include <cstdio>

#include <algorithm>

#include "core/glossary.h"
#include "core/phone.h"
#include "core/taxonomy.h"
#include "ui/results_layout.h"
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

// A button on a card: as wide as its words (one line), at least 16 mm; as high as its words with a
// little room, like the bar's buttons, so a card keeps its buttons in a low window.
float card_button_h(const Canvas& c, const std::string& label, float wrap) {
    return std::max(c.m().target, c.measure(Font::Bold, label, wrap).y + c.m().pad);
}
}  // namespace

float result_card(Canvas& c, const ServiceSummary& svc, const ScreenData& d, const NavState& s, Rect r, bool draw,
                  const CardLook& look) {
    const Metrics& m = c.m();
    const Theme& th = c.t();
    const Language l = s.language;
    const float inner = r.w - 2 * m.pad;
    const std::string name = svc.name.in(l);
    const std::string phone = svc.phone.empty() ? std::string() : format_phone(svc.phone);

    // "Zet op mijn lijst" and, when its words hold jargon, "Wat is dat?": in a column on the right
    // when the words beside it keep room, else in a row underneath. Neither lies on the part that
    // opens the detail page.
    const bool on_list = std::find(s.list.begin(), s.list.end(), svc.id) != s.list.end();
    const std::string add_label(tr(on_list ? "detail.added" : "detail.add", l));
    const std::string glossary_label(tr("detail.glossary", l));
    const bool glossary = look.jargon >= 0 ? look.jargon == 1 : !glossary_terms_in(jargon_words(svc)).empty();
    const float add_w = std::min(inner, std::max({m.target, c.measure(Font::Bold, std::string(tr("detail.add", l))).x + 2 * m.pad + 2,
                                                  c.measure(Font::Bold, std::string(tr("detail.added", l))).x + c.toggle_extra_width()}));
    const float glossary_w = glossary ? std::min(inner, std::max(m.target, c.measure(Font::Bold, glossary_label).x + 2 * m.pad + 2)) : 0;
    const float column_w = std::max(add_w, glossary_w);
    const bool beside = inner - column_w - m.gap >= inner * 0.45f;
    const float info_w = beside ? inner - column_w - m.gap : inner;
    const auto add_h = [&](float w) { return card_button_h(c, add_label, w - (on_list ? c.toggle_extra_width() : 2 * m.pad)); };
    const auto glossary_h = [&](float w) { return glossary ? card_button_h(c, glossary_label, w - 2 * m.pad) : 0.0f; };
    std::vector<Rect> buttons;  // add, then glossary; relative to the buttons' top left
    if (beside) {
        buttons.push_back({0, 0, column_w, add_h(column_w)});
        if (glossary) buttons.push_back({0, buttons[0].h + m.gap, column_w, glossary_h(column_w)});
    } else {
        std::vector<float> widths{add_w};
        if (glossary) widths.push_back(glossary_w);
        buttons = flow_rows(widths, {0, 0, inner, 0}, std::max(add_h(add_w), glossary_h(glossary_w)), m.gap);
    }
    const float actions_h = buttons.back().bottom();

    // What people came for first: the name and the phone number; a whole card adds the rest.
    std::string summary, where, today, hours, cost, cost_label;
    if (!look.compact) {
        summary = svc.summary.in(l);
        where = svc.town.empty() ? svc.municipality : svc.town;
        if (svc.distance_km) where += (where.empty() ? "" : " · ") + distance_text(*svc.distance_km, l);
        hours = hours_on(svc.opening, d.now.weekday);
        today = hours.empty() ? std::string(tr("card.closed_today", l)) : tr("card.open_today", l, {hours});
        cost = cost_code(svc);
        cost_label = cost.empty() ? std::string() : category_name(cost, l);
    }
    const auto h_of = [&](Font f, const std::string& text, float w) { return text.empty() ? 0.0f : c.measure(f, text, w).y; };
    const float phone_h = h_of(Font::Digits, phone, info_w);
    const float badge_h = cost.empty() ? 0 : h_of(Font::Body, cost_label, info_w - 2 * m.pad) + m.pad;
    const float rest_h = (phone_h > 0 ? m.pad / 2 + phone_h : 0) + (summary.empty() ? 0 : m.pad / 2 + h_of(Font::Body, summary, info_w)) +
                         (where.empty() && today.empty() ? 0 : m.pad / 2) + h_of(Font::Body, where, info_w) + h_of(Font::Body, today, info_w) +
                         (badge_h > 0 ? m.pad / 2 + badge_h : 0);
    const auto card_h = [&](float name_h) {
        const float info_h = name_h + rest_h;
        return 2 * m.pad + (beside ? std::max(info_h, actions_h) : info_h + m.gap / 2 + actions_h);
    };
    std::string shown_name = name;
    float name_h = h_of(Font::Bold, name, info_w);
    if (look.compact && look.max_h > 0 && card_h(name_h) > look.max_h) {
        // A low window: the name as far as it fits (at least one line), whole on the detail page.
        const float one_line = c.measure(Font::Bold, "Hg").y;
        shown_name = cut_to_height(c, Font::Bold, name, info_w, std::max(one_line, name_h - (card_h(name_h) - look.max_h)));
        name_h = h_of(Font::Bold, shown_name, info_w);
    }
    const float h = card_h(name_h);
    if (!draw) return h;

    const Rect card{r.x, r.y, r.w, h};
    c.fill(card, th.tile, m.pad);
    c.outline(card, th.outline, std::max(2.0f, m.px_per_mm * 0.6f), m.pad);
    float y = r.y + m.pad;
    const float x = r.x + m.pad;
    y += c.text(Font::Bold, {x, y}, shown_name, th.on_tile, info_w);
    if (!phone.empty()) y += m.pad / 2 + c.text(Font::Digits, {x, y + m.pad / 2}, phone, th.on_tile, info_w);
    if (!summary.empty()) y += m.pad / 2 + c.text(Font::Body, {x, y + m.pad / 2}, summary, th.text, info_w);
    if (!where.empty() || !today.empty()) y += m.pad / 2;
    if (!where.empty()) y += c.text(Font::Body, {x, y}, where, th.text, info_w);
    if (!today.empty()) y += c.text(Font::Body, {x, y}, today, hours.empty() ? th.closed_today : th.open_today, info_w);
    if (!cost.empty()) {
        y += m.pad / 2;
        const float bw = std::min(info_w, c.measure(Font::Body, cost_label).x + 2 * m.pad);
        const Rect badge{x, y, bw, badge_h};
        // "Gratis" is good news in a filled label; "Indicatie nodig" is a condition, only outlined.
        if (cost == "cost-indication") {
            c.outline(badge, th.outline, std::max(2.0f, m.px_per_mm * 0.5f), m.pad / 2);
            c.text(Font::Body, {x + m.pad, y + m.pad / 2}, cost_label, th.text, bw - 2 * m.pad);
        } else {
            c.fill(badge, th.badge_free, m.pad / 2);
            c.text(Font::Body, {x + m.pad, y + m.pad / 2}, cost_label, th.on_badge, bw - 2 * m.pad);
        }
        y += badge_h;
    }
    // The part that opens the detail page: all but the buttons.
    const Rect opens = beside ? Rect{r.x, r.y, r.w - m.pad - column_w - m.gap / 2, h}
                              : Rect{r.x, r.y, r.w, y + m.gap / 4 - r.y};
    if (c.hit("result.card." + svc.id, name, opens)) c.emit(ActionKind::OpenService, svc.id);
    const float bx = beside ? card.right() - m.pad - column_w : x;
    const float by = beside ? r.y + m.pad : y + m.gap / 2;
    const auto at = [&](Rect b) { return Rect{bx + b.x, by + b.y, b.w, b.h}; };
    if (c.button("result.add." + svc.id, add_label, at(buttons[0]), on_list ? ButtonStyle::ToggleOn : ButtonStyle::Primary) && !on_list)
        c.emit(ActionKind::AddToList, svc.id);
    if (glossary && c.button("result.glossary." + svc.id, glossary_label, at(buttons[1]), ButtonStyle::Primary))
        c.emit(ActionKind::ExplainService, svc.id);
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
    int active = 0;
    for (const auto& t : toggles) {
        const float w = std::min(area.w, std::max(m.target * 2, c.measure(Font::Bold, t.label).x + c.toggle_extra_width()));
        widths.push_back(w);
        toggle_h = std::max(toggle_h, c.measure(Font::Bold, t.label, w - c.toggle_extra_width()).y + 2 * m.pad);
        active += t.on ? 1 : 0;
    }
    const float filters_h = flow_rows(widths, {area.x, 0, area.w, 0}, toggle_h, m.gap).back().bottom();
    const std::string filters_label = active > 0 ? tr("results.filters", l, {std::to_string(active)}) : std::string(tr("results.filters_none", l));
    // Room for the tick box it shows while the filters are open.
    const float filters_w = std::min(area.w / 2, std::max(m.target * 2, c.measure(Font::Bold, filters_label).x + c.toggle_extra_width()));
    const float filters_button_h =
        std::max(m.button_h, c.measure(Font::Bold, filters_label, filters_w - c.toggle_extra_width()).y + 2 * m.pad);

    // How the height is shared (ui/results_layout.h): always room for a whole card.
    ResultsSpace space;
    space.height = m.content.bottom() - m.button_h - m.gap - area.y;  // down to the paging row (take_paging_row)
    space.gap = m.gap;
    space.title_h = c.measure(Font::Heading, title, area.w).y;
    space.title_line_h = c.measure(Font::Bold, "Hg").y;
    space.filters_h = filters_h;
    space.folded_row_h = std::max(space.title_line_h, filters_button_h);
    // Each card measured once a frame in the look it gets (compact only when the full ones do not fit).
    const size_t n = r.services.size();
    std::vector<int> jargon(n);
    std::vector<float> heights(n);
    for (size_t i = 0; i < n; ++i) {
        jargon[i] = glossary_terms_in(jargon_words(r.services[i])).empty() ? 0 : 1;
        heights[i] = result_card(c, r.services[i], d, s, {area.x, 0, area.w, 0}, false, {false, 0, jargon[i]});
        space.card_h = std::max(space.card_h, heights[i] + m.gap);
    }
    space.compact_card_h = space.compact_card_min_h = space.card_h;  // compact cards are never taller
    // No cards: the filters stay in view (they say why), and the message and a button need room.
    if (n == 0) space.card_h = space.compact_card_h = space.compact_card_min_h = 2 * m.button_h;
    ResultsLayout layout = choose_results_layout(space);
    if (layout.compact_cards && n > 0) {
        space.compact_card_h = space.compact_card_min_h = 0;
        for (size_t i = 0; i < n; ++i) {
            heights[i] = result_card(c, r.services[i], d, s, {area.x, 0, area.w, 0}, false, {true, 0, jargon[i]});
            space.compact_card_h = std::max(space.compact_card_h, heights[i] + m.gap);
        }
        layout = choose_results_layout(space);
        if (layout.cut_names)
            for (size_t i = 0; i < n; ++i) {
                heights[i] = result_card(c, r.services[i], d, s, {area.x, 0, area.w, 0}, false, {true, 1, jargon[i]});
                space.compact_card_min_h = std::max(space.compact_card_min_h, heights[i] + m.gap);
            }
        layout = choose_results_layout(space);
    }
    if (r.services.empty()) layout.compact_cards = layout.fold_filters = false;

    const auto draw_toggles = [&](Rect& where) {
        const auto rects = flow_rows(widths, {where.x, where.y, where.w, 0}, toggle_h, m.gap);
        for (size_t i = 0; i < toggles.size(); ++i)
            if (c.button(toggles[i].id, toggles[i].label, rects[i], toggles[i].on ? ButtonStyle::ToggleOn : ButtonStyle::ToggleOff))
                c.emit(toggles[i].action, muni);
        const float used = rects.back().bottom() + m.gap - where.y;
        where.y += used;
        where.h = std::max(0.0f, where.h - used);
    };
    area.h = m.content.bottom() - area.y;
    if (layout.fold_filters) {
        // One row: the title on one line and "Filters (2)", which shows the filters instead of the cards.
        const float row_h = space.folded_row_h;
        const float title_w = area.w - filters_w - m.gap;
        const std::string line = cut_to_height(c, Font::Bold, title, title_w, space.title_line_h + 0.5f);
        c.text(Font::Bold, {area.x, area.y + (row_h - space.title_line_h) / 2}, line, c.t().heading, title_w);
        if (c.button("results.filters", filters_label, {area.right() - filters_w, area.y, filters_w, filters_button_h},
                     s.show_filters ? ButtonStyle::ToggleOn : ButtonStyle::Primary))
            c.emit(s.show_filters ? ActionKind::CloseFilters : ActionKind::ShowFilters);
        area.y += row_h + m.gap;
        area.h = std::max(0.0f, area.h - row_h - m.gap);
        if (s.show_filters) {
            draw_toggles(area);
            return;
        }
    } else {
        const std::string shown = layout.small_title ? cut_to_height(c, Font::Bold, title, area.w, space.title_line_h + 0.5f) : title;
        const float title_h = c.text(layout.small_title ? Font::Bold : Font::Heading, {area.x, area.y}, shown, c.t().heading, area.w);
        area.y += title_h + m.gap;
        area.h = std::max(0.0f, area.h - title_h - m.gap);
        draw_toggles(area);
    }

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
    for (size_t i = 0; i < n; ++i) {
        const CardLook look{layout.compact_cards, layout.cut_names ? layout.cards_h - m.gap : 0, jargon[i]};
        const float h = layout.cut_names ? result_card(c, r.services[i], d, s, {area.x, y, area.w, 0}, false, look) : heights[i];
        c.item_start(y);
        if (y + h >= area.y && y <= area.bottom()) result_card(c, r.services[i], d, s, {area.x, y, area.w, h}, true, look);
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
