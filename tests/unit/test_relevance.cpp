// The relevance model (core/relevance.h) and the Dutch word handling (core/dutch.h): pure
// functions over plain data.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/dutch.h"
#include "core/ranking.h"
#include "core/relevance.h"

using namespace ww;

namespace {
const std::vector<MatchKind> kKinds{MatchKind::literal,      MatchKind::prefix,      MatchKind::stem,
                                    MatchKind::compound,     MatchKind::synonym,     MatchKind::typo,
                                    MatchKind::phrase_words, MatchKind::typo_synonym};
const std::vector<Field> kFieldsByWeight{Field::name, Field::keywords, Field::description, Field::places,
                                         Field::conditions};
}  // namespace

TEST_CASE("relevance: match kinds and fields are ordered as the issue asks") {
    for (size_t k = 1; k < kKinds.size(); ++k) CHECK(kind_weight(kKinds[k - 1]) > kind_weight(kKinds[k]));
    for (size_t f = 1; f < kFieldsByWeight.size(); ++f)
        CHECK(field_weight(kFieldsByWeight[f - 1]) > field_weight(kFieldsByWeight[f]));
    // In the same field, each kind outweighs the next.
    for (Field field : kFieldsByWeight)
        for (size_t k = 1; k < kKinds.size(); ++k)
            CHECK(word_score(std::vector<WordMatch>{{kKinds[k - 1], field}}, 2.0) >
                  word_score(std::vector<WordMatch>{{kKinds[k], field}}, 2.0));
}

TEST_CASE("relevance: the typed word outweighs a synonym of it") {
    auto score = [](MatchKind kind, Field field) { return word_score(std::vector<WordMatch>{{kind, field}}, 1.5); };
    for (MatchKind typed : {MatchKind::literal, MatchKind::prefix, MatchKind::stem, MatchKind::compound})
        for (Field synonym_field : kFieldsByWeight) {
            INFO(static_cast<int>(typed) << " vs synonym in " << static_cast<int>(synonym_field));
            // In the same field, and from the name or the category words against any field.
            CHECK(score(typed, synonym_field) > score(MatchKind::synonym, synonym_field));
            CHECK(score(typed, Field::name) > score(MatchKind::synonym, synonym_field));
            CHECK(score(typed, Field::keywords) > score(MatchKind::synonym, synonym_field));
        }
    // A synonym in the name names the kind of service: it beats the word seen in a description.
    CHECK(score(MatchKind::synonym, Field::name) > score(MatchKind::literal, Field::description));
    // A correction outweighs a synonym of that correction in the same field.
    for (Field f : kFieldsByWeight) CHECK(score(MatchKind::typo, f) > score(MatchKind::typo_synonym, f));
}

TEST_CASE("relevance: fields add up, but saturate (BM25F), and a rare word counts more (IDF)") {
    const std::vector<WordMatch> name_only{{MatchKind::literal, Field::name}};
    const std::vector<WordMatch> name_and_category{{MatchKind::literal, Field::name},
                                                   {MatchKind::synonym, Field::keywords}};
    CHECK(word_score(name_and_category, 2.0) > word_score(name_only, 2.0));
    // Only the best match per field counts: a synonym beside the word in the name adds nothing.
    const std::vector<WordMatch> twice_in_name{{MatchKind::literal, Field::name}, {MatchKind::synonym, Field::name}};
    CHECK(word_score(twice_in_name, 2.0) == Approx(word_score(name_only, 2.0)));
    // Saturation: everywhere is less than the sum of each field alone.
    std::vector<WordMatch> everywhere;
    double separately = 0;
    for (Field f : kFieldsByWeight) {
        everywhere.push_back({MatchKind::literal, f});
        separately += word_score(std::vector<WordMatch>{{MatchKind::literal, f}}, 1.0);
    }
    CHECK(word_score(everywhere, 1.0) < separately);
    CHECK(word_score(everywhere, 1.0) < 2.2);
    CHECK(word_score({}, 3.0) == 0);
    // IDF.
    CHECK(word_idf(3, 1000) > word_idf(300, 1000));
    CHECK(word_idf(1000, 1000) > 0);  // a word in every service still counts a little
    CHECK(word_score(name_only, word_idf(3, 1000)) > word_score(name_only, word_idf(600, 1000)));
}

