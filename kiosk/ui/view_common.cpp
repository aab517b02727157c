// Shared pieces of the screens: the bar, notices, tiles, paging and the frame as a whole.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/hyphenation.h"
#include "core/taxonomy.h"
#include "ui/question_layout.h"
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

Rect take_top(Rect& area, float h, float gap) {
    Rect top{area.x, area.y, area.w, h};
    area.y += h + gap;
    area.h = std::max(0.0f, area.h - h - gap);
    return top;
}

Rect take_bottom(Rect& area, float h, float gap) {
    Rect bottom{area.x, area.bottom() - h, area.w, h};
    area.h = std::max(0.0f, area.h - h - gap);
    return bottom;
}

std::string display_date(const std::string& iso, Language l) {
    if (iso.size() != 10 || l == Language::English) return iso;
    return iso.substr(8, 2) + "-" + iso.substr(5, 2) + "-" + iso.substr(0, 4);
}

std::string category_name(const std::string& code, Language l) {
    // The names residents use, from the wording table ("tag.advice" -> "Vragen over hulp en zorg").
    return std::string(tr("tag." + code, l));
}

std::string hours_on(const std::vector<OpeningSlot>& slots, int weekday) {
    std::string out;
    char buf[32];
    for (const auto& s : slots) {
        if (s.weekday != weekday) continue;
        std::snprintf(buf, sizeof buf, "%02d:%02d–%02d:%02d", s.opens_min / 60, s.opens_min % 60, s.closes_min / 60,
                      s.closes_min % 60);
        if (!out.empty()) out += ", ";
        out += buf;
    }
    return out;
}

float heading(Canvas& c, const std::string& text, Rect area) {
    const float h = c.text(Font::Heading, {area.x, area.y}, text, c.t().heading, area.w);
    return h + c.m().gap;
}

std::string jargon_words(const ServiceSummary& s) {
    std::string words;
    for (const LocalizedText* t : {&s.name, &s.summary}) words += t->nl + "\n" + t->en + "\n";
    for (const auto& tag : s.tags) words += std::string(tr("tag." + tag, Language::Dutch)) + "\n";
    return words;
}

namespace {
// The longest start of `text` that, with `mark`, fits `max_h` at `w`; any byte boundary (UTF-8 safe).
std::string cut_anywhere(const Canvas& c, Font f, const std::string& text, float w, float max_h,
                         const std::string& mark) {
    size_t lo = 0, hi = text.size();
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        while (mid > lo && (static_cast<unsigned char>(text[mid]) & 0xC0) == 0x80) --mid;
        if (mid <= lo) break;
        if (c.measure(f, text.substr(0, mid) + mark, w).y <= max_h) lo = mid;
        else hi = mid;
    }
    return text.substr(0, lo);
}

// Not even the first word fits: it is cut at one of its hyphenation points ("Ontmoetings-…"), as a
// line break would; only a word without one that fits is cut elsewhere (noted: a layout fault).
std::string cut_first_word(const Canvas& c, Font f, const std::string& text, float w, float max_h) {
    const size_t end = std::min(text.find(' '), text.size());
    const std::string word = text.substr(0, end);
    const std::vector<size_t> points = hyphenation_points(word);
    for (auto it = points.rbegin(); it != points.rend(); ++it) {
        const std::string shown = word.substr(0, *it) + "-…";
        if (c.measure(f, shown, w).y <= max_h) return shown;
    }
    const std::string shown = cut_anywhere(c, f, text, w, max_h, "…") + "…";
    c.note_word_cut(shown);
    return shown;
}
}  // namespace

std::string cut_to_height(const Canvas& c, Font f, const std::string& text, float w, float max_h) {
    if (c.measure(f, text, w).y <= max_h) return text;
    const int lines = std::max(1, int(std::floor((max_h + 0.5f) / c.font_px(f))));
    return cut_at_word(c, f, text, w, lines);
}

