#include "core/sheet/opening_words.h"

#include "core/text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <regex>

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
        std::sort(day.begin(), day.end(),
                  [](const OpeningSlot& a, const OpeningSlot& b) { return a.opens_min < b.opens_min; });

    // Groups of consecutive days with the same times; days with other times in between start a
    // new group, so the text reads in week order.
    std::string out;
    int d = 0;
    while (d < 7) {
        if (week[d].empty()) {
            ++d;
            continue;
        }
        std::string times = day_times(week[d]);
        int last = d;
        while (last + 1 < 7 && !week[last + 1].empty() && day_times(week[last + 1]) == times) ++last;
        if (!out.empty()) out += "; ";
        out += day_range(d, last) + " " + times;
        d = last + 1;
    }
    return out;
}

ParsedOpening parse_opening_words(const std::string& text) {
    ParsedOpening out;
    auto fail = [&](const std::string& part) {
        out.slots.clear();
        out.problem_nl =
            "'" + part + "' kunnen we niet lezen. Schrijf dagen en tijden zo: ma-vr 9.00-17.00; za 10.00-12.00";
        out.problem_en = "'" + part + "' cannot be read. Write days and times like: ma-vr 9.00-17.00; za 10.00-12.00";
        return out;
    };
    static const std::regex group_re(
        R"(^\s*((?:ma|di|wo|do|vr|za|zo)(?:\s*(?:-|–|t/m|,|en)\s*(?:ma|di|wo|do|vr|za|zo))*)\s*:?\s+(.+?)\s*$)",
        std::regex::icase);
    static const std::regex day_re(R"((ma|di|wo|do|vr|za|zo)|(-|–|t/m))", std::regex::icase);
    static const std::regex time_re(R"((\d{1,2})[.:](\d{2})\s*(?:-|–|tot)\s*(\d{1,2})[.:](\d{2}))");
    static const std::regex rest_re(R"(^(?:\s|,|en)*$)");
    static const std::regex blank_re(R"(^\s*$)");
    auto day_index = [](std::string_view typed) {
        const std::string d = ascii_lower(typed);
        for (int i = 0; i < 7; ++i)
            if (d == kDays[static_cast<std::size_t>(i)]) return i;
        return -1;
    };

    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(';', start);
        std::string part = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        start = end == std::string::npos ? text.size() + 1 : end + 1;
        if (std::regex_match(part, blank_re)) continue;
        std::smatch group;
        if (!std::regex_match(part, group, group_re)) return fail(part);

        // The days: single days, and runs "ma-vr" / "ma t/m vr".
        std::vector<int> days;
        bool range = false;
        std::string day_words = group[1].str();
        for (auto it = std::sregex_iterator(day_words.begin(), day_words.end(), day_re); it != std::sregex_iterator();
             ++it) {
            if ((*it)[2].matched) {
                range = true;
                continue;
            }
            int d = day_index((*it)[1].str());
            if (range && !days.empty()) {
                if (d < days.back()) return fail(part);
                for (int x = days.back() + 1; x <= d; ++x) days.push_back(x);
            } else {
                days.push_back(d);
            }
            range = false;
        }

        // The times: one or more periods; nothing else may be left over.
        std::string times = group[2].str();
        std::vector<std::pair<int, int>> periods;
        for (auto it = std::sregex_iterator(times.begin(), times.end(), time_re); it != std::sregex_iterator(); ++it) {
            int oh = std::stoi((*it)[1].str()), om = std::stoi((*it)[2].str());
            int ch = std::stoi((*it)[3].str()), cm = std::stoi((*it)[4].str());
            if (oh > 24 || ch > 24 || om > 59 || cm > 59) return fail(part);
            int opens = oh * 60 + om, closes = ch * 60 + cm;
            if (closes <= opens || closes > 24 * 60) return fail(part);
            periods.emplace_back(opens, closes);
        }
        if (periods.empty() || !std::regex_match(std::regex_replace(times, time_re, ""), rest_re)) return fail(part);
        for (int d : days)
            for (auto [opens, closes] : periods) out.slots.push_back({d, opens, closes});
    }
    std::sort(out.slots.begin(), out.slots.end(), [](const OpeningSlot& a, const OpeningSlot& b) {
        return a.weekday != b.weekday ? a.weekday < b.weekday : a.opens_min < b.opens_min;
    });
    out.slots.erase(std::unique(out.slots.begin(), out.slots.end()), out.slots.end());
    return out;
}

}  // namespace ww::sheet
