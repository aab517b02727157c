// Text folding, edit distance and ranking: plain functions over plain data.
#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <random>
#include <set>

#include "core/ranking.h"
#include "core/text.h"

using namespace ww;

TEST_CASE("fold lowercases and removes diacritics like the FTS tokenizer") {
    CHECK(fold("Café") == "cafe");
    CHECK(fold("CLIËNTONDERSTEUNING") == "clientondersteuning");
    CHECK(fold("Financiën ĳs Ærø") == "financien is aro");
    CHECK(fold("€ 2,50") == "  2,50");
}

TEST_CASE("split_words splits at everything that is not a letter or digit") {
    CHECK(split_words("Wmo-loket, Alzheimer Café!") == std::vector<std::string>{"wmo", "loket", "alzheimer", "cafe"});
    CHECK(split_words("  ").empty());
    CHECK(split_words("‘dagbesteding’ – “Emmen”") == std::vector<std::string>{"dagbesteding", "emmen"});
}

TEST_CASE("edit_distance counts a swap of neighbours as one edit and stops early") {
    CHECK(edit_distance("dementie", "dementie", 2) == 0);
    CHECK(edit_distance("dementei", "dementie", 2) == 1);
    CHECK(edit_distance("dagbestedng", "dagbesteding", 2) == 1);
    CHECK(edit_distance("mantelzrog", "mantelzorg", 2) == 1);
    CHECK(edit_distance("vervoer", "verzorging", 2) == 3);  // capped at max + 1
    CHECK(edit_distance("abc", "abcdef", 2) == 3);
}

TEST_CASE("is_valid_utf8 rejects broken sequences") {
    CHECK(is_valid_utf8("café €"));
    CHECK_FALSE(is_valid_utf8("caf\xe9"));       // Latin-1 é
    CHECK_FALSE(is_valid_utf8("\xc3"));          // truncated
    CHECK_FALSE(is_valid_utf8("\xc0\xaf"));      // overlong
    CHECK_FALSE(is_valid_utf8("\xed\xa0\x80"));  // surrogate
    CHECK(is_valid_utf8("\xef\xbf\xbd"));        // U+FFFD spelled out
}

TEST_CASE("ranking: text relevance first, then home municipality, then distance, then name") {
    std::vector<RankInput> items{
        {40, false, 1.0, 1},          // 0: less relevant, near, not home
        {50, true, 30.0, 2},          // 1: relevant, home, far
        {50, true, 5.0, 3},           // 2: same, near
        {10, true, 0.5, 0},           // 3: least relevant
        {50, true, std::nullopt, 4},  // 4: same as 1 and 2, no position
        {90, false, 80.0, 5},         // 5: most relevant, far away
        {60, false, 90.0, 6},         // 6: more relevant than 1, 2 and 4
    };
    CHECK(rank_order(items, 10) == std::vector<std::uint32_t>{5, 6, 2, 1, 4, 0, 3});
    SECTION("only the first page is sorted and returned") {
        CHECK(rank_order(items, 2) == std::vector<std::uint32_t>{5, 6});
        CHECK(rank_order(items, 0).empty());
    }
}

TEST_CASE("browse lists (no words) are ordered by home, distance and name") {
    std::vector<RankInput> items{{1, false, 2.0, 3}, {1, true, 9.0, 2}, {1, true, 9.0, 0}, {1, true, 1.0, 1}};
    CHECK(rank_order(items, 4) == std::vector<std::uint32_t>{3, 2, 1, 0});
    CHECK(ranks_before(items[3], items[0]));
    CHECK_FALSE(ranks_before(items[0], items[0]));
}

TEST_CASE("nearly as relevant counts as relevant: the place decides") {
    // Levels are 1 + score x 64: level 641 is a score of 10, 609 is 9.5 (5 % less), 608 is 9.484.
    const std::vector<std::uint16_t> distinct{641, 609, 608, 580, 570, 1};
    CHECK(close_level_groups(distinct, 0.05) == std::vector<std::uint16_t>{641, 641, 608, 608, 570, 1});
    SECTION("a group is measured from its best level, so closeness does not drift down a chain") {
        std::vector<std::uint16_t> chain;
        for (std::uint16_t level = 1001; level > 500; level -= 20) chain.push_back(level);
        const std::vector<std::uint16_t> groups = close_level_groups(chain, 0.05);
        CHECK(std::set<std::uint16_t>(groups.begin(), groups.end()).size() > 5);
        CHECK(groups.back() < 700);
    }
    SECTION("no tolerance keeps every level") {
        const std::vector<std::uint16_t> same{641, 640, 2};
        CHECK(close_level_groups(same, 0.0) == same);
    }
}

TEST_CASE("ranking in place order gives the same pages as sorting everything") {
    std::mt19937 random(11);
    for (int trial = 0; trial < 300; ++trial) {
        const size_t n = 1 + random() % 200;
        std::vector<RankInput> items(n);
        std::vector<std::uint16_t> levels(n);
        std::vector<RankInput> shown;  // the items with a level, as rank_order sees them
        std::vector<std::uint32_t> shown_index;
        for (std::uint32_t i = 0; i < n; ++i) {
            RankInput& r = items[i];
            r.relevance = static_cast<std::uint16_t>(random() % 4);  // 0 = not in the result
            r.in_home_municipality = random() % 2;
            if (random() % 4) r.distance_km = static_cast<double>(random() % 20);
            r.name_order = i;
            levels[i] = r.relevance;
            if (levels[i]) shown.push_back(r), shown_index.push_back(i);
        }
        std::vector<std::uint32_t> place(n);
        std::iota(place.begin(), place.end(), 0u);
        std::sort(place.begin(), place.end(), [&](auto a, auto b) { return placed_before(items[a], items[b]); });
        for (size_t count : {size_t{0}, size_t{1}, size_t{5}, size_t{20}, n}) {
            std::vector<std::uint32_t> expected;
            for (auto k : rank_order(shown, count)) expected.push_back(shown_index[k]);
            INFO("trial " << trial << ", count " << count);
            CHECK(rank_in_place_order(place, levels, count) == expected);
        }
    }
}

TEST_CASE("trim and trim_in_place remove the same spaces, tabs and line ends") {
    for (const char* text : {"  Emmen\r\n", "\tAa en Hunze ", "Assen", " \t\r\n", ""}) {
        INFO(text);
        std::string in_place = text;
        trim_in_place(in_place);
        CHECK(in_place == trim(text));
    }
    CHECK(trim("  Aa en Hunze\r\n") == "Aa en Hunze");
    CHECK(trim(" \t ").empty());
}

TEST_CASE("letter case is compared for ASCII letters only") {
    CHECK(equal_ignoring_case("MIDDEN-drenthe", "Midden-Drenthe"));
    CHECK_FALSE(equal_ignoring_case("Emmen", "Emmen "));
    CHECK_FALSE(equal_ignoring_case("É", "é"));  // UTF-8 bytes stay as they are, as in ascii_lower
    CHECK(ascii_lower("HTTPS") == "https");
}

TEST_CASE("closest_match counts swapped neighbours as one edit and needs to be close") {
    const std::vector<std::string_view> codes{"dementia-support", "meeting", "day-care"};
    CHECK(closest_match("Meteing", codes) == "meeting");  // one swap, any case
    CHECK(closest_match("dementia-supprot", codes) == "dementia-support");
    CHECK(closest_match("transport", codes).empty());
}
