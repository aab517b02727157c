#pragma once
// Turns raw pointer events (touch or mouse) into taps and scrolls. Pure: time comes in as seconds
// from any clock, so tests use a fake one.
//  - A tap with a small wobble (under `slop_px`) is still a tap, however long the finger stays.
//  - Once the finger moves further, it is a swipe: it scrolls and never presses what it started on.
//  - A second tap on the same target within 0.5 s is ignored (TapFilter).
#include <optional>
#include <string>

namespace ww::platform {

struct Point {
    float x = 0, y = 0;
};

struct GestureOutput {
    std::optional<Point> tap;  // a finished tap, at the press position
    float scroll_dx = 0;       // finger movement of a swipe since the last event
    float scroll_dy = 0;
    bool swiping = false;  // a swipe is going on (nothing may be pressed)
};

class GestureRecognizer {
public:
    explicit GestureRecognizer(float slop_px) : slop_px_(slop_px) {}

    GestureOutput press(Point p, double now);
    GestureOutput move(Point p, double now);
    GestureOutput release(Point p, double now);

    bool down() const { return down_; }
    bool swiping() const { return swiping_; }
    Point origin() const { return origin_; }  // where the finger went down
    Point position() const { return last_; }
    double pressed_at() const { return pressed_at_; }
    void set_slop(float slop_px) { slop_px_ = slop_px; }

private:
    float slop_px_;
    bool down_ = false;
    bool swiping_ = false;
    Point origin_{};
    Point last_{};
    double pressed_at_ = 0;
};

// Drops a second tap on the same target within `window_s` (0.5 s): no double-tap surprises.
class TapFilter {
public:
    explicit TapFilter(double window_s = 0.5) : window_s_(window_s) {}
    bool accept(const std::string& target, double now);

private:
    double window_s_;
    std::string last_target_;
    double last_time_ = -1e9;
};

// The hidden staff gesture: hold the top-left corner, then the bottom-right corner (or the other
// way round), each for `hold_s` seconds, within `within_s` of each other. One finger is enough, so
// it also works on touch screens that report a single pointer.
class CornerGesture {
public:
    CornerGesture(float corner_px, double hold_s = 5.0, double within_s = 10.0)
        : corner_px_(corner_px), hold_s_(hold_s), within_s_(within_s) {}

    // Call on every frame/event with the pointer state; returns true once when recognised.
    bool update(bool down, Point p, float window_w, float window_h, double now);
    // Seconds until update() should be called again while a corner is held (for the wait timeout).
    std::optional<double> next_check(double now) const;
    void set_corner(float corner_px) { corner_px_ = corner_px; }

private:
    int corner_of(Point p, float w, float h) const;  // 0 none, 1 top-left, 2 bottom-right
    float corner_px_;
    double hold_s_;
    double within_s_;
    int holding_ = 0;
    double hold_start_ = 0;
    int done_corner_ = 0;
    double done_at_ = -1e9;
};

}  // namespace ww::platform
