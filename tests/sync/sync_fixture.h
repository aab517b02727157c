#pragma once
// Helpers for the sync tests: temporary folders, small real catalogues, signed packages.
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <string>
#include <vector>

#include "core/sync/importer.h"
#include "core/sync/minisign.h"
#include "core/sync/package.h"

namespace ww::synctest {

namespace fs = std::filesystem;

// A fresh folder, removed at the end. Under /dev/shm when it exists (fsync is cheap there) unless
// `on_disk` is set.
class TempDir {
public:
    explicit TempDir(bool on_disk = false);
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& name) const { return path_ / name; }

private:
    fs::path path_;
};

struct CatalogueSpec {
    explicit CatalogueSpec(std::int64_t version_ = 1, std::string created_ = "2026-11-01",
                           std::string expires_ = "2099-12-31")
        : version(version_), created(std::move(created_)), expires(std::move(expires_)) {}
    std::int64_t version;
    std::string created;
    std::string expires;
    int services = 3;
    int page_size = 4096;
    std::string padding;  // extra text per service, to make bigger files
};

// A real catalogue (schema from the migrations) whose every service name starts with "v<version>-"
// and is searchable with the word "dienst".
void make_catalogue(const fs::path& file, const CatalogueSpec& spec);

// The package description that matches a catalogue spec.
sync::PackageDescription describe(const CatalogueSpec& spec, const std::string& fleet = "drenthe");

// Writes <stick>/wegwijzer/catalogue.sqlite (a copy of `catalogue`) and its signature.
void write_package(const fs::path& stick, const fs::path& catalogue, const sync::SecretKey& key,
                   const sync::PackageDescription& description);
// What the kiosk writes when it imports `catalogue` signed as `description`: the import reads the
// package and writes a fresh catalogue of its own (package_reader.h), so this is what the live
// catalogue holds afterwards, byte for byte.
std::string rebuilt_bytes(const fs::path& catalogue, const sync::PackageDescription& description);
// Signs a file; the signature text.
std::string sign_file(const fs::path& file, const sync::SecretKey& key, const std::string& trusted_comment);

std::string read_bytes(const fs::path& file);
void write_bytes(const fs::path& file, const std::string& bytes);

// Runs an import with a fresh SyncIo and today = 2026-11-28.
sync::ImportOutcome import_from(const fs::path& stick, const fs::path& live, const std::vector<sync::PublicKey>& keys,
                                const std::string& fleet = "drenthe");

// PRAGMA integrity_check of a file: "ok" or the first problem.
std::string integrity(const fs::path& file);
// The catalogue_version in the metadata, or -1.
std::int64_t metadata_version(const fs::path& file);

// A shell command's exit code (-1 when it did not exit normally) and its output with stderr.
struct CommandRun {
    int exit_code = -1;
    std::string output;
};
CommandRun run_command(const std::string& command);
// A path quoted for the shell.
std::string shell_quote(const fs::path& path);

// The exhaustive loops (every flipped byte, every crash point, the random kills) try every N-th
// case when WEGWIJZER_TEST_STRIDE=N is set: deploy/test.sh sets it for the AddressSanitizer run,
// where each case costs several times as much and the normal run has already tried every case.
// Unset (the normal run and CI's first stage): 1, every case.
long exhaustive_stride();

constexpr const char* kToday = "2026-11-28";

}  // namespace ww::synctest

namespace ww::sync {
// Test output names a refusal ("unknown-key") instead of a number; found by Catch through ADL.
std::ostream& operator<<(std::ostream& out, Refusal refusal);
}  // namespace ww::sync
