#include "core/ranking.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace ww {

int relevance_band(double relevance, double best) {
    if (best <= 0 || relevance <= 0) return 0;
    double ratio = std::min(1.0, relevance / best);
    return ratio >= 0.75 ? 3 : ratio >= 0.5 ? 2 : ratio >= 0.25 ? 1 : 0;
}

std::vector<size_t> rank_order(const std::vector<RankInput>& items) {
    double best = 0;
    for (const auto& item : items) best = std::max(best, item.relevance);
    std::vector<int> bands(items.size());
    for (size_t i = 0; i < items.size(); ++i) bands[i] = relevance_band(items[i].relevance, best);

    std::vector<size_t> order(items.size());
    std::iota(order.begin(), order.end(), size_t{0});
    auto key = [&](size_t i) {
        const RankInput& r = items[i];
        double distance = r.distance_km.value_or(HUGE_VAL);
        return std::make_tuple(-bands[i], r.in_home_municipality ? 0 : 1, distance, -r.relevance, r.name, i);
    };
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
    return order;
}

}  // namespace ww
