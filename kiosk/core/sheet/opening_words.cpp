#include "core/sheet/opening_words.h"

#include <algorithm>
#include <array>

namespace ww::sheet {

namespace {
constexpr std::array<const char*, 7> kDays{"ma", "di", "wo", "do", "vr", "za", "zo"};

// The periods of one day, "9.00-12.00 en 13.00-17.00".
std::string day_times(const std::vector<OpeningSlot>& day) {
    std::string out;
    for (const OpeningSlot& s : day) {
        if (!out.empty()) out += " en ";
        out += clock_words(s.opens_min) + "-" + clock_words(s.closes_min);
    }
    return out;
}

// "ma-vr" for a run of three or more days, "ma, di" for two, "wo" for one.
std::string day_range(int first, int last) {
    if (first == last) return kDays[first];
    if (last == first + 1) return std::string(kDays[first]) + ", " + kDays[last];
    return std::string(kDays[first]) + "-" + kDays[last];
}
}  // namespace

std::string clock_words(int minutes) {
    std::string mm = std::to_string(minutes % 60);
    if (mm.size() < 2) mm.insert(0, "0");
    return std::to_string(minutes / 60) + "." + mm;
}

std::string opening_words(const std::vector<OpeningSlot>& slots) {
    std::array<std::vector<OpeningSlot>, 7> week;
    for (const OpeningSlot& s : slots)
        if (s.weekday >= 0 && s.weekday < 7) week[s.weekday].push_back(s);
    for (auto& day : week)
        std::sort(day.begin(), day.end(), [](const OpeningSlot& a, const OpeningSlot& b) { return a.opens_min < b.opens_min; });

    // Groups of consecutive days with the same times; days with other times in between start a
    // new group, so the text reads in week order.
    std::string out;
    int d = 0;
    while (d < 7) {
        if (week[d].empty()) { ++d; continue; }
        std::string times = day_times(week[d]);
        int last = d;
        while (last + 1 < 7 && !week[last + 1].empty() && day_times(week[last + 1]) == times) ++last;
        if (!out.empty()) out += "; ";
        out += day_range(d, last) + " " + times;
        d = last + 1;
    }
    return out;
}

}  // namespace ww::sheet
