#include "core/calendar.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace ww {

std::optional<WeekTime> parse_week_time(std::string_view text) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0;
    char tail = 0;
    std::string owned(text);
    if (std::sscanf(owned.c_str(), "%4d-%2d-%2dT%2d:%2d%c", &y, &mo, &d, &h, &mi, &tail) != 5) return std::nullopt;
    using namespace std::chrono;
    year_month_day date{year{y}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
    if (!date.ok() || h < 0 || h > 23 || mi < 0 || mi > 59) return std::nullopt;
    // iso_encoding: Monday = 1 ... Sunday = 7.
    int weekday = static_cast<int>(std::chrono::weekday{sys_days{date}}.iso_encoding()) - 1;
    return WeekTime{weekday, h * 60 + mi};
}

WeekTime week_time_at(std::chrono::system_clock::time_point now) {
    std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm local{};
    localtime_r(&t, &local);
    return WeekTime{(local.tm_wday + 6) % 7, local.tm_hour * 60 + local.tm_min};
}

std::string format_time(std::chrono::system_clock::time_point t, const char* format, bool utc) {
    std::time_t seconds = std::chrono::system_clock::to_time_t(t);
    std::tm parts{};
    if (utc) gmtime_r(&seconds, &parts);
    else localtime_r(&seconds, &parts);
    char buffer[64];
    return std::strftime(buffer, sizeof buffer, format, &parts) ? buffer : "";
}

std::string local_date(std::chrono::system_clock::time_point now) { return format_time(now, "%Y-%m-%d"); }

std::string utc_date(std::chrono::system_clock::time_point now) { return format_time(now, "%Y-%m-%d", true); }

int closing_minutes(int clock_minutes) { return clock_minutes == kMidnight - 1 ? kMidnight : clock_minutes; }

std::string hsds_clock(int minutes) {
    if (minutes >= kMidnight) minutes = kMidnight - 1;
    minutes = std::max(minutes, 0);
    char text[16];
    std::snprintf(text, sizeof text, "%02d:%02d", minutes / 60, minutes % 60);
    return text;
}

bool is_open_at(int opens_min, int closes_min, int minute) {
    return opens_min <= minute && minute < closing_minutes(closes_min);
}

}  // namespace ww
