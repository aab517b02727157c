// Search with words: a large on-screen keyboard, results that update while typing, and the
// "Bedoelt u …?" suggestion as a button.
#include "core/phone.h"
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

namespace {
struct Key {
    std::string id;
    std::string label;
    std::string text;  // what it types; empty for the special keys
    float width = 1;
};

// The usual 4 rows, or 3 (compact) where the window is low: the accents and signs join the
// letter rows, "Wis" ends the top row and "spatie" and "Zoek" end the last (see fit_keyboard).
std::vector<std::vector<Key>> keyboard(Language l, bool compact, float wide_units) {
    auto letters = [](const char* row) {
        std::vector<Key> keys;
        // Keys show capital letters, as on a typewriter; they type small ones (search ignores case).
        for (const char* p = row; *p; ++p)
            keys.push_back({std::string("key.") + *p, std::string(1, char(*p - 'a' + 'A')), std::string(1, *p)});
        return keys;
    };
    const Key backspace{"key.backspace", std::string(tr("key.backspace", l)), "", 3.0f};
    const Key space{"key.space", std::string(tr("key.space", l)), " ", 2.7f};
    const Key search{"key.search", std::string(tr("key.search", l)), "", 2.7f};
    const Key e_acute{"key.e-acute", "é", "é"}, e_diaeresis{"key.e-diaeresis", "ë", "ë"},
        i_diaeresis{"key.i-diaeresis", "ï", "ï"};
    const Key apostrophe{"key.apostrophe", "'", "'"}, hyphen{"key.hyphen", "-", "-"};
    auto r0 = letters("qwertyuiop");
    auto r1 = letters("asdfghjkl");
    auto r2 = letters("zxcvbnm");
    if (compact) {
        r0.push_back(apostrophe);
        r0.push_back(hyphen);
        r1.insert(r1.end(), {e_acute, e_diaeresis, i_diaeresis});
        for (Key key : {backspace, space, search}) {
            key.width = wide_units;
            r2.push_back(key);
        }
        return {r0, r1, r2};
    }
    r2.push_back(backspace);
    std::vector<Key> r3{e_acute, e_diaeresis, i_diaeresis, apostrophe, hyphen, space, search};
    return {r0, r1, r2, r3};
}
// One result while typing: a single line, cut with "…" when the name is longer than the row.
bool search_row(Canvas& c, const std::string& id, const std::string& label, const Rect& r) {
    const Metrics& m = c.m();
    const bool tapped = c.hit(id, label, r);
    c.fill(r, c.t().tile, m.pad);
    c.outline(r, c.t().outline, std::max(2.0f, m.px_per_mm * 0.6f), m.pad);
    const float room = r.w - 2 * m.pad;
    std::string shown = label;
    if (c.measure(Font::Body, shown).x > room) {
        size_t lo = 0, hi = shown.size();
        while (lo + 1 < hi) {  // the longest start that fits with "…"
            size_t mid = (lo + hi) / 2;
            while (mid > 0 && (static_cast<unsigned char>(label[mid]) & 0xC0) == 0x80) --mid;
            if (mid <= lo) break;
            if (c.measure(Font::Body, label.substr(0, mid) + "…").x <= room) lo = mid;
            else hi = mid;
        }
        shown = label.substr(0, lo) + "…";
    }
    const bool was = c.interactive();
    c.set_interactive(false);
    c.text(Font::Body, {r.x + m.pad, r.y + (r.h - m.line) / 2}, shown, c.t().on_tile);
    c.set_interactive(was);
    return tapped;
}

// "Met deze woorden vinden we niets." and "Kies uit de onderwerpen" (the way on), in the room
// between the typed words and the keyboard: the words above the button; in a lower room beside it;
// in a low window with large text (1366x768 at 150 %) the button in the bar's word size in a 16 mm
// row (tight_row_h) with the words beside it, never nothing at all (a dead end).
struct NothingFoundRow {
    Rect button;  // its width and height; h == 0: no room for it at all
    Font button_font = Font::Bold;
    bool words_above = false, words_beside = false;
    Font words_font = Font::Body;
};

NothingFoundRow nothing_found_row(const Canvas& c, const std::string& topics, const std::string& nothing,
                                  const Rect& area) {
    const Metrics& m = c.m();
    NothingFoundRow without_words;  // the largest button that fits, when the words fit nowhere
    for (const Font font : {Font::Bold, Font::Bar}) {
        const float least_h = font == Font::Bold ? m.button_h : tight_row_h(c);
        const float w = std::min(area.w, c.measure(font, topics).x + 2 * m.pad + 2);
        const float h = std::max(least_h, c.measure(font, topics, w - 2 * m.pad).y + 2 * m.pad);
        if (area.h < h) continue;
        NothingFoundRow row;
        row.button = {0, 0, w, h};
        row.button_font = font;
        if (font == Font::Bold && area.h >= c.measure(Font::Body, nothing, area.w).y + m.gap / 2 + h) {
            row.words_above = true;
            return row;
        }
        const float words_w = area.w - w - m.gap;
        for (const Font words : {Font::Body, Font::Bar}) {
            if (words_w > 0 && c.measure(words, nothing, words_w).y <= h) {
                row.words_beside = true;
                row.words_font = words;
                return row;
            }
        }
        if (without_words.button.h <= 0) without_words = row;
    }
    return without_words;
}

}  // namespace

