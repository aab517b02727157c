#include "ui/layout.h"

#include <algorithm>
#include <cmath>

namespace ww::ui {

float gap_between(const Rect& a, const Rect& b) {
    const float dx = std::max({0.0f, b.x - a.right(), a.x - b.right()});
    const float dy = std::max({0.0f, b.y - a.bottom(), a.y - b.bottom()});
    return std::sqrt(dx * dx + dy * dy);
}

double px_per_mm(const ScreenGeometry& g) {
    const double diag_px = std::sqrt(double(g.window_w) * g.window_w + double(g.window_h) * g.window_h);
    const double diag_mm = std::max(1.0, g.diagonal_inch) * 25.4;
    return diag_px / diag_mm;
}

DiagonalFit fit_diagonal(const ScreenGeometry& g, const std::function<float(double)>& bar_height_px, double max_share) {
    const double allowed = max_share * double(g.window_h);
    const auto fits = [&](double diagonal) { return double(bar_height_px(diagonal)) <= allowed; };
    DiagonalFit fit;
    fit.diagonal_inch = g.diagonal_inch;
    fit.bar_share = g.window_h > 0 ? float(double(bar_height_px(g.diagonal_inch)) / double(g.window_h)) : 0.0f;
    if (g.window_h <= 0 || fits(g.diagonal_inch)) return fit;
    // Double until it fits, then halve the gap down to a tenth of an inch.
    double low = std::max(1.0, g.diagonal_inch), high = low * 2;
    while (!fits(high) && high < 10000) {
        low = high;
        high *= 2;
    }
    while (high - low > 0.05) {
        const double middle = (low + high) / 2;
        (fits(middle) ? high : low) = middle;
    }
    double rounded = std::ceil(high * 10) / 10;
    if (!fits(rounded)) rounded = high;  // a step in the bar's rows can make the rounded value miss
    fit.diagonal_inch = rounded;
    fit.clamped = true;
    return fit;
}

double cap_height_mm(float font_px, double cap_ratio, float ppm) { return font_px * cap_ratio / ppm; }

Metrics compute_metrics(const ScreenGeometry& g, int text_scale_percent, double cap_ratio) {
    Metrics m;
    m.px_per_mm = static_cast<float>(px_per_mm(g));
    const float scale = static_cast<float>(text_scale_percent) / 100.0f;
    m.target = std::ceil(static_cast<float>(kTargetMm) * m.px_per_mm);
    m.gap = std::ceil(static_cast<float>(kGapMm) * m.px_per_mm);
    m.margin = m.gap;
    m.pad = std::ceil(m.gap * 0.75f);
    // Round the font size up so the capital H never ends below 7 mm.
    m.body_px = std::ceil(static_cast<float>(kCapHeightMm / cap_ratio) * m.px_per_mm * scale);
    m.bar_px = std::ceil(static_cast<float>(kCapHeightMm / cap_ratio) * m.px_per_mm);
    m.heading_px = std::ceil(m.body_px * static_cast<float>(kHeadingFactor));
    m.digits_px = std::ceil(m.body_px * static_cast<float>(kDigitsFactor));
    m.line = m.body_px;
    m.button_h = std::max(m.target, m.line + 2 * m.pad);
    m.window = {0, 0, float(g.window_w), float(g.window_h)};
    // The bar's buttons hold one line each; with large text they get taller, never smaller than 16 mm.
    m.bar = {0, 0, float(g.window_w), m.button_h + 2 * m.margin};
    m.content = {m.margin, m.bar.bottom(), float(g.window_w) - 2 * m.margin,
                 float(g.window_h) - m.bar.bottom() - m.margin};
    return m;
}

void set_bar_lines(Metrics& m, int lines, int rows) {
    // Half the usual padding above and below the words: a two-row bar must still leave a small
    // screen (1366x768 at 15.6") its real millimetres (see fit_diagonal).
    const float button_h = std::max(m.target, m.bar_px * float(std::max(1, lines)) + m.pad);
    m.bar_rows = std::max(1, rows);
    m.bar.h = float(m.bar_rows) * button_h + float(m.bar_rows - 1) * m.gap + 2 * m.margin;
    m.content = {m.margin, m.bar.bottom(), m.window.w - 2 * m.margin, m.window.h - m.bar.bottom() - m.margin};
}

Grid layout_grid(const Rect& area, int count, float min_w, float min_h, float gap, int max_columns) {
    Grid best;
    if (count <= 0) return best;
    float best_score = -1;
    for (int cols = 1; cols <= std::min(count, max_columns); ++cols) {
        const int rows = (count + cols - 1) / cols;
        const float w = (area.w - gap * float(cols - 1)) / float(cols);
        const float h = (area.h - gap * float(rows - 1)) / float(rows);
        if (w < min_w) break;
        const bool fits = h >= min_h;
        // Prefer layouts that fit; among them the largest smaller side of a cell.
        const float score = (fits ? 1e6f : 0.0f) + std::min(w, fits ? h : min_h);
        if (score > best_score) {
            best_score = score;
            best.columns = cols;
            best.rows = rows;
        }
    }
    const float w = (area.w - gap * float(best.columns - 1)) / float(best.columns);
    const float h = std::max(min_h, (area.h - gap * float(best.rows - 1)) / float(best.rows));
    for (int i = 0; i < count; ++i) {
        const int r = i / best.columns, c = i % best.columns;
        best.cells.push_back({area.x + float(c) * (w + gap), area.y + float(r) * (h + gap), w, h});
    }
    return best;
}

std::vector<Rect> layout_bar(const Metrics& m, int buttons) {
    std::vector<Rect> out;
    const int rows = std::max(1, m.bar_rows);
    const int cols = (buttons + rows - 1) / rows;
    const float w = (m.bar.w - 2 * m.margin - m.gap * float(cols - 1)) / float(cols);
    const float h = (m.bar.h - 2 * m.margin - m.gap * float(rows - 1)) / float(rows);
    for (int i = 0; i < buttons; ++i)
        out.push_back({m.margin + float(i % cols) * (w + m.gap), m.margin + float(i / cols) * (h + m.gap), w, h});
    return out;
}

std::vector<Rect> layout_keyboard(const Rect& area, const std::vector<int>& keys_per_row,
                                  const std::vector<std::vector<float>>& key_widths, const Metrics& m, float key_h) {
    std::vector<Rect> out;
    if (key_h <= 0) key_h = std::max(m.target, m.line + m.pad);
    float y = area.y;
    // All rows use the same unit so keys line up; the row that needs most room fills the width.
    float unit = 1e9f;
    for (size_t r = 0; r < keys_per_row.size(); ++r) {
        float units = 0;
        for (int k = 0; k < keys_per_row[r]; ++k) units += key_widths[r][size_t(k)];
        if (units > 0) unit = std::min(unit, (area.w - m.gap * float(keys_per_row[r] - 1)) / units);
    }
    for (size_t r = 0; r < keys_per_row.size(); ++r) {
        float units = 0;
        for (int k = 0; k < keys_per_row[r]; ++k) units += key_widths[r][size_t(k)];
        const float row_w = units * unit + m.gap * float(keys_per_row[r] - 1);
        float x = area.x + (area.w - row_w) / 2;
        for (int k = 0; k < keys_per_row[r]; ++k) {
            const float w = key_widths[r][size_t(k)] * unit;
            out.push_back({x, y, w, key_h});
            x += w + m.gap;
        }
        y += key_h + m.gap;
    }
    return out;
}

float keyboard_key_height(const Metrics& m, int rows, float available, float above) {
    const float preferred = std::max(m.target, m.line + m.pad);
    const float least = std::max(m.target, m.line + 2);
    const float fits = (available - above - float(rows - 1) * m.gap) / float(std::max(1, rows));
    return std::clamp(fits, least, preferred);
}

KeyboardFit fit_keyboard(const KeyboardRoom& room) {
    const float room_for_keys = room.available - room.above - room.gap;  // the gap between keys and what is above
    const auto try_fit = [&](int rows, bool small, KeyboardFit& out) {
        const float least = small ? room.small_least_h : room.least_h;
        const float preferred = std::max(least, room.preferred_h);
        const float gaps = float(rows - 1) * room.gap;
        if (float(rows) * least + gaps > room_for_keys + 0.01f) return false;
        out = {rows, small, std::clamp((room_for_keys - gaps) / float(rows), least, preferred), true};
        return true;
    };
    KeyboardFit fit;
    if (try_fit(4, false, fit) || try_fit(3, false, fit) || try_fit(3, true, fit)) return fit;
    return {3, true, std::min(room.small_least_h, room.least_h), false};
}

float compact_wide_units(float row_w, float gap, float wide_px) {
    const float letter_unit = (row_w - 11 * gap) / 12;  // the two rows of 12 keys
    float units = 2;
    if (letter_unit > 0) units = std::max(units, wide_px / letter_unit);
    // Row 3: 7 letters + 3 wide keys and 9 gaps; when it is the fullest row, it sets the unit.
    const float rest = row_w - 9 * gap - 3 * wide_px;
    if (rest > 0) units = std::max(units, 7 * wide_px / rest);
    return units;
}

float widest_word(const std::vector<std::string>& labels, const std::function<float(std::string_view)>& measure) {
    float widest = 0;
    for (const std::string& label : labels) {
        std::string_view rest(label);
        while (!rest.empty()) {
            const size_t end = std::min(rest.find(' '), rest.size());
            if (end > 0) widest = std::max(widest, measure(rest.substr(0, end)));
            rest.remove_prefix(std::min(end + 1, rest.size()));
        }
    }
    return widest;
}

std::vector<float> page_offsets(const std::vector<float>& tops, float content_h, float viewport_h,
                                const std::vector<TextLine>& lines) {
    std::vector<float> pages{0.0f};
    if (viewport_h <= 1) return pages;
    float page = 0;
    for (;;) {
        if (content_h <= page + viewport_h + 0.5f) break;  // the rest fits on this page
        // The first item that does not end on this page starts the next one.
        float next = -1;
        for (size_t i = 0; i < tops.size(); ++i) {
            const float bottom = i + 1 < tops.size() ? tops[i + 1] : content_h;
            if (bottom > page + viewport_h + 0.5f) {
                next = tops[i];
                break;
            }
        }
        // An item taller than the page (or no items): move on within it, to the first line the
        // page edge would cut (else by a page).
        if (next <= page + 0.5f) {
            next = page + viewport_h;
            for (const TextLine& line : lines)
                if (line.top > page + 0.5f && line.top < next && line.bottom > page + viewport_h + 0.5f)
                    next = line.top;
        }
        pages.push_back(next);
        page = next;
    }
    return pages;
}

float whole_view_height(const std::vector<float>& tops, const std::vector<TextLine>& lines, float content_h,
                        float offset, float viewport_h) {
    const float end = offset + viewport_h;
    float cut = end;
    // The first item that starts on the page but does not end on it: it waits for the next page.
    for (size_t i = 0; i < tops.size(); ++i) {
        const float bottom = i + 1 < tops.size() ? tops[i + 1] : content_h;
        if (tops[i] > offset + 0.5f && tops[i] < end && bottom > end + 0.5f) {
            cut = tops[i];
            break;
        }
    }
    // Inside an item taller than the page: the first line the edge would cut.
    for (const TextLine& line : lines)
        if (line.top >= offset - 0.5f && line.top < cut && line.bottom > end + 0.5f) cut = line.top;
    return std::max(0.0f, cut - offset);
}

int page_at(const std::vector<float>& offsets, float offset) {
    int page = 0;
    for (size_t i = 0; i < offsets.size(); ++i)
        if (offsets[i] <= offset + 0.5f) page = int(i);
    return page;
}

TileInside tile_inside(const Rect& r, float pad, float widest_word, const std::function<float(float)>& label_h,
                       TileArrangement arrangement, float max_side) {
    TileInside out;
    if (arrangement == TileArrangement::Stacked) {
        // The words at the bottom, the pictogram centred in what is left above them.
        const float label_height = label_h(r.w - 2 * pad);
        const float above = r.h - label_height - 3 * pad;
        const float side = std::floor(std::max(0.0f, std::min({above, r.w - 2 * pad, max_side})));
        out.label = {r.x, r.bottom() - label_height - 2 * pad, r.w, label_height + 2 * pad};
        if (side > 0) out.picto = {r.x + (r.w - side) / 2, r.y + pad + (above - side) / 2, side, side};
        else out.label = r;  // the words alone, centred
        return out;
    }
    // Beside: the pictogram on the left, the words centred to its right. The largest square whose
    // neighbouring words still fit the tile's height (found by halving: words only get taller as
    // their column narrows).
    const auto words_fit = [&](float side) {
        const float wrap = r.w - side - 3 * pad;
        return wrap >= widest_word && label_h(wrap) <= r.h - 2 * pad;
    };
    float low = 0, high = std::max(0.0f, std::min({r.h - 2 * pad, r.w - 3 * pad - widest_word, max_side}));
    if (high > 0 && words_fit(high)) {
        low = high;
    } else if (high > 0 && words_fit(0)) {
        while (high - low > 0.5f) {
            const float middle = (low + high) / 2;
            (words_fit(middle) ? low : high) = middle;
        }
    }
    const float side = std::floor(low);
    out.label = r;
    if (side > 0) {
        out.picto = {r.x + pad, r.y + (r.h - side) / 2, side, side};
        out.label = {r.x + side + pad, r.y, r.w - side - pad, r.h};
    }
    return out;
}

float tile_min_height(float w, float pad, float picto_min, float widest_word,
                      const std::function<float(float)>& label_h) {
    float best = label_h(w - 2 * pad) + 3 * pad + picto_min;  // stacked
    if (w - 2 * pad < picto_min) best = 1e9f;
    const float wrap = w - 3 * pad - picto_min;  // beside
    if (wrap >= widest_word) best = std::min(best, std::max(picto_min, label_h(wrap)) + 2 * pad);
    if (best >= 1e9f) best = label_h(w - 2 * pad) + 3 * pad + picto_min;  // too narrow for either: the tile runs tall
    return std::ceil(best);
}

std::vector<Rect> flow_rows(const std::vector<float>& widths, const Rect& area, float h, float gap) {
    std::vector<Rect> out;
    float x = area.x, y = area.y;
    for (float w : widths) {
        w = std::min(w, area.w);
        if (x > area.x && x + w > area.right() + 0.5f) {
            x = area.x;
            y += h + gap;
        }
        out.push_back({x, y, w, h});
        x += w + gap;
    }
    return out;
}

std::string shown_text(std::string_view text, size_t max_bytes) {
    if (text.size() <= max_bytes) return std::string(text);
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    return std::string(text.substr(0, cut)) + "…";
}

}  // namespace ww::ui