std::string cut_at_word(const Canvas& c, Font f, const std::string& text, float w, int max_lines,
                        const std::function<bool(size_t)>& may_cut) {
    const float max_h = c.font_px(f) * float(max_lines) + 0.5f;
    if (c.measure(f, text, w).y <= max_h) return text;
    // Ends of whole words, without the separators before them; the longest that fits (by halving:
    // a longer start is never lower).
    std::vector<std::string> starts;
    for (size_t space = text.find(' '); space != std::string::npos; space = text.find(' ', space + 1)) {
        if (may_cut && !may_cut(space)) continue;
        std::string start = text.substr(0, space);
        while (!start.empty() &&
               (start.back() == ' ' || start.back() == ',' || start.back() == ':' || start.back() == '-'))
            start.pop_back();
        for (const char* separator : {"\xC2\xB7", "\xE2\x80\x93"})  // " ·", " –"
            if (const std::string sep = separator;
                start.size() >= sep.size() && start.compare(start.size() - sep.size(), sep.size(), sep) == 0)
                start.resize(start.size() - sep.size());
        while (!start.empty() && start.back() == ' ') start.pop_back();
        if (!start.empty()) starts.push_back(start + "…");
    }
    size_t lo = 0, hi = starts.size();  // starts[0, lo) fit
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (c.measure(f, starts[mid], w).y <= max_h) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 ? starts[lo - 1] : cut_first_word(c, f, text, w, max_h);
}

float pictogram_min_px(const Metrics& m) { return std::ceil(float(kPictogramMinMm) * m.px_per_mm); }

namespace {
float bold_widest_word(const Canvas& c, const std::vector<std::string>& labels) {
    return widest_word(labels, [&](std::string_view word) { return c.measure(Font::Bold, std::string(word)).x; }) + 2;
}

TileInside inside_of(const Canvas& c, const std::string& label, const Rect& r, TileArrangement arrangement,
                     float max_side = 1e9f) {
    return tile_inside(
        r, c.m().pad, bold_widest_word(c, {label}), [&](float wrap) { return c.measure(Font::Bold, label, wrap).y; },
        arrangement, max_side);
}

// The least a tile of these labels needs: its width (the widest word with a little room) and,
// at a width, its height (the words and a pictogram of at least kPictogramMinMm, above or
// beside them).
struct TileMinimum {
    const Canvas& c;
    const std::vector<std::string>& labels;
    float widest_word = bold_widest_word(c, labels);

    float width() const { return std::max(c.m().target, widest_word + 2 * c.m().pad); }
    float height(float w) const {
        const auto labels_h = [&](float wrap) {
            float h = 0;
            for (const auto& label : labels) h = std::max(h, c.measure(Font::Bold, label, wrap).y);
            return h;
        };
        return std::max(c.m().target, tile_min_height(w, c.m().pad, pictogram_min_px(c.m()), widest_word, labels_h));
    }
};
}  // namespace

TileLook tile_look(const Canvas& c, const std::vector<std::string>& labels, const Rect& cell) {
    TileLook best;
    for (const TileArrangement arrangement : {TileArrangement::Stacked, TileArrangement::Beside}) {
        float side = 1e9f;
        for (const auto& label : labels) side = std::min(side, inside_of(c, label, cell, arrangement).picto.w);
        if (labels.empty()) side = 0;
        if (side > best.side) best = {arrangement, side};
    }
    return best;
}

