// Search on the demo catalogue: diacritics, prefixes, typos, synonyms, filters, ranking.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "core/calendar.h"
#include "core/catalogue.h"
#include "core/text.h"

using namespace ww;

namespace {

Catalogue& demo() {
    static auto opened = Catalogue::open(WEGWIJZER_DEMO_CATALOGUE);
    REQUIRE(opened.ok());
    return **opened;
}

SearchResult find(const std::string& text, int limit = 50) {
    SearchQuery q;
    q.text = text;
    q.limit = limit;
    return demo().search(q);
}

std::set<std::string> ids(const SearchResult& r) {
    std::set<std::string> out;
    for (const auto& s : r.services) out.insert(s.id);
    return out;
}

bool mentions(const ServiceSummary& s, const std::string& folded_word) {
    for (const auto* text : {&s.name.nl, &s.name.en, &s.summary.nl, &s.summary.en, &s.town, &s.organization})
        if (fold(*text).find(folded_word) != std::string::npos) return true;
    return false;
}

int count_sql(const std::string& sql) {
    return static_cast<int>(demo().database().scalar_int(sql).value_or(-1));
}

}  // namespace

TEST_CASE("the demo catalogue is demo data of all twelve municipalities") {
    CHECK(demo().info().demo);
    CHECK(demo().municipalities().size() == 12);
    CHECK(count_sql("SELECT COUNT(*) FROM services") >= 250);
}

TEST_CASE("search ignores case and diacritics") {
    auto plain = find("alzheimer cafe");
    auto accented = find("ALZHEIMER CAFÉ");
    REQUIRE(plain.total > 0);
    CHECK(plain.total == accented.total);
    CHECK(ids(plain) == ids(accented));
    CHECK(std::any_of(plain.services.begin(), plain.services.end(),
                      [](const ServiceSummary& s) { return fold(s.name.nl).find("alzheimer cafe") != std::string::npos; }));
    CHECK_FALSE(plain.suggestion);
}

TEST_CASE("the last word may be unfinished while typing") {
    auto r = find("dagbest");
    REQUIRE(r.total > 10);
    CHECK_FALSE(r.suggestion);
    // The best matches hold the word in their name; others may only mention it.
    for (size_t i = 0; i < 10; ++i) CHECK(r.services[i].has_tag("day-care"));
    // Each extra letter narrows or keeps the result, never widens it.
    CHECK(find("dag").total >= find("dagb").total);
    CHECK(find("dagb").total >= r.total);
}

TEST_CASE("a misspelt word of five or more letters still finds, and says what it meant") {
    for (auto [typed, meant] : {std::pair{"dementei", "dementie"}, std::pair{"dagbestedng", "dagbesteding"},
                                std::pair{"mantelzrog", "mantelzorg"}}) {
        INFO(typed);
        auto r = find(typed);
        REQUIRE(r.suggestion);
        CHECK(*r.suggestion == meant);
        REQUIRE(r.corrections.size() == 1);
        CHECK(r.corrections[0].typed == typed);
        CHECK(r.total > 0);
        CHECK(r.total == find(meant).total);
    }
    SECTION("short words are not guessed") {
        auto r = find("xqz");
        CHECK_FALSE(r.suggestion);
        CHECK(r.total == 0);
    }
    SECTION("a word far from every catalogue word finds nothing and suggests nothing") {
        auto r = find("qqqqqqqqq");
        CHECK_FALSE(r.suggestion);
        CHECK(r.total == 0);
    }
}

TEST_CASE("synonyms, Dutch and English, come from the synonyms table") {
    REQUIRE(count_sql("SELECT COUNT(*) FROM synonyms WHERE term = 'taxi'") > 0);
    auto taxi = find("taxi");
    REQUIRE(taxi.total > 5);
    CHECK(std::all_of(taxi.services.begin(), taxi.services.begin() + 5, [](const ServiceSummary& s) {
        return s.has_tag("transport") && (mentions(s, "taxi") || mentions(s, "vervoer"));
    }));
    // "dagopvang" appears in no service text; it only finds through its synonym.
    REQUIRE(count_sql("SELECT COUNT(*) FROM service_fts WHERE service_fts MATCH 'dagopvang'") == 0);
    auto dagopvang = find("dagopvang");
    CHECK(dagopvang.total > 0);
    CHECK(dagopvang.total == find("dagbesteding").total);
    auto daycare = find("day care");
    CHECK(daycare.total > 0);
    auto carer = find("carer");
    CHECK(carer.total > 0);
}


