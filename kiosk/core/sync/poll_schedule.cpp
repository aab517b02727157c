#include "core/sync/poll_schedule.h"

#include <algorithm>
#include <cmath>

namespace ww::sync {

std::int64_t next_poll_time(std::int64_t now, int poll_minutes, double random01, bool first_poll) {
    if (!(random01 >= 0.0)) random01 = 0.0;  // also NaN
    random01 = std::min(random01, 0.999999);
    const std::int64_t period = std::int64_t(std::max(poll_minutes, 1)) * 60;
    if (first_poll) {
        const std::int64_t spread = std::min(kFirstPollSpreadSeconds, period);
        return now + kFirstPollMinimumSeconds + std::int64_t(std::floor(random01 * double(spread)));
    }
    return now + std::int64_t(std::floor(double(period) * (0.75 + 0.5 * random01)));
}

}  // namespace ww::sync
