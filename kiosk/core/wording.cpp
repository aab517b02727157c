#include "core/wording.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace ww::wording {

std::span<const Entry> table(Language language) {
    if (language == Language::English) return kEnglish;
    return kDutch;
}

std::string_view lookup(std::string_view code, Language language) {
    for (const Entry& e : table(language))
        if (e.code == code) return e.text;
    return code;
}

bool known(std::string_view code) {
    return lookup(code, Language::Dutch) != code && lookup(code, Language::English) != code;
}

std::string_view text(Code code, Language language) { return lookup(code.str(), language); }

namespace {

template <class Args>
std::string fill_from(std::string_view pattern, const Args& args) {
    std::string out;
    auto arg = args.begin();
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}') {
            if (arg != args.end()) out += *arg++;
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

}  // namespace

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
    return fill_from(pattern, args);
}

std::string fill(std::string_view pattern, std::span<const std::string> args) { return fill_from(pattern, args); }

std::string text(Code code, Language language, std::initializer_list<std::string_view> facts) {
    return fill(text(code, language), facts);
}

std::string_view weekday(int weekday, Language language) {
    static constexpr std::array<Code, 7> codes{"day.0", "day.1", "day.2", "day.3", "day.4", "day.5", "day.6"};
    return text(codes[static_cast<size_t>(std::clamp(weekday, 0, 6))], language);
}

std::string_view weekday_short(int weekday, Language language) {
    static constexpr std::array<Code, 7> codes{"day.short.0", "day.short.1", "day.short.2", "day.short.3",
                                               "day.short.4", "day.short.5", "day.short.6"};
    return text(codes[static_cast<size_t>(std::clamp(weekday, 0, 6))], language);
}

std::string long_date(std::string_view iso, Language language) {
    static constexpr std::array<Code, 12> months{"month.1", "month.2", "month.3", "month.4",  "month.5",  "month.6",
                                                 "month.7", "month.8", "month.9", "month.10", "month.11", "month.12"};
    int y = 0, m = 0, d = 0;
    auto number = [&](size_t at, size_t len, int& out) {
        auto [end, ec] = std::from_chars(iso.data() + at, iso.data() + at + len, out);
        return ec == std::errc() && end == iso.data() + at + len;
    };
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !number(0, 4, y) || !number(5, 2, m) ||
        !number(8, 2, d) || m < 1 || m > 12 || d < 1 || d > 31)
        return std::string(iso);
    return std::to_string(d) + " " + std::string(text(months[static_cast<size_t>(m - 1)], language)) + " " +
           std::to_string(y);
}

}  // namespace ww::wording
