#pragma once
// Posting lists: the services a search term occurs in, stored per term in the catalogue's
// search_term table so the kiosk can load them at start instead of asking FTS5 per keystroke.
// A list is the sorted, distinct service rowids (with the fields each holds the term in), written as the gaps between them in LEB128
// varints (the first gap counts from 0).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "core/sqlite.h"

namespace ww {

// The fields of a service a term can stand in: the columns of service_fts, in order. Each
// listed service has one byte in search_term.fields, bit f set when the term is in field f.
enum class Field : std::uint8_t { name, description, keywords, places, conditions };
constexpr int kFieldCount = 5;
constexpr const char* kFieldColumns[kFieldCount] = {"name", "description", "keywords", "places", "conditions"};
std::uint8_t field_bit(std::string_view column);  // 0 for an unknown column

std::string encode_postings(const std::vector<std::int64_t>& sorted_rowids);

// The rowids of an encoded list; nullopt for a damaged one (truncated, or a gap that overflows).
std::optional<std::vector<std::int64_t>> decode_postings(std::string_view encoded);

// Writes search_term from the text in service_fts, split by FTS5's own tokenizer (unicode61,
// configured as the table is), so the terms are exactly those of the FTS5 index.
// write_catalogue calls it after filling service_fts.
Status fill_search_terms(Database& db);

// Problems where search_term differs from the FTS5 index (a term missing or extra, a list
// that does not decode or holds other services); empty when they agree.
std::vector<std::string> check_search_terms(const Database& db);

}  // namespace ww
