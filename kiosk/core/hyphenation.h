#pragma once
// Where a long word may be hyphenated at the end of a line, from the Dutch hyphenation patterns
// of Debian's hyphen-nl (libhyphen, the library LibreOffice uses). Dutch for every screen
// language: the long words on this kiosk are the catalogue's Dutch names and places
// ("Ontmoetingscentrum", "Dagbestedingsvoorziening").
#include <cstddef>
#include <string_view>
#include <vector>

namespace ww {

// Byte offsets into `word` (UTF-8) before which a hyphen may break it ("Ont|moe|tings|cen|trum"),
// ascending. Empty when the patterns are not installed, for a word of letters outside Latin-1,
// or for a short word. Thread-safe; the patterns load once.
std::vector<size_t> hyphenation_points(std::string_view word);

// Whether the Dutch patterns could be loaded (for a log line and the tests).
bool hyphenation_available();

}  // namespace ww
