#pragma once
// Hostile catalogue packages: the demo catalogue, built for real, with one hostile change each,
// signed with a real test key as a stolen staff key or a buggy staff PC would. Each must be
// refused by the import with a clear message, or cleaned (the kiosk writes its own catalogue),
// and the live catalogue must stay as it was when it is refused.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/sqlite.h"
#include "core/sync/importer.h"
#include "sync_fixture.h"

namespace ww::synctest {

struct HostileCase {
    HostileCase(std::string name_, std::function<void(Database&)> mutate_, std::string refusal_,
                std::optional<sync::UntrustedLimits> limits_ = std::nullopt)
        : name(std::move(name_)), mutate(std::move(mutate_)), refusal(std::move(refusal_)), limits(limits_) {}
    std::string name;
    // Changes a writable copy of the demo catalogue (metadata already says the signed version).
    std::function<void(Database&)> mutate;
    // Refused: a part of the log the refusal must hold. Empty: the import takes it, cleaned.
    std::string refusal;
    std::optional<sync::UntrustedLimits> limits;  // tighter limits for the bomb cases
};

// Every class of the issue: rowids, views and triggers, generated columns, shadow-table damage,
// huge values, bad text, impossible hours, unsafe links, phone alphabets, counts, empty
// catalogues, memory and time bombs.
const std::vector<HostileCase>& hostile_cases();

// The demo catalogue (db/demo), built once per test run as version `version`.
const fs::path& demo_catalogue_file(std::int64_t version);

// Writes <stick>/wegwijzer/ with the demo catalogue changed by `hostile`, signed as `description`.
void write_hostile_package(const fs::path& stick, const HostileCase& hostile, const sync::SecretKey& key,
                           const sync::PackageDescription& description);

}  // namespace ww::synctest
