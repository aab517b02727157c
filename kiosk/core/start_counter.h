#pragma once
// How often the kiosk program has started, over its life on this machine: a small text file
// "starts" in the state folder, so that restarts (crashes, watchdog, power cuts) show in the
// health metrics.
#include <cstdint>
#include <filesystem>

#include "core/result.h"

namespace ww::health {

// Adds this start and returns the number of starts so far (1 on the very first). A file that
// cannot be read counts from 0; one that cannot be written is an error (the caller logs it and
// counts this run alone).
Result<std::int64_t> count_start(const std::filesystem::path& state_dir);
// The starts counted so far, without adding one (kioskctl status); 0 when there is no file.
std::int64_t read_starts(const std::filesystem::path& state_dir);

}  // namespace ww::health
