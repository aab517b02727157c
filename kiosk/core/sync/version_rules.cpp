#include "core/sync/version_rules.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace ww::sync {

std::string add_days(const std::string& date, int days) {
    if (!is_valid_date(date)) return {};
    using namespace std::chrono;
    const int y = std::stoi(date.substr(0, 4));
    const unsigned m = static_cast<unsigned>(std::stoi(date.substr(5, 2)));
    const unsigned d = static_cast<unsigned>(std::stoi(date.substr(8, 2)));
    const year_month_day moved{sys_days{year{y} / month{m} / day{d}} + std::chrono::days{days}};
    char out[16];
    std::snprintf(out, sizeof out, "%04d-%02u-%02u", int(moved.year()), unsigned(moved.month()), unsigned(moved.day()));
    return out;
}

VersionCheck check_version_rules(const PackageDescription& package, const VersionFloor& floor,
                                 const std::string& today) {
    VersionCheck c;
    if (std::find(floor.refused_versions.begin(), floor.refused_versions.end(), package.version) !=
        floor.refused_versions.end()) {
        c.verdict = VersionVerdict::RefusedVersion;
        c.log = "version " + std::to_string(package.version) +
                " was rolled back on this kiosk after it failed and is refused from now on";
        return c;
    }
    if (!floor.cleared && package.version <= floor.installed_version) {
        c.verdict = VersionVerdict::NotNewer;
        c.log = "version " + std::to_string(package.version) + " is not newer than the installed version " +
                std::to_string(floor.installed_version);
        return c;
    }
    const std::string tomorrow = add_days(today, 1);
    if (!tomorrow.empty() && package.created > tomorrow) {
        c.verdict = VersionVerdict::FromTheFuture;
        c.log = "the catalogue says it was created on " + package.created + ", more than a day after today (" + today +
                "); check the date of the computer that made it, or the kiosk's clock";
        return c;
    }
    const std::string newest_created = floor.cleared ? std::string() : floor.newest_created;
    if (package.expires < today || package.expires < newest_created) {
        c.verdict = VersionVerdict::Expired;
        c.log = "the catalogue expired on " + package.expires +
                (package.expires < today ? " (today is " + today + ")"
                                         : " (before " + newest_created + ", when an installed catalogue was made)");
        return c;
    }
    return c;
}

}  // namespace ww::sync
