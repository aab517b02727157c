#pragma once
// Dutch word handling for the search: Snowball's Dutch stemmer (libstemmer), the stop words
// of db/stopwords.txt, compound splitting against a vocabulary, and hunspell-nl's word list.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ww {

// Snowball's Dutch stem of a folded word ("vrijwilligers" -> "vrijwilliger", "logeer" -> "loger").
std::string dutch_stem(std::string_view folded_word);

// The stems a query word may mean: its own stem, and for a verb form ending in -t ("wandelt",
// "rijdt") also the stem without it, which Snowball leaves on.
std::vector<std::string> query_stems(std::string_view folded_word);

// True for a word of db/stopwords.txt (Dutch and English): never needed for a match and never
// corrected.
bool is_stop_word(std::string_view folded_word);

// Splits a compound into two or more known words, with the Dutch linking letters -s-, -e- and
// -en- between them allowed ("dagbestedingsplek" -> {"dagbesteding", "plek"}). Each part has at
// least `min_part` letters and `is_word(part, is_last_part)` says it is known. Prefers the fewest parts, then the
// longest first part; empty when no split covers the whole word.
std::vector<std::string> split_compound(std::string_view folded_word,
                                        const std::function<bool(std::string_view, bool)>& is_word,
                                        size_t min_part = 3);

// True when hunspell-nl knows the word as correct Dutch (then it is no typo, even when the
// catalogue does not hold it). False when the dictionary is not installed.
bool is_dutch_word(std::string_view word);

}  // namespace ww
