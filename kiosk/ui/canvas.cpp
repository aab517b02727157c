#include "ui/canvas.h"

#include "core/hyphenation.h"
#include "ui/text_wrap.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace ww::ui {

ImU32 to_imgui(Rgb c, float alpha) {
    return IM_COL32(c.r, c.g, c.b, static_cast<int>(std::clamp(alpha, 0.0f, 1.0f) * 255.0f));
}

Canvas::Canvas(ImDrawList* draw, const Fonts& fonts, const Metrics& metrics, PointerFrame& input, TapGate gate,
               UiMap& map, ScrollMemory& scrolls, std::vector<Action>& actions)
    : draw_(draw),
      fonts_(fonts),
      m_(metrics),
      input_(input),
      gate_(std::move(gate)),
      map_(map),
      scrolls_(scrolls),
      actions_(actions) {}

ImFont* Canvas::font(Font f) const {
    switch (f) {
        case Font::Body: return fonts_.body;
        case Font::Bold:
        case Font::Bar: return fonts_.bold;
        case Font::Heading: return fonts_.heading;
        case Font::Digits: return fonts_.digits;
    }
    return fonts_.body;
}

float Canvas::font_px(Font f) const {
    switch (f) {
        case Font::Body:
        case Font::Bold: return m_.body_px;
        case Font::Heading: return m_.heading_px;
        case Font::Digits: return m_.digits_px;
        case Font::Bar: return m_.bar_px;
    }
    return m_.body_px;
}

ImVec2 Canvas::measure(Font f, const std::string& full, float wrap_w) const {
    ImFont* fo = font(f);
    if (!fo || full.empty()) return {0, full.empty() ? 0 : font_px(f)};
    const std::string text = shown_text(full);
    if (wrap_w <= 0) return fo->CalcTextSizeA(font_px(f), FLT_MAX, 0, text.c_str(), text.c_str() + text.size());
    const auto all = lines(f, text, wrap_w);
    float w = 0;
    for (const auto& line : all)
        w = std::max(w, fo->CalcTextSizeA(font_px(f), FLT_MAX, 0, line.c_str(), line.c_str() + line.size()).x);
    return {w, font_px(f) * float(all.size())};
}

std::vector<std::string> Canvas::lines(Font f, const std::string& text, float wrap_w) const {
    ImFont* fo = font(f);
    const float px = font_px(f);
    const auto width = [&](std::string_view s) {
        return fo ? fo->CalcTextSizeA(px, FLT_MAX, 0, s.data(), s.data() + s.size()).x : 0.0f;
    };
    if (wrap_w > 0)
        return wrap_lines(text, wrap_w, width, [](std::string_view word) { return hyphenation_points(word); });
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
        out.push_back(text.substr(start, nl - start));
    out.push_back(text.substr(start));
    return out;
}

bool Canvas::visible(const Rect& r, Rect* clipped) const {
    Rect c = r;
    const Rect bounds = clip_ ? *clip_ : m_.window;
    const float x0 = std::max(c.x, bounds.x), y0 = std::max(c.y, bounds.y);
    const float x1 = std::min(c.right(), bounds.right()), y1 = std::min(c.bottom(), bounds.bottom());
    if (x1 <= x0 || y1 <= y0) return false;
    if (clipped) *clipped = {x0, y0, x1 - x0, y1 - y0};
    return true;
}

