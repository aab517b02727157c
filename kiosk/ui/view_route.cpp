// The guided route ("Help mij kiezen"): one question per screen, at most seven choices.
#include <algorithm>

#include "core/taxonomy.h"
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

std::vector<Rect> choice_rects(const Canvas& c, Rect area, int count, int columns) {
    const Metrics& m = c.m();
    const float h = std::max(m.target * 1.25f, m.line * 2 + 2 * m.pad);  // choice_h
    // Two columns in landscape when there is more than one choice (layout_grid keeps one when
    // that fits better), so that a low screen with large text still shows every choice.
    if (columns <= 0) columns = (count > 1 && area.w > area.h) ? 2 : 1;
    const Grid g = layout_grid(area, count, m.target * 3, h, m.gap, columns);
    std::vector<Rect> out = g.cells;
    // Do not stretch choices into towers: keep them at a calm height.
    const float max_h = h * 1.6f;
    for (auto& r : out) r.h = std::min(r.h, max_h);
    float y = area.y;
    for (int i = 0; i < count; ++i) {
        const int row = i / g.columns;
        out[size_t(i)].y = y + float(row) * (std::min(g.cells[0].h, max_h) + m.gap);
    }
    return out;
}

namespace {
// "Stap 2 van 3 · voor mijzelf · Emmen": where the resident is in the route and what they chose;
// the short wording keeps only the answers, "Voor mij · Emmen" (on the first step, the step itself).
StepSummary route_step_line(const NavState& s) {
    const Language l = s.language;
    const auto [step, of] = route_step(s.screen);
    StepSummary out{tr("route.step", l, {std::to_string(step), std::to_string(of)}), {}};
    std::vector<std::string> answers;
    if (!s.audience.empty() && s.screen != Screen::RouteWho) {
        out.full += " · " + std::string(tr("route.for." + s.audience, l));
        answers.push_back(std::string(tr("route.short." + s.audience, l)));
    }
    if (!s.municipality.empty() && s.screen == Screen::RouteWhat) {
        out.full += " · " + s.municipality;
        answers.push_back(s.municipality);
    }
    for (const auto& answer : answers) out.short_form += (out.short_form.empty() ? "" : " · ") + answer;
    return out;
}

float choice_h(const Metrics& m) { return std::max(m.target * 1.25f, m.line * 2 + 2 * m.pad); }
}  // namespace

void draw_route_who(Canvas& c, const NavState& s, const ScreenData&, Rect area) {
    const Language l = s.language;
    // Both choices at once: side by side in landscape, one above the other in portrait.
    const int columns = area.w > c.m().content.bottom() - area.y ? 2 : 1;
    const float need = columns == 2 ? choice_h(c.m()) : 2 * choice_h(c.m()) + c.m().gap;
    area.y += question_header(c, route_step_line(s), std::string(tr("route.who.question", l)), area, need);
    area.h = c.m().content.bottom() - area.y;
    const auto rects = choice_rects(c, area, 2, columns);
    if (tile(c, "route.who.self", std::string(tr("route.who.self", l)), "person", rects[0]))
        c.emit(ActionKind::ChooseAudience, std::string(tag::kAudiencePerson));
    if (tile(c, "route.who.carer", std::string(tr("route.who.carer", l)), "carer-support", rects[1]))
        c.emit(ActionKind::ChooseAudience, std::string(tag::kAudienceCarer));
}

void draw_route_where(Canvas& c, const NavState& s, const ScreenData& d, Rect area) {
    const Language l = s.language;
    const Metrics& m = c.m();
    // At least one row of choices and the paging row.
    area.y += question_header(c, route_step_line(s), std::string(tr("route.where.question", l)), area,
                              choice_h(m) + m.gap + m.button_h + m.gap);
    area.h = m.content.bottom() - area.y;
    // As many choices as fit without scrolling (at most 7); "Meer" in the paging row shows the next ones.
    const Rect row = take_paging_row(c, area);
    const int columns = area.w > area.h ? 2 : 1;
    const int rows_fit = std::max(1, int((area.h + m.gap) / (choice_h(m) + m.gap)));
    const int per_page = std::clamp(rows_fit * columns, 1, 7);
    const MunicipalityPage page = municipality_page(d.municipalities, d.home_municipality, s.route_page, per_page);
    // Laid out for a full page, so a name keeps its place whichever page it is on.
    // (A scrolled area only for a screen too small for even one choice: it is clipped, never covers "Meer".)
    const float origin = c.begin_scroll("route.where", area);
    const auto rects = choice_rects(c, {area.x, origin, area.w, area.h}, per_page, per_page > 1 ? columns : 1);
    float bottom = origin;
    for (size_t i = 0; i < page.names.size(); ++i) {
        const std::string& name = page.names[i];
        const bool home = name == d.home_municipality;
        const std::string label = home ? tr("route.where.here", l, {name}) : name;
        if (c.button("route.where." + name, label, rects[i], home ? ButtonStyle::Primary : ButtonStyle::Tile))
            c.emit(ActionKind::ChooseMunicipality, name);
        bottom = std::max(bottom, rects[i].bottom());
    }
    c.end_scroll(bottom);
    // "Vorige" is a step back within the question (Back does the same).
    const int step = page_buttons(c, "route.where", s, row, page.page + 1, page.pages, page.page > 0, page.has_more);
    if (step > 0) c.emit(ActionKind::MoreMunicipalities);
    if (step < 0) c.emit(ActionKind::Back);
}

void draw_route_what(Canvas& c, const NavState& s, const ScreenData&, Rect area) {
    const Language l = s.language;
    std::vector<TileSpec> specs;
    std::vector<std::string> labels;
    for (const auto& cat : categories()) {
        const std::string code(cat.code);
        specs.push_back({"route.what." + code, category_name(code, l), code});
        labels.push_back(specs.back().label);
    }
    // The columns by the shape of the whole area, so that a smaller header does not change them.
    const int columns = area.w > (c.m().content.bottom() - area.y) * 1.2f ? 4 : 2;
    // Not the home question again: this step asks for the kind of help.
    area.y += question_header(c, route_step_line(s), std::string(tr("route.what.route_question", l)), area,
                              tiles_need(c, labels, area.w, columns));
    area.h = c.m().content.bottom() - area.y;
    const int tapped = tile_pages(c, s, "route.what", specs, area, columns);
    if (tapped >= 0) c.emit(ActionKind::TapCategory, specs[size_t(tapped)].picto);
}

}  // namespace ww::ui
