// Opening catalogue files: errors as values for broken files, counts, details and integrity.
#include <catch2/catch.hpp>

#include "core/catalogue.h"
#include "core/schema.h"
#include "hsds_fixture.h"

using namespace fixture;

namespace {

fs::path tiny_catalogue(const std::string& name) {
    auto out = fresh_dir(name) / "catalogue.sqlite";
    auto report = build(tiny_source(), out);
    INFO(joined(report.errors));
    REQUIRE(report.ok());
    return out;
}

}  // namespace

TEST_CASE("catalogue: files that are not catalogues give a plain error, never a crash", "[catalogue]") {
    auto dir = fresh_dir("open-errors");
    SECTION("missing") {
        auto c = ww::Catalogue::open(dir / "missing.sqlite");
        REQUIRE_FALSE(c.ok());
        CHECK(c.error() == "catalogue " + (dir / "missing.sqlite").string() + " does not exist");
    }
    SECTION("a folder") {
        auto c = ww::Catalogue::open(dir);
        REQUIRE_FALSE(c.ok());
        CHECK(c.error() == dir.string() + " is a folder, not a catalogue file");
    }
    SECTION("a text file") {
        spit(dir / "notes.sqlite", std::string(2000, 'x'));
        auto c = ww::Catalogue::open(dir / "notes.sqlite");
        REQUIRE_FALSE(c.ok());
        CHECK(c.error() == (dir / "notes.sqlite").string() + " is not a Wegwijzer catalogue (file is not a database)");
    }
    SECTION("an empty file") {
        spit(dir / "empty.sqlite", "");
        auto c = ww::Catalogue::open(dir / "empty.sqlite");
        REQUIRE_FALSE(c.ok());
        CHECK(c.error() == (dir / "empty.sqlite").string() +
                               " is not a usable Wegwijzer catalogue: schema version is 0, "
                               "expected " +
                               std::to_string(ww::current_schema_version()));
    }
    SECTION("a truncated catalogue") {
        auto good = tiny_catalogue("open-truncated-src");
        std::string bytes = slurp(good);
        REQUIRE(bytes.size() > 8192);
        spit(dir / "truncated.sqlite", bytes.substr(0, bytes.size() / 2));
        auto c = ww::Catalogue::open(dir / "truncated.sqlite");
        // Either refused when opening or caught by the integrity check: never a crash.
        if (c.ok()) CHECK_FALSE((*c)->check_integrity().empty());
        else CHECK(c.error().find("truncated.sqlite") != std::string::npos);
    }
    SECTION("a newer schema") {
        auto good = tiny_catalogue("open-newer-src");
        {
            auto db = ww::Database::open(good, ww::Database::Mode::ReadWrite);
            REQUIRE(db.ok());
            REQUIRE(db->exec("PRAGMA user_version = 99").ok());
        }
        auto c = ww::Catalogue::open(good);
        REQUIRE_FALSE(c.ok());
        CHECK(c.error() == good.string() + " is not a usable Wegwijzer catalogue: schema version is 99, expected " +
                               std::to_string(ww::current_schema_version()));
    }
    SECTION("an older schema (before the search's posting lists)") {
        auto good = tiny_catalogue("open-older-src");
        {
            auto db = ww::Database::open(good, ww::Database::Mode::ReadWrite);
            REQUIRE(db.ok());
            REQUIRE(db->exec("DROP TABLE search_term; PRAGMA user_version = 1").ok());
        }
        auto c = ww::Catalogue::open(good);
        REQUIRE_FALSE(c.ok());
        CHECK(c.error() == good.string() + " is not a usable Wegwijzer catalogue: schema version is 1, expected " +
                               std::to_string(ww::current_schema_version()) +
                               " (an older catalogue: build it again from its HSDS CSV with this version of kioskctl)");
    }
    SECTION("no metadata") {
        auto good = tiny_catalogue("open-nometa-src");
        {
            auto db = ww::Database::open(good, ww::Database::Mode::ReadWrite);
            REQUIRE(db.ok());
            REQUIRE(db->exec("DELETE FROM metadata WHERE key = 'catalogue_version'").ok());
        }
        auto c = ww::Catalogue::open(good);
        REQUIRE_FALSE(c.ok());
        CHECK(c.error() == good.string() + ": the catalogue's metadata has no catalogue_version");
    }
}

