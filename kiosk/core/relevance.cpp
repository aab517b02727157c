#include "core/relevance.h"

#include <algorithm>
#include <cmath>

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

double saturate(double sum) {
    constexpr double k1 = 1.2;
    return sum <= 0 ? 0 : sum * (k1 + 1) / (sum + k1);
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
    return (match.field == Field::name || match.field == Field::keywords) && match.kind != MatchKind::typo_synonym;
}

bool enough_evidence(const Evidence& evidence) { return evidence.every_word_whole || evidence.named_for_a_word; }

bool last_word_waits(size_t letters, bool may_become_stop_word, bool answered, bool words_before) {
    return words_before && (letters < kMinLettersToSearch || may_become_stop_word || !answered);
}

std::uint16_t relevance_level(double score) {
    const double scaled = std::round(std::max(score, 0.0) * 64.0);
    return static_cast<std::uint16_t>(1 + std::min(scaled, static_cast<double>(kMaxLevel - 1)));
}

}  // namespace ww
