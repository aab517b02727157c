// Opening hours in the words of a spreadsheet cell.
#include <catch2/catch.hpp>

#include "core/sheet/opening_words.h"

using ww::OpeningSlot;
using ww::sheet::opening_words;

TEST_CASE("opening words group days with the same times", "[sheet]") {
    std::vector<OpeningSlot> slots;
    for (int d = 0; d < 5; ++d) slots.push_back({d, 9 * 60, 17 * 60});
    slots.push_back({5, 10 * 60, 12 * 60});
    CHECK(opening_words(slots) == "ma-vr 9.00-17.00; za 10.00-12.00");
}

TEST_CASE("opening words: two periods on a day, single days, half hours", "[sheet]") {
    std::vector<OpeningSlot> slots{
        {3, 13 * 60 + 30, 16 * 60}, {1, 13 * 60, 17 * 60}, {1, 9 * 60, 12 * 60}, {6, 0, 23 * 60 + 59}};
    CHECK(opening_words(slots) == "di 9.00-12.00 en 13.00-17.00; do 13.30-16.00; zo 0.00-23.59");
}

TEST_CASE("opening words: two days in a row, other times in between, no slots", "[sheet]") {
    std::vector<OpeningSlot> slots{{0, 540, 720}, {1, 540, 720}, {2, 600, 720}, {3, 540, 720}};
    CHECK(opening_words(slots) == "ma, di 9.00-12.00; wo 10.00-12.00; do 9.00-12.00");
    CHECK(opening_words({}).empty());
}

using ww::sheet::parse_opening_words;

TEST_CASE("opening words read back: the written form and what people type", "[sheet]") {
    auto week = parse_opening_words("ma-vr 9.00-17.00; za 10.00-12.00");
    CHECK(week.problem_nl.empty());
    REQUIRE(week.slots.size() == 6);
    CHECK(week.slots.front() == OpeningSlot{0, 540, 1020});
    CHECK(week.slots.back() == OpeningSlot{5, 600, 720});

    auto typed = parse_opening_words("Ma t/m Wo 09:00 - 12:00 en 13:00-17:00;  do, vr 13.30–16.00 ;");
    CHECK(typed.problem_nl.empty());
    CHECK(typed.slots.size() == 8);
    CHECK(typed.slots[1] == OpeningSlot{0, 780, 1020});
    CHECK(typed.slots.back() == OpeningSlot{4, 810, 960});
    CHECK(parse_opening_words("").slots.empty());
    CHECK(parse_opening_words("").problem_nl.empty());
}

TEST_CASE("opening words read back: what cannot be read is named", "[sheet]") {
    for (const char* bad : {"maandag 9.00-17.00", "ma-vr 9.00", "ma-vr 17.00-9.00", "ma-vr 9.00-17.00 ongeveer",
                            "vr-ma 9.00-17.00", "ma 25.00-26.00", "elke dag"}) {
        auto r = parse_opening_words(bad);
        INFO(bad);
        CHECK(r.slots.empty());
        CHECK(r.problem_nl.find("kunnen we niet lezen") != std::string::npos);
        CHECK(!r.problem_en.empty());
    }
}
