#pragma once
// Text folding and word splitting that match the FTS5 tokenizer (unicode61 remove_diacritics 2),
// so that what the search compares in C++ equals what SQLite indexed.
#include <string>
#include <string_view>
#include <vector>

namespace ww {

// Lower case without diacritics: "Café Élan" -> "cafe elan".
std::string fold(std::string_view utf8);

// Folded words: letters and digits, split at everything else ("Wmo-loket" -> {"wmo", "loket"}).
std::vector<std::string> split_words(std::string_view utf8);

// Levenshtein distance with adjacent transpositions counted as one edit, or max+1 when it is
// larger than `max` (stops early).
int edit_distance(std::string_view a, std::string_view b, int max);

// ASCII letters to lower case; every other byte (UTF-8 letters such as "É") stays as it is.
std::string ascii_lower(std::string_view s);

// Without leading and trailing spaces, tabs and line ends.
std::string trim(std::string_view s);

// True when the text is valid UTF-8.
bool is_valid_utf8(std::string_view text);

}  // namespace ww
