#pragma once
// How hard a Dutch text is to read, for `kioskctl review`: sentences, words, syllables and the
// Flesch-Douma score (the Dutch Flesch reading ease: 206.84 - 0.77 * syllables per 100 words -
// 0.93 * words per sentence; 60 and above is easy enough for most readers, language level B1).
// Pure functions over text.
#include <string>
#include <string_view>
#include <vector>

namespace ww::sheet {

// Sentences ending in . ! ? (or a line end), trimmed; abbreviations such as "bijv." or "o.a."
// followed by a small letter do not end a sentence.
std::vector<std::string> split_sentences(std::string_view text);

// The words of a sentence as written (letters and digits, with inner hyphens and apostrophes;
// a leading apostrophe is dropped: "'s" is "s").
std::vector<std::string> sentence_words(std::string_view sentence);

// Dutch syllables of one word: the hyphenation points of hyphen-nl's patterns plus one, or the
// groups of vowels (a diaeresis starts a new one) when those are more (short words, breaks near
// the ends, or the patterns are not installed).
int dutch_syllables(std::string_view word);

struct Readability {
    int sentences = 0;
    int words = 0;
    int syllables = 0;
    double flesch_douma = 0;  // 100 and more: very easy; below 60: hard for B1 readers
};
Readability measure(std::string_view text);

// The score of a text by the formula above; 0 words gives 100.
double flesch_douma(int words, int sentences, int syllables);

}  // namespace ww::sheet
