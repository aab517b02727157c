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
    std::vector<OpeningSlot> slots{{3, 13 * 60 + 30, 16 * 60}, {1, 13 * 60, 17 * 60}, {1, 9 * 60, 12 * 60},
                                   {6, 0, 23 * 60 + 59}};
    CHECK(opening_words(slots) == "di 9.00-12.00 en 13.00-17.00; do 13.30-16.00; zo 0.00-23.59");
}

TEST_CASE("opening words: two days in a row, other times in between, no slots", "[sheet]") {
    std::vector<OpeningSlot> slots{{0, 540, 720}, {1, 540, 720}, {2, 600, 720}, {3, 540, 720}};
    CHECK(opening_words(slots) == "ma, di 9.00-12.00; wo 10.00-12.00; do 9.00-12.00");
    CHECK(opening_words({}).empty());
}
