#include "core/ranking.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ww {

bool more_relevant(const RankInput& a, const RankInput& b) { return a.relevance > b.relevance; }

bool placed_before(const RankInput& a, const RankInput& b) {
    if (a.in_home_municipality != b.in_home_municipality) return a.in_home_municipality;
    double da = a.distance_km.value_or(HUGE_VAL), db = b.distance_km.value_or(HUGE_VAL);
    if (da != db) return da < db;
    return a.name_order < b.name_order;
}

bool ranks_before(const RankInput& a, const RankInput& b) {
    if (more_relevant(a, b)) return true;
    if (more_relevant(b, a)) return false;
    return placed_before(a, b);
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

std::vector<std::uint16_t> close_level_groups(std::span<const std::uint16_t> distinct, double tolerance) {
    // A level is 1 + score x 64 (relevance_level), so the score is proportional to level - 1.
    std::vector<std::uint16_t> groups;
    groups.reserve(distinct.size());
    std::uint16_t group = 0;
    for (std::uint16_t level : distinct) {
        if (group == 0 || level - 1.0 < (group - 1.0) * (1.0 - tolerance)) group = level;
        groups.push_back(group);
    }
    return groups;
}

std::vector<std::uint32_t> rank_in_place_order(const std::vector<std::uint32_t>& place_order,
                                               const std::vector<std::uint16_t>& levels, size_t count) {
    // How many items of each level the page takes: all of the best levels, then what fits.
    std::vector<std::uint32_t> quota(UINT16_MAX + 1, 0);
    for (std::uint16_t level : levels) ++quota[level];
    quota[0] = 0;
    size_t room = count;
    for (size_t level = quota.size(); level-- > 1;) {
        quota[level] = static_cast<std::uint32_t>(std::min<size_t>(quota[level], room));
        room -= quota[level];
    }
    // Walking in place order, the first items of each level are that level's best; the walk
    // ends as soon as the page is full.
    std::vector<std::pair<std::uint16_t, std::uint32_t>> page;
    const size_t page_size = count - room;
    for (std::uint32_t item : place_order) {
        if (page.size() == page_size) break;
        std::uint16_t level = levels[item];
        if (quota[level] == 0) continue;
        --quota[level];
        page.emplace_back(level, item);
    }
    std::stable_sort(page.begin(), page.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::uint32_t> order;
    for (const auto& entry : page) order.push_back(entry.second);
    return order;
}

}  // namespace ww
