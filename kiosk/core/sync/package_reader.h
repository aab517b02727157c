#pragma once
// The import's view of a signed package's catalogue: never trusted, never switched into place.
// It is opened read-only with SQLite's hardening, under a time budget and a memory cap; only the
// known tables and columns are read, through an allow-list (real tables only: no views, no
// triggers, no generated columns, nothing that depends on the package's rowids); every value goes
// through the same rules as `kioskctl build`. Then a fresh catalogue is written with the builder,
// with rowids, derived tables, FTS5 index and posting lists of its own. The kiosk only ever runs
// a catalogue that it wrote itself.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/sync/package.h"

namespace ww::sync {

struct UntrustedLimits {
    // Wall-clock time for every SQLite step on the package (a recursive view, a huge schema).
    std::chrono::milliseconds time_budget{60'000};
    // Memory the reading may add: SQLite's heap growth on the package's connection (checked by its
    // progress handler, so the kiosk's own connections never hit a limit) plus the rows read.
    std::int64_t memory_bytes = 512ll << 20;
    // Rows of all tables together (a catalogue of 100,000 services has about 1.2 million).
    std::int64_t max_rows = 4'000'000;
};

// Reads `untrusted` (the verified private copy of a package), checks it and writes a new catalogue
// to `out` (which must not exist), with the signed version, created and expires dates. Returns an
// empty string on success, else what is wrong (English, for the log).
std::string rebuild_catalogue(const std::filesystem::path& untrusted, const std::filesystem::path& out,
                              const PackageDescription& package, const UntrustedLimits& limits = {});

}  // namespace ww::sync