TEST_CASE("relevance levels keep the order of scores, scores closer than a step are as relevant") {
    CHECK(relevance_level(0.0) >= 1);
    CHECK(relevance_level(2.0) > relevance_level(1.8));
    CHECK(relevance_level(1.25) == relevance_level(1.25));
    CHECK(relevance_level(1.001) == relevance_level(1.002));
    CHECK(relevance_level(1.0) < relevance_level(1.05));
    CHECK(relevance_level(1e9) == kMaxLevel);  // capped, not wrapped
    CHECK(relevance_level(-3) == relevance_level(0));
}

TEST_CASE("relevance levels round like std::round, halves and their neighbours included") {
    auto by_round = [](double score) {
        return static_cast<std::uint16_t>(1 + std::min(std::round(std::max(score, 0.0) * 64.0), double{kMaxLevel - 1}));
    };
    std::mt19937 random(5);
    std::uniform_real_distribution<double> any_score(-1.0, 600.0);
    std::vector<double> scores{0.0, -0.0, 1e-300, 511.99, 511.9921875, 1e9};
    for (int k = 0; k < 40000; ++k) {
        const double half = (k + 0.5) / 64.0;  // exactly between two levels
        for (double s : {half, std::nextafter(half, 0.0), std::nextafter(half, 1e9), k / 64.0}) scores.push_back(s);
        scores.push_back(any_score(random));
    }
    std::vector<double> different;
    for (double s : scores)
        if (relevance_level(s) != by_round(s)) different.push_back(s);
    CHECK(different.empty());
}

TEST_CASE("Snowball's Dutch stemmer joins inflected forms") {
    CHECK(dutch_stem("vrijwilligers") == dutch_stem("vrijwilliger"));
    CHECK(dutch_stem("logeren") == dutch_stem("logeer"));
    CHECK(dutch_stem("maaltijden") == dutch_stem("maaltijd"));
    CHECK(dutch_stem("dementie") != dutch_stem("dagbesteding"));
    // A verb form ending in -t is also tried without it ("hij rijdt" -> rijden).
    auto rijdt = query_stems("rijdt");
    CHECK(std::find(rijdt.begin(), rijdt.end(), dutch_stem("rijden")) != rijdt.end());
    auto wandelt = query_stems("wandelt");
    CHECK(std::find(wandelt.begin(), wandelt.end(), dutch_stem("wandelen")) != wandelt.end());
}

TEST_CASE("compounds split into known words, with the Dutch linking letters") {
    const std::set<std::string> vocabulary{"dagbesteding", "plek", "mantelzorg", "cursus", "geheugen",
                                           "klachten",     "dag",  "besteding",  "zorg",   "mantel"};
    auto known = [&](std::string_view w, bool) { return vocabulary.count(std::string(w)) > 0; };
    CHECK(split_compound("dagbestedingsplek", known) == std::vector<std::string>{"dagbesteding", "plek"});
    CHECK(split_compound("mantelzorgcursus", known) == std::vector<std::string>{"mantelzorg", "cursus"});
    CHECK(split_compound("geheugenklachten", known) == std::vector<std::string>{"geheugen", "klachten"});
    CHECK(split_compound("geheugenenplek", known) == std::vector<std::string>{"geheugen", "plek"});  // -en-
    CHECK(split_compound("mantelezorg", known) == std::vector<std::string>{"mantel", "zorg"});       // -e-
    // Nothing to split: a known word alone, unknown parts, or a part too short. (The search
    // does not split a word the catalogue knows: "dagbesteding" is not asked as dag + besteding.)
    CHECK(split_compound("plek", known).empty());
    CHECK(split_compound("mantelzorgxyz", known).empty());
    CHECK(split_compound(
              "dagplek", [&](std::string_view w, bool) { return w == "dag" || w == "plek"; }, 4)
              .empty());
    // The last part may be unfinished when the caller allows it.
    auto prefix_last = [&](std::string_view w, bool last) { return known(w, last) || (last && w == "curs"); };
    CHECK(split_compound("mantelzorgcurs", prefix_last) == std::vector<std::string>{"mantelzorg", "curs"});
}