std::vector<Rect> tile_grid(const Canvas& c, const std::vector<std::string>& labels, const Rect& area,
                            int max_columns) {
    const Metrics& m = c.m();
    const int n = int(labels.size());
    const TileMinimum least{c, labels};
    const float min_w = least.width();
    struct Choice {
        int cols = 1;
        float w = 0, h = 0;
        float score = 0;
    } best;
    bool have = false;
    for (int cols = 1; cols <= std::min(n, max_columns); ++cols) {
        const int rows = (n + cols - 1) / cols;
        const float w = (area.w - m.gap * float(cols - 1)) / float(cols);
        if (w < min_w) break;
        const float min_h = least.height(w);
        const float fit_h = (area.h - m.gap * float(rows - 1)) / float(rows);
        const bool fits = fit_h >= min_h;
        float h = std::max(fit_h, min_h);
        float score = 0;
        if (fits) {
            score = 1e6f + tile_look(c, labels, {0, 0, w, h}).side;  // all fit: the largest pictograms
        } else if (const int per_page = rows_per_page(area.h, min_h, m.gap); per_page >= 1) {
            // The screen pages by whole rows: as few pages as can be, each filled by its rows (the
            // last row ends at the page's edge; the next page starts a gap below it, out of view).
            const int pages = (rows + per_page - 1) / per_page;
            h = (area.h + m.gap) / float(per_page) - m.gap;
            score = 1e5f - 1e4f * float(std::min(pages, 9)) + tile_look(c, labels, {0, 0, w, h}).side;
        } else {
            h = min_h;
            score = -h;  // not even one row fits a page: the lowest rows
        }
        if (!have || score > best.score) {
            best = {cols, w, h, score};
            have = true;
        }
    }
    if (!have) best = {1, area.w, std::max(area.h, m.target), 0};
    std::vector<Rect> cells;
    for (int i = 0; i < n; ++i)
        cells.push_back({area.x + float(i % best.cols) * (best.w + m.gap),
                         area.y + float(i / best.cols) * (best.h + m.gap), best.w, best.h});
    return cells;
}

bool tile(Canvas& c, const std::string& id, const std::string& label, const std::string& picto, const Rect& r,
          ButtonStyle style, const TileLook* look) {
    const Metrics& m = c.m();
    const bool tapped = c.hit(id, label, r);
    const Theme& th = c.t();
    const bool primary = style == ButtonStyle::Primary;
    c.fill(r, primary ? th.primary : th.tile, m.pad);
    if (!primary) c.outline(r, th.outline, std::max(2.0f, m.px_per_mm * 0.6f), m.pad);
    TileInside inside;
    if (look) {
        inside = inside_of(c, label, r, look->arrangement, look->side);
    } else {
        const TileInside stacked = inside_of(c, label, r, TileArrangement::Stacked);
        const TileInside beside = inside_of(c, label, r, TileArrangement::Beside);
        inside = beside.picto.w > stacked.picto.w ? beside : stacked;
    }
    if (inside.picto.w > 0) {
        draw_pictogram(c.draw(), picto, inside.picto, primary ? th.on_primary : th.primary);
        if (c.interactive() && !c.map().items.empty() && c.map().items.back().id == id)
            c.map().items.back().picto = inside.picto;
    }
    const bool was = c.interactive();
    c.set_interactive(false);
    const bool fits = c.text_centered(Font::Bold, inside.label, label, primary ? th.on_primary : th.on_tile);
    c.set_interactive(was);
    if (!fits && was && !c.map().items.empty() && c.map().items.back().id == id) c.map().items.back().overflow = true;
    return tapped;
}

float tiles_need(const Canvas& c, const std::vector<std::string>& labels, float width, int max_columns) {
    const Metrics& m = c.m();
    const int n = int(labels.size());
    if (n == 0) return 0;
    const TileMinimum least{c, labels};
    const float min_w = least.width();
    std::vector<ChoiceRows> ways;
    for (int cols = 1; cols <= std::min(n, max_columns); ++cols) {
        const float w = (width - m.gap * float(cols - 1)) / float(cols);
        if (w < min_w && cols > 1) break;
        ways.push_back({cols, least.height(w)});
    }
    // Every tile at once, or a page of two whole tiles and the paging row.
    return choices_need(ways, n, m.gap, m.button_h);
}

