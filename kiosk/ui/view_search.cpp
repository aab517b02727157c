// Search with words: a large on-screen keyboard, results that update while typing, and the
// "Bedoelt u …?" suggestion as a button.
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

std::vector<std::vector<Key>> keyboard(Language l) {
    auto letters = [](const char* row) {
        std::vector<Key> keys;
        for (const char* p = row; *p; ++p) keys.push_back({std::string("key.") + *p, std::string(1, *p), std::string(1, *p)});
        return keys;
    };
    auto r0 = letters("qwertyuiop");
    auto r1 = letters("asdfghjkl");
    auto r2 = letters("zxcvbnm");
    r2.push_back({"key.backspace", std::string(tr("key.backspace", l)), "", 3.0f});
    std::vector<Key> r3{{"key.e-acute", "é", "é"},       {"key.e-diaeresis", "ë", "ë"}, {"key.i-diaeresis", "ï", "ï"},
                        {"key.apostrophe", "'", "'"},    {"key.hyphen", "-", "-"},
                        {"key.space", std::string(tr("key.space", l)), " ", 4.0f}};
    return {r0, r1, r2, r3};
}
}  // namespace

void draw_search(Canvas& c, const NavState& s, const ScreenData& d, Rect area) {
    const Metrics& m = c.m();
    const Language l = s.language;

    // The keyboard at the bottom.
    const auto rows = keyboard(l);
    std::vector<int> counts;
    std::vector<std::vector<float>> widths;
    for (const auto& row : rows) {
        counts.push_back(int(row.size()));
        std::vector<float> w;
        for (const auto& k : row) w.push_back(k.width);
        widths.push_back(w);
    }
    const float key_h = std::max(m.target, m.line + m.pad);
    const float kb_h = 4 * key_h + 3 * m.gap;
    const Rect kb = take_bottom(area, kb_h, m.gap);
    const auto key_rects = layout_keyboard(kb, counts, widths, m);
    size_t k = 0;
    for (const auto& row : rows) {
        for (const auto& key : row) {
            if (c.button(key.id, key.label, key_rects[k++], ButtonStyle::Tile, Font::Bold)) {
                if (key.id == "key.backspace") c.emit(ActionKind::Backspace);
                else c.emit(ActionKind::TypeText, key.text);
            }
        }
    }

    // The typed words, with "Alles wissen".
    const float clear_w = std::max(m.target * 2.5f, c.measure(Font::Bold, std::string(tr("key.clear", l))).x + 2 * m.pad);
    Rect row = take_top(area, m.button_h, m.gap);
    Rect box{row.x, row.y, row.w - clear_w - m.gap, row.h};
    c.fill(box, c.t().dialog, m.pad / 2);
    c.outline(box, c.t().outline, std::max(2.0f, m.px_per_mm * 0.6f), m.pad / 2);
    const std::string shown = s.query.empty() ? std::string(tr("search.title", l)) : s.query + "_";
    c.text(s.query.empty() ? Font::Body : Font::Bold, {box.x + m.pad, box.y + (box.h - m.line) / 2}, shown, c.t().text);
    if (c.button("search.clear", std::string(tr("key.clear", l)), {box.right() + m.gap, row.y, clear_w, row.h},
                 ButtonStyle::Tile))
        c.emit(ActionKind::ClearQuery);

    // "Bedoelt u …?" and "Toon alle …".
    const SearchResult& r = d.results;
    const bool has_query = !s.query.empty();
    if (has_query && (r.suggestion || r.total > 0)) {
        Rect actions = take_top(area, m.button_h, m.gap);
        const float half = (actions.w - m.gap) / 2;
        if (r.suggestion &&
            c.button("search.suggestion", tr("search.suggestion", l, {*r.suggestion}), {actions.x, actions.y, half, actions.h},
                     ButtonStyle::Primary))
            c.emit(ActionKind::TakeSuggestion, *r.suggestion);
        if (r.total > 0 &&
            c.button("search.show_all", tr("search.show_all", l, {std::to_string(r.total)}),
                     {actions.x + half + m.gap, actions.y, half, actions.h}, ButtonStyle::Primary))
            c.emit(ActionKind::ShowResults);
    }

    // The best matches so far, as many as fit.
    if (!has_query) {
        c.text(Font::Body, {area.x, area.y}, std::string(tr("search.empty", l)), c.t().text, area.w);
        return;
    }
    if (r.services.empty()) {
        c.text(Font::Body, {area.x, area.y}, std::string(tr("search.nothing", l)), c.t().text, area.w);
        return;
    }
    for (const auto& svc : r.services) {
        if (area.h < m.button_h) break;
        const Rect item = take_top(area, m.button_h, m.gap);
        std::string label = svc.name.in(l);
        if (!svc.town.empty()) label += " – " + svc.town;
        if (c.button("search.result." + svc.id, label, item, ButtonStyle::Card, Font::Body))
            c.emit(ActionKind::OpenService, svc.id);
    }
}

}  // namespace ww::ui
