#pragma once
// The relevance model: how much one query word's match in one service counts. A pure function
// over plain data; the search engine (search_engine.cpp) finds the matches, ranking.h orders.
//
// A query word's score in a service is BM25F-like: in each field the best way it matched there
// (kind weight x field weight) is summed over the fields, saturated (a word in three fields is
// not three times as good), and multiplied by the word's BM25 IDF (a word few services hold
// says more than one most services hold).
// - kinds: the word as typed, a completion of it, its stem, a part of it (compound), a synonym,
//   a typo correction, the words of a phrase without its small words (phrase_words), a synonym
//   of a correction;
// - fields: name, category words (and the organisation), description, places, costs/conditions.
// In one field the typed word always outweighs a synonym of it, and the typed word in the name
// or the category words outweighs a synonym anywhere; a synonym in the name (the kind of service
// a synonym names) does outweigh the typed word met only in a description.
// A service's relevance is the sum of its query words' scores.
#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/postings.h"

namespace ww {

enum class MatchKind : std::uint8_t { literal, prefix, stem, compound, synonym, typo, phrase_words, typo_synonym };
constexpr int kMatchKindCount = 8;

struct WordMatch {
    MatchKind kind = MatchKind::literal;
    Field field = Field::name;
};

// BM25's inverse document frequency of a word found in `matching` of `total` services, plus 0.5
// so that a word in every service still counts.
double word_idf(std::uint32_t matching, std::uint32_t total);

double kind_weight(MatchKind kind);
double field_weight(Field field);
double match_weight(const WordMatch& match);  // kind x field

// BM25's saturation of a word's summed field weights (k1 = 1.2): grows with `sum`, below 2.2.
// Inline, like relevance_level below: the search calls both once per matching service.
inline double saturate(double sum) {
    constexpr double k1 = 1.2;
    return sum <= 0 ? 0 : sum * (k1 + 1) / (sum + k1);
}

// One query word's score: its best match per field, summed over fields, saturated, times idf.
// 0 when `matches` is empty.
double word_score(std::span<const WordMatch> matches, double idf);

// The minimum-evidence rule: what a service's matches show about it.
// - `named_for_a_word`: some query word matched in its name or category words (the service IS
//   that kind of thing), other than through the synonym of a typo correction;
// - `every_word_whole`: every needed query word matched as a whole word (as typed, completed,
//   stemmed, corrected, or through a synonym), not only through one part of a compound
//   ("kinder" of "kinderopvang") and not left out of a sentence.
// - `place_only_reading`: the last word waits as the beginning of a place ("kapper aan huis" of
//   Huis ter Heide), and read as the beginning of a word instead no service holds it with the
//   other words: it may be all there is, so only a service named for the other words answers
//   ("kapper aan huis" is not the drivers who take you to the hairdresser; "taxi nieuw-…" is
//   still the taxis).
// - `only_weak_evidence`: no needed word is held strongly there (strong_evidence below): what
//   matched is only met in passing or is a word one service in ten holds ("schilder voor het
//   huis": "schilderen" among an Odensehuis' activities, "huis" in its "huiskamer").
struct Evidence {
    bool named_for_a_word = false;
    bool every_word_whole = false;
    bool place_only_reading = false;
    bool only_weak_evidence = false;
};
// True when `match` says what the service is: in the name or category words, not a typo's synonym
// nor a phrase's words without the phrase (phrase_match_kind).
bool names_the_service(const WordMatch& match);
// A service is shown only when every word matched as a whole, or when it is named for a word
// that matched: a part of a compound or a few words of a question met only in a description
// ("kapper" in "rijden u naar de kapper", "auto" for "autoverzekering") mislead more than
// they help, so such a query honestly finds nothing.
// Every word whole is enough only when some word is held strongly.
constexpr bool enough_evidence(const Evidence& evidence) {
    return evidence.named_for_a_word ||
           (evidence.every_word_whole && !evidence.place_only_reading && !evidence.only_weak_evidence);
}

// A word that one service in ten or more holds (with its completions, stems and synonyms:
// "huis", "hulp", "buurt", "gemeente", "thuis") says little about which service is meant:
// it is weak evidence, like a word met only in passing.
constexpr bool is_generic_word(std::uint32_t services_matching, std::uint32_t services) {
    return std::uint64_t{services_matching} * 10 >= services && services_matching > 0;
}
// What a query word's match says about a service. It names the service (names_the_service), or
// it holds the word as meant: as typed, as corrected, through a synonym (of the correction), or
// as a beginning or part while the word is still typed, of a word that is not weak (generic
// beside a telling word, or a word that stands in the catalogue only inside names of places:
// "nieuw" of Nieuw-Buinen). A stem, a part of a compound, a longer word a finished word begins
// and a phrase's word without the phrase are met in passing. search_engine.cpp asks for strong
// evidence of some word when a question has two needed words or more: a word typed alone is
// searched as it is ("schilder" finds the Odensehuis where people paint).
bool strong_evidence(const WordMatch& match, bool word_unfinished, bool weak_word);

// A real word typed whole (four letters or more, one the Dutch or English dictionary knows) is
// what the person meant, also while it may still grow: it does not complete into the name of an
// organisation or a place ("hond" is no "Hondsrug", as "valt" is no "Valthermond"), and when
// nothing answers it, the question has no answer here ("huis verkopen"), rather than an answer to
// the other words alone.
constexpr bool typed_as_meant(size_t letters, bool real_word) { return real_word && letters >= 4; }

// The need of a question: a real word that nothing in the catalogue answers is the need when it
// is typed whole (typed_as_meant), or finished at three letters ("kat", "bed"): a short word being
// typed may still become anything, a finished one is what the person meant.
constexpr bool is_need_word(size_t letters, bool real_word, bool finished) {
    return typed_as_meant(letters, real_word) || (real_word && finished && letters >= 3);
}

// A question answered by only some of its words: a service must hold more than half of what
// the needed words say (their IDF). A word nothing in the catalogue answers (no word, beginning,
// stem, part, synonym or correction of it) is usually filler and weighs nothing then ("iemand
// die de medicijnen klaarzet"). But it is the need itself, one this catalogue does not cover,
// when it is a real word typed whole (typed_as_meant; not a small word, not a place) and the
// other words are weak evidence: no service holds any of them as typed (or its stem), only
// through a synonym, a longer word they begin or a compound they are part of ("oppas voor mijn
// hond": a synonym of "oppas"), or they are generic or parts of place names (is_generic_word,
// strong_evidence: "schoenmaker in de buurt": the Buurtbus; "nieuw identiteitsbewijs
// aanvragen": the cafe in Nieuw-Buinen). Then it weighs as
// much as the most telling word that something answers (`best_answered_idf`), so a service
// holding only one of two such words is no answer and the screen offers the way on instead.
// Who the help is for ("vader", "moeder") and the verbs of asking are small words
// (db/stopwords.txt), so "mijn vader is de weg kwijt" keeps its answer.
constexpr double unanswered_word_idf(bool real_word_typed_whole, bool others_only_in_passing,
                                     double best_answered_idf) {
    return real_word_typed_whole && others_only_in_passing ? best_answered_idf : 0.0;
}
// A phrase of the synonym table says more than its words: "ik kan de zorg niet meer aan" is a
// carer at the end of their strength, not a need for care, and "in de war" is no war. Without
// the small words that make it a phrase ("zorg" of "zorg niet meer aan"), what is left is not
// what was said: it counts below the phrase's meaning (its synonyms), and never names a service.
// Two words or more left ("weg kwijt" of "de weg kwijt", "alleen thuis") still are the phrase.
constexpr MatchKind phrase_match_kind(MatchKind typed, size_t phrase_words, size_t meaningful_words) {
    return meaningful_words == 1 && phrase_words > 1 ? MatchKind::phrase_words : typed;
}
// Where the phrase itself stands in a service's text ("Even vrij als mantelzorger" for "even
// vrij"), it counts as typed. Without word positions, that is a service holding its small words
// too; a small word most services hold ("voor" of "zorg voor") says nothing about that and is
// left out, and a phrase with no other small word cannot be told from its one word.
constexpr bool small_word_marks_phrase(std::uint32_t services_holding, std::uint32_t services) {
    return std::uint64_t{services_holding} * 2 < services;
}

// True for the kinds that hold the word itself: as typed, or its stem ("wandelt" in "wandelen").
constexpr bool holds_the_word_itself(MatchKind kind) { return kind == MatchKind::literal || kind == MatchKind::stem; }

// Typing letter by letter: the last word, still being typed after other words, waits (is
// neither needed nor counted) while it cannot say anything yet: fewer than three letters
// ("hulp bij het sc"), the beginning of a small word it may still become ("mijn moe" ->
// moeder, "naa" -> naar), or letters the catalogue does not answer yet ("alzheimer kaf").
// So the results of the words before it stay on the screen instead of jumping, and small
// words never bring results of their own by chance. A word typed alone is always searched.
constexpr size_t kMinLettersToSearch = 3;
bool last_word_waits(size_t letters, bool may_become_stop_word, bool answered, bool words_before);

// Typing letter by letter: a beginning brings the synonyms of a word it begins only when it can
// mean nothing else in the catalogue yet: every catalogue word it begins (`first` and `last`
// of them in sorted order, empty when none) also begins with that word's root (the word and its
// stem in common). "thuisz" means thuiszorg; "verg" is vergoeding as much as vergeten, so it
// brings the synonyms of neither, and the screen shows what "verg" itself finds.
bool beginning_means(std::string_view root, std::string_view first, std::string_view last);

// A small word counts (never needed) when a query is that small word and one other word: then
// it says what kind of the other is meant ("zonder verwijzing" is not just "verwijzing"), and
// "zonder" typed alone keeps what it found while "verw..." is typed. A small word after the
// word ("vergoed door") begins what follows, and in a longer sentence small words are grammar
// ("mijn vader is de weg kwijt"): there they stay out.
bool stop_words_count(size_t typed_words, size_t content_words, bool first_is_stop_word);

// The score of the last part of a compound being typed while it is no word yet ("ond…" of
// "mantelzorgond…"): it only refines, so it orders the services the other parts match as well
// as each other and never puts one above another: less than half a level (relevance_level).
double refining_score(double field_sum);

// The typed words are the name of a category of several words ("dementia support", "hulp voor
// mantelzorgers"), or its beginning while the last word is typed (three letters or more, no
// small word: "hulp bij" may still become anything):
// then that category's services come first. Word by word, "support" also stands in the name
// of home support *with* dementia; the category's name as a whole says which kind is meant.
// `words` are folded; `category_name` as the taxonomy writes it. A one-word name is a word
// like any other.
bool names_category(const std::vector<std::string>& words, bool last_unfinished, std::string_view category_name);
// What naming a category adds to a score: more than any words can, so that kind comes first.
constexpr double kNamedCategoryScore = 1000.0;

// A query that names a cost label ("eigen bijdrage", "gratis hulp voor mantelzorgers") asks
// about costs. Every service carries a cost label among its keywords, so the label says nothing
// about which service answers the question; the cost and condition text does ("U betaalt een
// eigen bijdrage via het CAK"). For the label's own words the two fields trade weights:
// conditions count as keywords do, keywords as conditions do. The other words of the query
// (the kind of service it names) count as always, so that kind still comes first.
double match_weight_for(const WordMatch& match, bool about_costs);
// True when the label's words stand one after another among the typed (folded) words, or the
// words are the label's beginning while the last is typed (names_category).
bool names_label(const std::vector<std::string>& words, bool last_unfinished, std::string_view label);

// A score as a level for rank_in_place_order (ranking.h): higher is more relevant, 0 is kept
// for "not in the result". Steps of 1/64: scores closer than that are as relevant, so place
// decides between them (ranking.h close_level_groups widens that to nearly as relevant). At most
// kMaxLevel.
constexpr std::uint16_t kMaxLevel = 32767;
inline std::uint16_t relevance_level(double score) {
    const double scaled = std::max(score, 0.0) * 64.0;
    if (!(scaled < kMaxLevel - 1)) return kMaxLevel;
    // std::round (half away from zero) without a call into libm: below 2^52 the fraction of a
    // double is exact, so this is the same number.
    const auto whole = static_cast<std::uint32_t>(scaled);
    const std::uint32_t rounded = whole + (scaled - static_cast<double>(whole) >= 0.5 ? 1u : 0u);
    return static_cast<std::uint16_t>(1 + std::min<std::uint32_t>(rounded, kMaxLevel - 1));
}

}  // namespace ww
