#pragma once
// The health facts (core/health_metrics.h) that live in the kiosk's files: the catalogue's
// dates, the import history per channel, the rollbacks of the two slots. Shared by the kiosk
// (its metrics file) and `kioskctl status --json`, so both tell the same.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "core/health_metrics.h"
#include "core/model.h"

namespace ww::sync {

// Version, created and expiry moments, demo; `info` empty: no catalogue is open.
void add_catalogue_facts(health::HealthFacts& facts, const std::optional<CatalogueInfo>& info);
// Last attempt and success per channel (the import history) and rollbacks (the slot state) of
// the live catalogue `catalogue`.
void add_update_facts(health::HealthFacts& facts, const std::filesystem::path& catalogue);

// "2026-12-03" -> the start of that day plus `days_after` days, local time, as unix seconds.
std::optional<std::int64_t> local_day_start_seconds(const std::string& date, int days_after = 0);
// "2026-12-03T10:15:02Z" -> unix seconds.
std::optional<std::int64_t> utc_timestamp_seconds(const std::string& at);

}  // namespace ww::sync
