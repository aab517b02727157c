#pragma once
// Text folding and word splitting that match the FTS5 tokenizer (unicode61 remove_diacritics 2),
// so that what the search compares in C++ equals what SQLite indexed.
#include <span>
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

// The candidate a typo most likely means, ignoring ASCII case ("Emen" -> "Emmen"): the nearest
// by edit_distance when it is within max(2, a third of the word's length) edits; empty when none is.
std::string closest_match(std::string_view word, std::span<const std::string_view> candidates);

// ASCII letters to lower case; every other byte (UTF-8 letters such as "É") stays as it is.
std::string ascii_lower(std::string_view s);
// Equal when ASCII letters are lowered ("emmen" and "Emmen").
bool equal_ignoring_case(std::string_view a, std::string_view b);

// Without leading and trailing spaces, tabs and line ends.
std::string trim(std::string_view s);
// The same in place (no copy when there is nothing to remove).
void trim_in_place(std::string& s);

// True when the text is valid UTF-8.
bool is_valid_utf8(std::string_view text);

}  // namespace ww
