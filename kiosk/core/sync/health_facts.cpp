#include "core/sync/health_facts.h"

#include <cstdio>
#include <ctime>

#include "core/sync/history.h"
#include "core/sync/slot_store.h"

namespace ww::sync {

namespace {
bool parse_date(const std::string& text, std::tm& tm) {
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || m < 1 || m > 12 || d < 1 || d > 31)
        return false;
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    return true;
}
}  // namespace

std::optional<std::int64_t> local_day_start_seconds(const std::string& date, int days_after) {
    std::tm tm{};
    if (date.size() != 10 || !parse_date(date, tm)) return std::nullopt;
    tm.tm_mday += days_after;  // mktime normalises the day and finds the day's own UTC offset
    tm.tm_isdst = -1;
    const std::time_t t = std::mktime(&tm);
    if (t == std::time_t(-1)) return std::nullopt;
    return std::int64_t(t);
}

std::optional<std::int64_t> utc_timestamp_seconds(const std::string& at) {
    std::tm tm{};
    int h = 0, min = 0, s = 0;
    if (at.size() != 20 || at[10] != 'T' || at[19] != 'Z' || !parse_date(at.substr(0, 10), tm) ||
        std::sscanf(at.c_str() + 11, "%2d:%2d:%2d", &h, &min, &s) != 3)
        return std::nullopt;
    tm.tm_hour = h;
    tm.tm_min = min;
    tm.tm_sec = s;
    return std::int64_t(timegm(&tm));
}

void add_catalogue_facts(health::HealthFacts& facts, const std::optional<CatalogueInfo>& info) {
    facts.catalogue_loaded = info.has_value();
    if (!info) return;
    facts.catalogue_version = info->version;
    facts.catalogue_demo = info->demo;
    facts.catalogue_created_s = local_day_start_seconds(info->created);
    // A catalogue is expired once its expiry date has passed (core: today > expires).
    if (!info->expires.empty()) facts.catalogue_expiry_s = local_day_start_seconds(info->expires, 1);
}

void add_update_facts(health::HealthFacts& facts, const std::filesystem::path& catalogue) {
    facts.channels.clear();
    for (const ChannelLast& last : read_channel_last(catalogue)) {
        health::UpdateChannelFacts c;
        c.channel = last.channel;
        if (last.attempt) {
            c.last_attempt_s = utc_timestamp_seconds(last.attempt->at);
            c.last_attempt_ok = last.attempt->imported;
        }
        if (last.success) c.last_success_s = utc_timestamp_seconds(last.success->at);
        facts.channels.push_back(std::move(c));
    }
    if (auto slots = read_slot_state(catalogue)) {
        facts.rollbacks = std::int64_t(slots->refused_versions.size());
        if (slots->last_rollback_at > 0) facts.last_rollback_s = slots->last_rollback_at;
    }
}

}  // namespace ww::sync