float question_header(Canvas& c, const StepSummary& step, const std::string& question, Rect area, float choices_h) {
    const Metrics& m = c.m();
    QuestionSpace space;
    space.height = m.content.bottom() - area.y;
    const float step_gap = m.gap / 2;
    if (!step.full.empty()) {
        space.step_h = c.measure(Font::Bold, step.full, area.w).y + step_gap;
        space.step_short_h =
            c.measure(Font::Bold, step.short_form.empty() ? step.full : step.short_form, area.w).y + step_gap;
    }
    space.question_h = c.measure(Font::Heading, question, area.w).y + m.gap;
    space.question_small_h = c.measure(Font::Bold, question, area.w).y + m.gap;
    space.choices_h = choices_h;
    const QuestionLayout layout = choose_question_layout(space);
    float y = area.y;
    if (!step.full.empty()) {
        // Whole, in either wording: every answer the resident gave stays readable (never cut).
        const std::string& shown = layout.short_step && space.step_short_h < space.step_h && !step.short_form.empty()
                                       ? step.short_form
                                       : step.full;
        const float h = c.text(Font::Bold, {area.x, y}, shown, c.t().text, area.w);
        c.mark("route.step", shown, {area.x, y, area.w, h});
        y += h + step_gap;
    }
    y += c.text(layout.small_question ? Font::Bold : Font::Heading, {area.x, y}, question, c.t().heading, area.w) +
         m.gap;
    return y - area.y;
}

Rect take_paging_row(const Canvas& c, Rect& area, float h) {
    const Metrics& m = c.m();
    if (h <= 0) h = m.button_h;
    const Rect row{m.content.x, m.content.bottom() - h, m.content.w, h};
    area.h = std::max(0.0f, std::min(area.bottom(), row.y - m.gap) - area.y);
    return row;
}

int tile_pages(Canvas& c, const NavState& s, const std::string& list_id, const std::vector<TileSpec>& tiles, Rect area,
               int max_columns) {
    std::vector<std::string> labels;
    for (const auto& t : tiles) labels.push_back(t.label);
    auto cells = tile_grid(c, labels, area, max_columns);
    const bool pages = !cells.empty() && cells.back().bottom() > area.bottom() + 0.5f;
    Rect row;
    Rect view = area;
    if (pages) {
        row = take_paging_row(c, area);
        cells = tile_grid(c, labels, area, max_columns);
        // A page is its rows and the gap under the last one (above the paging row, empty): the
        // next page starts exactly at its bottom, out of view.
        view.h = area.h + c.m().gap;
    }
    const TileLook look = cells.empty() ? TileLook{} : tile_look(c, labels, cells[0]);
    // Whole rows only: a row the page's edge would cut waits for the next page.
    const float origin = c.begin_scroll(list_id, view, true);
    int tapped = -1;
    float bottom = origin;
    for (size_t i = 0; i < tiles.size(); ++i) {
        Rect r = cells[i];
        r.y += origin - area.y;
        if (i == 0 || cells[i].y != cells[i - 1].y) c.item_start(r.y);  // pages hold whole rows
        if (tile(c, tiles[i].id, tiles[i].label, tiles[i].picto, r, tiles[i].style, &look)) tapped = int(i);
        bottom = std::max(bottom, r.bottom());
    }
    c.end_scroll(bottom);
    if (pages) paging_buttons(c, list_id, list_id, s, row);
    return tapped;
}

float tight_row_h(const Canvas& c) { return std::max(c.m().target, c.font_px(Font::Bar) + c.m().pad); }

