#include "core/relevance.h"

#include <algorithm>
#include <cmath>

#include "core/dutch.h"
#include "core/text.h"

namespace ww {

double word_idf(std::uint32_t matching, std::uint32_t total) {
    const double n = std::max<double>(total, 1), df = std::min<double>(matching, n);
    // Plus a floor: a word in nearly every service still tells its fields and kinds apart.
    return 0.5 + std::log(1.0 + (n - df + 0.5) / (df + 0.5));
}

double kind_weight(MatchKind kind) {
    switch (kind) {
        case MatchKind::literal: return 1.0;
        case MatchKind::prefix: return 0.9;
        case MatchKind::stem: return 0.8;
        case MatchKind::compound: return 0.7;
        case MatchKind::synonym: return 0.45;
        case MatchKind::typo: return 0.4;
        case MatchKind::phrase_words: return 0.3;  // a phrase's words without it: below its meaning
        case MatchKind::typo_synonym: return 0.2;  // a correction's synonym: as a synonym to a word
    }
    return 0;
}

double field_weight(Field field) {
    switch (field) {
        case Field::name: return 1.0;
        case Field::keywords: return 0.7;  // category words and the organisation's name
        case Field::description: return 0.4;
        case Field::places: return 0.25;
        case Field::conditions: return 0.2;
    }
    return 0;
}

double match_weight(const WordMatch& match) { return kind_weight(match.kind) * field_weight(match.field); }

double match_weight_for(const WordMatch& match, bool about_costs) {
    if (!about_costs) return match_weight(match);
    Field field = match.field;
    if (field == Field::conditions) field = Field::keywords;
    else if (field == Field::keywords) field = Field::conditions;
    return kind_weight(match.kind) * field_weight(field);
}

double word_score(std::span<const WordMatch> matches, double idf) {
    double best[kFieldCount] = {};
    for (const auto& m : matches) {
        auto f = static_cast<size_t>(m.field);
        best[f] = std::max(best[f], match_weight(m));
    }
    double sum = 0;
    for (double b : best) sum += b;
    return saturate(sum) * idf;
}

bool names_the_service(const WordMatch& match) {
    return (match.field == Field::name || match.field == Field::keywords) && match.kind != MatchKind::typo_synonym &&
           match.kind != MatchKind::phrase_words;
}

bool strong_evidence(const WordMatch& match, bool word_unfinished, bool weak_word) {
    if (names_the_service(match)) return true;
    if (weak_word) return false;
    switch (match.kind) {
        case MatchKind::literal:
        case MatchKind::typo:
        case MatchKind::synonym:
        case MatchKind::typo_synonym: return true;
        // While a word is typed, its beginnings are all it says yet.
        case MatchKind::prefix:
        case MatchKind::compound: return word_unfinished;
        case MatchKind::stem:
        case MatchKind::phrase_words: return false;
    }
    return false;
}

bool last_word_waits(size_t letters, bool may_become_stop_word, bool answered, bool words_before) {
    return words_before && (letters < kMinLettersToSearch || may_become_stop_word || !answered);
}

bool beginning_means(std::string_view root, std::string_view first, std::string_view last) {
    // Sorted: every word between first and last begins with root when both do.
    return (first.empty() && last.empty()) || (first.starts_with(root) && last.starts_with(root));
}

bool stop_words_count(size_t typed_words, size_t content_words, bool first_is_stop_word) {
    return typed_words == 2 && content_words == 1 && first_is_stop_word;
}

double refining_score(double field_sum) {
    // saturate() stays below k1 + 1 = 2.2.
    return saturate(field_sum) / 2.2 * (0.45 / 64.0);
}

bool names_category(const std::vector<std::string>& words, bool last_unfinished, std::string_view category_name) {
    const auto name = split_words(category_name);
    if (name.size() < 2 || words.size() < 2 || words.size() > name.size()) return false;
    for (size_t k = 0; k + 1 < words.size(); ++k)
        if (words[k] != name[k]) return false;
    const std::string& last = words.back();
    if (words.size() == name.size() && last == name.back()) return true;
    // A beginning: its last word says something already ("hulp bij" may still be anything).
    return last_unfinished && last.size() >= 3 && !is_stop_word(last) && name[words.size() - 1].starts_with(last);
}

bool names_label(const std::vector<std::string>& words, bool last_unfinished, std::string_view label) {
    const auto name = split_words(label);
    if (name.empty()) return false;
    if (std::search(words.begin(), words.end(), name.begin(), name.end()) != words.end()) return true;
    return names_category(words, last_unfinished, label);
}

}  // namespace ww
