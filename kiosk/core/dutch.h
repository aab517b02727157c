#pragma once
// Dutch word handling for the search: Snowball's Dutch stemmer (libstemmer), the stop words
// of db/stopwords.txt, compound splitting against a vocabulary, and hunspell-nl's word list.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace ww {

// Snowball's Dutch stem of a folded word ("vrijwilligers" -> "vrijwilliger", "logeer" -> "loger").
std::string dutch_stem(std::string_view folded_word);

// The stems a query word may mean: its own stem, and for a verb form ending in -t ("wandelt",
// "rijdt") also the stem without it, which Snowball leaves on.
std::vector<std::string> query_stems(std::string_view folded_word);

// True for a word of db/stopwords.txt (Dutch and English): never needed for a match and never
// corrected.
bool is_stop_word(std::string_view folded_word);
// True for a word that begins a question ("waar", "wat", "hoe", "wie"; "where", "what"), marked
// with a "?" in db/stopwords.txt: typed alone it is the start of a question, not a search, so it
// finds nothing yet. Also a stop word.
bool is_question_word(std::string_view folded_word);
// True when the word is the beginning of a longer stop word ("moe" of "moeder", "naa" of
// "naar"): while it is typed, it may still become one.
bool begins_stop_word(std::string_view folded_beginning);

// A number from 18 to 64 among other words is an age below 65 ("mijn man is pas 58", "nog geen
// 60"): dementia before 65 is young-onset dementia, a need of its own, so the search reads the
// age as the word "jong" (db/synonyms.csv says what that finds). Prices and times come with
// other signs ("€ 8,50", "10:00"); a number typed alone is searched as it is.
bool is_age_below_65(std::string_view folded_word);
constexpr std::string_view kYoungWord = "jong";

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
// True when hunspell-en-gb knows the word as correct English. False when it is not installed.
bool is_english_word(std::string_view word);

// Never correct into the other language: the kiosk speaks Dutch first, English second.
struct WordLanguages {
    bool dutch = false, english = false;
};
// What the two dictionaries say of a folded word.
WordLanguages word_languages(std::string_view folded_word);
// A query is English when one of its words is English and not Dutch and none is Dutch and not
// English ("walkng group"); otherwise Dutch, the kiosk's first language.
Language query_language(const std::vector<WordLanguages>& words);
// A typo may be corrected into a word of the query's language, a word of both languages
// ("taxi"), or a word neither dictionary knows (a catalogue name: "odensehuis"); never into a
// word of the other language only ("wandling" is no "handling", "suport" in Dutch no "support").
bool may_correct_into(Language query, WordLanguages candidate);

}  // namespace ww