float Canvas::text(Font f, ImVec2 pos, const std::string& full, Rgb color, float wrap_w) {
    const std::string text = shown_text(full);
    if (text.empty()) return 0;
    ImFont* fo = font(f);
    const float px = font_px(f);
    const auto all = lines(f, text, wrap_w);
    bool shown = false;
    for (size_t i = 0; i < all.size(); ++i) {
        const std::string& line = all[i];
        const float y = pos.y + px * float(i);
        if (clip_ && whole_lines_)
            scrolls_.lists[scroll_id_].lines.push_back({y - scroll_origin_, y + px - scroll_origin_});
        const float w = fo ? fo->CalcTextSizeA(px, FLT_MAX, 0, line.c_str(), line.c_str() + line.size()).x : 0;
        const Rect r{pos.x, y, std::max(w, 1.0f), px};
        Rect vis;
        if (!visible(r, &vis) || vis.h <= 0.5f) continue;  // not a sliver of the line above a page (rounding)
        shown = true;
        draw_->AddText(fo, px, {pos.x, y}, to_imgui(color), line.c_str(), line.c_str() + line.size());
        // A line the edge of a scrolled list cuts (half a line visible): the layout walk fails on it.
        if (clip_ && whole_lines_ && interactive_ && std::abs(vis.h - r.h) > 0.5f) map_.cut_lines.push_back(line);
    }
    if (shown && interactive_) map_.texts.push_back(text);
    return px * float(all.size());
}

bool Canvas::text_centered(Font f, const Rect& r, const std::string& full, Rgb color) {
    const std::string label = shown_text(full);
    const float wrap = r.w - 2 * m_.pad;
    const ImVec2 size = measure(f, label, wrap);
    bool fits = size.y <= r.h + 0.5f;
    // Each wrapped line is centred on its own.
    ImFont* fo = font(f);
    const float px = font_px(f);
    // Words that do not fit stay inside their own button: start at the top and clip at its edges.
    float y = fits ? r.y + (r.h - size.y) / 2 : r.y + m_.pad / 2;
    Rect inside = r;
    if (clip_) visible(r, &inside);
    draw_->PushClipRect({inside.x, inside.y}, {inside.right(), inside.bottom()}, true);
    const char* s = label.c_str();
    const char* end = s + label.size();
    while (s < end) {
        const char* line_end = fo->CalcWordWrapPositionA(px / fo->FontSize, s, end, wrap);
        if (line_end == s) line_end = s + 1;
        const char* nl = static_cast<const char*>(memchr(s, '\n', static_cast<size_t>(line_end - s)));
        if (nl) line_end = nl;
        const ImVec2 lsize = fo->CalcTextSizeA(px, FLT_MAX, 0, s, line_end);
        // ImGui breaks a word that is wider than the line; say so.
        if (line_end < end && *line_end != ' ' && *line_end != '\n' && line_end[-1] != ' ') fits = false;
        if (lsize.x > wrap + 0.5f) fits = false;
        draw_->AddText(fo, px, ImVec2(std::floor(r.x + (r.w - lsize.x) / 2), std::floor(y)), to_imgui(color), s,
                       line_end);
        y += px;
        s = line_end;
        while (s < end && (*s == ' ' || *s == '\n')) ++s;
        if (y > r.bottom()) break;  // the rest would be clipped anyway
    }
    draw_->PopClipRect();
    if (interactive_ && visible(r, nullptr)) map_.texts.push_back(label);
    return fits;
}

void Canvas::fill(const Rect& r, Rgb color, float rounding, float alpha) {
    draw_->AddRectFilled({r.x, r.y}, {r.right(), r.bottom()}, to_imgui(color, alpha), rounding);
}

void Canvas::outline(const Rect& r, Rgb color, float thickness, float rounding) {
    const float h = thickness / 2;
    draw_->AddRect({r.x + h, r.y + h}, {r.right() - h, r.bottom() - h}, to_imgui(color), rounding, 0, thickness);
}

bool Canvas::take_tap(const std::string& id, const Rect& visible_rect) {
    if (!interactive_ || !input_.tap) return false;
    if (!visible_rect.contains(input_.tap->x, input_.tap->y)) return false;
    input_.tap.reset();  // one tap presses one thing
    return gate_ ? gate_(id) : true;
}

