#include "core/print/opening_hours_text.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

#include "core/wording.h"

namespace ww::print {

namespace {

using Times = std::vector<std::pair<int, int>>;  // (opens, closes), sorted

// "ma", "ma en di", "ma t/m vr", "ma, wo en vr", "ma t/m wo en vr".
std::string days_text(const std::vector<int>& days, Language language) {
    std::vector<std::string> runs;
    for (size_t i = 0; i < days.size();) {
        size_t j = i;
        while (j + 1 < days.size() && days[j + 1] == days[j] + 1) ++j;
        std::string first(wording::weekday_short(days[i], language));
        if (j - i >= 2) {
            runs.push_back(first + " " + std::string(wording::text("hours.through", language)) + " " +
                           std::string(wording::weekday_short(days[j], language)));
        } else {
            for (size_t k = i; k <= j; ++k) runs.emplace_back(wording::weekday_short(days[k], language));
        }
        i = j + 1;
    }
    std::string out;
    for (size_t i = 0; i < runs.size(); ++i) {
        if (i > 0) out += (i + 1 == runs.size()) ? " " + std::string(wording::text("hours.and", language)) + " " : ", ";
        out += runs[i];
    }
    return out;
}

std::string times_text(const Times& times, Language language) {
    std::string out;
    for (size_t i = 0; i < times.size(); ++i) {
        if (i > 0) out += " " + std::string(wording::text("hours.and", language)) + " ";
        out += clock_text(times[i].first) + "\u2013" + clock_text(times[i].second);
    }
    return out;
}

}  // namespace

std::string clock_text(int minutes) {
    minutes = std::clamp(minutes, 0, 24 * 60);
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

std::vector<std::string> opening_hours_lines(const std::vector<OpeningSlot>& slots, Language language) {
    std::array<Times, 7> per_day;
    for (const auto& s : slots) {
        if (s.weekday < 0 || s.weekday > 6) continue;
        per_day[static_cast<size_t>(s.weekday)].emplace_back(s.opens_min, s.closes_min);
    }
    for (auto& t : per_day) {
        std::sort(t.begin(), t.end());
        t.erase(std::unique(t.begin(), t.end()), t.end());
    }
    // Days with the same times form one line; lines in the order of their first day.
    std::vector<std::pair<Times, std::vector<int>>> groups;
    for (int d = 0; d < 7; ++d) {
        const Times& t = per_day[static_cast<size_t>(d)];
        if (t.empty()) continue;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == t; });
        if (it == groups.end()) {
            groups.push_back({t, {d}});
        } else {
            it->second.push_back(d);
        }
    }
    std::vector<std::string> lines;
    for (const auto& [times, days] : groups)
        lines.push_back(days_text(days, language) + " " + times_text(times, language));
    return lines;
}

}  // namespace ww::print