TEST_CASE("audience orders the list and never empties it (a carer looking for day care)") {
    SearchQuery q;
    q.category = "day-care";
    q.municipality = "Emmen";
    q.limit = 1000;
    const auto without = demo().search(q);
    REQUIRE(without.total > 0);
    for (const char* audience : {"audience-carer", "audience-person"}) {
        q.audience = audience;
        const auto with = demo().search(q);
        CHECK(with.total == without.total);
        REQUIRE(with.services.size() == without.services.size());
        // Everything for that audience comes before everything that is not.
        bool seen_other = false;
        for (const auto& s : with.services) {
            if (!s.has_tag(audience)) seen_other = true;
            else CHECK_FALSE(seen_other);
        }
    }
    // With words too: the same services, the audience first among equally relevant ones.
    SearchQuery words;
    words.text = "dementie";
    words.limit = 1000;
    const auto plain = demo().search(words);
    words.audience = "audience-carer";
    CHECK(demo().search(words).total == plain.total);
}

TEST_CASE("filters: municipality, category, cost, open at") {
    SearchQuery q;
    q.category = "meeting";
    q.municipality = "Coevorden";
    q.limit = 1000;
    auto r = demo().search(q);
    REQUIRE(r.total > 0);
    for (const auto& s : r.services) {
        CHECK(s.has_tag("meeting"));
        CHECK(std::find(s.municipalities.begin(), s.municipalities.end(), "Coevorden") != s.municipalities.end());
    }
    // A browse list holds every matching service.
    CHECK(r.total == count_sql("SELECT COUNT(*) FROM service_tag t JOIN service_municipality m USING (service_id)"
                               " JOIN services s ON s.id = t.service_id"
                               " WHERE t.code = 'meeting' AND m.municipality = 'Coevorden' AND s.status = 'active'"));

    q = {};
    q.text = "dementie";
    q.cost = "cost-free";
    q.limit = 1000;
    r = demo().search(q);
    REQUIRE(r.total > 0);
    for (const auto& s : r.services) CHECK(s.has_tag("cost-free"));

    SECTION("open at a moment") {
        auto tuesday_evening = parse_week_time("2026-12-01T19:30");
        REQUIRE(tuesday_evening);
        CHECK(tuesday_evening->weekday == 1);
        SearchQuery open;
        open.category = "meeting";
        open.open_at = tuesday_evening;
        open.limit = 1000;
        auto hits = demo().search(open);
        for (const auto& s : hits.services) {
            bool is_open = std::any_of(s.opening.begin(), s.opening.end(), [](const OpeningSlot& o) {
                return o.weekday == 1 && o.opens_min <= 19 * 60 + 30 && 19 * 60 + 30 < o.closes_min;
            });
            CHECK(is_open);
        }
        SearchQuery all = open;
        all.open_at.reset();
        CHECK(hits.total < demo().search(all).total);  // some meeting places are closed then
    }
}

TEST_CASE("ranking puts the kiosk's own municipality first, then the nearest") {
    SearchQuery q;
    q.category = "meeting";
    q.home_municipality = "Emmen";
    q.near = GeoPoint{52.7858, 6.8976};
    q.limit = 1000;
    auto r = demo().search(q);
    REQUIRE(r.total > 3);
    bool seen_other = false;
    double last = -1;
    for (const auto& s : r.services) {
        if (!s.in_home_municipality) {
            if (!seen_other) last = -1;
            seen_other = true;
        } else {
            CHECK_FALSE(seen_other);  // no home service after a service elsewhere
        }
        REQUIRE(s.distance_km);
        // Ranking uses a flat projection of the map (within 0.5 % of the great-circle distance shown).
        CHECK(*s.distance_km >= last * 0.995);
        last = *s.distance_km;
    }
    CHECK(r.services.front().in_home_municipality);
}

TEST_CASE("text relevance comes before place") {
    // A service whose name holds the word beats one that only mentions it elsewhere,
    // even when the latter is in the home municipality.
    SearchQuery q;
    q.text = "odensehuis";
    q.home_municipality = "Tynaarlo";
    q.limit = 100;
    auto r = demo().search(q);
    REQUIRE(r.total > 0);
    CHECK(fold(r.services.front().name.nl).find("odensehuis") != std::string::npos);
}

TEST_CASE("paging returns disjoint slices of one order") {
    SearchQuery q;
    q.category = "care-at-home";
    q.limit = 5;
    auto first = demo().search(q);
    q.offset = 5;
    auto second = demo().search(q);
    REQUIRE(first.services.size() == 5);
    REQUIRE(!second.services.empty());
    for (const auto& s : second.services) CHECK(ids(first).count(s.id) == 0);
    CHECK(first.total == second.total);
}

TEST_CASE("an empty query without any filter is no search") {
    auto r = find("");
    CHECK(r.total == 0);
    CHECK(r.services.empty());
}

TEST_CASE("words that mean nothing alone do not block a search") {
    auto natural = find("hulp bij dementie");
    CHECK(natural.total > 0);
}
