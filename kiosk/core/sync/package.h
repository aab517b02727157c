#pragma once
// What a catalogue package is: two files with fixed names on the stick, and the signed trusted
// comment that says which fleet, version and dates the catalogue has. See core/sync/FORMAT.md.
#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <string_view>

#include "core/result.h"

namespace ww::sync {

// Relative to the stick's root (or to `kioskctl pack --out DIR`).
constexpr std::string_view kPackageFolder = "wegwijzer";
constexpr std::string_view kCatalogueFileName = "catalogue.sqlite";
constexpr std::string_view kSignatureFileName = "catalogue.sqlite.minisig";

constexpr int kPackageFormat = 1;

struct PackageDescription {
    int format = kPackageFormat;
    std::string fleet;  // letters, digits, - _ . (as [sync] fleet), e.g. "drenthe"
    std::int64_t version = 0;
    std::string created;  // YYYY-MM-DD
    std::string expires;  // YYYY-MM-DD: the last day on which the package may be imported
};

// "wegwijzer-catalogue format=1 fleet=drenthe version=12 created=2026-12-03 expires=2027-06-30"
std::string format_trusted_comment(const PackageDescription& description);
// Strict: the fixed first word, each of the five keys exactly once, valid values; unknown keys
// are an error too, so that a comment means exactly one thing.
Result<PackageDescription> parse_trusted_comment(std::string_view comment);

// The words of a signed comment "<magic> key=value key=value ...": the fixed first word, then each
// of `keys` exactly once and nothing else. `what` names the comment in messages ("the index"),
// `kind` says what the first word promises ("a Wegwijzer update index"). The package's comment
// and the web index (web_index.h) are read by this one rule.
Result<std::map<std::string_view, std::string_view>> parse_comment_words(std::string_view comment,
                                                                         std::string_view magic,
                                                                         std::initializer_list<std::string_view> keys,
                                                                         const std::string& what,
                                                                         const std::string& kind);

bool is_valid_fleet(std::string_view fleet);
// A real calendar date written YYYY-MM-DD.
bool is_valid_date(std::string_view date);
// Today's date (UTC) as YYYY-MM-DD.
std::string today_utc();

}  // namespace ww::sync
