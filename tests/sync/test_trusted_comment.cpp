// The signed trusted comment: one strict meaning for each comment.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

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

TEST_CASE("anything unclear in the trusted comment is refused, with the reason", "[sync][comment]") {
    const std::string good = "fleet=drenthe version=12 created=2026-12-03 expires=2027-06-30";
    const std::string start = "wegwijzer-catalogue format=1 fleet=drenthe ";
    // Each comment, and the part of the message that names what is wrong with it.
    const std::vector<std::pair<std::string, std::string>> cases{
        {"timestamp:1795851815\tfile:catalogue.sqlite", "is not a Wegwijzer catalogue description"},  // minisign's
        {"wegwijzer-catalogue " + good, "has no format="},
        {"wegwijzer-catalogue format=2 " + good, "the package has format 2; this kiosk reads format 1"},
        {"wegwijzer-catalogue format=1 " + good + " version=13", "names 'version' twice"},
        {"wegwijzer-catalogue format=1 " + good + " colour=red", "has an unknown key 'colour'"},
        {"wegwijzer-catalogue format=1  " + good, "has a word that is not key=value: ''"},       // empty word
        {"wegwijzer-catalogue format=1 " + good + " ", "has a word that is not key=value: ''"},  // trailing space
        {"Wegwijzer-catalogue format=1 " + good, "is not a Wegwijzer catalogue description"},    // wrong magic
        {"wegwijzer-catalogue format=1 fleet=dren+the version=12 created=2026-12-03 expires=2027-06-30",
         "the fleet name 'dren+the' is not valid"},
        {"wegwijzer-catalogue format=1 fleet= version=12 created=2026-12-03 expires=2027-06-30",
         "the fleet name '' is not valid"},
        {start + "version=012 created=2026-12-03 expires=2027-06-30", "the version '012' is not a whole number"},
        {start + "version=0 created=2026-12-03 expires=2027-06-30", "the version '0' is not a whole number"},
        {start + "version=-1 created=2026-12-03 expires=2027-06-30", "the version '-1' is not a whole number"},
        {start + "version=1e3 created=2026-12-03 expires=2027-06-30", "the version '1e3' is not a whole number"},
        {start + "version=9999999999999999 created=2026-12-03 expires=2027-06-30",
         "the version '9999999999999999' is not a whole number"},
        {start + "version=12 created=2026-02-30 expires=2027-06-30", "the created date '2026-02-30' is not a date"},
        {start + "version=12 created=2026-12-03 expires=2027-6-30", "the expiry date '2027-6-30' is not a date"},
        {start + "version=12 created=2026-12-03 expires=2026-12-02", "the package expires before it was created"},
    };
    for (const auto& [bad, reason] : cases) {
        INFO(bad);
        auto parsed = parse_trusted_comment(bad);
        REQUIRE_FALSE(parsed.ok());
        INFO(parsed.error());
        CHECK(parsed.error().find(reason) != std::string::npos);
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
