#pragma once
// The layout walk (kiosk --layout-walk DIR): the kiosk visits every screen a resident can reach,
// in every window shape, text size and language asked for, through its own flow (ui::apply and
// taps on the items of its own UI map, no xdotool, no waiting), saves a PNG and the UI map of
// each screen, and checks every map against the layout rules (ui/layout_check.h).
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"
#include "ui/nav.h"
#include "ui/ui_map.h"

namespace ww::app {

struct WalkShape {
    int w = 1920, h = 1080;
    double diagonal_inch = 24;  // the physical screen this shape stands for
};
// "1920x1080@24" (width x height @ diagonal in inches).
std::optional<WalkShape> parse_walk_shape(const std::string& text);
std::string shape_name(const WalkShape& shape);  // "1920x1080"

struct WalkOptions {
    std::filesystem::path out_dir;  // <out_dir>/<name>-<shape>-<scale>-<language>/<nn>-<screen>.png/.json
    std::string name = "demo";      // the catalogue's label in folder names
    std::vector<WalkShape> shapes;
    std::vector<int> scales{100, 125, 150};
    std::vector<Language> languages{Language::Dutch, Language::English};
};

// What the walk script needs from the kiosk.
class WalkDriver {
public:
    virtual ~WalkDriver() = default;
    virtual const ui::UiMap& map() const = 0;     // what is on screen now
    virtual bool tap(const std::string& id) = 0;  // taps the middle of that item; false when it is not on screen
    virtual void act(const ui::Action& action) = 0;
    virtual void shot(const std::string& screen) = 0;  // saves the PNG and map, checks the map
    virtual void set_print_message(const std::string& message) = 0;
    virtual void set_idle_question(bool up) = 0;
    virtual Language language() const = 0;
};

// Walks every screen once in the driver's current shape, text size and language.
void walk_screens(WalkDriver& driver);

}  // namespace ww::app
