#include "core/sync/package.h"

#include <charconv>
#include <chrono>
#include <map>
#include <vector>

#include "core/calendar.h"

namespace ww::sync {

namespace {
constexpr std::string_view kMagic = "wegwijzer-catalogue";

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool parse_digits(std::string_view text, int& out) {
    if (text.empty()) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}
}  // namespace

bool is_valid_fleet(std::string_view fleet) {
    if (fleet.empty() || fleet.size() > 64) return false;
    // The same rule as [sync] fleet in the configuration.
    for (char c : fleet)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
              c == '.'))
            return false;
    return true;
}

bool is_valid_date(std::string_view date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
    int y = 0, m = 0, d = 0;
    if (!parse_digits(date.substr(0, 4), y) || !parse_digits(date.substr(5, 2), m) ||
        !parse_digits(date.substr(8, 2), d))
        return false;
    return y >= 2000 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

std::string format_trusted_comment(const PackageDescription& d) {
    return std::string(kMagic) + " format=" + std::to_string(d.format) + " fleet=" + d.fleet +
           " version=" + std::to_string(d.version) + " created=" + d.created + " expires=" + d.expires;
}

Result<std::map<std::string_view, std::string_view>> parse_comment_words(std::string_view comment,
                                                                         std::string_view magic,
                                                                         std::initializer_list<std::string_view> keys,
                                                                         const std::string& what,
                                                                         const std::string& kind) {
    std::vector<std::string_view> words;
    for (std::size_t start = 0;;) {
        auto space = comment.find(' ', start);
        words.push_back(comment.substr(start, space == std::string_view::npos ? space : space - start));
        if (space == std::string_view::npos) break;
        start = space + 1;
    }
    if (words.empty() || words[0] != magic)
        return fail(what + " is not " + kind + " (it should start with \"" + std::string(magic) + "\")");
    std::map<std::string_view, std::string_view> values;
    for (std::size_t i = 1; i < words.size(); ++i) {
        auto eq = words[i].find('=');
        if (words[i].empty() || eq == std::string_view::npos)
            return fail(what + " has a word that is not key=value: '" + std::string(words[i]) + "'");
        auto key = words[i].substr(0, eq);
        bool known = false;
        for (auto k : keys) known = known || k == key;
        if (!known) return fail(what + " has an unknown key '" + std::string(key) + "'");
        if (!values.emplace(key, words[i].substr(eq + 1)).second)
            return fail(what + " names '" + std::string(key) + "' twice");
    }
    for (auto key : keys)
        if (!values.count(key)) return fail(what + " has no " + std::string(key) + "=");
    return values;
}

Result<PackageDescription> parse_trusted_comment(std::string_view comment) {
    auto words = parse_comment_words(comment, kMagic, {"format", "fleet", "version", "created", "expires"},
                                     "the trusted comment", "a Wegwijzer catalogue description");
    if (!words) return fail(words.error());
    auto& values = *words;
    PackageDescription d;
    if (values["format"] != "1")
        return fail("the package has format " + std::string(values["format"]) + "; this kiosk reads format 1");
    d.fleet = std::string(values["fleet"]);
    if (!is_valid_fleet(d.fleet)) return fail("the fleet name '" + d.fleet + "' is not valid");
    std::string_view version = values["version"];
    bool digits = !version.empty() && version.size() <= 15 && version[0] != '0';
    for (char c : version) digits = digits && c >= '0' && c <= '9';
    if (!digits) return fail("the version '" + std::string(version) + "' is not a whole number above 0");
    std::from_chars(version.data(), version.data() + version.size(), d.version);
    d.created = std::string(values["created"]);
    d.expires = std::string(values["expires"]);
    if (!is_valid_date(d.created)) return fail("the created date '" + d.created + "' is not a date (YYYY-MM-DD)");
    if (!is_valid_date(d.expires)) return fail("the expiry date '" + d.expires + "' is not a date (YYYY-MM-DD)");
    if (d.expires < d.created) return fail("the package expires before it was created");
    return d;
}

std::string today_utc() { return utc_date(std::chrono::system_clock::now()); }

}  // namespace ww::sync
