// Dutch hyphenation from hyphen-nl's patterns (libhyphen): compounds break where a reader expects.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/hyphenation.h"

TEST_CASE("long Dutch words get hyphenation points from the installed patterns", "[hyphenation]") {
    REQUIRE(ww::hyphenation_available());  // deploy/install-deps.sh installs hyphen-nl
    const auto has = [](const std::vector<size_t>& points, size_t at) {
        return std::find(points.begin(), points.end(), at) != points.end();
    };
    // "Ontmoetings|centrum": the compound's seam is a hyphenation point; capitals do not matter.
    const auto points = ww::hyphenation_points("Ontmoetingscentrum");
    CHECK(has(points, 11));
    CHECK(points.size() >= 4);
    CHECK(std::is_sorted(points.begin(), points.end()));
    for (size_t at : points) CHECK((at >= 2 && at <= 16));
    // "dag|be|ste|ding": every point lies inside the word.
    const auto day = ww::hyphenation_points("dagbesteding");
    CHECK(has(day, 3));
    // Offsets count UTF-8 bytes: "één" letters are two bytes each.
    for (size_t at : ww::hyphenation_points("ideeënbus")) CHECK((at > 0 && at < std::string("ideeënbus").size()));
    CHECK(ww::hyphenation_points("ab").empty());
    CHECK(ww::hyphenation_points("Ωμέγαλέξη").empty());  // outside Latin-1: not hyphenated, never wrong
}
