#pragma once
// Millimetre-exact layout numbers: the configured physical screen size and the window size give
// pixels per millimetre; touch targets, gaps and text sizes follow from it. Pure, no ImGui.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ww::ui {

inline constexpr double kTargetMm = 16.0;      // smallest touch target
inline constexpr double kGapMm = 4.0;          // smallest distance between targets
inline constexpr double kCapHeightMm = 7.0;    // capital H of body text at 100 %
inline constexpr double kHeadingFactor = 1.3;  // headings are larger than body text
inline constexpr double kDigitsFactor = 1.2;   // phone numbers in large digits
// A tile's pictogram is never smaller than this, at any window shape and text size: about the
// size of a road-sign symbol read at arm's length. Tiles grow (or page) rather than shrink it.
inline constexpr double kPictogramMinMm = 15.0;

struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool contains(float px, float py) const { return px >= x && py >= y && px < x + w && py < y + h; }
    bool operator==(const Rect&) const = default;
};

// Distance between two rectangles (0 when they touch or overlap).
float gap_between(const Rect& a, const Rect& b);

struct ScreenGeometry {
    int window_w = 1920;
    int window_h = 1080;
    double diagonal_inch = 21.5;  // of the whole physical screen, which the window fills
};

double px_per_mm(const ScreenGeometry& g);

// The bar at the top may take at most this share of the window height at 100 % text.
inline constexpr double kMaxBarShare = 0.25;

// A configured diagonal that is too small for the window makes every millimetre too many pixels:
// the bar would fill the screen. The layout then uses the smallest larger diagonal (to 0.1 inch)
// at which the bar takes at most `max_share` of the window height. `bar_height_px` gives the
// bar's height in pixels when laid out for a diagonal (it shrinks as the diagonal grows).
struct DiagonalFit {
    double diagonal_inch = 0;  // what the layout uses
    bool clamped = false;      // larger than configured
    float bar_share = 0;       // of the window height, at the configured diagonal
};
DiagonalFit fit_diagonal(const ScreenGeometry& configured,
                         const std::function<float(double diagonal_inch)>& bar_height_px,
                         double max_share = kMaxBarShare);

struct Metrics {
    float px_per_mm = 4;
    float target = 64;   // 16 mm
    float gap = 16;      // 4 mm
    float margin = 16;   // around the screen edge
    float body_px = 40;  // ImGui font size of body text
    float bar_px = 40;   // the bar's words: body text at 100 %, whatever the text size, so the bar never moves
    float heading_px = 52;
    float digits_px = 48;
    float line = 40;      // height of one body line
    float button_h = 64;  // height of a one-line button
    float pad = 12;       // inside buttons and cards
    Rect window;
    Rect bar;          // the always-visible bar at the top
    int bar_rows = 1;  // narrow screens with large text put the bar's buttons in two rows
    Rect content;      // everything below the bar
};

// cap_ratio: capital-H height divided by the font's pixel size (from the font file's metrics).
Metrics compute_metrics(const ScreenGeometry& g, int text_scale_percent, double cap_ratio);

// Makes the bar tall enough for `rows` rows of buttons holding `lines` lines of text each
// (long labels with large text wrap; words never break).
void set_bar_lines(Metrics& m, int lines, int rows = 1);

// Capital H height in mm for a font size in pixels.
double cap_height_mm(float font_px, double cap_ratio, float px_per_mm);

// A grid of `count` equal cells in `area`, at least `min_w` × `min_h`, with `gap` between.
// Picks the number of columns that gives the largest cells that still fit; when even one column
// does not fit in height, cells keep min_h and the rows run past the area (the screen scrolls).
struct Grid {
    int columns = 1;
    int rows = 1;
    std::vector<Rect> cells;
};
Grid layout_grid(const Rect& area, int count, float min_w, float min_h, float gap, int max_columns = 4);

// The bar's buttons: Home, Terug, language, text size, Lees voor, Mijn lijst, left to right.
std::vector<Rect> layout_bar(const Metrics& m, int buttons);

// Keys of the on-screen keyboard rows laid out to fill `area` width; each key at least the
// target size. Returns one rect per key, row by row.
// `key_h`: the keys' height (0: keyboard_key_height's preferred height).
std::vector<Rect> layout_keyboard(const Rect& area, const std::vector<int>& keys_per_row,
                                  const std::vector<std::vector<float>>& key_widths, const Metrics& m, float key_h = 0);
// The keys' height: a line of text with padding, less padding (down to the line itself, never
// under 16 mm) when the keyboard and `above` (what must stay visible over it) would not fit in
// `available` with `rows` rows.
float keyboard_key_height(const Metrics& m, int rows, float available, float above);