namespace {
// Partly out of view: an edge moved by more than rounding (the visible part is computed as
// right - left, which differs from the width in the last bits).
bool cut_off(const Rect& vis, const Rect& r) {
    return std::abs(vis.x - r.x) > 0.5f || std::abs(vis.y - r.y) > 0.5f || std::abs(vis.right() - r.right()) > 0.5f ||
           std::abs(vis.bottom() - r.bottom()) > 0.5f;
}
}  // namespace

bool Canvas::hit(const std::string& id, const std::string& label, const Rect& r) {
    Rect vis;
    if (!visible(r, &vis)) return false;
    if (interactive_) map_.items.push_back({id, label, vis, -1, false, cut_off(vis, r)});
    return take_tap(id, vis);
}

void Canvas::mark(const std::string& id, const std::string& label, const Rect& r) {
    Rect vis;
    if (interactive_ && visible(r, &vis)) map_.items.push_back({id, label, vis, -1, false, cut_off(vis, r)});
}

bool Canvas::button(const std::string& id, const std::string& label, const Rect& r, ButtonStyle style, Font f) {
    const Theme& th = theme();
    Rgb bg = th.tile, fg = th.on_tile;
    bool border = false;
    switch (style) {
        case ButtonStyle::Primary:
            bg = th.primary;
            fg = th.on_primary;
            break;
        case ButtonStyle::Bar:
            bg = th.primary;
            fg = th.on_primary;
            break;
        case ButtonStyle::ToggleOn:
            bg = th.toggle_on;
            fg = th.on_toggle_on;
            break;
        case ButtonStyle::ToggleOff:
            bg = th.tile;
            fg = th.on_tile;
            border = true;
            break;
        case ButtonStyle::Tile:
        case ButtonStyle::Card:
            bg = th.tile;
            fg = th.on_tile;
            border = true;
            break;
    }
    Rect vis;
    if (!visible(r, &vis)) return false;
    const float rounding = m_.pad;
    fill(r, bg, rounding);
    if (border) outline(r, th.outline, std::max(2.0f, m_.px_per_mm * 0.6f), rounding);
    const bool was_interactive = interactive_;
    interactive_ = false;  // the label is recorded as the item's label, not as loose text
    Rect label_rect = r;
    if ((style == ButtonStyle::ToggleOn || style == ButtonStyle::ToggleOff) && id.rfind("bar.", 0) != 0) {
        // A tick box (the bar's toggle says "aan"/"uit" in words instead): empty when off, ticked
        // when on; also on a toggle in the bar's word size elsewhere (a tight results header).
        const float box = tick_box();
        const Rect b{r.x + m_.pad, r.y + (r.h - box) / 2, box, box};
        const float stroke = std::max(2.0f, m_.px_per_mm * 0.6f);
        fill(b, th.tile, m_.pad / 4);
        outline(b, th.outline, stroke, m_.pad / 4);
        if (style == ButtonStyle::ToggleOn) {
            const ImU32 col = to_imgui(th.outline);
            draw_->AddLine({b.x + box * 0.2f, b.y + box * 0.55f}, {b.x + box * 0.42f, b.y + box * 0.78f}, col,
                           stroke * 1.4f);
            draw_->AddLine({b.x + box * 0.42f, b.y + box * 0.78f}, {b.x + box * 0.82f, b.y + box * 0.24f}, col,
                           stroke * 1.4f);
        }
        label_rect = {b.right(), r.y, r.right() - b.right(), r.h};
    }
    const bool fits = text_centered(f, label_rect, label, fg);
    interactive_ = was_interactive;
    const bool tapped = hit(id, label, r);
    if (!fits && interactive_ && !map_.items.empty() && map_.items.back().id == id) map_.items.back().overflow = true;
    if (interactive_ && (style == ButtonStyle::ToggleOn || style == ButtonStyle::ToggleOff) && !map_.items.empty() &&
        map_.items.back().id == id)
        map_.items.back().on = style == ButtonStyle::ToggleOn ? 1 : 0;
    return tapped;
}