TEST_CASE("stop words come from db/stopwords.txt, Dutch and English") {
    for (const char* w :
         {"de", "het", "alles", "meer", "iemand", "mijn", "the", "with", "vader", "erg", "hele", "zit", "snap"}) {
        INFO(w);
        CHECK(is_stop_word(w));
    }
    for (const char* w : {"dementie", "hulp", "vervoer", "taxi", "wandelen"}) {
        INFO(w);
        CHECK_FALSE(is_stop_word(w));
    }
}

TEST_CASE("hunspell-nl knows real Dutch words, so they are not taken for typos") {
    CHECK(is_dutch_word("moeder"));
    CHECK(is_dutch_word("boodschappen"));
    CHECK_FALSE(is_dutch_word("mantelzrog"));
    CHECK_FALSE(is_dutch_word("dementei"));
}

TEST_CASE("minimum evidence: a service is shown when every word matched whole, or it is named for one") {
    // Named for a word: a match in the name or the category words, but not a typo's synonym.
    CHECK(names_the_service({MatchKind::literal, Field::name}));
    CHECK(names_the_service({MatchKind::synonym, Field::keywords}));
    CHECK(names_the_service({MatchKind::typo, Field::name}));
    CHECK_FALSE(names_the_service({MatchKind::typo_synonym, Field::name}));
    CHECK_FALSE(names_the_service({MatchKind::literal, Field::description}));
    CHECK_FALSE(names_the_service({MatchKind::literal, Field::conditions}));
    CHECK_FALSE(names_the_service({MatchKind::literal, Field::places}));
    // The rule.
    CHECK(enough_evidence({.named_for_a_word = false, .every_word_whole = true}));
    CHECK(enough_evidence({.named_for_a_word = true, .every_word_whole = false}));
    CHECK_FALSE(enough_evidence({.named_for_a_word = false, .every_word_whole = false}));
    // A place's beginning that no service holds with the other words as a word: named only.
    CHECK_FALSE(enough_evidence({.named_for_a_word = false, .every_word_whole = true, .place_only_reading = true}));
    CHECK(enough_evidence({.named_for_a_word = true, .every_word_whole = true, .place_only_reading = true}));
}

TEST_CASE("a real word of four letters or more typed whole is meant", "[relevance]") {
    CHECK(typed_as_meant(4, true));  // "hond", not the beginning of "Hondsrug"
    CHECK(typed_as_meant(7, true));
    CHECK_FALSE(typed_as_meant(3, true));   // "zor" may still become anything
    CHECK_FALSE(typed_as_meant(6, false));  // "odense" is no word of its own
}

TEST_CASE("hunspell-en-gb tells English words, for the language rule of corrections") {
    CHECK(is_english_word("walking"));
    CHECK(is_english_word("support"));
    CHECK_FALSE(is_english_word("wandelen"));
    const WordLanguages walking = word_languages("walking"), wandelen = word_languages("wandelen");
    CHECK(walking.english);
    CHECK_FALSE(walking.dutch);
    CHECK(wandelen.dutch);
    CHECK_FALSE(wandelen.english);
}

TEST_CASE("a query's language: English only with an English-only word and no Dutch-only one") {
    const WordLanguages dutch{true, false}, english{false, true}, both{true, true}, neither{};
    CHECK(query_language({}) == Language::Dutch);
    CHECK(query_language({neither}) == Language::Dutch);  // a typo alone: Dutch, the first language
    CHECK(query_language({both, neither}) == Language::Dutch);
    CHECK(query_language({neither, english}) == Language::English);
    CHECK(query_language({english, dutch}) == Language::Dutch);
    CHECK(query_language({dutch, english}) == Language::Dutch);
}

TEST_CASE("never correct into the other language") {
    const WordLanguages dutch{true, false}, english{false, true}, both{true, true}, neither{};
    CHECK(may_correct_into(Language::Dutch, dutch));
    CHECK_FALSE(may_correct_into(Language::Dutch, english));
    CHECK(may_correct_into(Language::English, english));
    CHECK_FALSE(may_correct_into(Language::English, dutch));
    for (auto language : {Language::Dutch, Language::English}) {
        CHECK(may_correct_into(language, both));     // "taxi"
        CHECK(may_correct_into(language, neither));  // a catalogue name: "odensehuis"
    }
}