// The search keyboard in a low window (1366x768 at 150 %): the typed words and at least one whole
// result row must stay visible above it while typing. Tried in this order, the first that fits:
// the usual 4 rows with the words at the text size; 3 rows (the accents, signs and "Wis" join the
// letter rows) at the text size; 3 rows with the keys' words at the 100 % size (keys still >= 16 mm,
// "Zoek" stays). When none fits, the smallest. It depends only on the window and text size, never
// on what is typed, so keys do not move under the finger.
struct KeyboardRoom {
    float available = 0;      // height for the keyboard and everything above it
    float above = 0;          // what must stay visible above it, with its gaps (typed words, one result row)
    float gap = 0;            // between key rows and between the keyboard and what is above
    float preferred_h = 0;    // key height with room around the words at the text size
    float least_h = 0;        // the least key height for words at the text size (>= 16 mm)
    float small_least_h = 0;  // the least key height for words at the 100 % size (>= 16 mm)
};
struct KeyboardFit {
    int rows = 4;               // 4 or 3
    bool small_labels = false;  // the keys' words at the 100 % size
    float key_h = 0;
    bool fits = true;  // false: even the smallest keyboard leaves less than `above`
    float height(float gap) const { return float(rows) * key_h + float(rows - 1) * gap; }
};
KeyboardFit fit_keyboard(const KeyboardRoom& room);

// The compact keyboard's last row holds 7 letters and three wide keys ("Wis", "spatie", "Zoek")
// under two rows of 12 one-unit keys; all rows share one unit. The wide keys' width in units so
// that each is at least `wide_px` (its widest word with padding) in a row `row_w` wide.
float compact_wide_units(float row_w, float gap, float wide_px);

// The width of the widest single word in `labels`: a button must be at least this wide (plus
// padding) so that no word is ever broken. `measure` gives a word's width in pixels.
float widest_word(const std::vector<std::string>& labels, const std::function<float(std::string_view)>& measure);

// Paging by whole items ("Meer" / "Vorige", "1 van 9"). `tops` are the items' top edges inside
// the list (ascending, the first at 0); `content_h` is the list's height. Each page starts at an
// item's top and holds as many whole items as fit; an item taller than the viewport is read in
// viewport steps. Returns the scroll offset of every page, the first being 0.
// `lines`: the text lines in the list (top and bottom, from the list's top): inside an item taller
// than the page, the next page starts at the first line the page edge would cut, so every line
// is read whole.
struct TextLine {
    float top = 0, bottom = 0;
};
std::vector<float> page_offsets(const std::vector<float>& tops, float content_h, float viewport_h,
                                const std::vector<TextLine>& lines = {});
// How much of the viewport a page at `offset` shows: up to the first item that starts on it but
// would be cut by its bottom edge (that item starts the next page), or inside an item taller than
// the page up to the first cut line. Nothing is ever shown in part at the bottom of a page.
float whole_view_height(const std::vector<float>& tops, const std::vector<TextLine>& lines, float content_h,
                        float offset, float viewport_h);
// The page shown at `offset` (0-based): the last page starting at or above it.
int page_at(const std::vector<float>& offsets, float offset);

// The inside of a tile: the pictogram above the words (stacked), or beside them (wide, low tiles
// at large text). `label_h(wrap_w)` is the words' height wrapped at `wrap_w`; `widest_word` the
// widest single word (words never break). The words are centred in `label` with `pad` inside it;
// `picto` is a square no larger than `max_side` (w == 0 when none fits).
enum class TileArrangement { Stacked, Beside };
struct TileInside {
    Rect picto;
    Rect label;
};
TileInside tile_inside(const Rect& tile, float pad, float widest_word,
                       const std::function<float(float wrap_w)>& label_h, TileArrangement arrangement,
                       float max_side = 1e9f);
// The lowest tile of width `w` whose pictogram is at least `picto_min` in either arrangement.
float tile_min_height(float w, float pad, float picto_min, float widest_word,
                      const std::function<float(float wrap_w)>& label_h);

// Lays out buttons of the given widths left to right, starting a new row when one is full.
// Returns each button's rectangle (height `h`); a button wider than the row gets the row's width.
std::vector<Rect> flow_rows(const std::vector<float>& widths, const Rect& area, float h, float gap);

// What is drawn of a text: at most `max_bytes`, cut at a character boundary and ended with "…",
// so a huge catalogue text costs little per frame and cannot cover the screen.
inline constexpr size_t kMaxShownBytes = 600;
std::string shown_text(std::string_view text, size_t max_bytes = kMaxShownBytes);

}  // namespace ww::ui
