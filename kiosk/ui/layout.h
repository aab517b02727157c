#pragma once
// Millimetre-exact layout numbers: the configured physical screen size and the window size give
// pixels per millimetre; touch targets, gaps and text sizes follow from it. Pure, no ImGui.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ww::ui {

inline constexpr double kTargetMm = 16.0;     // smallest touch target
inline constexpr double kGapMm = 4.0;         // smallest distance between targets
inline constexpr double kCapHeightMm = 7.0;   // capital H of body text at 100 %
inline constexpr double kHeadingFactor = 1.3; // headings are larger than body text
inline constexpr double kDigitsFactor = 1.2;  // phone numbers in large digits

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

struct Metrics {
    float px_per_mm = 4;
    float target = 64;     // 16 mm
    float gap = 16;        // 4 mm
    float margin = 16;     // around the screen edge
    float body_px = 40;    // ImGui font size of body text
    float heading_px = 52;
    float digits_px = 48;
    float line = 40;       // height of one body line
    float button_h = 64;   // height of a one-line button
    float pad = 12;        // inside buttons and cards
    Rect window;
    Rect bar;              // the always-visible bar at the top
    int bar_rows = 1;      // narrow screens with large text put the bar's buttons in two rows
    Rect content;          // everything below the bar
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
std::vector<Rect> layout_keyboard(const Rect& area, const std::vector<int>& keys_per_row,
                                  const std::vector<std::vector<float>>& key_widths, const Metrics& m);

// The width of the widest single word in `labels`: a button must be at least this wide (plus
// padding) so that no word is ever broken. `measure` gives a word's width in pixels.
float widest_word(const std::vector<std::string>& labels, const std::function<float(std::string_view)>& measure);

}  // namespace ww::ui
