#pragma once
// How results are ordered: text relevance first, then services available in the kiosk's own
// municipality, then distance from the kiosk, then name. A pure function over plain data.
#include <optional>
#include <string_view>
#include <vector>

namespace ww {

struct RankInput {
    double relevance = 0;               // higher is better (negated bm25); 0 for a browse list
    bool in_home_municipality = false;
    std::optional<double> distance_km;  // unknown distances go last
    std::string_view name;              // folded, for a stable tie-break
};

// Relevance is compared in bands (quarters of the best score), so that near-equal text
// matches are ordered by place rather than by tiny differences in word statistics.
int relevance_band(double relevance, double best);

// Indices into `items`, best first.
std::vector<size_t> rank_order(const std::vector<RankInput>& items);

}  // namespace ww