int page_buttons(Canvas& c, const std::string& id_prefix, const NavState& s, Rect row, int page, int pages,
                 bool can_previous, bool can_more, Font font) {
    // Always the same places: "Vorige" left, "1 van 9" in the middle, "Meer" right. A third of the
    // row each; in a narrow column the buttons take what their words need and the middle the rest.
    const Metrics& m = c.m();
    const float words = std::max(c.measure(font, std::string(tr("results.previous", s.language))).x,
                                 c.measure(font, std::string(tr("results.more", s.language))).x) +
                        2 * m.pad + 2;
    const float w = std::max((row.w - 2 * m.gap) / 3, std::min(words, (row.w - m.gap) / 2));
    const Rect prev{row.x, row.y, w, row.h};
    const Rect where{row.x + w + m.gap, row.y, std::max(0.0f, row.w - 2 * (w + m.gap)), row.h};
    const Rect next{row.right() - w, row.y, w, row.h};
    int step = 0;
    if (can_previous && c.button(id_prefix + ".previous", std::string(tr("results.previous", s.language)), prev,
                                 ButtonStyle::Primary, font))
        step = -1;
    if (pages > 1) {
        const std::string label = tr("results.page", s.language, {std::to_string(page), std::to_string(pages)});
        const ImVec2 size = c.measure(font, label);
        if (size.x <= where.w)
            c.text(font, {where.x + (where.w - size.x) / 2, where.y + (where.h - size.y) / 2}, label, c.t().text);
    }
    if (can_more &&
        c.button(id_prefix + ".more", std::string(tr("results.more", s.language)), next, ButtonStyle::Primary, font))
        step = +1;
    return step;
}

void paging_buttons(Canvas& c, const std::string& list_id, const std::string& id_prefix, const NavState& s, Rect row,
                    Font font) {
    const auto [page, pages] = c.page_of(list_id);
    const int step =
        page_buttons(c, id_prefix, s, row, page, pages, c.can_scroll(list_id, -1), c.can_scroll(list_id, +1), font);
    if (step != 0) c.scroll_page(list_id, step);
}

Rect draw_qr(Canvas& c, const QrMatrix& qr, const Rect& r) {
    if (qr.size <= 0) return {};
    const int quiet = 2;
    const float side = std::min(r.w, r.h);
    const float module = std::floor(side / float(qr.size + 2 * quiet));
    if (module < 1) return {};
    const float total = module * float(qr.size + 2 * quiet);
    const float x0 = r.x + (r.w - total) / 2, y0 = r.y + (r.h - total) / 2;
    c.fill({x0, y0, total, total}, c.t().qr_light);
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.at(x, y))
                c.fill({x0 + float(x + quiet) * module, y0 + float(y + quiet) * module, module, module}, c.t().qr_dark);
    return {x0, y0, total, total};
}

void draw_bar(Canvas& c, const NavState& s, const ScreenData& d) {
    const Metrics& m = c.m();
    const Language l = s.language;
    c.fill(m.bar, c.t().bar);
    const int count = d.bar_buttons();
    const auto slots = layout_bar(m, count);
    int i = 0;
    // On Home, "Begin" and "Terug" would do nothing: they are left out, and the others keep their places.
    const bool home = s.screen == Screen::Home;
    if (!home && c.button("bar.home", std::string(tr("bar.home", l)), slots[size_t(i)], ButtonStyle::Bar, Font::Bar))
        c.emit(ActionKind::Home);
    ++i;
    if (!home && c.button("bar.back", std::string(tr("bar.back", l)), slots[size_t(i)], ButtonStyle::Bar, Font::Bar))
        c.emit(ActionKind::Back);
    ++i;
    if (d.language_switch &&
        c.button("bar.language", std::string(tr("bar.language", l)), slots[size_t(i++)], ButtonStyle::Bar, Font::Bar))
        c.emit(ActionKind::ToggleLanguage);
    if (c.button("bar.text_size", tr("bar.text_size", l, {std::to_string(s.text_scale)}), slots[size_t(i++)],
                 ButtonStyle::Bar, Font::Bar))
        c.emit(ActionKind::CycleTextScale);
    if (d.speech_available &&
        c.button("bar.read_aloud", std::string(tr(s.read_aloud ? "bar.read_aloud_on" : "bar.read_aloud_off", l)),
                 slots[size_t(i++)], s.read_aloud ? ButtonStyle::ToggleOn : ButtonStyle::Bar, Font::Bar))
        c.emit(ActionKind::ToggleReadAloud);
    if (c.button("bar.list", tr("bar.list", l, {std::to_string(s.list.size())}), slots[size_t(i++)], ButtonStyle::Bar,
                 Font::Bar))
        c.emit(ActionKind::OpenList);
}

