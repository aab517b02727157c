#pragma once
// When to ask "Bent u er nog?" and when to forget everything. Pure: the caller passes the clock.
namespace ww::ui {

enum class IdlePhase { Active, Warning, Reset };

struct IdleSettings {
    double warning_after_s = 120;  // no touch this long: ask "Bent u er nog?"
    double reset_after_s = 30;     // then this long (at least 20 s) before starting afresh
};

// Clamps to safe values: warning at least 5 s, the question shown at least 20 s.
IdleSettings sanitize(IdleSettings settings);

class IdleTimer {
public:
    explicit IdleTimer(IdleSettings settings) : settings_(sanitize(settings)) {}

    // Any touch, including "Ja, ik ben er nog", starts the wait again.
    void touched(double now) { last_touch_ = now; }

    // `fresh` is true when there is nothing to forget (the home screen as it starts): no question then.
    IdlePhase phase(double now, bool fresh) const;

    // Seconds until the phase can change, for the event loop's wait timeout.
    double seconds_to_next_change(double now, bool fresh) const;

    // Seconds the question has left before the reset (for the countdown-free "Bent u er nog?").
    double last_touch() const { return last_touch_; }
    const IdleSettings& settings() const { return settings_; }

private:
    IdleSettings settings_;
    double last_touch_ = 0;
};

}  // namespace ww::ui
