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

// True when `a` ranks before `b`.
bool ranks_before(const RankInput& a, const RankInput& b);

// Indices of the best `count` items (all when count exceeds the size), best first.
std::vector<std::uint32_t> rank_order(const std::vector<RankInput>& items, size_t count);

}  // namespace ww
