#include "core/ranking.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace ww {

bool ranks_before(const RankInput& a, const RankInput& b) {
    auto key = [](const RankInput& r) {
        return std::make_tuple(-r.matched_words, -r.name_words, -r.category_words, r.in_home_municipality ? 0 : 1,
                               r.distance_km.value_or(HUGE_VAL), r.name);
    };
    return key(a) < key(b);
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
