#pragma once
// How results are ordered: text relevance first, then services available in the kiosk's own
// municipality, then distance from the kiosk, then name. A pure function over plain data.
//
// Text relevance is counted in query words, so that it means the same to every reader:
// first how many of the query's words the service matches at all, then how many its name holds,
// then how many its categories' names hold. Services that match equally well are ordered by place.
#include <cstdint>
#include <optional>
#include <vector>

namespace ww {

struct RankInput {
    int matched_words = 0;              // query words found anywhere in the service's text
    int name_words = 0;                 // query words found in the service's name
    int category_words = 0;             // query words found in its categories' names
    bool in_home_municipality = false;
    std::optional<double> distance_km;  // unknown distances go last
    std::uint32_t name_order = 0;       // position of the name in alphabetical order: the tie-break
};

// True when `a` ranks before `b`: more relevant, or as relevant and placed before.
bool ranks_before(const RankInput& a, const RankInput& b);
// The words part of the order: matched, then name, then category words.
bool more_relevant(const RankInput& a, const RankInput& b);
// The place part of the order, which does not depend on the query: home, distance, name.
bool placed_before(const RankInput& a, const RankInput& b);

// Indices of the best `count` items (all when count exceeds the size), best first.
std::vector<std::uint32_t> rank_order(const std::vector<RankInput>& items, size_t count);

// The same order in two steps, for a large catalogue: the place order is computed once per
// kiosk position, and each search only gives every item a relevance level.
//
// relevance_level packs the words part into one number (each count capped at 31), higher is
// more relevant; 0 is kept for "not in the result".
constexpr std::uint16_t relevance_level(int matched_words, int name_words, int category_words) {
    auto five_bits = [](int n) { return static_cast<unsigned>(n < 0 ? 0 : n > 31 ? 31 : n); };
    return static_cast<std::uint16_t>(1 + ((five_bits(matched_words) << 10) | (five_bits(name_words) << 5) |
                                           five_bits(category_words)));
}
// `place_order` lists item indices sorted by placed_before; `levels[i]` is item i's relevance
// level. Returns the best `count` items with a level above 0, best first, as rank_order would.
std::vector<std::uint32_t> rank_in_place_order(const std::vector<std::uint32_t>& place_order,
                                               const std::vector<std::uint16_t>& levels, size_t count);

}  // namespace ww
