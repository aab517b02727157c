// Imports that succeed: first import, upgrades, key rotation, history, package folder forms.
#include <catch2/catch.hpp>

#include "core/sync/history.h"
#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;

TEST_CASE("the first import creates the live catalogue, the next one replaces it", "[sync][import]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    CatalogueSpec v5{5, "2026-11-01", "2027-06-30"};
    make_catalogue(dir / "build/v5.sqlite", v5);
    write_package(dir / "stick", dir / "build/v5.sqlite", key.secret_key, describe(v5));
    fs::path live = dir / "kiosk/catalogue.sqlite";

    auto first = import_from(dir / "stick", live, {key.public_key});
    INFO(first.log);
    REQUIRE(first.imported());
    CHECK(first.log == "Imported catalogue version 5 (created 2026-11-01, expires 2027-06-30, fleet drenthe) from " +
                           (dir / "stick").string() + ".");
    CHECK(first.message(ww::Language::Dutch) ==
          "Bijgewerkt naar versie 5 van 1 november 2026. U kunt de USB-stick verwijderen.");
    CHECK(read_bytes(live) == rebuilt_bytes(dir / "build/v5.sqlite", describe(v5)));
    CHECK(integrity(live) == "ok");
    // No private copy is left behind.
    CHECK_FALSE(fs::exists(dir / "kiosk/.catalogue.sqlite.incoming"));

    CatalogueSpec v12{12, "2026-11-27", "2027-06-30"};
    make_catalogue(dir / "build/v12.sqlite", v12);
    write_package(dir / "stick2", dir / "build/v12.sqlite", key.secret_key, describe(v12));
    auto second = import_from(dir / "stick2", live, {key.public_key});
    REQUIRE(second.imported());
    CHECK(second.message(ww::Language::Dutch) ==
          "Bijgewerkt naar versie 12 van 27 november 2026. U kunt de USB-stick verwijderen.");
    CHECK(read_bytes(live) == rebuilt_bytes(dir / "build/v12.sqlite", describe(v12)));
    CHECK(sync::installed_version(live) == 12);

    auto history = sync::read_import_history(live);
    REQUIRE(history.size() == 2);
    CHECK(history[0].version == 12);
    CHECK(history[0].imported);
    CHECK(history[0].source == (dir / "stick2").string());
    CHECK(history[0].result == second.log);
    CHECK(history[0].at.size() == 20);
    CHECK(history[1].version == 5);
}

TEST_CASE("several trusted keys: the signature's key id picks one (key rotation)", "[sync][import]") {
    TempDir dir;
    sync::KeyPair old_key = sync::generate_key_pair(), new_key = sync::generate_key_pair();
    fs::path live = dir / "live.sqlite";
    CatalogueSpec v1{1}, v2{2};
    make_catalogue(dir / "v1.sqlite", v1);
    make_catalogue(dir / "v2.sqlite", v2);
    write_package(dir / "a", dir / "v1.sqlite", old_key.secret_key, describe(v1));
    write_package(dir / "b", dir / "v2.sqlite", new_key.secret_key, describe(v2));
    std::vector<sync::PublicKey> trusted{new_key.public_key, old_key.public_key};
    CHECK(import_from(dir / "a", live, trusted).imported());
    CHECK(import_from(dir / "b", live, trusted).imported());
    CHECK(metadata_version(live) == 2);
}

TEST_CASE("the package folder itself may be given instead of the stick", "[sync][import]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    CatalogueSpec v1{1};
    make_catalogue(dir / "v1.sqlite", v1);
    write_package(dir / "stick", dir / "v1.sqlite", key.secret_key, describe(v1));
    CHECK(import_from(dir / "stick/wegwijzer", dir / "live.sqlite", {key.public_key}).imported());
}

TEST_CASE("a stick with nothing for the kiosk is ignored silently", "[sync][import]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    fs::create_directories(dir / "stick/photos");
    write_bytes(dir / "stick/photos/holiday.jpg", "jpeg");
    write_bytes(dir / "live.sqlite", "old");
    auto outcome = import_from(dir / "stick", dir / "live.sqlite", {key.public_key});
    CHECK(outcome.result == sync::ImportResult::NothingFound);
    CHECK(outcome.message(ww::Language::Dutch).empty());
    CHECK(read_bytes(dir / "live.sqlite") == "old");
    CHECK(sync::read_import_history(dir / "live.sqlite").empty());
    CHECK_FALSE(sync::has_package(dir / "stick"));
    // An empty wegwijzer folder is nothing too.
    fs::create_directories(dir / "stick/wegwijzer");
    CHECK(import_from(dir / "stick", dir / "live.sqlite", {key.public_key}).result == sync::ImportResult::NothingFound);
}

TEST_CASE("progress goes from 0 to 1 and never backwards", "[sync][import]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    CatalogueSpec v1{1};
    v1.services = 300;
    v1.padding = std::string(3000, 'x');
    make_catalogue(dir / "v1.sqlite", v1);
    write_package(dir / "stick", dir / "v1.sqlite", key.secret_key, describe(v1));
    sync::ImportRequest request;
    request.source = dir / "stick";
    request.catalogue = dir / "live.sqlite";
    request.trusted_keys = {key.public_key};
    request.today = kToday;
    std::vector<double> seen;
    sync::SyncIo io;
    REQUIRE(sync::import_package(request, io, [&](double p) { seen.push_back(p); }).imported());
    REQUIRE(seen.size() >= 4);
    CHECK(seen.front() == 0.0);
    CHECK(seen.back() == 1.0);
    for (size_t i = 1; i < seen.size(); ++i) CHECK(seen[i] >= seen[i - 1]);
}