TEST_CASE("catalogue: info, counts and municipalities of the tiny fixture", "[catalogue]") {
    auto path = tiny_catalogue("counts");
    auto opened = ww::Catalogue::open(path);
    REQUIRE(opened.ok());
    const auto& c = **opened;
    CHECK(c.info().version == 1);
    CHECK(c.info().source == "tiny");
    CHECK_FALSE(c.info().demo);
    CHECK(c.info().expires.empty());
    CHECK(c.info().schema_version == ww::current_schema_version());

    auto counts = c.counts();
    CHECK(counts.services == 4);
    CHECK(counts.organizations == 2);
    CHECK(counts.locations == 3);
    using Counts = std::vector<std::pair<std::string, int>>;
    CHECK(counts.per_category == Counts{{"dementia-support", 0},
                                        {"meeting", 1},
                                        {"day-care", 0},
                                        {"transport", 1},
                                        {"carer-support", 0},
                                        {"care-at-home", 1},
                                        {"advice", 1}});
    CHECK(counts.per_municipality == Counts{{"Aa en Hunze", 0},
                                            {"Assen", 2},
                                            {"Borger-Odoorn", 0},
                                            {"Coevorden", 1},
                                            {"De Wolden", 0},
                                            {"Emmen", 2},
                                            {"Hoogeveen", 0},
                                            {"Meppel", 0},
                                            {"Midden-Drenthe", 0},
                                            {"Noordenveld", 0},
                                            {"Tynaarlo", 0},
                                            {"Westerveld", 0}});
    CHECK(c.municipalities() == std::vector<std::string>{"Assen", "Coevorden", "Emmen"});
    CHECK(c.check_integrity().empty());
}

TEST_CASE("catalogue: service details come from the file", "[catalogue]") {
    auto opened = ww::Catalogue::open(tiny_catalogue("detail"));
    REQUIRE(opened.ok());
    const auto& c = **opened;
    auto detail = c.service("svc-3");
    REQUIRE(detail);
    CHECK(detail->summary.id == "svc-3");
    CHECK(detail->summary.name.nl == "Wijkverpleging Emmen");
    CHECK(detail->summary.name.en == "District nursing Emmen");
    CHECK(detail->description.en == "The district nurse visits you at home.");
    CHECK(detail->fees.nl == "Vergoed door uw zorgverzekering.");
    CHECK(detail->assured_date == "2026-09-15");
    CHECK(detail->locations.size() == 2);
    CHECK(detail->summary.has_tag("care-at-home"));
    CHECK(detail->summary.opening.size() == 7);

    auto cafe = c.service("svc-1");
    REQUIRE(cafe);
    CHECK(cafe->description.nl == "Elke maand praten we over dementie.\nEr is koffie en thee.");
    REQUIRE(cafe->phones.size() >= 1);
    CHECK(cafe->phones[0].number == "0592 123 456");
    CHECK_FALSE(c.service("svc-unknown"));
}

TEST_CASE("catalogue: the integrity check notices a damaged full-text index", "[catalogue]") {
    auto path = tiny_catalogue("integrity");
    {
        auto db = ww::Database::open(path, ww::Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        // A service added behind the index's back.
        REQUIRE(db->exec("INSERT INTO services (id, organization_id, name) VALUES ('svc-x', 'org-1', 'Extra')").ok());
    }
    auto opened = ww::Catalogue::open(path);
    REQUIRE(opened.ok());
    auto problems = (*opened)->check_integrity();
    INFO(joined(problems));
    CHECK(has(problems, "the full-text index does not match the services (1 row differs)"));
}

TEST_CASE("catalogue: the integrity check runs FTS5's own check of the index structure", "[catalogue]") {
    auto path = tiny_catalogue("integrity-fts");
    {
        auto db = ww::Database::open(path, ww::Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        // Damage the index segments themselves; the services and their rowids stay as they were.
        REQUIRE(db->exec("UPDATE service_fts_data SET block = zeroblob(length(block)) WHERE id > 10").ok());
    }
    auto opened = ww::Catalogue::open(path);
    REQUIRE(opened.ok());
    auto problems = (*opened)->check_integrity();
    INFO(joined(problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].rfind("full-text index: ", 0) == 0);
}

TEST_CASE("catalogue: the integrity check leaves the file byte for byte alone", "[catalogue]") {
    auto path = tiny_catalogue("integrity-readonly");
    const std::string before = slurp(path);
    {
        auto opened = ww::Catalogue::open(path);
        REQUIRE(opened.ok());
        CHECK((*opened)->check_integrity().empty());
    }
    CHECK(slurp(path) == before);
}

TEST_CASE("catalogue: damaged files never crash opening, counting, checking or searching", "[catalogue]") {
    auto good = tiny_catalogue("fuzz-src");
    const std::string bytes = slurp(good);
    auto dir = fresh_dir("fuzz");
    int detected = 0;
    std::uint64_t state = 12345;
    auto next = [&] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return state >> 33;
    };
    for (int round = 0; round < 40; ++round) {
        std::string damaged = bytes;
        for (int k = 0; k < 16; ++k) damaged[100 + next() % (damaged.size() - 100)] = static_cast<char>(next());
        auto path = dir / ("damaged-" + std::to_string(round) + ".sqlite");
        spit(path, damaged);
        auto opened = ww::Catalogue::open(path);
        if (!opened) {
            ++detected;
            CHECK_FALSE(opened.error().empty());
            continue;
        }
        const auto& c = **opened;
        (void)c.counts();
        (void)c.municipalities();
        ww::SearchQuery query;
        query.text = "dementie";
        (void)c.search(query);
        (void)c.service("svc-1");
        if (!c.check_integrity().empty()) ++detected;
    }
    CHECK(detected > 20);  // most damage is noticed; none of it crashed
}