float Canvas::begin_scroll(const std::string& id, const Rect& viewport, bool whole_lines) {
    scroll_id_ = id;
    auto& e = scrolls_.lists[id];
    if (e.viewport_w > 0 && std::abs(e.viewport_w - viewport.w) > 0.5f) e.offset = 0;
    e.viewport_w = viewport.w;
    e.viewport_h = viewport.h;
    // A swipe that started inside this list moves it (finger up = content up).
    if (input_.scroll_dy != 0 && viewport.contains(input_.swipe_origin.x, input_.swipe_origin.y)) {
        e.offset -= input_.scroll_dy;
        input_.scroll_dy = 0;
    }
    e.offset = std::clamp(e.offset, 0.0f, std::max(0.0f, e.content_h - viewport.h));
    // Text read page by page shows whole items and whole lines only: the page ends above the first
    // one its edge would cut (from the last frame's items and lines; they start the next page).
    // (The list is drawn at the offset rounded down to a pixel: the cut moves down by that fraction.)
    Rect shown = viewport;
    whole_lines_ = whole_lines;
    if (whole_lines)
        shown.h = std::min(viewport.h, whole_view_height(e.tops, e.lines, e.content_end, e.offset, viewport.h) +
                                           (e.offset - std::floor(e.offset)));
    e.tops.clear();
    e.lines.clear();
    clip_ = shown;
    draw_->PushClipRect({shown.x, shown.y}, {shown.right(), shown.bottom()}, true);
    map_.scroll.emplace_back(id, e.offset);
    scroll_origin_ = viewport.y - std::floor(e.offset);
    return scroll_origin_;
}

void Canvas::end_scroll(float content_bottom_y) {
    auto& e = scrolls_.lists[scroll_id_];
    e.content_h = content_bottom_y - scroll_origin_;
    e.content_end = e.content_h;
    e.pages = page_offsets(e.tops, e.content_h, e.viewport_h, e.lines);
    // Room after the last item, so that the last page too starts with a whole item.
    e.content_h = std::max(e.content_h, e.pages.back() + e.viewport_h);
    e.offset = std::clamp(e.offset, 0.0f, std::max(0.0f, e.content_h - e.viewport_h));
    draw_->PopClipRect();
    clip_.reset();
    whole_lines_ = false;
}

bool Canvas::can_scroll(const std::string& id, int direction) const {
    auto it = scrolls_.lists.find(id);
    if (it == scrolls_.lists.end()) return false;
    const auto& e = it->second;
    if (direction < 0) return e.offset > 0.5f;
    return e.offset + e.viewport_h < e.content_h - 0.5f;
}

void Canvas::scroll_page(const std::string& id, int direction) {
    auto& e = scrolls_.lists[id];
    if (e.pages.empty()) e.pages = page_offsets({}, e.content_h, e.viewport_h, e.lines);
    const int page = page_at(e.pages, e.offset);
    float target = e.offset;
    if (direction > 0 && page + 1 < int(e.pages.size())) target = e.pages[size_t(page + 1)];
    if (direction < 0)
        target =
            e.pages[size_t(page)] < e.offset - 0.5f ? e.pages[size_t(page)] : e.pages[size_t(std::max(0, page - 1))];
    e.offset = std::clamp(target, 0.0f, std::max(0.0f, e.content_h - e.viewport_h));
}

void Canvas::item_start(float y) {
    if (!clip_) return;
    auto& e = scrolls_.lists[scroll_id_];
    const float top = y - scroll_origin_;
    if (e.tops.empty() || top > e.tops.back() + 0.5f) e.tops.push_back(top);
}

std::pair<int, int> Canvas::page_of(const std::string& id) const {
    auto it = scrolls_.lists.find(id);
    if (it == scrolls_.lists.end() || it->second.pages.size() < 2) return {1, 1};
    return {page_at(it->second.pages, it->second.offset) + 1, int(it->second.pages.size())};
}

}  // namespace ww::ui
