#pragma once
// How results are ordered: text relevance first, then services available in the kiosk's own
// municipality, then distance from the kiosk, then name. A pure function over plain data.
//
// Text relevance is the relevance level of core/relevance.h (word weights summed and quantised):
// services that match equally well, or nearly (close_level_groups), are ordered by place.
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace ww {

// How close two relevance scores are to count as equally relevant (close_level_groups). Another
// kind of match or field differs by more than 5 % (the closest, a word typed whole against its
// completion, both in the name, by about 6 % after saturation); 10 % and 20 % were tried and
// mixed kinds of service in the search evaluation.
constexpr double kCloseRelevance = 0.05;

struct RankInput {
    std::uint16_t relevance = 0;  // relevance_level() of core/relevance.h; 0 for browse lists
    bool in_home_municipality = false;
    std::optional<double> distance_km;  // unknown distances go last
    std::uint32_t name_order = 0;       // position of the name in alphabetical order: the tie-break
};

// True when `a` ranks before `b`: more relevant, or as relevant and placed before.
bool ranks_before(const RankInput& a, const RankInput& b);
// The words part of the order: the higher relevance level.
bool more_relevant(const RankInput& a, const RankInput& b);
// The place part of the order, which does not depend on the query: home, distance, name.
bool placed_before(const RankInput& a, const RankInput& b);

// Relevance levels close to a better one count as that level, so that the place orders them: a
// resident in Emmen who types "dagbesteding" wants the day care nearby first, not the one whose
// description repeats the word once more. Walking down from the best level, every level within
// `tolerance` (a fraction of the score) of its group's best joins that group.
// `distinct` lists the levels present, best first; the answer holds each one's group level.
std::vector<std::uint16_t> close_level_groups(std::span<const std::uint16_t> distinct,
                                              double tolerance = kCloseRelevance);

// Indices of the best `count` items (all when count exceeds the size), best first.
std::vector<std::uint32_t> rank_order(const std::vector<RankInput>& items, size_t count);

// The same order in two steps, for a large catalogue: the place order is computed once per
// kiosk position, and each search only gives every item a relevance level.
// `place_order` lists item indices sorted by placed_before; `levels[i]` is item i's relevance
// level. Returns the best `count` items with a level above 0, best first, as rank_order would.
std::vector<std::uint32_t> rank_in_place_order(const std::vector<std::uint32_t>& place_order,
                                               const std::vector<std::uint16_t>& levels, size_t count);

}  // namespace ww
