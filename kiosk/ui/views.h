#pragma once
// The screens. Each view only draws (through Canvas) and emits Actions; one file per screen.
#include <string>

#include "core/model.h"
#include "ui/canvas.h"
#include "ui/nav.h"
#include "ui/screen_data.h"

namespace ww::ui {

// The whole frame: bar, notices, the current screen and, when asked, "Bent u er nog?".
void draw_frame(Canvas& c, const NavState& s, const ScreenData& d, bool idle_question);

// The parts, for draw_frame.
void draw_bar(Canvas& c, const NavState& s, const ScreenData& d);
Rect draw_bands(Canvas& c, const NavState& s, const ScreenData& d, Rect content);  // returns what is left
void draw_home(Canvas& c, const NavState& s, const ScreenData& d, Rect area);
void draw_route_who(Canvas& c, const NavState& s, const ScreenData& d, Rect area);
void draw_route_where(Canvas& c, const NavState& s, const ScreenData& d, Rect area);
void draw_route_what(Canvas& c, const NavState& s, const ScreenData& d, Rect area);
void draw_search(Canvas& c, const NavState& s, const ScreenData& d, Rect area);
void draw_results(Canvas& c, const NavState& s, const ScreenData& d, Rect area);
void draw_detail(Canvas& c, const NavState& s, const ScreenData& d, Rect area);
void draw_list(Canvas& c, const NavState& s, const ScreenData& d, Rect area);
void draw_idle(Canvas& c, const NavState& s, const ScreenData& d);
void draw_staff_pin(Canvas& c, const NavState& s, const ScreenData& d, Rect area);
void draw_staff(Canvas& c, const NavState& s, const ScreenData& d, Rect area);
void draw_out_of_order(Canvas& c, const NavState& s, const ScreenData& d, Rect area);

// Shared pieces.
void draw_pictogram(ImDrawList* draw, const std::string& code, const Rect& r, Rgb color);
// Draws the code as large as fits in `r`, centred; returns the square drawn (quiet zone included).
Rect draw_qr(Canvas& c, const QrMatrix& qr, const Rect& r);
// The smallest printed width of the list's QR code that phone cameras read from arm's length.
inline constexpr float kListQrMinMm = 35.0f;
// Big one-line choices stacked in one or two columns (one question per screen).
std::vector<Rect> choice_rects(const Canvas& c, Rect area, int count);
// A big tile: pictogram above, label below.
bool tile(Canvas& c, const std::string& id, const std::string& label, const std::string& picto, const Rect& r,
          ButtonStyle style = ButtonStyle::Tile);
// Height of a heading and draws it; returns the height used including the gap after it.
float heading(Canvas& c, const std::string& text, Rect area);
// "Meer" / "Vorige" buttons for a scrolled list, in `row`; only shown when the list can move.
void paging_buttons(Canvas& c, const std::string& list_id, const std::string& id_prefix, const NavState& s, Rect row);
// The category word for a code in a language.
std::string category_name(const std::string& code, Language l);
// "09:00–12:00, 13:00–17:00" for one weekday, empty when closed.
std::string hours_on(const std::vector<OpeningSlot>& slots, int weekday);
// One result card; returns its height. When `draw` is false only measures.
float result_card(Canvas& c, const ServiceSummary& s, const ScreenData& d, Language l, Rect r, bool draw);

// A grid of tiles whose words all fit: each word whole on one line (never broken inside a word),
// as few lines as possible; falls back to the largest tiles that still fit, then to scrolling.
std::vector<Rect> tile_grid(const Canvas& c, const std::vector<std::string>& labels, const Rect& area, int max_columns);

// YYYY-MM-DD as people read it: "12-03-2026" in Dutch, "2026-03-12" in English.
std::string display_date(const std::string& iso, Language l);

// Takes a strip off the top of `area`.
Rect take_top(Rect& area, float h, float gap);
Rect take_bottom(Rect& area, float h, float gap);

}  // namespace ww::ui
