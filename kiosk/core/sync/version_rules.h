#pragma once
// Which package versions and dates an import accepts: anti-rollback without lock-out.
//   - the version must be above the installed one and above every version installed before
//     (unless staff cleared that "newest version seen": then any version goes in once);
//   - a version that was rolled back after a failed trial is refused for good;
//   - the package must not be expired, by the kiosk's clock or by the newest created date seen;
//   - its created date may be at most one day ahead of the kiosk's clock: a package "from the
//     future" would otherwise raise the newest date seen and lock every genuine package out.
// Pure: plain data in, a verdict out.
#include <cstdint>
#include <string>
#include <vector>

#include "core/sync/package.h"

namespace ww::sync {

struct VersionFloor {
    std::int64_t installed_version = 0;  // max(live catalogue, highest version ever installed)
    std::string newest_created;          // newest created date ever installed (YYYY-MM-DD)
    bool cleared = false;                // staff cleared the newest version seen
    std::vector<std::int64_t> refused_versions;
};

enum class VersionVerdict { Accept, NotNewer, RefusedVersion, Expired, FromTheFuture };

struct VersionCheck {
    VersionVerdict verdict = VersionVerdict::Accept;
    std::string log;  // English, without "Refused: "; the screen words the verdict (core/sync/import_wording.h)
};

VersionCheck check_version_rules(const PackageDescription& package, const VersionFloor& floor,
                                 const std::string& today);

// "2026-11-28" + 1 day = "2026-11-29"; empty when `date` is not a valid date.
std::string add_days(const std::string& date, int days);

}  // namespace ww::sync
