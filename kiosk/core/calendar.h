#pragma once
// Local dates and times as the catalogue uses them (opening hours are local time).
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/model.h"

namespace ww {

// "2026-12-01T14:30" -> Tuesday 14:30. Empty when the text is not a valid local date-time.
std::optional<WeekTime> parse_week_time(std::string_view text);

// The moment `now` in the machine's local time zone (the kiosk's clock).
WeekTime week_time_at(std::chrono::system_clock::time_point now);

// strftime of `t` in local time, or in UTC when `utc` is set.
std::string format_time(std::chrono::system_clock::time_point t, const char* format, bool utc = false);

// "YYYY-MM-DD" of `now` in local time.
std::string local_date(std::chrono::system_clock::time_point now);

// "YYYY-MM-DD" of `now` in UTC.
std::string utc_date(std::chrono::system_clock::time_point now);

}  // namespace ww
