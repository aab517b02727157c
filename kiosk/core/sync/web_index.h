#pragma once
// The signed index of a web update folder (`kioskctl publish`, FORMAT.md "Web updates"): one small
// file, `index.minisig`, that tells a polling kiosk which package is current. It is a minisign
// signature of the package file whose trusted comment is the index:
//
//   wegwijzer-index format=1 fleet=drenthe version=12 created=2026-12-03 expires=2027-06-30
//     package=catalogue-12.sqlite size=15728640 sha256=<64 lower-case hex digits>
//
// (one line). A kiosk verifies only the trusted comment's signature (cheap, before any download);
// the package then goes through the importer with its own signature, exactly like a USB stick.
#include <cstdint>
#include <string>
#include <string_view>

#include <sodium.h>

#include "core/result.h"
#include "core/sync/package.h"

namespace ww::sync {

constexpr std::string_view kIndexFileName = "index.minisig";
constexpr std::string_view kIndexMagic = "wegwijzer-index";
constexpr std::string_view kPackageSignatureSuffix = ".minisig";

struct WebIndex {
    PackageDescription package;  // format, fleet, version, created, expires: as the package's own comment
    std::string file;            // the package's file name in the folder, e.g. "catalogue-12.sqlite"
    std::uint64_t size = 0;      // its exact size in bytes
    std::string sha256;          // lower-case hex
};

std::string format_index_comment(const WebIndex& index);
// Strict like parse_trusted_comment(): fixed first word, every key exactly once, nothing else.
Result<WebIndex> parse_index_comment(std::string_view comment);

// The package file name a publish writes for a version: "catalogue-12.sqlite".
std::string package_file_name(std::int64_t version);
// A plain file name: letters, digits, '-', '_', '.', 1 to 64 characters, not starting with '.'.
bool is_valid_package_file_name(std::string_view name);

// Lower-case hex SHA-256, streamed (libsodium).
class Sha256 {
public:
    Sha256();
    void update(const void* data, std::size_t size);
    std::string finish_hex();

private:
    crypto_hash_sha256_state state_;
};

}  // namespace ww::sync
