// Results: large cards, a few per screen, filters as large toggles, "Meer"/"Vorige" and
// drag-to-scroll; never an empty screen.
#include <cmath>
#include <cstdio>

#include <algorithm>
#include <optional>

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
    for (std::string_view code : {tag::kCostFree, tag::kCostContribution, tag::kCostIndication})
        if (s.has_tag(code)) return std::string(code);
    return {};
}

// A button on a card: as wide as its words (one line), at least 16 mm; as high as its words with a
// little room, like the bar's buttons, so a card keeps its buttons in a low window.
float card_button_h(const Canvas& c, const std::string& label, float wrap) {
    return std::max(c.m().target, c.measure(Font::Bold, label, wrap).y + c.m().pad);
}

// A card's buttons: "Zet op mijn lijst" and, when its words hold jargon, "Wat is dat?". In a column
// on the right when the words beside it keep room, else in a row underneath.
struct CardButtons {
    float add_w = 0, glossary_w = 0, column_w = 0;
    bool beside = false;
};
CardButtons card_buttons(const Canvas& c, Language l, bool glossary, float inner) {
    const Metrics& m = c.m();
    CardButtons b;
    b.add_w = std::min(
        inner, std::max({m.target, c.measure(Font::Bold, std::string(tr("detail.add", l))).x + 2 * m.pad + 2,
                         c.measure(Font::Bold, std::string(tr("detail.added", l))).x + c.toggle_extra_width()}));
    b.glossary_w =
        glossary ? std::min(inner, std::max(m.target, c.measure(Font::Bold, std::string(tr("detail.glossary", l))).x +
                                                          2 * m.pad + 2))
                 : 0;
    b.column_w = std::max(b.add_w, b.glossary_w);
    b.beside = inner - b.column_w - m.gap >= inner * 0.45f;
    return b;
}

// Pieces of one line, each in its own colour, cut after a whole word with "…" to fit `w`; a piece
// that is `whole` ("Vandaag open: 10:00–16:00") is shown whole or not at all.
struct Piece {
    std::string text;
    Rgb color;
    bool whole = false;
};
void pieces_line(Canvas& c, ImVec2 at, const std::vector<Piece>& pieces, float w) {
    std::string whole;
    std::vector<std::pair<size_t, size_t>> keep;  // byte ranges not to cut inside
    for (const Piece& p : pieces) {
        if (p.whole) keep.emplace_back(whole.size(), whole.size() + p.text.size());
        whole += p.text;
    }
    const std::string shown = cut_at_word(c, Font::Body, whole, w, 1, [&](size_t i) {
        return std::none_of(keep.begin(), keep.end(), [&](const auto& k) { return i > k.first && i < k.second; });
    });
    const bool cut = shown != whole;
    size_t left = cut ? shown.size() - std::string("…").size() : shown.size();
    for (size_t i = 0; i < pieces.size() && left > 0; ++i) {
        std::string part = pieces[i].text.substr(0, std::min(left, pieces[i].text.size()));
        left -= part.size();
        if (left == 0 && cut) part += "…";
        c.text(Font::Body, at, part, pieces[i].color);
        at.x += c.measure(Font::Body, part).x;
    }
}
}  // namespace

bool card_buttons_beside(const Canvas& c, const NavState& s, bool glossary, float width, float words_share) {
    const float inner = width - 2 * c.m().pad;
    return inner - card_buttons(c, s.language, glossary, inner).column_w - c.m().gap >=
           inner * std::max(0.45f, words_share);
}

