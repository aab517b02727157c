#pragma once
// HSDS 3.0 gives every id the format uuid. A catalogue keeps the ids it was built from (svc-0001 in
// Wegwijzer's own files, UUIDs in files from other tools); the export gives other tools a UUID for
// each: an id that is a UUID stays itself, any other id becomes the UUIDv5 (RFC 4122, SHA-1) of
// "<table>:<id>" in Wegwijzer's namespace, e.g. "services:svc-0001". The same service has the same
// UUID in every export, and building an export gives back the same UUIDs (db/profile/README.md).
#include <optional>
#include <string>
#include <string_view>

namespace ww {

// Wegwijzer's UUIDv5 namespace (a random UUID, fixed once).
inline constexpr std::string_view kHsdsIdNamespace = "13264d53-1113-4b90-bff6-e5b51afbfab3";

// 8-4-4-4-12 hexadecimal digits (either case), as HSDS's format uuid asks.
bool is_uuid(std::string_view text);

// When `text` is meant as a UUID but is not one (a digit short, a 'g', braces, no hyphens): why,
// in English. nullopt for a UUID and for ids that are plainly not meant as one (svc-0001).
std::optional<std::string> uuid_problem(std::string_view text);

// The id other tools see: `id` itself when it is a UUID, else the UUIDv5 of
// "<table>:<id>"; `table` is the SQLite table ("services"). "" stays "".
std::string hsds_uuid(std::string_view table, std::string_view id);

}  // namespace ww
