#include "core/ranking.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ww {

bool ranks_before(const RankInput& a, const RankInput& b) {
    if (a.matched_words != b.matched_words) return a.matched_words > b.matched_words;
    if (a.name_words != b.name_words) return a.name_words > b.name_words;
    if (a.category_words != b.category_words) return a.category_words > b.category_words;
    if (a.in_home_municipality != b.in_home_municipality) return a.in_home_municipality;
    double da = a.distance_km.value_or(HUGE_VAL), db = b.distance_km.value_or(HUGE_VAL);
    if (da != db) return da < db;
    return a.name_order < b.name_order;
}

std::vector<std::uint32_t> rank_order(const std::vector<RankInput>& items, size_t count) {
    std::vector<std::uint32_t> order(items.size());
    std::iota(order.begin(), order.end(), 0u);
    count = std::min(count, order.size());
    // Only the first page is ever shown: sort just that part (ties keep input order).
    auto before = [&](std::uint32_t a, std::uint32_t b) {
        if (ranks_before(items[a], items[b])) return true;
        if (ranks_before(items[b], items[a])) return false;
        return a < b;
    };
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(count), order.end(), before);
    order.resize(count);
    return order;
}

}  // namespace ww