TEST_CASE("a word being typed may still become a stop word") {
    CHECK(begins_stop_word("moe"));           // moeder
    CHECK(begins_stop_word("naa"));           // naar
    CHECK(begins_stop_word("all"));           // alle, alles
    CHECK_FALSE(begins_stop_word("moeder"));  // the whole word is no beginning of a longer one
    CHECK_FALSE(begins_stop_word("dem"));
    CHECK_FALSE(begins_stop_word("mantelz"));
    CHECK_FALSE(begins_stop_word(""));
}

TEST_CASE("letter by letter: the last word waits while it cannot say anything yet") {
    // Alone, a word is always searched, however short or unknown.
    CHECK_FALSE(last_word_waits(2, true, false, false));
    CHECK_FALSE(last_word_waits(3, false, false, false));
    // After other words: too short, the beginning of a small word, or not answered yet.
    CHECK(last_word_waits(1, false, true, true));
    CHECK(last_word_waits(kMinLettersToSearch - 1, false, true, true));
    CHECK(last_word_waits(3, true, true, true));
    CHECK(last_word_waits(6, false, false, true));
    // Otherwise it is searched.
    CHECK_FALSE(last_word_waits(kMinLettersToSearch, false, true, true));
    CHECK_FALSE(last_word_waits(9, false, true, true));
}

TEST_CASE("a question word typed alone begins a question") {
    for (const char* w : {"waar", "wat", "hoe", "wie", "welke", "where", "what", "how"}) {
        INFO(w);
        CHECK(is_question_word(w));
        CHECK(is_stop_word(w));  // never needed for a match either
    }
    CHECK_FALSE(is_question_word("zonder"));  // a small word with a meaning of its own
    CHECK_FALSE(is_question_word("waa"));
    CHECK_FALSE(is_question_word("dementie"));
}

TEST_CASE("letter by letter: a beginning brings the synonyms only of a word it can only mean") {
    // "thuisz": every catalogue word it begins begins with thuiszorg.
    CHECK(beginning_means("thuiszorg", "thuiszorg", "thuiszorgwinkel"));
    // "verg": vergoeding is no form of vergeten, so vergeten's synonyms wait.
    CHECK_FALSE(beginning_means("verge", "vergaderen", "vergoeding"));
    CHECK_FALSE(beginning_means("verge", "vergeten", "vergoeding"));
    // A beginning no catalogue word has yet (only the synonym table knows it).
    CHECK(beginning_means("vergeetach", "", ""));
}

TEST_CASE("a small word counts only before the one other word of a query of two") {
    CHECK(stop_words_count(2, 1, true));         // "zonder verwijzing"
    CHECK_FALSE(stop_words_count(2, 1, false));  // "vergoed door": it begins what follows
    CHECK_FALSE(stop_words_count(6, 1, true));   // "mijn vader is de weg kwijt": grammar
    CHECK_FALSE(stop_words_count(2, 2, false));  // two words say what is meant
    CHECK_FALSE(stop_words_count(1, 1, true));
}

TEST_CASE("the last part of a compound being typed only refines") {
    // Whatever it matches, it never adds half a level: it orders equals, never overtakes.
    for (double sum : {0.0, 0.1, 0.7, 2.0, 50.0}) {
        INFO(sum);
        CHECK(refining_score(sum) >= 0.0);
        CHECK(relevance_level(1.0 + refining_score(sum)) == relevance_level(1.0));
    }
    CHECK(refining_score(1.0) > refining_score(0.2));
    CHECK(refining_score(1.0) < 0.5 / 64.0);
}

TEST_CASE("typing a category's name of several words names that kind") {
    using W = std::vector<std::string>;
    CHECK(names_category(W{"dementia", "support"}, false, "Dementia support"));
    CHECK(names_category(W{"hulp", "voor", "mantelzorgers"}, true, "Hulp voor mantelzorgers"));
    // Its beginning while the last word is typed, once that word says something.
    CHECK(names_category(W{"dementia", "sup"}, true, "Dementia support"));
    CHECK(names_category(W{"hulp", "bij", "dem"}, true, "Hulp bij dementie"));
    CHECK_FALSE(names_category(W{"hulp", "bij"}, true, "Hulp bij dementie"));
    CHECK_FALSE(names_category(W{"dementia", "su"}, true, "Dementia support"));
    CHECK_FALSE(names_category(W{"dementia", "sup"}, false, "Dementia support"));  // a finished "sup"
    // More words, other words, or a one-word name: words like any other.
    CHECK_FALSE(names_category(W{"dementia", "support", "group"}, false, "Dementia support"));
    CHECK_FALSE(names_category(W{"dementia", "care"}, false, "Dementia support"));
    CHECK_FALSE(names_category(W{"vervoer"}, false, "Vervoer"));
    CHECK_FALSE(names_category(W{"dementia"}, true, "Dementia support"));
}

