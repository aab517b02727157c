// Readers searching while 200 imports switch the catalogue underneath them never see a mix of two
// versions: every search sees one catalogue, whole.
#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

#include "core/catalogue.h"
#include "core/sqlite.h"
#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;

namespace {

constexpr int kServices = 20;

// One search in one read transaction: the metadata version, and every match must carry it.
// Returns the version seen, or -1 (and counts a mix) when the two disagree.
std::int64_t search_once(Database& db, std::atomic<int>& mixed, std::string& detail) {
    if (!db.exec("BEGIN").ok()) return 0;
    std::int64_t version =
        db.scalar_int("SELECT CAST(value AS INTEGER) FROM metadata WHERE key='catalogue_version'").value_or(0);
    Statement search = db.prepare(
        "SELECT s.name FROM service_fts JOIN services s ON s.rowid = service_fts.rowid "
        "WHERE service_fts MATCH 'dienst' ORDER BY rank");
    int found = 0;
    std::string prefix = "v" + std::to_string(version) + "-";
    while (search.step()) {
        ++found;
        std::string name = search.text(0);
        if (name.rfind(prefix, 0) != 0) {
            ++mixed;
            detail = "metadata version " + std::to_string(version) + " but found " + name;
        }
    }
    (void)db.exec("COMMIT");
    if (found != kServices) {
        ++mixed;
        detail = "found " + std::to_string(found) + " services in version " + std::to_string(version);
    }
    return version;
}

}  // namespace

TEST_CASE("readers during 200 imports never see a mix of versions", "[sync][readers][threads]") {
    TempDir dir;
    sync::KeyPair key = sync::generate_key_pair();
    fs::path live = dir / "live.sqlite";
    constexpr int kImports = 200;
    for (int v = 1; v <= kImports + 1; ++v) {
        CatalogueSpec spec{v};
        spec.services = kServices;
        spec.page_size = 1024;
        make_catalogue(dir / "build.sqlite", spec);
        write_package(dir / ("stick" + std::to_string(v)), dir / "build.sqlite", key.secret_key, describe(spec));
    }
    REQUIRE(import_from(dir / "stick1", live, {key.public_key}).imported());

    std::atomic<bool> done{false};
    std::atomic<int> mixed{0}, searches{0}, went_back{0};
    std::string detail_reopen, detail_kept;
    // The kiosk way: open the catalogue afresh (as after "new catalogue ready" on Home).
    std::thread reopening([&] {
        std::int64_t last = 0;
        while (!done) {
            auto db = Database::open(live, Database::Mode::ReadOnly);
            if (!db) {
                ++mixed;
                detail_reopen = db.error();
                continue;
            }
            std::int64_t version = search_once(*db, mixed, detail_reopen);
            if (version < last) ++went_back;
            last = version;
            ++searches;
        }
    });
    // A connection kept open across switches keeps reading the catalogue it opened, whole.
    std::thread keeping([&] {
        auto db = Database::open(live, Database::Mode::ReadOnly);
        if (!db) return;
        while (!done) {
            search_once(*db, mixed, detail_kept);
            ++searches;
        }
    });

    // The kiosk's own search (Catalogue::search), opened afresh each time.
    std::string detail_search;
    std::atomic<int> catalogue_searches{0};
    std::thread searching([&] {
        while (!done) {
            auto catalogue = Catalogue::open(live);
            if (!catalogue) {
                ++mixed;
                detail_search = catalogue.error();
                continue;
            }
            SearchQuery query;
            query.text = "dienst";
            query.limit = 100;
            SearchResult result = (*catalogue)->search(query);
            std::string prefix = "v" + std::to_string((*catalogue)->info().version) + "-";
            for (const auto& service : result.services)
                if (service.name.nl.rfind(prefix, 0) != 0) {
                    ++mixed;
                    detail_search = "catalogue version " + prefix + " but found " + service.name.nl;
                }
            if (result.total != kServices) {
                ++mixed;
                detail_search = "search found " + std::to_string(result.total);
            }
            ++catalogue_searches;
        }
    });

    int imported = 0;
    for (int v = 2; v <= kImports + 1; ++v)
        imported += import_from(dir / ("stick" + std::to_string(v)), live, {key.public_key}).imported() ? 1 : 0;
    done = true;
    reopening.join();
    keeping.join();
    searching.join();

    INFO(detail_reopen << " / " << detail_kept << " / " << detail_search);
    CHECK(catalogue_searches > 0);
    CHECK(imported == kImports);
    CHECK(mixed == 0);
    CHECK(went_back == 0);
    CHECK(searches > kImports);
    CHECK(metadata_version(live) == kImports + 1);
}
