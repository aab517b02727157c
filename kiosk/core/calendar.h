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

// Opening hours in minutes after midnight. HSDS has no "24:00": a closing time of 23:59 means
// open until midnight, 24 * 60. These three are the only places that know it.
inline constexpr int kMidnight = 24 * 60;
// A closing clock time as minutes: 23:59 becomes kMidnight, every other time stays.
int closing_minutes(int clock_minutes);
// Minutes as an HSDS clock time, the other way: kMidnight (or later) becomes "23:59", 570 "09:30".
std::string hsds_clock(int minutes);
// True when a period that opens and closes at these minutes is open at `minute` of the same day
// (a period closing at 23:59 is open in the last minute of the day too).
bool is_open_at(int opens_min, int closes_min, int minute);

}  // namespace ww
