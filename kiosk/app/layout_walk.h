#pragma once
// The layout walk (kiosk --layout-walk DIR): the kiosk visits every screen a resident can reach,
// in every window shape, text size and language asked for, through its own flow (ui::apply and
// taps on the items of its own UI map, no xdotool, no waiting), saves a PNG and the UI map of
// each screen, and checks every map against the layout rules (ui/layout_check.h).
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/model.h"
#include "ui/nav.h"
#include "ui/ui_map.h"

namespace ww::ui {
struct ScreenData;
}

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

// One frame the walk asks the kiosk to build.
struct WalkFrame {
    double now = 0;                              // the walk's fake clock (the tap filter's time)
    std::optional<std::pair<float, float>> tap;  // a finished tap at (x, y)
    std::filesystem::path png;                   // not empty: render this frame and save it here
};

// What the walk needs from the kiosk, and all it may touch: the app implements it
// (kiosk_app.cpp). The walk reads the screen's state and changes it only through these calls.
class WalkScreen {
public:
    virtual ~WalkScreen() = default;
    // Waits for the catalogue, which opens on another thread; false when it did not open.
    virtual bool wait_for_catalogue() = 0;
    // The window takes this size and the layout this physical diagonal; false when it cannot.
    virtual bool resize(const WalkShape& shape) = 0;
    // A fresh visit (as after the idle reset) in this text size and language.
    virtual void start_visit(int text_scale, Language language) = 0;
    // Builds one frame, then handles the actions it produced.
    virtual void draw(const WalkFrame& frame) = 0;
    virtual void act(const ui::Action& action) = 0;  // an action as if a frame had produced it
    virtual void set_print_message(const std::string& message) = 0;
    virtual void set_idle_question(bool up) = 0;  // "Bent u er nog?" (20 seconds left), or not
    virtual const ui::UiMap& map() const = 0;     // what the last frame showed
    virtual const ui::NavState& nav() const = 0;  // where the visit is in the flow
    virtual const ui::ScreenData& data() const = 0;
};

// Walks every shape, text size and language of `options` on `screen` (walk_screens in each), saves
// every screen's PNG and UI map and writes every layout fault to <out_dir>/<name>-faults.txt.
// Returns the kiosk's exit code: 0 without faults, 3 with faults, 1 when the catalogue did not open.
int run_layout_walk(WalkScreen& screen, const WalkOptions& options);

// What the walk script needs from the kiosk (run_layout_walk drives it over a WalkScreen).
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
