#include "ui/idle.h"

#include <algorithm>
#include <limits>

namespace ww::ui {

IdleSettings sanitize(IdleSettings s) {
    s.warning_after_s = std::max(5.0, s.warning_after_s);
    s.reset_after_s = std::max(20.0, s.reset_after_s);
    return s;
}

IdlePhase IdleTimer::phase(double now, bool fresh) const {
    if (fresh) return IdlePhase::Active;
    const double quiet = now - last_touch_;
    if (quiet >= settings_.warning_after_s + settings_.reset_after_s) return IdlePhase::Reset;
    if (quiet >= settings_.warning_after_s) return IdlePhase::Warning;
    return IdlePhase::Active;
}

double IdleTimer::seconds_to_next_change(double now, bool fresh) const {
    if (fresh) return std::numeric_limits<double>::infinity();
    const double quiet = now - last_touch_;
    if (quiet < settings_.warning_after_s) return settings_.warning_after_s - quiet;
    return std::max(0.0, settings_.warning_after_s + settings_.reset_after_s - quiet);
}

}  // namespace ww::ui
