#pragma once
// When a kiosk next asks the update server (`[sync] poll_minutes`). Forty kiosks switched on by the
// same timer, or restarted by the same power cut, must not all come at the same second: every wait
// gets random jitter. A pure function: the clock and the random number are arguments (tests pass
// fake ones).
#include <cstdint>

namespace ww::sync {

// The first poll after a start waits 10 s plus up to this long (or up to one poll period when that
// is shorter), so a fleet that starts together spreads over several minutes.
constexpr std::int64_t kFirstPollSpreadSeconds = 300;
constexpr std::int64_t kFirstPollMinimumSeconds = 10;

// `now` and the result in seconds (any epoch); `random01` uniform in [0, 1) (clamped).
// First poll: now + 10 s + random01 * min(300 s, period). After that: the period with +-25%
// jitter, i.e. now + period * (0.75 + 0.5 * random01).
std::int64_t next_poll_time(std::int64_t now, int poll_minutes, double random01, bool first_poll);

}  // namespace ww::sync