TEST_CASE("a query about costs: the cost text counts, the cost label does not name") {
    const WordMatch label{MatchKind::literal, Field::keywords}, text{MatchKind::literal, Field::conditions};
    // As always: a keyword (a category, or the cost label every service carries) over the conditions.
    CHECK(match_weight_for(label, false) > match_weight_for(text, false));
    CHECK(match_weight_for(label, false) == match_weight(label));
    // For the words of a cost label the query names, the cost text answers.
    CHECK(match_weight_for(text, true) > match_weight_for(label, true));
    CHECK(match_weight_for(text, true) == match_weight(label));
    // Name and description keep their weights.
    for (Field f : {Field::name, Field::description}) {
        const WordMatch m{MatchKind::literal, f};
        CHECK(match_weight_for(m, true) == match_weight(m));
    }
}

TEST_CASE("a query names a cost label among its words") {
    using W = std::vector<std::string>;
    CHECK(names_label(W{"eigen", "bijdrage"}, false, "Eigen bijdrage"));
    CHECK(names_label(W{"eigen", "bijdrage", "voor", "dagbesteding"}, false, "Eigen bijdrage"));
    CHECK(names_label(W{"is", "het", "gratis"}, false, "Gratis"));
    CHECK(names_label(W{"eigen", "bijd"}, true, "Eigen bijdrage"));  // being typed
    CHECK_FALSE(names_label(W{"bijdrage", "eigen"}, false, "Eigen bijdrage"));
    CHECK_FALSE(names_label(W{"eigen", "huis"}, false, "Eigen bijdrage"));
    CHECK_FALSE(names_label(W{"bijdrage"}, false, "Eigen bijdrage"));
}

TEST_CASE("a real word nothing answers is the need when the other words are met only in passing") {
    const double best = word_idf(3, 300);
    // A filler (not a real word typed whole) weighs nothing, whatever the other words.
    CHECK(unanswered_word_idf(false, true, best) == 0.0);
    CHECK(unanswered_word_idf(false, false, best) == 0.0);
    // A real word beside words some service holds as typed: filler too ("medicijnen klaarzet").
    CHECK(unanswered_word_idf(true, false, best) == 0.0);
    // A real word beside words met only through a synonym, a longer word or a compound: it
    // weighs as the most telling answered word, so a service holding one of two words has
    // exactly half the needed weight, not more than half (search_engine.cpp's rule).
    const double weight = unanswered_word_idf(true, true, best);
    CHECK(weight == best);
    const double needed = best + weight;
    CHECK_FALSE(best * 2 > needed);
    // With two answered words a service holding both still covers more than half.
    const double other = word_idf(40, 300);
    CHECK((best + other) * 2 > best + other + unanswered_word_idf(true, true, best));
    // The word itself is held as typed or as its stem; completions, parts and synonyms are in passing.
    for (MatchKind kind : kKinds)
        CHECK(holds_the_word_itself(kind) == (kind == MatchKind::literal || kind == MatchKind::stem));
}

TEST_CASE("a phrase's one word without its small words is not the phrase") {
    // "zorg" of "zorg niet meer aan", "war" of "in de war": below the phrase's meaning.
    CHECK(phrase_match_kind(MatchKind::literal, 4, 1) == MatchKind::phrase_words);
    CHECK(phrase_match_kind(MatchKind::prefix, 3, 1) == MatchKind::phrase_words);
    // Two words or more left are still the phrase ("weg kwijt"), and so is a phrase of words only.
    CHECK(phrase_match_kind(MatchKind::literal, 3, 2) == MatchKind::literal);
    CHECK(phrase_match_kind(MatchKind::literal, 2, 2) == MatchKind::literal);
    CHECK(phrase_match_kind(MatchKind::prefix, 1, 1) == MatchKind::prefix);
    // It counts below a synonym of the phrase in the same field, and never names a service.
    for (Field f : kFieldsByWeight) {
        CHECK(match_weight({MatchKind::phrase_words, f}) < match_weight({MatchKind::synonym, f}));
        CHECK_FALSE(names_the_service({MatchKind::phrase_words, f}));
    }
    CHECK_FALSE(holds_the_word_itself(MatchKind::phrase_words));
    // A small word marks where the phrase itself stands only when fewer than half the services hold it.
    CHECK(small_word_marks_phrase(54, 336));         // "even" of "even vrij"
    CHECK_FALSE(small_word_marks_phrase(336, 336));  // "voor" of "zorg voor"
    CHECK_FALSE(small_word_marks_phrase(168, 336));
}

