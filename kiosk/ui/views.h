#pragma once
// The screens. Each view only draws (through Canvas) and emits Actions; one file per screen.
#include <functional>
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
// Draws the pictogram for a category (or "search", "route", "person") in the square `r`;
// false when the code has no pictogram of its own (a plain circle is drawn instead).
bool draw_pictogram(ImDrawList* draw, const std::string& code, const Rect& r, Rgb color);
// kPictogramMinMm in pixels.
float pictogram_min_px(const Metrics& m);
// Draws the code as large as fits in `r`, centred; returns the square drawn (quiet zone included).
Rect draw_qr(Canvas& c, const QrMatrix& qr, const Rect& r);
// The smallest printed width of the list's QR code that phone cameras read from arm's length.
inline constexpr float kListQrMinMm = 35.0f;
// Big one-line choices stacked in one or two columns (one question per screen).
// `columns`: 0 picks one or two by the count and the area's shape.
std::vector<Rect> choice_rects(const Canvas& c, Rect area, int count, int columns = 0);
// How the tiles of one grid look alike: all stacked or all beside, every pictogram the same size.
struct TileLook {
    TileArrangement arrangement = TileArrangement::Stacked;
    float side = 0;  // the pictogram's side in pixels (0: none fits)
};
// The look that gives the largest pictogram every one of `labels` can have in a cell of `cell`'s size.
TileLook tile_look(const Canvas& c, const std::vector<std::string>& labels, const Rect& cell);
// A big tile: the pictogram above the words or beside them, as `look` says (or as suits this tile alone).
bool tile(Canvas& c, const std::string& id, const std::string& label, const std::string& picto, const Rect& r,
          ButtonStyle style = ButtonStyle::Tile, const TileLook* look = nullptr);
// Height of a heading and draws it; returns the height used including the gap after it.
float heading(Canvas& c, const std::string& text, Rect area);
// Where "Vorige", "1 van 9" and "Meer" go on every screen that pages: one row along the bottom
// of the content area, the full width, so "Meer" is in the same place everywhere. Takes the row
// (and the gap above it) off the bottom of `area`. `h` > 0: a lower row (tight_row_h).
Rect take_paging_row(const Canvas& c, Rect& area, float h = 0);
// A row of buttons in the bar's word size (the 100 % size) and 16 mm high: what a low window with
// large text gives its header and paging row when the content needs the room (results, tight).
float tight_row_h(const Canvas& c);
// Tiles in a grid (home, the route's last step): when they do not all fit, a paging row is taken
// and the grid pages by whole rows. Draws them and returns the index of the tapped tile, or -1.
struct TileSpec {
    std::string id, label, picto;
    ButtonStyle style = ButtonStyle::Tile;
};
int tile_pages(Canvas& c, const NavState& s, const std::string& list_id, const std::vector<TileSpec>& tiles, Rect area,
               int max_columns);
// The least height `labels` as tiles (tile_pages) need in a column `width` wide: all at once, or
// a page of two whole tiles and the paging row (ui/question_layout.h, choices_need).
float tiles_need(const Canvas& c, const std::vector<std::string>& labels, float width, int max_columns);
// The route's step summary in two wordings: "Stap 3 van 3 · voor mijzelf · Emmen" and the short
// one with only the answers, "Voor mij · Emmen" (empty on Home).
struct StepSummary {
    std::string full, short_form;
};
// A question screen's top: the route's step summary (in the UI map as "route.step") and the
// question, so that `choices_h` is left below them when the screen can give it
// (ui/question_layout.h: the summary goes to its short wording, whole, then the question to bold
// body size). Returns the height used.
float question_header(Canvas& c, const StepSummary& step, const std::string& question, Rect area, float choices_h);
// "Vorige", "1 van 9" and "Meer" in `row` (ids `<id_prefix>.previous` / `.more`); returns -1 or +1
// when one was tapped, else 0. `page` is 1-based.
int page_buttons(Canvas& c, const std::string& id_prefix, const NavState& s, Rect row, int page, int pages,
                 bool can_previous, bool can_more, Font font = Font::Bold);
// "Meer" / "Vorige" buttons for a scrolled list, in `row`; only shown when the list can move.
void paging_buttons(Canvas& c, const std::string& list_id, const std::string& id_prefix, const NavState& s, Rect row,
                    Font font = Font::Bold);
// The category word for a code in a language.
std::string category_name(const std::string& code, Language l);
// "09:00–12:00, 13:00–17:00" for one weekday, empty when closed.
std::string hours_on(const std::vector<OpeningSlot>& slots, int weekday);
// How a result card shows: brief (the name whole, one phone number, the buttons, then one line of
// the description and one line "place · today · cost", each cut after a word with "…"), or
// compact (the name whole, one phone number and "Zet op mijn lijst": the buttons beside the words,
// or under a name across the card with the phone number beside them, whichever is lower; "Wat is
// dat?" where it costs no height, or where its row is alone on its page and has `room`); the
// detail page has the rest. `max_h` > 0: a compact card cuts
// a name too long for it with "…" to stay this low.
struct CardLook {
    bool compact = false;
    float max_h = 0;
    int jargon = -1;  // 1 / 0: the caller knows whether the card's words hold jargon ("Wat is dat?"); -1: find out
    float room = 0;   // > 0: a compact card in a row alone on its page may grow to this height for "Wat is dat?"
};
// Whether a result card `width` wide keeps its buttons in a column beside its words, leaving the
// words at least `words_share` of the card's inner width (a card keeps them beside from 0.45;
// else they go in a row underneath).
bool card_buttons_beside(const Canvas& c, const NavState& s, bool glossary, float width, float words_share = 0.45f);
// One result card: what people came for first (the name, one phone number, "Zet op mijn lijst"),
// "Wat is dat?" when its words hold jargon. Returns its height; when `draw` is false only measures.
float result_card(Canvas& c, const ServiceSummary& svc, const ScreenData& d, const NavState& s, Rect r, bool draw,
                  const CardLook& look = {});
// The words of a service that may hold jargon (db/glossary.csv): its name and summary in both
// languages and the names of its kinds and cost ("Indicatie nodig"). The detail page adds its texts.
std::string jargon_words(const ServiceSummary& s);
// The longest start of `text` that, with "…", fits `max_h` when wrapped at `w` (UTF-8 safe).
std::string cut_to_height(const Canvas& c, Font f, const std::string& text, float w, float max_h);
// `text` in at most `max_lines` lines wrapped at `w`: whole, or cut after a whole word with "…"
// (a separator such as " ·" before the cut goes too); inside a word only when not even the first
// word fits. `may_cut(i)`: whether the space at byte `i` may end the shown part (default: any).
std::string cut_at_word(const Canvas& c, Font f, const std::string& text, float w, int max_lines,
                        const std::function<bool(size_t)>& may_cut = {});

// A grid of tiles whose words all fit: each word whole on one line (never broken inside a word),
// as few lines as possible; falls back to the largest tiles that still fit, then to scrolling.
std::vector<Rect> tile_grid(const Canvas& c, const std::vector<std::string>& labels, const Rect& area, int max_columns);

// YYYY-MM-DD as people read it: "12-03-2026" in Dutch, "2026-03-12" in English.
std::string display_date(const std::string& iso, Language l);

// Takes a strip off the top of `area`.
Rect take_top(Rect& area, float h, float gap);
Rect take_bottom(Rect& area, float h, float gap);

}  // namespace ww::ui