Rect draw_bands(Canvas& c, const NavState& s, const ScreenData& d, Rect area) {
    const Metrics& m = c.m();
    // Notices keep the 100 % size, like the bar: at 150 % on a small screen they would crowd out
    // the screen's own content (7 mm capitals are large already).
    auto band = [&](const std::string& text, std::optional<float> progress) {
        // A third of the usual room above and below its words: a calm strip, not a second bar.
        const float pad_y = std::ceil(m.pad / 3);
        const float h = c.measure(Font::Bar, text, area.w - 2 * m.pad).y + 2 * pad_y;
        const Rect r = take_top(area, h, m.gap / 2);
        c.fill(r, c.t().band, m.pad / 2);
        if (progress) {
            // A calm, still bar: it only moves when the work moves on.
            const float p = std::clamp(*progress, 0.0f, 1.0f);
            c.fill({r.x, r.bottom() - m.pad / 2, r.w * p, m.pad / 2}, c.t().on_band);
        }
        c.text(Font::Bar, {r.x + m.pad, r.y + pad_y}, text, c.t().on_band, r.w - 2 * m.pad);
    };
    const Language l = s.language;
    if (!d.status_banner.empty()) band(d.status_banner, d.status_progress);
    if (d.catalogue_ok && d.info.demo) band(std::string(tr("demo.notice", l)), std::nullopt);
    if (d.catalogue_ok && d.expired) band(tr("band.expired", l, {display_date(d.info.created, l)}), std::nullopt);
    return area;
}

void draw_frame(Canvas& c, const NavState& s, const ScreenData& d, bool idle_question) {
    c.map().screen = screen_name(s.screen);
    c.map().language = language_code(s.language);
    c.map().catalogue = d.catalogue_ok ? "ready" : d.catalogue_error.empty() ? "loading" : "failed";
    c.map().text_scale = s.text_scale;
    c.map().body_px = int(c.m().body_px);
    c.map().px_per_mm = c.m().px_per_mm;
    c.map().window_w = int(c.m().window.w);
    c.map().window_h = int(c.m().window.h);
    c.fill(c.m().window, c.t().page);
    c.set_interactive(!idle_question);
    const bool staff = s.screen == Screen::StaffPin || s.screen == Screen::Staff;
    // The out-of-order screen is calm: no buttons that lead nowhere.
    const bool bare = staff || s.screen == Screen::OutOfOrder;
    if (!bare) draw_bar(c, s, d);
    Rect area =
        bare ? Rect{c.m().margin, c.m().margin, c.m().window.w - 2 * c.m().margin, c.m().window.h - 2 * c.m().margin}
             : draw_bands(c, s, d, c.m().content);
    switch (s.screen) {
        case Screen::Home: draw_home(c, s, d, area); break;
        case Screen::RouteWho: draw_route_who(c, s, d, area); break;
        case Screen::RouteWhere: draw_route_where(c, s, d, area); break;
        case Screen::RouteWhat: draw_route_what(c, s, d, area); break;
        case Screen::Search: draw_search(c, s, d, area); break;
        case Screen::Results: draw_results(c, s, d, area); break;
        case Screen::Detail: draw_detail(c, s, d, area); break;
        case Screen::MyList: draw_list(c, s, d, area); break;
        case Screen::StaffPin: draw_staff_pin(c, s, d, area); break;
        case Screen::Staff: draw_staff(c, s, d, area); break;
        case Screen::OutOfOrder: draw_out_of_order(c, s, d, area); break;
    }
    if (idle_question) {
        // The screen behind stays visible but took no taps; the map shows only the question.
        c.map().scroll.clear();
        c.map().screen = "idle";
        c.set_interactive(true);
        draw_idle(c, s, d);
    }
}

}  // namespace ww::ui
