#pragma once
// A thin immediate-mode layer over ImGui's draw lists: the views place text and buttons in
// rectangles computed from the layout metrics, and every tappable item and visible text goes into
// the UI map. Taps come from the platform's gesture recogniser, never from ImGui's own mouse
// handling, so there is no hover, no press-and-drag and no double tap.
#include <cmath>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "ui/layout.h"
#include "ui/nav.h"
#include "ui/theme.h"
#include "ui/ui_map.h"

namespace ww::ui {

enum class Font { Body, Bold, Heading, Digits, Bar };  // Bar: bold at the bar's fixed size

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* heading = nullptr;
    ImFont* digits = nullptr;
};

// This frame's input, from the platform layer.
struct PointerFrame {
    std::optional<ImVec2> tap;  // a finished tap at this position
    bool swiping = false;
    ImVec2 swipe_origin{-1, -1};
    float scroll_dy = 0;  // finger movement of a swipe this frame
    double now = 0;
};

enum class ButtonStyle { Primary, Tile, ToggleOn, ToggleOff, Bar, Card };

// Remembers scroll offsets of lists between frames (cleared when the screen changes).
struct ScrollMemory {
    struct Entry {
        float offset = 0;
        float content_h = 0;
        float viewport_h = 0;
        float viewport_w = 0;         // the width its rows were laid out at
        std::vector<float> tops;      // where whole items start (cards, paragraphs), from the list's top
        std::vector<float> pages;     // scroll offsets of the pages: page_offsets(tops, ...)
        std::vector<TextLine> lines;  // every text line drawn in the list, from the list's top
        float content_end = 0;        // where the list's content really ends (content_h may add room)
    };
    std::map<std::string, Entry> lists;
    void clear() { lists.clear(); }
};

class Canvas {
public:
    using TapGate = std::function<bool(const std::string& id)>;  // the 0.5 s repeat filter

    Canvas(ImDrawList* draw, const Fonts& fonts, const Metrics& metrics, PointerFrame& input, TapGate gate, UiMap& map,
           ScrollMemory& scrolls, std::vector<Action>& actions);

    const Metrics& m() const { return m_; }
    const Theme& t() const { return theme(); }

    ImFont* font(Font f) const;
    float font_px(Font f) const;
    ImVec2 measure(Font f, const std::string& text, float wrap_w = 0) const;

    // Draws text at `pos` (wrapped at `wrap_w` when > 0, see wrap_lines: at spaces, a long word
    // hyphenated, an address after '@', '.' or '/') and records it; returns its height.
    float text(Font f, ImVec2 pos, const std::string& text, Rgb color, float wrap_w = 0);
    // Notes a shortened text that ends inside a word (view_common's cuts): the layout walk fails
    // when such a text is drawn (layout_faults). Measuring passes note too; only drawn ones count.
    void note_word_cut(const std::string& shown) const { map_.word_cuts.push_back(shown); }
    // The lines `text` is drawn in at `wrap_w` (0: only at '\n').
    std::vector<std::string> lines(Font f, const std::string& text, float wrap_w) const;
    // Text centred in a rectangle; returns false when it does not fit (a word wider than the
    // rectangle or more lines than its height holds).
    bool text_centered(Font f, const Rect& r, const std::string& text, Rgb color);

    void fill(const Rect& r, Rgb color, float rounding = 0, float alpha = 1);
    void outline(const Rect& r, Rgb color, float thickness, float rounding = 0);

    // A tappable item: draws it, records it in the UI map, and returns true when tapped.
    bool button(const std::string& id, const std::string& label, const Rect& r, ButtonStyle style, Font f = Font::Bold);
    // Toggles show their state by a tick box beside the words, not by colour alone; this is the
    // width the box takes from a toggle besides its words.
    float toggle_extra_width() const { return 3 * m_.pad + tick_box() + 2; }
    float tick_box() const { return std::round(m_.line * 0.7f); }
    // A tappable area whose look the caller draws (cards); records and returns true when tapped.
    bool hit(const std::string& id, const std::string& label, const Rect& r);
    // Records a piece of information (not a button) in the UI map when any of it is on screen,
    // e.g. "detail.phone"; `clipped` says when only part of it shows.
    void mark(const std::string& id, const std::string& label, const Rect& r);

    void emit(Action a) { actions_.push_back(std::move(a)); }
    void emit(ActionKind k, std::string arg = {}) { actions_.push_back({k, std::move(arg)}); }

    // A vertically scrolled region. Between begin and end, draw at y positions starting from the
    // returned origin; what falls outside the viewport is clipped and cannot be tapped. A list
    // laid out at another width than before (My list beside its QR code) starts at its top: its
    // old place would fall inside rows that now wrap differently.
    // `whole_lines`: the list is text read page by page (the detail page): a page shows only
    // whole items and whole lines, and a line its edge still cuts goes into the map's cut_lines.
    float begin_scroll(const std::string& id, const Rect& viewport, bool whole_lines = false);
    void end_scroll(float content_bottom_y);
    // Moves a list by a page ("Meer" / "Vorige"); returns whether it can move that way.
    bool can_scroll(const std::string& id, int direction) const;
    void scroll_page(const std::string& id, int direction);
    // Marks where a whole item starts inside the current scrolled list: pages begin at such marks.
    void item_start(float y);
    // {page (1-based), pages} of a list, for "1 van 9"; {1, 1} when it does not scroll.
    std::pair<int, int> page_of(const std::string& id) const;

    // While "Bent u er nog?" is shown the screen behind takes no taps and is left out of the map.
    void set_interactive(bool on) { interactive_ = on; }
    bool interactive() const { return interactive_; }
    UiMap& map() { return map_; }
    ImDrawList* draw() { return draw_; }
    const PointerFrame& input() const { return input_; }

private:
    bool visible(const Rect& r, Rect* clipped) const;
    bool take_tap(const std::string& id, const Rect& visible_rect);

    ImDrawList* draw_;
    Fonts fonts_;
    Metrics m_;
    PointerFrame& input_;
    TapGate gate_;
    UiMap& map_;
    ScrollMemory& scrolls_;
    std::vector<Action>& actions_;
    bool interactive_ = true;
    std::optional<Rect> clip_;
    std::string scroll_id_;
    float scroll_origin_ = 0;   // window y of the current list's top (its content at offset 0)
    bool whole_lines_ = false;  // the current list shows whole lines only (begin_scroll)
};

ImU32 to_imgui(Rgb c, float alpha = 1);

}  // namespace ww::ui
