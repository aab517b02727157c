#pragma once
// What is on screen, for tests and for anyone checking the kiosk from outside (KIOSK_UI_MAP).
// See UI_MAP.md for the ids.
#include <filesystem>
#include <string>
#include <vector>

#include "core/atomic_file.h"
#include "core/result.h"
#include "ui/layout.h"

namespace ww::ui {

struct UiItem {
    std::string id;         // stable: "tile.day-care", "bar.home", "result.card.<service id>"
    std::string label;      // the words on it
    Rect rect;              // window pixels (the visible part when inside a scrolled list)
    int on = -1;            // toggles: 1 on, 0 off; -1 for plain buttons
    bool overflow = false;  // the label does not fit (a word wider than the button, or too many lines)
    bool clipped = false;   // partly scrolled out of view: `rect` is only the visible part
    Rect picto{};           // tiles: the pictogram's square in window pixels (w == 0: none drawn)
    bool operator==(const UiItem&) const = default;
};

struct UiMap {
    std::string screen;     // "home", "results", ... and "idle" while "Bent u er nog?" is shown
    std::string language;   // "nl" / "en"
    std::string catalogue;  // "loading" (opened on a background thread at start), "ready", "failed"
    int text_scale = 100;
    int body_px = 0;  // font size of body text in pixels (capital H >= 7 mm at 100 %)
    double px_per_mm = 0;
    int window_w = 0;  // the window the items are laid out in
    int window_h = 0;
    std::vector<UiItem> items;
    std::vector<std::string> texts;      // every visible text, in drawing order
    std::vector<std::string> cut_lines;  // text lines a scrolled list's edge cuts (half visible): a layout fault
    std::vector<std::string> word_cuts;  // shortened texts ("Dagbestedi…") that end inside a word: a fault once drawn
    std::vector<std::pair<std::string, float>> scroll;  // list id -> scroll offset in pixels
    bool operator==(const UiMap&) const = default;
};

std::string to_json(const UiMap& map);

// Writes `content` to `path` so a reader never sees half a file (core/atomic_file.h).
using ww::write_file_atomically;

}  // namespace ww::ui
