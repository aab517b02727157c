#include <catch2/catch.hpp>

#include "core/phone.h"

using ww::format_phone;

TEST_CASE("phone: four-digit area codes, then pairs") {
    CHECK(format_phone("0591 - 059 806") == "0591 - 05 98 06");
    CHECK(format_phone("0591059806") == "0591 - 05 98 06");
    CHECK(format_phone("  0528-073745 ") == "0528 - 07 37 45");
    CHECK(format_phone("(0592) 07 11 06") == "0592 - 07 11 06");
}

TEST_CASE("phone: three-digit area codes keep seven digits as 3-2-2") {
    CHECK(format_phone("050 1234567") == "050 - 123 45 67");
    CHECK(format_phone("0201234567") == "020 - 123 45 67");
    CHECK(format_phone("088-1234567") == "088 - 123 45 67");
}

TEST_CASE("phone: mobiles and international Dutch numbers") {
    CHECK(format_phone("0612345678") == "06 - 12 34 56 78");
    CHECK(format_phone("+31 6 12345678") == "06 - 12 34 56 78");
    CHECK(format_phone("0031591059806") == "0591 - 05 98 06");
}

TEST_CASE("phone: 0800 and 0900 numbers") {
    CHECK(format_phone("0800 - 5088") == "0800 - 5088");
    CHECK(format_phone("08005088") == "0800 - 5088");
    CHECK(format_phone("0900-1234567") == "0900 - 123 45 67");
}

TEST_CASE("phone: what is not a Dutch number stays as written") {
    CHECK(format_phone("+49 30 1234567") == "+49 30 1234567");
    CHECK(format_phone("112") == "112");
    CHECK(format_phone("0591 059806 toestel 12") == "0591 059806 toestel 12");
    CHECK(format_phone("059105980") == "059105980");
    CHECK(format_phone("") == "");
}

TEST_CASE("phone: a number kept as written loses surrounding spaces and line ends (core trim)") {
    CHECK(format_phone("0591 059806 toestel 12\r\n") == "0591 059806 toestel 12");
    CHECK(format_phone("\t112 \n") == "112");
}
