#include "core/phone.h"

#include <algorithm>
#include <array>

#include "core/text.h"

namespace ww {

namespace {

// Area codes of two digits after the 0 (large cities and non-geographic 085/088/091 numbers);
// every other geographic area code has three digits after the 0.
constexpr std::array<std::string_view, 34> kShortAreaCodes{
    "010", "013", "015", "020", "023", "024", "026", "030", "033", "035", "036", "038",
    "040", "043", "045", "046", "050", "053", "055", "058", "070", "071", "072", "073",
    "074", "075", "076", "077", "078", "079", "084", "085", "088", "091"};

// "059806" -> "05 98 06"; "1234567" -> "123 45 67" (an odd count starts with three).
std::string in_pairs(std::string_view digits) {
    std::string out;
    size_t i = 0;
    if (digits.size() % 2 == 1) {
        const size_t first = digits.size() >= 3 ? 3 : digits.size();
        out.append(digits.substr(0, first));
        i = first;
    }
    for (; i < digits.size(); i += 2) {
        if (!out.empty()) out += ' ';
        out.append(digits.substr(i, 2));
    }
    return out;
}

}  // namespace

std::string format_phone(std::string_view number) {
    std::string digits;
    bool plus = false;
    for (char c : number) {
        if (c >= '0' && c <= '9') digits += c;
        else if (c == '+' && digits.empty()) plus = true;
        else if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/' || c == '\t') continue;
        else return trim(number);  // letters, extensions: leave it as written
    }
    // +31 6 ... and 0031 6 ... are Dutch numbers too.
    if (plus && digits.starts_with("31")) digits = "0" + digits.substr(2);
    else if (!plus && digits.starts_with("0031")) digits = "0" + digits.substr(4);
    else if (plus) return trim(number);
    if (digits.size() < 2 || digits[0] != '0' || digits[1] == '0') return trim(number);

    auto split = [&](size_t area) {
        return digits.substr(0, area) + " - " + in_pairs(std::string_view(digits).substr(area));
    };
    // Free and paid information numbers: 0800 / 0900 / 0906 / 0909 with 4 or 7 digits after.
    if (digits.starts_with("080") || digits.starts_with("090")) {
        if (digits.size() == 8) return digits.substr(0, 4) + " - " + digits.substr(4);
        if (digits.size() == 11) return split(4);
        return trim(number);
    }
    if (digits.size() != 10) return trim(number);
    if (digits.starts_with("06")) return split(2);
    const bool short_area = std::find(kShortAreaCodes.begin(), kShortAreaCodes.end(),
                                      std::string_view(digits).substr(0, 3)) != kShortAreaCodes.end();
    return split(short_area ? 3 : 4);
}

}  // namespace ww