void draw_search(Canvas& c, const NavState& s, const ScreenData& d, Rect area) {
    const Metrics& m = c.m();
    const Language l = s.language;

    // The keyboard at the bottom: as large as the room leaves, with the typed words and at least
    // one whole result row visible above it (fit_keyboard).
    const float row_h = std::max(m.target, m.line + m.pad);  // a result row: one line each
    KeyboardRoom room;
    room.available = area.h;
    room.above = m.button_h + m.gap + row_h + m.gap / 2;
    room.gap = m.gap;
    room.preferred_h = std::max(m.target, m.line + m.pad);
    room.least_h = std::max(m.target, m.line + 2);
    room.small_least_h = std::max(m.target, c.font_px(Font::Bar) + 2);
    const KeyboardFit fit = fit_keyboard(room);
    const Font key_font = fit.small_labels ? Font::Bar : Font::Bold;
    float wide_units = 3;
    if (fit.rows == 3) {
        float wide_px = 0;
        for (const char* id : {"key.backspace", "key.space", "key.search"})
            wide_px = std::max(wide_px, c.measure(key_font, std::string(tr(id, l))).x + 2 * m.pad + 2);
        wide_units = compact_wide_units(area.w, m.gap, wide_px);
    }
    const auto rows = keyboard(l, fit.rows == 3, wide_units);
    std::vector<int> counts;
    std::vector<std::vector<float>> widths;
    for (const auto& row : rows) {
        counts.push_back(int(row.size()));
        std::vector<float> w;
        for (const auto& k : row) w.push_back(k.width);
        widths.push_back(w);
    }
    const Rect kb = take_bottom(area, fit.height(m.gap), m.gap);
    const auto key_rects = layout_keyboard(kb, counts, widths, m, fit.key_h);
    size_t k = 0;
    for (const auto& row : rows) {
        for (const auto& key : row) {
            if (c.button(key.id, key.label, key_rects[k++], ButtonStyle::Tile, key_font)) {
                if (key.id == "key.backspace") c.emit(ActionKind::Backspace);
                else if (key.id == "key.search") c.emit(ActionKind::ShowResults);
                else c.emit(ActionKind::TypeText, key.text);
            }
        }
    }

    // The typed words, with "Alles wissen".
    const float clear_w =
        std::max(m.target * 2.5f, c.measure(Font::Bold, std::string(tr("key.clear", l))).x + 2 * m.pad);
    Rect row = take_top(area, m.button_h, m.gap);
    Rect box{row.x, row.y, row.w - clear_w - m.gap, row.h};
    c.fill(box, c.t().dialog, m.pad / 2);
    c.outline(box, c.t().outline, std::max(2.0f, m.px_per_mm * 0.6f), m.pad / 2);
    const std::string shown = s.query.empty() ? std::string(tr("search.title", l)) : s.query + "_";
    c.text(s.query.empty() ? Font::Body : Font::Bold, {box.x + m.pad, box.y + (box.h - m.line) / 2}, shown, c.t().text);
    if (c.button("search.clear", std::string(tr("key.clear", l)), {box.right() + m.gap, row.y, clear_w, row.h},
                 ButtonStyle::Tile))
        c.emit(ActionKind::ClearQuery);

    // "Bedoelt u …?" and "Toon alle …", each as tall as its words need.
    const SearchResult& r = d.results;
    const bool has_query = !s.query.empty();
    // A word that matches nearly everything is no help: offer the topics instead of "Toon alle 311".
    const bool almost_all = d.service_count > 0 && r.total * 4 > d.service_count * 3;
    if (has_query && (r.suggestion || r.total > 0)) {
        const std::string suggestion = r.suggestion ? tr("search.suggestion", l, {*r.suggestion}) : std::string();
        const std::string show_all =
            almost_all ? std::string(tr("search.topics", l)) : tr("search.show_all", l, {std::to_string(r.total)});
        const bool two = r.suggestion && r.total > 0;
        const float bw = two ? (area.w - m.gap) / 2 : area.w;
        float bh = m.button_h;
        for (const auto* label : {&suggestion, &show_all})
            if (!label->empty()) bh = std::max(bh, c.measure(Font::Bold, *label, bw - 2 * m.pad).y + 2 * m.pad);
        // Only with room above the keyboard that leaves a whole result row (a small screen with
        // large text has none; "Zoek" on the keyboard does the same as "Toon alle").
        const bool room = area.h >= bh + (r.services.empty() ? 0 : m.gap + row_h);
        Rect actions = take_top(area, room ? bh : 0, room ? m.gap : 0);
        float x = actions.x;
        if (r.suggestion && room) {
            if (c.button("search.suggestion", suggestion, {x, actions.y, bw, bh}, ButtonStyle::Primary))
                c.emit(ActionKind::TakeSuggestion, *r.suggestion);
            x += bw + m.gap;
        }
        if (r.total > 0 && room) {
            if (almost_all) {
                if (c.button("search.topics", show_all, {x, actions.y, bw, bh}, ButtonStyle::Primary))
                    c.emit(ActionKind::Home);
            } else if (c.button("search.show_all", show_all, {x, actions.y, bw, bh}, ButtonStyle::Primary)) {
                c.emit(ActionKind::ShowResults);
            }
        }
        if (almost_all && !r.suggestion) {
            const std::string text = tr("search.almost_all", l, {s.query});
            const float text_h = c.measure(Font::Body, text, area.w).y;
            if (area.h >= text_h + m.gap / 2 + row_h) {  // never at the cost of the first result row
                c.text(Font::Body, {area.x, area.y}, text, c.t().text, area.w);
                take_top(area, text_h, m.gap / 2);
            }
        }
    }

    // The best matches so far, as many as fit.
    if (!has_query) {
        c.text(Font::Body, {area.x, area.y}, std::string(tr("search.empty", l)), c.t().text, area.w);
        return;
    }
    if (r.services.empty()) {
        // Nothing: say so, and give ways on — the topics and the helpline.
        // The way on first, then the words, as far as room allows (never over the keyboard).
        const bool final_word = s.query.size() >= 4;
        const std::string topics(tr("search.topics", l));
        const std::string nothing(tr(final_word ? "search.nothing_final" : "search.nothing", l));
        const NothingFoundRow row = nothing_found_row(c, topics, nothing, area);
        if (row.words_above) {
            c.text(Font::Body, {area.x, area.y}, nothing, c.t().text, area.w);
            take_top(area, c.measure(Font::Body, nothing, area.w).y, m.gap / 2);
        }
        if (row.button.h > 0) {
            // Beside the words, the button follows them (read in that order).
            const float x = row.words_beside ? area.right() - row.button.w : area.x;
            const Rect button{x, area.y, row.button.w, row.button.h};
            if (row.words_beside) {
                const float words_w = area.w - button.w - m.gap;
                const float words_h = c.measure(row.words_font, nothing, words_w).y;
                c.text(row.words_font, {area.x, button.y + (button.h - words_h) / 2}, nothing, c.t().text, words_w);
            }
            if (c.button("search.topics", topics, button, ButtonStyle::Primary, row.button_font))
                c.emit(ActionKind::Home);
            take_top(area, button.h, m.gap / 2);
        }
        const std::string helpline =
            tr("noresults.helpline", l, {d.helpline_name.in(l), format_phone(d.helpline_phone)});
        if (!d.helpline_phone.empty() && area.y + c.measure(Font::Body, helpline, area.w).y <= kb.y)
            c.text(Font::Body, {area.x, area.y}, helpline, c.t().text, area.w);
        return;
    }
    for (const auto& svc : r.services) {
        if (area.h < row_h) break;
        const Rect item = take_top(area, row_h, m.gap / 2);
        std::string label = svc.name.in(l);
        if (!svc.town.empty()) label += " – " + svc.town;
        if (c.measure(Font::Body, label).x > item.w - 2 * m.pad) label = svc.name.in(l);
        if (search_row(c, "search.result." + svc.id, label, item)) c.emit(ActionKind::OpenService, svc.id);
    }
}

}  // namespace ww::ui
