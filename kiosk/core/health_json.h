#pragma once
// The health facts (core/health_metrics.h) as JSON for `kioskctl status --json`, with the same
// meaning as the metrics. Field names are stable (scripts depend on them); an unknown fact is null.
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/health_metrics.h"

namespace ww::health {

// `live`: the facts only the running kiosk knows (screen, uptime, start) are filled in.
nlohmann::json health_to_json(const HealthFacts& facts, bool live);

// The running kiosk's screen state, printer state, uptime and start time, read back from its
// metrics file; false when there is no readable file with a screen state.
bool read_live_facts(const std::filesystem::path& metrics_file, HealthFacts& facts);

}  // namespace ww::health
