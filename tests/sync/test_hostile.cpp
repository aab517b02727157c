// Hostile packages signed with the trusted key (hostile_packages.h): each is refused with a clear
// message and the live catalogue unchanged, or cleaned: the kiosk runs only what it wrote itself.
#include <catch2/catch.hpp>

#include "core/postings.h"
#include "core/schema.h"
#include "core/sync/history.h"
#include "hostile_packages.h"

using namespace ww;
using namespace ww::synctest;

namespace {

struct HostileImport {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    fs::path live = dir / "kiosk/catalogue.sqlite";
    std::string live_before;

    HostileImport() {
        CatalogueSpec v5{5, "2026-11-01", "2027-06-30"};
        make_catalogue(dir / "build/v5.sqlite", v5);
        write_package(dir / "first", dir / "build/v5.sqlite", key.secret_key, describe(v5));
        if (!import_from(dir / "first", live, {key.public_key}).imported()) throw std::runtime_error("setup import");
        live_before = read_bytes(live);
    }

    sync::ImportOutcome offer(const HostileCase& hostile) {
        sync::PackageDescription d = describe(CatalogueSpec{6, "2026-11-20", "2027-06-30"});
        write_hostile_package(dir / "stick", hostile, key.secret_key, d);
        sync::ImportRequest request;
        request.source = dir / "stick";
        request.catalogue = live;
        request.trusted_keys = {key.public_key};
        request.today = kToday;
        if (hostile.limits) request.limits = *hostile.limits;
        sync::SyncIo io;
        return sync::import_package(request, io);
    }
};

}  // namespace

TEST_CASE("hostile packages are refused with a message and change nothing", "[sync][hostile]") {
    for (const auto& hostile : hostile_cases()) {
        if (hostile.refusal.empty()) continue;
        DYNAMIC_SECTION(hostile.name) {
            HostileImport k;
            auto outcome = k.offer(hostile);
            INFO(outcome.log);
            CHECK(outcome.result == sync::ImportResult::BadCatalogue);
            CHECK(outcome.refusal == sync::Refusal::BadContent);
            CHECK(outcome.log.find(hostile.refusal) != std::string::npos);
            CHECK(outcome.log.rfind("Refused: ", 0) == 0);
            CHECK(outcome.message(ww::Language::Dutch) ==
                  "De catalogus op deze USB-stick is beschadigd. Er is niets veranderd.");
            CHECK(read_bytes(k.live) == k.live_before);
            CHECK(sync::installed_version(k.live) == 5);
            for (const char* leftover : {".catalogue.sqlite.incoming", ".catalogue.sqlite.fresh"})
                CHECK_FALSE(fs::exists(k.dir / "kiosk" / leftover));
            auto history = sync::read_import_history(k.live, 1);
            REQUIRE_FALSE(history.empty());
            CHECK_FALSE(history[0].imported);
        }
    }
}

TEST_CASE("hostile packages whose damage is only in derived data are cleaned", "[sync][hostile]") {
    for (const auto& hostile : hostile_cases()) {
        if (!hostile.refusal.empty()) continue;
        DYNAMIC_SECTION(hostile.name) {
            HostileImport k;
            auto outcome = k.offer(hostile);
            INFO(outcome.log);
            REQUIRE(outcome.imported());
            auto db = Database::open(k.live, Database::Mode::ReadWrite);
            REQUIRE(db.ok());
            CHECK(check_schema(*db).empty());
            CHECK(check_search_terms(*db).empty());
            CHECK(db->exec("INSERT INTO service_fts(service_fts) VALUES ('integrity-check')").ok());
            // The kiosk's own rowids: 1..N, whatever the package had.
            for (const char* table : {"services", "phones", "locations"}) {
                std::string t = table;
                CHECK(db->scalar_int("SELECT min(rowid) FROM " + t) == 1);
                CHECK(db->scalar_int("SELECT max(rowid) FROM " + t) == db->scalar_int("SELECT count(*) FROM " + t));
            }
            CHECK(db->scalar_int("SELECT count(*) FROM opening_slot WHERE weekday NOT BETWEEN 0 AND 6 OR opens_min < 0"
                                 " OR closes_min > 1440 OR closes_min <= opens_min") == 0);
            CHECK(db->scalar_int("SELECT count(*) FROM opening_slot") > 0);
            CHECK(db->scalar_int("SELECT count(*) FROM search_term WHERE term = 'nooit'") == 0);
            CHECK(db->scalar_int("SELECT count(*) FROM service_fts WHERE service_fts MATCH 'koffie'") > 0);
        }
    }
}