float result_card(Canvas& c, const ServiceSummary& svc, const ScreenData& d, const NavState& s, Rect r, bool draw,
                  const CardLook& look) {
    const Metrics& m = c.m();
    const Theme& th = c.t();
    const Language l = s.language;
    const float inner = r.w - 2 * m.pad;
    const std::string name = svc.name.in(l);
    const std::string phone = svc.phone.empty() ? std::string() : format_phone(svc.phone);

    // "Zet op mijn lijst" and, when its words hold jargon, "Wat is dat?". Neither lies on the part
    // that opens the detail page.
    const bool on_list = std::find(s.list.begin(), s.list.end(), svc.id) != s.list.end();
    const std::string add_label(tr(on_list ? "detail.added" : "detail.add", l));
    const std::string glossary_label(tr("detail.glossary", l));
    const bool jargon = look.jargon >= 0 ? look.jargon == 1 : !glossary_terms_in(jargon_words(svc)).empty();

    // What people came for first: the name and the phone number; a brief card adds one line of
    // the description and one of place, today's hours and cost, across the card under the buttons
    // (the detail page has them whole).
    std::string summary;
    // The facts line: place (· distance) · today · cost. Today's hours and the cost are never cut
    // off: when the line is too long the distance goes, then the place, and then today and the
    // cost take a line each.
    std::vector<std::vector<Piece>> facts;
    if (!look.compact) {
        summary = svc.summary.in(l);
        const std::string place = svc.town.empty() ? svc.municipality : svc.town;
        const std::string hours = hours_on(svc.opening, d.now.weekday);
        const Piece today{hours.empty() ? std::string(tr("card.closed_today", l)) : tr("card.open_today", l, {hours}),
                          hours.empty() ? th.closed_today : th.open_today, true};
        const std::string code = cost_code(svc);
        const std::string cost = code.empty() ? std::string() : category_name(code, l);
        const auto line = [&](const std::string& where) {
            std::vector<Piece> out;
            if (!where.empty()) out.push_back({where + " · ", th.text});
            out.push_back(today);
            if (!cost.empty()) out.push_back({" · " + cost, th.text, true});
            return out;
        };
        const auto fits = [&](const std::vector<Piece>& pieces) {
            std::string whole;
            for (const Piece& p : pieces) whole += p.text;
            return c.measure(Font::Body, whole).x <= inner;
        };
        std::vector<std::vector<Piece>> tries;
        if (svc.distance_km && !place.empty())
            tries.push_back(line(place + " · " + distance_text(*svc.distance_km, l)));
        tries.push_back(line(place));
        if (!place.empty()) tries.push_back(line({}));
        for (const auto& t : tries)
            if (facts.empty() && fits(t)) facts.push_back(t);
        if (facts.empty()) {
            facts.push_back({today});
            if (!cost.empty()) facts.push_back({{cost, th.text}});
        }
    }
    const auto h_of = [&](Font f, const std::string& text, float w) {
        return text.empty() ? 0.0f : c.measure(f, text, w).y;
    };
    const float line_h = c.font_px(Font::Body);
    const float lines_h = (summary.empty() ? 0 : line_h) + float(facts.size()) * line_h;
    // Beside the buttons the two lines go across the card under them; above a row of buttons they
    // follow the phone number.
    const float lines_gap = lines_h > 0 ? m.pad / 2 + lines_h : 0;
    // A compact card keeps less room above and below its words (more cards on a low page).
    const float vpad = look.compact ? m.pad / 2 : m.pad;
    const float phone_w = phone.empty() ? 0.0f : c.measure(Font::Digits, phone).x;
    const float name_w = c.measure(Font::Bold, name).x;

    // How the card is arranged: the buttons in a column beside the words, or in a row under the
    // name, with the phone number beside them when they fit in one row ("across": the name gets
    // the card's whole width, so a long name needs fewer lines).
    struct Arrangement {
        bool glossary = false, beside = false, phone_row = false, one_line = false;
        float info_w = 0, column_w = 0, actions_h = 0, row_w = 0;
        float whole_h = 0;          // the card's height with its name whole
        std::vector<Rect> buttons;  // add, then glossary; relative to the buttons' top left
    };
    // Words measured once a card for each width they are wrapped at (a frame measures every card
    // in several looks).
    std::vector<std::pair<float, float>> name_hs, phone_hs;
    const auto measured = [&](std::vector<std::pair<float, float>>& cache, Font f, const std::string& text, float w) {
        for (const auto& [width, h] : cache)
            if (width == w) return h;
        cache.emplace_back(w, h_of(f, text, w));
        return cache.back().second;
    };
    const auto height = [&](const Arrangement& a, float name_h) {
        const float phone_h = a.phone_row ? 0 : measured(phone_hs, Font::Digits, phone, a.info_w);
        const float info_h = a.one_line ? std::max(name_h, phone_h) : name_h + (phone_h > 0 ? m.pad / 2 + phone_h : 0);
        const float actions_h =
            a.phone_row ? std::max(a.actions_h, measured(phone_hs, Font::Digits, phone, inner)) : a.actions_h;
        return 2 * vpad + lines_gap + (a.beside ? std::max(info_h, actions_h) : info_h + m.gap / 2 + actions_h);
    };
    const auto arrange = [&](bool glossary, bool beside) {
        Arrangement a;
        const CardButtons cb = card_buttons(c, l, glossary, inner);
        a.glossary = glossary;
        a.beside = beside;
        a.column_w = cb.column_w;
        a.info_w = beside ? inner - cb.column_w - m.gap : inner;
        const auto add_h = [&](float w) {
            return card_button_h(c, add_label, w - (on_list ? c.toggle_extra_width() : 2 * m.pad));
        };
        const auto glossary_h = [&](float w) {
            return glossary ? card_button_h(c, glossary_label, w - 2 * m.pad) : 0.0f;
        };
        if (beside) {
            a.buttons.push_back({0, 0, cb.column_w, add_h(cb.column_w)});
            if (glossary) a.buttons.push_back({0, a.buttons[0].h + m.gap, cb.column_w, glossary_h(cb.column_w)});
        } else {
            std::vector<float> widths{cb.add_w};
            if (glossary) widths.push_back(cb.glossary_w);
            a.row_w = cb.add_w + (glossary ? m.gap + cb.glossary_w : 0);
            // A compact card puts its phone number beside the buttons when all fit in one row.
            a.phone_row = look.compact && phone_w > 0 && phone_w + 2 * m.gap + a.row_w <= inner;
            a.buttons = flow_rows(widths, {0, 0, a.phone_row ? a.row_w : inner, 0},
                                  std::max(add_h(cb.add_w), glossary_h(cb.glossary_w)), m.gap);
        }
        a.actions_h = a.buttons.back().bottom();
        // A compact card beside its button: the name and the phone number on one line when both fit.
        a.one_line = look.compact && beside && phone_w > 0 && name_w + 2 * m.gap + phone_w <= a.info_w;
        a.whole_h = height(a, measured(name_hs, Font::Bold, name, a.info_w));
        return a;
    };

    // A brief card keeps both buttons, beside its words when they keep room. A compact card (a low
    // window) takes the lowest arrangement that shows its name whole, and "Wat is dat?" where it
    // costs no height (else its detail page, one tap away, has the explanations on its first page).
    const bool beside = card_buttons(c, l, jargon, inner).beside;
    Arrangement a = arrange(jargon, beside);
    if (look.compact) {
        std::vector<Arrangement> options;
        for (const bool side : {false, true}) {
            if (side && !card_buttons(c, l, false, inner).beside) continue;
            const Arrangement plain = arrange(false, side);
            const Arrangement with = jargon ? arrange(true, side && card_buttons(c, l, true, inner).beside) : plain;
            // Beside: "Wat is dat?" under "Zet op mijn lijst" in the column, as a brief card has it.
            const bool keep = jargon && with.beside == side && (side || with.whole_h <= plain.whole_h + 0.5f);
            options.push_back(keep ? with : plain);
        }
        a = options.front();
        for (const Arrangement& o : options)
            if (o.whole_h < a.whole_h - 0.5f || (o.beside && o.whole_h <= a.whole_h + 0.5f)) a = o;
        // Alone on its page (a low window): "Wat is dat?" too when the page has room for it.
        if (look.room > 0 && jargon && !a.glossary) {
            std::optional<Arrangement> with;
            for (const bool side : {false, true}) {
                if (side && !card_buttons(c, l, true, inner).beside) continue;
                const Arrangement o = arrange(true, side);
                if (o.whole_h <= look.room + 0.5f && (!with || o.whole_h < with->whole_h)) with = o;
            }
            if (with) a = *with;
        }
    }

    // The name whole (a long one costs its own height; pages count each card's own); only a
    // name too long for a page of its own is cut.
    std::string shown_name = name;
    float name_h = measured(name_hs, Font::Bold, name, a.info_w);
    if (look.compact && look.max_h > 0 && height(a, name_h) > look.max_h) {
        // A low window: the name as far as it fits (at least one line), whole on the detail page.
        const float one_line = c.measure(Font::Bold, "Hg").y;
        shown_name =
            cut_to_height(c, Font::Bold, name, a.info_w, std::max(one_line, name_h - (height(a, name_h) - look.max_h)));
        name_h = h_of(Font::Bold, shown_name, a.info_w);
    }
    const float h = height(a, name_h);
    if (!draw) return h;

    // In a row of two cards both are as high as the higher one.
    const Rect card{r.x, r.y, r.w, std::max(h, r.h)};
    c.fill(card, th.tile, m.pad);
    c.outline(card, th.outline, std::max(2.0f, m.px_per_mm * 0.6f), m.pad);
    float y = r.y + vpad;
    const float x = r.x + m.pad;
    const float phone_h = measured(phone_hs, Font::Digits, phone, a.phone_row ? inner : a.info_w);
    if (a.one_line) {
        const float row_h = std::max(name_h, phone_h);
        c.text(Font::Bold, {x, y + (row_h - name_h) / 2}, shown_name, th.on_tile, a.info_w);
        c.text(Font::Digits, {x + name_w + 2 * m.gap, y + (row_h - phone_h) / 2}, phone, th.on_tile,
               a.info_w - name_w - 2 * m.gap);
        y += row_h;
    } else {
        y += c.text(Font::Bold, {x, y}, shown_name, th.on_tile, a.info_w);
        if (!phone.empty() && !a.phone_row)
            y += m.pad / 2 + c.text(Font::Digits, {x, y + m.pad / 2}, phone, th.on_tile, a.info_w);
    }
    if (!a.beside) y += lines_gap;
    float ly = a.beside ? r.y + m.pad + std::max(y - r.y - m.pad, a.actions_h) + m.pad / 2 : y - lines_h;
    if (!summary.empty()) ly += c.text(Font::Body, {x, ly}, cut_at_word(c, Font::Body, summary, inner, 1), th.text);
    for (const auto& pieces : facts) {
        pieces_line(c, {x, ly}, pieces, inner);
        ly += line_h;
    }
    // The phone number beside the buttons: the row as high as the higher of the two.
    const float row_h = a.phone_row ? std::max(a.actions_h, phone_h) : a.actions_h;
    if (a.phone_row) c.text(Font::Digits, {x, y + m.gap / 2 + (row_h - phone_h) / 2}, phone, th.on_tile, inner);
    const float bx = a.beside ? card.right() - m.pad - a.column_w : a.phone_row ? x + inner - a.row_w : x;
    const float by = a.beside ? r.y + vpad : y + m.gap / 2 + (row_h - a.actions_h) / 2;
    // The part that opens the detail page: all but the buttons (and the phone number beside them).
    const Rect opens = a.beside ? Rect{r.x, r.y, r.w - m.pad - a.column_w - m.gap / 2, card.h}
                                : Rect{r.x, r.y, r.w, y + m.gap / 4 - r.y};
    if (c.hit("result.card." + svc.id, name, opens)) c.emit(ActionKind::OpenService, svc.id);
    const auto at = [&](Rect b) { return Rect{bx + b.x, by + b.y, b.w, b.h}; };
    if (c.button("result.add." + svc.id, add_label, at(a.buttons[0]),
                 on_list ? ButtonStyle::ToggleOn : ButtonStyle::Primary) &&
        !on_list)
        c.emit(ActionKind::AddToList, svc.id);
    if (a.glossary && c.button("result.glossary." + svc.id, glossary_label, at(a.buttons[1]), ButtonStyle::Primary))
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
        {"filter.municipality", tr("filter.municipality", l, {muni}), !s.municipality.empty(),
         ActionKind::ToggleMunicipality},
        {"filter.open_now", std::string(tr("filter.open_now", l)), s.open_now, ActionKind::ToggleOpenNow},
        {"filter.free", std::string(tr("filter.free", l)), s.free_only, ActionKind::ToggleFree},
    };
    if (!s.audience.empty())
        toggles.push_back(
            {"filter.audience", std::string(tr("filter.audience." + s.audience, l)), true, ActionKind::ClearAudience});
    std::vector<float> widths;
    float toggle_h = m.button_h;
    int active = 0;
    for (const auto& t : toggles) {
        const float w =
            std::min(area.w, std::max(m.target * 2, c.measure(Font::Bold, t.label).x + c.toggle_extra_width()));
        widths.push_back(w);
        toggle_h = std::max(toggle_h, c.measure(Font::Bold, t.label, w - c.toggle_extra_width()).y + 2 * m.pad);
        active += t.on ? 1 : 0;
    }
    const float filters_h = flow_rows(widths, {area.x, 0, area.w, 0}, toggle_h, m.gap).back().bottom();
    const std::string filters_label =
        active > 0 ? tr("results.filters", l, {std::to_string(active)}) : std::string(tr("results.filters_none", l));
    // Room for the tick box it shows while the filters are open.
    const float filters_w =
        std::min(area.w / 2, std::max(m.target * 2, c.measure(Font::Bold, filters_label).x + c.toggle_extra_width()));
    // As high as its words with a little room (at least 16 mm), like a card's buttons: a low row.
    const float filters_button_h = card_button_h(c, filters_label, filters_w - c.toggle_extra_width());

    // How the height is shared (ui/results_layout.h): always room for a whole card.
    ResultsSpace space;
    space.height = m.content.bottom() - m.button_h - m.gap - area.y;  // down to the paging row (take_paging_row)
    space.gap = m.gap;
    space.title_h = c.measure(Font::Heading, title, area.w).y;
    // A wide window: the title on one line and one row of filters beside it, on the right.
    float filters_row_w = 0;
    for (const float w : widths) filters_row_w += w + m.gap;
    filters_row_w -= m.gap;
    if (c.measure(Font::Heading, title).x + 2 * m.gap + filters_row_w <= area.w)
        space.title_row_h = std::max(c.measure(Font::Heading, "Hg").y, toggle_h);
    space.title_line_h = c.measure(Font::Bold, "Hg").y;
    if (c.measure(Font::Bold, title).x + 2 * m.gap + filters_row_w <= area.w)
        space.title_line_row_h = std::max(space.title_line_h, toggle_h);
    space.filters_h = filters_h;
    space.folded_row_h = std::max(space.title_line_h, filters_button_h);
    // Each card measured once a frame in the looks it may get (compact only when the brief ones do
    // not fit, or only one a page).
    const size_t n = r.services.size();
    std::vector<int> jargon(n);
    std::vector<float> heights(n);
    // Two columns are offered when a card half as wide keeps its buttons beside its words and
    // those words at least half its width (else a name of three words is cut already).
    const float half_w = (area.w - m.gap) / 2;
    const bool halves = n > 1 && card_buttons_beside(c, s, true, half_w, 0.5f);
    std::vector<float> half_heights(n), compact_half_heights;
    // The header and the paging row when tight: the bar's word size, 16 mm high.
    const float tight_h = tight_row_h(c);
    for (size_t i = 0; i < n; ++i) {
        jargon[i] = glossary_terms_in(jargon_words(r.services[i])).empty() ? 0 : 1;
        heights[i] = result_card(c, r.services[i], d, s, {area.x, 0, area.w, 0}, false, {false, 0, jargon[i]});
        space.card_h = std::max(space.card_h, heights[i] + m.gap);
        space.card_hs.push_back(heights[i] + m.gap);
        if (halves) {
            half_heights[i] = result_card(c, r.services[i], d, s, {area.x, 0, half_w, 0}, false, {false, 0, jargon[i]});
            space.card_half_h = std::max(space.card_half_h, half_heights[i] + m.gap);
            space.card_half_hs.push_back(half_heights[i] + m.gap);
        }
    }
    space.compact_card_h = space.compact_card_min_h = space.card_h;  // compact cards are never taller
    space.compact_card_hs = space.card_hs;
    // No cards: the filters stay in view (they say why), and the message and a button need room.
    if (n == 0) space.card_h = space.compact_card_h = space.compact_card_min_h = 2 * m.button_h;
    ResultsLayout layout = choose_results_layout(space);
    // Compact cards measured when they may be chosen: brief ones do not fit, or one a page.
    if ((layout.compact_cards || layout.per_page < 2) && n > 0) {
        space.compact_card_h = space.compact_card_min_h = 0;
        std::vector<float> compact_heights(n);
        for (size_t i = 0; i < n; ++i) {
            compact_heights[i] =
                result_card(c, r.services[i], d, s, {area.x, 0, area.w, 0}, false, {true, 0, jargon[i]});
            space.compact_card_h = std::max(space.compact_card_h, compact_heights[i] + m.gap);
            space.compact_card_hs[i] = compact_heights[i] + m.gap;
        }
        space.compact_card_min_h = space.compact_card_h;
        // And in half the width: two side by side where both names fit whole (results_layout.h).
        if (n > 1) {
            compact_half_heights.resize(n);
            for (size_t i = 0; i < n; ++i) {
                compact_half_heights[i] =
                    result_card(c, r.services[i], d, s, {area.x, 0, half_w, 0}, false, {true, 0, jargon[i]});
                space.compact_half_h = std::max(space.compact_half_h, compact_half_heights[i] + m.gap);
                space.compact_half_hs.push_back(compact_half_heights[i] + m.gap);
            }
        }
        layout = choose_results_layout(space);
        const auto measure_min = [&] {
            space.compact_card_min_h = 0;
            for (size_t i = 0; i < n; ++i)
                space.compact_card_min_h = std::max(
                    space.compact_card_min_h,
                    result_card(c, r.services[i], d, s, {area.x, 0, area.w, 0}, false, {true, 1, jargon[i]}) + m.gap);
        };
        if (layout.cut_names) {
            measure_min();
            layout = choose_results_layout(space);
        }
        // Still one card a page (a low window with large text): the tight header and paging row,
        // compact cards side by side where two names fit whole (results_layout.h).
        const float tight_saving = (space.folded_row_h - tight_h) + (m.button_h - tight_h);
        if (layout.per_page < 2 && n > 1 && tight_saving > 0) {
            if (!layout.cut_names) measure_min();
            space.tight_saving = tight_saving;
            layout = choose_results_layout(space);
        }
        if (layout.compact_cards) heights = compact_heights;
        if (layout.compact_cards && layout.columns == 2) half_heights = compact_half_heights;
    }
    if (r.services.empty()) layout.compact_cards = layout.fold_filters = false;

    const auto draw_toggles = [&](Rect& where) {
        const auto rects = flow_rows(widths, {where.x, where.y, where.w, 0}, toggle_h, m.gap);
        for (size_t i = 0; i < toggles.size(); ++i)
            if (c.button(toggles[i].id, toggles[i].label, rects[i],
                         toggles[i].on ? ButtonStyle::ToggleOn : ButtonStyle::ToggleOff))
                c.emit(toggles[i].action, muni);
        const float used = rects.back().bottom() + m.gap - where.y;
        where.y += used;
        where.h = std::max(0.0f, where.h - used);
    };
    area.h = m.content.bottom() - area.y;
    if (layout.fold_filters) {
        // One row: the title on one line and "Filters (2)", which shows the filters instead of the
        // cards. Tight: in the bar's word size, 16 mm high.
        const Font font = layout.tight ? Font::Bar : Font::Bold;
        const float row_h = layout.tight ? tight_h : space.folded_row_h;
        const float button_h = layout.tight ? tight_h : filters_button_h;
        const float line_h = c.measure(font, "Hg").y;
        const auto toggle_w = [&](size_t i) {
            return layout.tight
                       ? std::min(area.w,
                                  std::max(m.target * 2, c.measure(font, toggles[i].label).x + c.toggle_extra_width()))
                       : widths[i];
        };
        const float button_w =
            layout.tight ? std::min(area.w / 2,
                                    std::max(m.target * 2, c.measure(font, filters_label).x + c.toggle_extra_width()))
                         : filters_w;
        // The active filters stay in view beside "Filters (2)", each removed with a tap, when the
        // title keeps a quarter of the row (else the count on the button says them).
        float on_w = 0;
        for (size_t i = 0; i < toggles.size(); ++i)
            if (toggles[i].on) on_w += toggle_w(i) + m.gap;
        const bool show_on = on_w > 0 && !s.show_filters && area.w - button_w - m.gap - on_w >= area.w / 4;
        const float title_w = area.w - button_w - m.gap - (show_on ? on_w : 0);
        if (show_on) {
            float x = area.x + title_w + m.gap;
            for (size_t i = 0; i < toggles.size(); ++i) {
                if (!toggles[i].on) continue;
                if (c.button(toggles[i].id, toggles[i].label, {x, area.y, toggle_w(i), button_h}, ButtonStyle::ToggleOn,
                             font))
                    c.emit(toggles[i].action, muni);
                x += toggle_w(i) + m.gap;
            }
        }
        const std::string line = cut_to_height(c, font, title, title_w, line_h + 0.5f);
        c.text(font, {area.x, area.y + (row_h - line_h) / 2}, line, c.t().heading, title_w);
        if (c.button("results.filters", filters_label, {area.right() - button_w, area.y, button_w, button_h},
                     s.show_filters ? ButtonStyle::ToggleOn : ButtonStyle::Primary, font))
            c.emit(s.show_filters ? ActionKind::CloseFilters : ActionKind::ShowFilters);
        area.y += row_h + m.gap;
        area.h = std::max(0.0f, area.h - row_h - m.gap);
        if (s.show_filters) {
            draw_toggles(area);
            return;
        }
    } else if (layout.title_row) {
        const float row_h = layout.small_title ? space.title_line_row_h : space.title_row_h;
        const Font font = layout.small_title ? Font::Bold : Font::Heading;
        c.text(font, {area.x, area.y + (row_h - c.measure(font, "Hg").y) / 2}, title, c.t().heading);
        Rect row{area.right() - filters_row_w - 1, area.y + (row_h - toggle_h) / 2, filters_row_w + 1,
                 row_h};  // 1: rounding
        draw_toggles(row);
        area.y += row_h + m.gap;
        area.h = std::max(0.0f, area.h - row_h - m.gap);
    } else {
        const std::string shown =
            layout.small_title ? cut_to_height(c, Font::Bold, title, area.w, space.title_line_h + 0.5f) : title;
        const float title_h =
            c.text(layout.small_title ? Font::Bold : Font::Heading, {area.x, area.y}, shown, c.t().heading, area.w);
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
            area.y += c.text(Font::Body, {area.x, area.y}, tr("noresults.helpline", l, {d.helpline_name.in(l), ""}),
                             c.t().text, area.w);
            area.y +=
                c.text(Font::Digits, {area.x, area.y}, format_phone(d.helpline_phone), c.t().text, area.w) + m.gap;
        }
        c.text(Font::Body, {area.x, area.y}, std::string(tr("noresults.ask", l)), c.t().text, area.w);
        return;
    }

    // The cards, a page of whole cards at a time, with "Vorige" / "1 van 9" / "Meer" underneath: a
    // page shows whole cards only (a card its edge would cut starts the next page). In two columns
    // a row's cards are as high as the higher one.
    const Rect paging = take_paging_row(c, area, layout.tight ? tight_h : 0);
    const float origin = c.begin_scroll("results", area, true);
    // Each row holds `columns` cards, or (compact cards, tight) two side by side where both names
    // fit whole and else one across the width.
    struct Row {
        size_t first = 0, count = 1;
        float card_w = 0, h = 0;
        std::vector<CardLook> looks;
    };
    std::vector<Row> rows;
    for (size_t i = 0; i < n;) {
        const size_t k = rows.size();
        const size_t columns = k < layout.row_cards.size() ? size_t(layout.row_cards[k]) : layout.columns == 2 ? 2 : 1;
        Row row{i, std::min(n, i + columns) - i, columns == 2 ? half_w : area.w, 0, {}};
        for (size_t j = i; j < i + row.count; ++j) {
            row.looks.push_back({layout.compact_cards, layout.cut_names ? layout.cards_h - m.gap : 0, jargon[j]});
            const float h = layout.cut_names ? result_card(c, r.services[j], d, s, {area.x, 0, row.card_w, 0}, false,
                                                           row.looks.back())
                            : columns == 2   ? half_heights[j]
                                             : heights[j];
            row.h = std::max(row.h, h);
        }
        i += row.count;
        rows.push_back(std::move(row));
    }
    const bool load_more = int(r.services.size()) < r.total;
    if (layout.compact_cards) {
        // A row of compact cards alone on its page (the next row did not fit under it) has room to
        // spare there: "Wat is dat?" on its cards whose words hold jargon (pages as the list makes
        // them; the row stays alone on its page).
        std::vector<float> tops;
        float top = 0;
        for (const Row& row : rows) {
            tops.push_back(top);
            top += row.h + m.gap;
        }
        if (load_more) tops.push_back(top), top += m.button_h + m.gap;
        const std::vector<float> pages = page_offsets(tops, top - m.gap, area.h, {});
        const auto starts_page = [&](size_t k) {
            return k >= tops.size() ||
                   std::any_of(pages.begin(), pages.end(), [&](float p) { return std::abs(p - tops[k]) < 0.5f; });
        };
        for (size_t k = 0; k < rows.size(); ++k) {
            Row& row = rows[k];
            if (!starts_page(k) || !starts_page(k + 1)) continue;
            for (size_t j = 0; j < row.count; ++j) {
                if (jargon[row.first + j] != 1) continue;
                row.looks[j].room = area.h - m.gap;
                row.h = std::max(row.h, result_card(c, r.services[row.first + j], d, s, {area.x, 0, row.card_w, 0},
                                                    false, row.looks[j]));
            }
        }
    }
    float y = origin;
    for (const Row& row : rows) {
        c.item_start(y);
        if (y + row.h >= area.y && y <= area.bottom())
            for (size_t j = 0; j < row.count; ++j)
                result_card(c, r.services[row.first + j], d, s,
                            {area.x + float(j) * (row.card_w + m.gap), y, row.card_w, row.h}, true, row.looks[j]);
        y += row.h + m.gap;
    }
    if (load_more) {
        c.item_start(y);
        if (c.button("results.load_more", std::string(tr("results.load_more", l)), {area.x, y, area.w, m.button_h},
                     ButtonStyle::Primary))
            c.emit(ActionKind::MoreResults);
        y += m.button_h + m.gap;
    }
    c.end_scroll(y - m.gap);
    paging_buttons(c, "results", "results", s, paging, layout.tight ? Font::Bar : Font::Bold);
}

}  // namespace ww::ui
