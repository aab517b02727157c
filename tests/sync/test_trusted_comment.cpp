// The signed trusted comment: one strict meaning for each comment.
#include <catch2/catch.hpp>

#include "core/wording.h"

#include "core/sync/package.h"

using namespace ww::sync;

TEST_CASE("the documented trusted comment parses", "[sync][comment]") {
    auto d = parse_trusted_comment(
        "wegwijzer-catalogue format=1 fleet=drenthe version=12 created=2026-12-03 expires=2027-06-30");
    REQUIRE(d.ok());
    CHECK(d->fleet == "drenthe");
    CHECK(d->version == 12);
    CHECK(d->created == "2026-12-03");
    CHECK(d->expires == "2027-06-30");
    CHECK(format_trusted_comment(*d) ==
          "wegwijzer-catalogue format=1 fleet=drenthe version=12 created=2026-12-03 expires=2027-06-30");
}

TEST_CASE("keys may come in any order", "[sync][comment]") {
    auto d =
        parse_trusted_comment("wegwijzer-catalogue version=3 expires=2027-01-01 fleet=a-1 created=2026-01-01 format=1");
    REQUIRE(d.ok());
    CHECK(d->version == 3);
}

TEST_CASE("anything unclear in the trusted comment is refused", "[sync][comment]") {
    const std::string good = "fleet=drenthe version=12 created=2026-12-03 expires=2027-06-30";
    for (
        const std::string& bad : {
            std::string("timestamp:1795851815\tfile:catalogue.sqlite"),  // minisign's default comment
            "wegwijzer-catalogue " + good,                               // no format
            "wegwijzer-catalogue format=2 " + good,                      // unknown format
            "wegwijzer-catalogue format=1 " + good + " version=13",      // twice
            "wegwijzer-catalogue format=1 " + good + " colour=red",      // unknown key
            "wegwijzer-catalogue format=1  " + good,                     // empty word
            "wegwijzer-catalogue format=1 " + good + " ",                // trailing space
            "Wegwijzer-catalogue format=1 " + good,                      // wrong magic
            std::string("wegwijzer-catalogue format=1 fleet=dren+the version=12 created=2026-12-03 expires=2027-06-30"),
            std::string("wegwijzer-catalogue format=1 fleet= version=12 created=2026-12-03 expires=2027-06-30"),
            std::string("wegwijzer-catalogue format=1 fleet=drenthe version=012 created=2026-12-03 expires=2027-06-30"),
            std::string("wegwijzer-catalogue format=1 fleet=drenthe version=0 created=2026-12-03 expires=2027-06-30"),
            std::string("wegwijzer-catalogue format=1 fleet=drenthe version=-1 created=2026-12-03 expires=2027-06-30"),
            std::string("wegwijzer-catalogue format=1 fleet=drenthe version=1e3 created=2026-12-03 expires=2027-06-30"),
            std::string(
                "wegwijzer-catalogue format=1 fleet=drenthe version=9999999999999999 created=2026-12-03 expires=2027-06-30"),
            std::string("wegwijzer-catalogue format=1 fleet=drenthe version=12 created=2026-02-30 expires=2027-06-30"),
            std::string("wegwijzer-catalogue format=1 fleet=drenthe version=12 created=2026-12-03 expires=2027-6-30"),
            std::string("wegwijzer-catalogue format=1 fleet=drenthe version=12 created=2026-12-03 expires=2026-12-02"),
        }) {
        INFO(bad);
        CHECK_FALSE(parse_trusted_comment(bad).ok());
    }
}

TEST_CASE("dates", "[sync][comment]") {
    CHECK(is_valid_date("2028-02-29"));
    CHECK_FALSE(is_valid_date("2027-02-29"));
    CHECK_FALSE(is_valid_date("2100-02-29"));
    CHECK(is_valid_date("2000-02-29"));
    CHECK_FALSE(is_valid_date("2026-13-01"));
    CHECK(ww::wording::long_date("2026-12-03", ww::Language::Dutch) == "3 december 2026");
    CHECK(ww::wording::long_date("2027-03-15", ww::Language::English) == "15 March 2027");
    CHECK(is_valid_date(today_utc()));
    CHECK(is_valid_fleet("Drenthe-Noord_2.a"));
    CHECK_FALSE(is_valid_fleet("dren the"));
    CHECK_FALSE(is_valid_fleet("dren\xc3\xa9"));
    CHECK_FALSE(is_valid_fleet(std::string(65, 'a')));
}
