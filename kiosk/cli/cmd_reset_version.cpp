// kioskctl reset-version: undo a lock-out over SSH (the staff screen has the same button).
#include <iostream>

#include "cli/command.h"
#include "core/sync/history.h"

namespace ww::cli {
namespace {

constexpr std::string_view kHelp = R"(Usage: kioskctl reset-version --db FILE

Forgets the newest catalogue version and creation date this kiosk has seen (kept in
FILE.sync.sqlite). Use it when a package with a wrong, far too high version (or date) was
installed and every genuine package is now refused as "not newer": after the reset, the next
correctly signed package of any version is accepted, even one lower than the installed catalogue.
Signatures, fleet, expiry and refused (rolled back) versions are still checked. The reset is
recorded in the update history (`kioskctl status`), as is the staff screen's button.

Options:
  --db FILE   the live catalogue (required)

Exit codes: 0 done, 1 the history could not be changed, 2 wrong usage.
)";

int run(const Args& args) {
    auto db = args.get("db");
    if (!db || !args.positional().empty()) {
        std::cerr << "kioskctl reset-version: --db FILE is required\n\n" << kHelp;
        return kUsage;
    }
    auto history = sync::SyncHistory::open(*db);
    if (!history) return user_error("reset-version", history.error());
    const sync::SyncState before = history->state();
    if (auto cleared = history->clear_version_floor("kioskctl reset-version"); !cleared)
        return user_error("reset-version", cleared.error());
    std::cout << "Cleared the newest version seen (was " << before.highest_version << ", created "
              << (before.newest_created.empty() ? "-" : before.newest_created)
              << "). The next genuine package of any version will be accepted.\n";
    return kOk;
}

const Registration registration{
    {"reset-version", "Forget the newest catalogue version seen (undo a lock-out)", kHelp, {{"db"}}, run}};

}  // namespace
}  // namespace ww::cli