TEST_CASE("weak evidence: generic words, place-name parts and matches in passing") {
    // One service in ten or more: generic.
    CHECK(is_generic_word(34, 336));
    CHECK(is_generic_word(122, 336));  // "huis"
    CHECK_FALSE(is_generic_word(33, 336));
    CHECK_FALSE(is_generic_word(2, 336));
    CHECK_FALSE(is_generic_word(0, 0));
    CHECK(is_generic_word(10000, 100000));
    // Naming the service is always strong, whatever the word.
    CHECK(strong_evidence({MatchKind::literal, Field::name}, false, true));
    CHECK(strong_evidence({MatchKind::prefix, Field::keywords}, false, true));
    // A word that is not weak, held as meant anywhere: strong.
    for (MatchKind kind : {MatchKind::literal, MatchKind::typo, MatchKind::synonym, MatchKind::typo_synonym}) {
        CHECK(strong_evidence({kind, Field::description}, false, false));
        CHECK_FALSE(strong_evidence({kind, Field::description}, false, true));  // a weak word
    }
    // Met in passing: a stem ("schilder" in "schilderen"), a longer word a finished word begins
    // ("huis" in "huiskamer"), a part, a phrase's word without the phrase.
    for (MatchKind kind : {MatchKind::stem, MatchKind::prefix, MatchKind::compound, MatchKind::phrase_words})
        CHECK_FALSE(strong_evidence({kind, Field::description}, false, false));
    // While the word is typed, its beginnings are all it says.
    CHECK(strong_evidence({MatchKind::prefix, Field::description}, true, false));
    CHECK(strong_evidence({MatchKind::compound, Field::description}, true, false));
    CHECK_FALSE(strong_evidence({MatchKind::stem, Field::description}, true, false));
    // The rule: every word whole, but only weak evidence, is no answer; named still is.
    CHECK_FALSE(enough_evidence({.named_for_a_word = false, .every_word_whole = true, .only_weak_evidence = true}));
    CHECK(enough_evidence({.named_for_a_word = true, .every_word_whole = true, .only_weak_evidence = true}));
}

TEST_CASE("the need of a question: a real word typed whole, or finished at three letters") {
    CHECK(is_need_word(4, true, false));        // "hond", also while it may grow
    CHECK(is_need_word(3, true, true));         // "kat " finished
    CHECK_FALSE(is_need_word(3, true, false));  // "kat" being typed may become "katten", "katholiek"
    CHECK_FALSE(is_need_word(2, true, true));
    CHECK_FALSE(is_need_word(9, false, true));  // no real word: a typo or a name
}

TEST_CASE("an age below 65 among other words means young-onset dementia") {
    for (const char* age : {"58", "60", "18", "64"}) CHECK(is_age_below_65(age));
    for (const char* word : {"65", "80", "17", "5", "100", "5a", "", "jong"}) CHECK_FALSE(is_age_below_65(word));
    CHECK(kYoungWord == "jong");
}

TEST_CASE("nearly as relevant never joins a word typed whole with its completion or a synonym") {
    // close_level_groups (ranking.h) lets the place order services that match nearly as well; the
    // kinds of match must still order: typed whole, completed, stem, synonym, each in the name.
    for (const double idf : {0.6, 1.5, 4.0}) {
        std::vector<std::uint16_t> levels;
        for (const MatchKind kind : {MatchKind::literal, MatchKind::prefix, MatchKind::stem, MatchKind::synonym})
            levels.push_back(relevance_level(word_score(std::vector<WordMatch>{{kind, Field::name}}, idf)));
        const std::vector<std::uint16_t> groups = close_level_groups(levels);
        INFO("idf " << idf);
        CHECK(std::set<std::uint16_t>(groups.begin(), groups.end()).size() == levels.size());
    }
}
